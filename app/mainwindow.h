#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;

namespace bp {

class DiagramScene;
class DiagramView;
class Document;

/// The main window: menus, the canvas and the status bar. It wires things together and holds
/// no model logic: files go through documentio, the picture through the canvas.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// A window on a new blueprint with the standard lanes.
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a file, reporting errors in a message box (the current blueprint stays).
    bool openFile(const QString &path);
    /// Opens a file without any dialog; on failure returns false and fills @p errors.
    bool loadFile(const QString &path, QStringList *errors = nullptr);

    Document *document() const { return m_document; }
    DiagramView *view() const { return m_view; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createCanvasActions(QMenu *view);
    void open();
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    /// Asks whether to save unsaved changes. False when the user cancels.
    bool maybeSave();
    void about();
    void updateTitle();
    void updateCounts();
    void updateZoom(double zoom);

    Document *m_document = nullptr;
    DiagramScene *m_scene = nullptr;
    DiagramView *m_view = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
};

} // namespace bp
