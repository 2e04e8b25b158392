#pragma once

#include "export/diagramexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QMenu;
class QPrinter;
class QRadioButton;

namespace bp {

class Document;
class DiagramScene;

/// File → Export Diagram…: format (SVG, PNG, PDF), whole diagram or selection, overlay, lane
/// headers, PNG scale and transparency, PDF pages. The file is written with the core exporters
/// and saved atomically.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const Document *document, const QSet<ElementId> &selection,
                 QWidget *parent = nullptr);

    /// The options as chosen in the dialog (selection applied when chosen).
    exporting::ExportOptions options() const;
    /// The chosen format.
    exporting::DiagramFormat format() const;
    /// Asks for a file name and exports; false when cancelled or failed (an error is shown).
    bool exportToFile();

    /// Writes @p blueprint to @p path (format by extension) with @p options; a translated
    /// error, or empty on success.
    static QString exportDiagramTo(const Blueprint &blueprint, const QString &path,
                                   const exporting::ExportOptions &options);

private:
    void updateEnabled();

    const Document *m_document;
    QSet<ElementId> m_selection;
    QComboBox *m_format;
    QRadioButton *m_whole;
    QRadioButton *m_selected;
    QCheckBox *m_overlay;
    QCheckBox *m_headers;
    QCheckBox *m_transparent;
    QDoubleSpinBox *m_scale;
    QComboBox *m_page;
    QCheckBox *m_landscape;
};

/// Paints @p blueprint on @p printer (a real printer, or a QPrinter with PDF output in tests)
/// with the page settings of @p options. Returns the number of pages.
int printDiagram(QPrinter *printer, const Blueprint &blueprint,
                 const exporting::ExportOptions &options);

/// Adds the export, report, CSV, import and print entries to the File menu of a window. The
/// actions read the document and the selection of @p scene when triggered; an imported CSV opens
/// in @p openInNewWindow's result.
void addExportActions(QMenu *file, QWidget *window, Document *document, DiagramScene *scene,
                      const std::function<void(Blueprint)> &openImported);

} // namespace bp
