#pragma once

#include "io/fingerprint.h"
#include "model/blueprint.h"

#include <QMainWindow>

class QLabel;
class QMenu;

namespace bp {

class Autosaver;
class AnalysisUi;
class DiagramScene;
class DiagramView;
class DiskWatch;
class Document;
class FileChangedBar;
class FindingsDock;
class HistoryDock;
class PresentationMode;
class PropertiesDock;
struct RecoveryEntry;

/// The main window of one document: menus, toolbar, the canvas, the docks and the status bar.
/// It wires things together and holds no model logic: files go through documentio, edits through
/// commands, the picture through the canvas. WindowManager keeps the list of windows and the
/// recent files.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// A window on a new blueprint with the standard lanes.
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a file into this window, reporting errors in a message box (the current blueprint
    /// stays).
    bool openFile(const QString &path);
    /// Opens a file into this window without any dialog; on failure returns false and fills
    /// @p errors.
    bool loadFile(const QString &path, QStringList *errors = nullptr);
    /// Replaces the blueprint of this window with an embedded template (untitled, unmodified).
    bool loadTemplate(const QString &resourcePath);
    /// True while the window shows the new blueprint it was created with, untouched: documents
    /// opened from here then replace it instead of opening a new window.
    bool isUntouched() const;

    Document *document() const { return m_document; }
    DiagramView *view() const { return m_view; }
    DiagramScene *scene() const { return m_scene; }
    PropertiesDock *propertiesDock() const { return m_propertiesDock; }
    FindingsDock *findingsDock() const { return m_findingsDock; }
    HistoryDock *historyDock() const { return m_historyDock; }
    /// The presentation mode of this window (F5), created on first use.
    PresentationMode *presentationMode();
    Autosaver *autosaver() const { return m_autosaver; }
    DiskWatch *diskWatch() const { return m_diskWatch; }
    FileChangedBar *fileChangedBar() const { return m_changedBar; }

    /// Shows a blueprint recovered after a crash as a modified, unsaved document with its
    /// original file name (Save asks before replacing that file), and autosaves it into this
    /// instance's recovery folder at once.
    void restoreRecovered(const RecoveryEntry &entry, Blueprint blueprint);
    /// The analysis of this window: controller, Analysis menu, Figures and What-if docks.
    AnalysisUi *analysis() const { return m_analysis; }

    /// Selects the elements and scrolls the first one into the middle of the view.
    void selectAndCentre(const QVector<QString> &elementIds);

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int statusMessageTimeout = 8000; ///< ms a status message stays

    void createActions();
    void createCanvasActions(QMenu *view);
    void createDocks();
    void fillTemplateMenu(QMenu *menu);
    void fillRecentMenu(QMenu *menu);
    void fillWindowMenu(QMenu *menu);
    void newDocument();
    void open();
    /// File → Export BPMN 2.0…: the blueprint as a BPMN model (core/io/bpmnwriter.h).
    void exportBpmn();
    bool save();
    bool saveAs();
    /// Saves to @p path; over the document's own file, first checks that the file did not change
    /// on disk (asks when it did, unless @p overwriteConfirmed) and keeps the backup that the
    /// preferences ask for (asks when that fails).
    bool saveTo(const QString &path, bool overwriteConfirmed = false);
    enum class Overwrite { Proceed, SaveAs, Cancel };
    Overwrite confirmOverwrite();
    void diskChanged(DiskChange change);
    void reload();
    /// Asks whether to save unsaved changes. False when the user cancels.
    bool maybeSave();
    void about();
    // For trainers: presentation, walkthrough handouts, gallery, user guide.
    void startPresentation();
    void exportWalkthrough();
    void showTemplateGallery();
    void showUserGuide();
    /// Gives every action without one a status tip (and so a tooltip) that says what it does.
    void addActionTips();
    void updateTitle();
    void updateCounts();
    void updateZoom(double zoom);
    void updateEditActions();
    void readSettings();
    void writeSettings() const;

    // Edit menu, on the canvas selection.
    void deleteSelection();
    void cut();
    void copy();
    void paste();
    void duplicate();
    void selectAll();

    Document *m_document = nullptr;
    DiagramScene *m_scene = nullptr;
    DiagramView *m_view = nullptr;
    PropertiesDock *m_propertiesDock = nullptr;
    FindingsDock *m_findingsDock = nullptr;
    HistoryDock *m_historyDock = nullptr;
    PresentationMode *m_presentation = nullptr;
    AnalysisUi *m_analysis = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    Autosaver *m_autosaver = nullptr;
    DiskWatch *m_diskWatch = nullptr;
    FileChangedBar *m_changedBar = nullptr;
    bool m_untouched = true;
    bool m_confirmRecoveredOverwrite = false; ///< restored after a crash: ask before saving over
    int m_pasteCount = 0; ///< pastes of the current clipboard here, for the offset
};

} // namespace bp
