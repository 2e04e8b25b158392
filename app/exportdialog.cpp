// The Export dialog, printing with preview, and the File menu's export, report and CSV entries
// (issue "Review exports"). All the work is done by the core exporters (core/export).

#include "exportdialog.h"

#include "canvas/diagramscene.h"
#include "document/document.h"
#include "export/csv.h"
#include "export/report.h"
#include "export/reviewdata.h"
#include "io/atomicsave.h"
#include "model/diagnostic.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bp {

using namespace exporting;

namespace {

QString suffixOf(DiagramFormat f)
{
    switch (f) {
    case DiagramFormat::Svg:
        return QStringLiteral("svg");
    case DiagramFormat::Png:
        return QStringLiteral("png");
    case DiagramFormat::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

QString baseName(const Document *document, const QString &suffix)
{
    const QString file = document->fileName();
    const QFileInfo info(file.isEmpty() ? ExportDialog::tr("blueprint") : file);
    return info.absolutePath() + u'/' + info.completeBaseName() + suffix;
}

bool saveBytes(QWidget *parent, const QString &title, const QString &path, const QByteArray &bytes)
{
    const SaveResult saved = saveAtomically(path, bytes);
    if (!saved.ok)
        QMessageBox::warning(parent, title, saved.error);
    return saved.ok;
}

} // namespace

ExportDialog::ExportDialog(const Document *document, const QSet<ElementId> &selection,
                           QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_selection(selection)
{
    setWindowTitle(tr("Export Diagram"));
    auto *form = new QFormLayout;
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("SVG (vector drawing)"), int(DiagramFormat::Svg));
    m_format->addItem(tr("PNG (image)"), int(DiagramFormat::Png));
    m_format->addItem(tr("PDF (document)"), int(DiagramFormat::Pdf));
    form->addRow(tr("&Format:"), m_format);

    m_whole = new QRadioButton(tr("&Whole diagram"));
    m_selected = new QRadioButton(tr("&Selected steps (%n)", nullptr, int(selection.size())));
    m_whole->setChecked(true);
    m_selected->setEnabled(!selection.isEmpty());
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_whole);
    scope->addWidget(m_selected);
    form->addRow(tr("Export:"), scope);

    m_overlay = new QCheckBox(tr("Analysis &overlay and legend"));
    m_overlay->setObjectName(QStringLiteral("overlay"));
    m_headers = new QCheckBox(tr("Lane &headers"));
    m_headers->setChecked(true);
    form->addRow(QString(), m_overlay);
    form->addRow(QString(), m_headers);

    m_scale = new QDoubleSpinBox;
    m_scale->setRange(0.1, 8.0);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(2.0);
    m_scale->setSuffix(tr(" ×"));
    m_transparent = new QCheckBox(tr("&Transparent background"));
    form->addRow(tr("PNG &scale:"), m_scale);
    form->addRow(QString(), m_transparent);

    m_page = new QComboBox;
    m_page->addItem(tr("One page, fitted to the diagram"), int(PageMode::Fit));
    m_page->addItem(tr("A4 pages, tiled"), int(PageMode::A4));
    m_page->addItem(tr("A3 pages, tiled"), int(PageMode::A3));
    m_landscape = new QCheckBox(tr("&Landscape"));
    form->addRow(tr("PDF &pages:"), m_page);
    form->addRow(QString(), m_landscape);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportToFile())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); });
    connect(m_page, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); });
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const DiagramFormat f = format();
    m_scale->setEnabled(f == DiagramFormat::Png);
    m_transparent->setEnabled(f != DiagramFormat::Pdf);
    m_page->setEnabled(f == DiagramFormat::Pdf);
    m_landscape->setEnabled(f == DiagramFormat::Pdf
                            && PageMode(m_page->currentData().toInt()) != PageMode::Fit);
}

DiagramFormat ExportDialog::format() const
{
    return DiagramFormat(m_format->currentData().toInt());
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.overlay = m_overlay->isChecked();
    o.headers = m_headers->isChecked();
    if (m_selected->isChecked())
        o.selection = m_selection;
    o.scale = m_scale->value();
    o.transparent = m_transparent->isChecked() && format() != DiagramFormat::Pdf;
    o.page = PageMode(m_page->currentData().toInt());
    o.landscape = m_landscape->isChecked();
    o.fileName = m_document->fileName();
    return o;
}

QString ExportDialog::exportDiagramTo(const Blueprint &blueprint, const QString &path,
                                      const ExportOptions &options)
{
    const std::optional<DiagramFormat> format = diagramFormatOf(path);
    if (!format)
        return tr("Unknown file type: use .svg, .png or .pdf.");
    const OverlayData overlay = options.overlay ? overlayData(blueprint) : OverlayData();
    const DiagramPicture picture(blueprint, options, overlay);
    const ExportResult result = exportDiagram(picture, *format, options);
    if (!result.ok())
        return result.error;
    const SaveResult saved = saveAtomically(path, result.bytes);
    return saved.ok ? QString() : saved.error;
}

bool ExportDialog::exportToFile()
{
    const QString suffix = suffixOf(format());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Diagram"), baseName(m_document, u'.' + suffix),
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return false;
    const QString error = exportDiagramTo(m_document->blueprint(), path, options());
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Diagram"), error);
        return false;
    }
    return true;
}

int printDiagram(QPrinter *printer, const Blueprint &blueprint, const ExportOptions &options)
{
    const OverlayData overlay = options.overlay ? overlayData(blueprint) : OverlayData();
    const DiagramPicture picture(blueprint, options, overlay);
    return paintPages(printer, picture, options);
}

void addExportActions(QMenu *file, QWidget *window, Document *document, DiagramScene *scene,
                      const std::function<void(Blueprint)> &openImported)
{
    auto selection = [scene] {
        QSet<ElementId> ids;
        for (const ElementId &id : scene->selectedStepIds())
            ids.insert(id);
        return ids;
    };
    auto named = [](QAction *a, const char *name) {
        a->setObjectName(QLatin1String(name));
        return a;
    };
    QMenu *menu = file->addMenu(ExportDialog::tr("&Export"));
    menu->setObjectName(QStringLiteral("menuExport"));
    named(menu->addAction(ExportDialog::tr("&Diagram…"), window,
                          [=] {
                              ExportDialog dialog(document, selection(), window);
                              dialog.exec();
                          }),
          "actionExportDiagram");
    named(menu->addAction(ExportDialog::tr("&Report…"), window,
                          [=] {
                              const QString title = ExportDialog::tr("Export Report");
                              const QString path = QFileDialog::getSaveFileName(
                                  window, title, baseName(document, QStringLiteral("-report.html")),
                                  ExportDialog::tr("HTML report (*.html);;PDF report (*.pdf)"));
                              if (path.isEmpty())
                                  return;
                              const Blueprint &b = document->blueprint();
                              const ReviewData review = reviewAnalysis(b);
                              ReportOptions o;
                              o.fileName = document->fileName();
                              QByteArray bytes;
                              if (QFileInfo(path).suffix().compare(u"pdf", Qt::CaseInsensitive)
                                  == 0) {
                                  const ExportResult r = reportPdf(b, review, o);
                                  if (!r.ok()) {
                                      QMessageBox::warning(window, title, r.error);
                                      return;
                                  }
                                  bytes = r.bytes;
                              } else {
                                  bytes = reportHtml(b, review, o);
                              }
                              saveBytes(window, title, path, bytes);
                          }),
          "actionExportReport");
    menu->addSeparator();
    named(menu->addAction(ExportDialog::tr("&Steps as CSV…"), window,
                          [=] {
                              const QString title = ExportDialog::tr("Export Steps");
                              const QString path = QFileDialog::getSaveFileName(
                                  window, title, baseName(document, QStringLiteral("-steps.csv")),
                                  ExportDialog::tr("CSV files (*.csv)"));
                              if (!path.isEmpty())
                                  saveBytes(window, title, path,
                                            stepsCsv(document->blueprint(),
                                                     reviewAnalysis(document->blueprint())));
                          }),
          "actionExportStepsCsv");
    named(menu->addAction(ExportDialog::tr("&Findings as CSV…"), window,
                          [=] {
                              const QString title = ExportDialog::tr("Export Findings");
                              const QString path = QFileDialog::getSaveFileName(
                                  window, title,
                                  baseName(document, QStringLiteral("-findings.csv")),
                                  ExportDialog::tr("CSV files (*.csv)"));
                              if (!path.isEmpty())
                                  saveBytes(window, title, path,
                                            findingsCsv(reviewAnalysis(document->blueprint())));
                          }),
          "actionExportFindingsCsv");
    named(file->addAction(ExportDialog::tr("&Import CSV…"), window,
                          [=] {
                              const QString title = ExportDialog::tr("Import CSV");
                              const QString path = QFileDialog::getOpenFileName(
                                  window, title, QString(), ExportDialog::tr("CSV files (*.csv)"));
                              if (path.isEmpty())
                                  return;
                              CsvImport imported = importStepsCsvFile(path);
                              QStringList messages;
                              for (const Diagnostic &d : imported.diagnostics)
                                  messages << formatDiagnostic(QFileInfo(path).fileName(), d);
                              if (!imported.ok()) {
                                  QMessageBox::warning(window, title,
                                                       messages.mid(0, 20).join(u'\n'));
                                  return;
                              }
                              openImported(std::move(*imported.blueprint));
                          }),
          "actionImportCsv");
    file->addSeparator();
    auto printOptions = [] {
        ExportOptions o;
        o.page = PageMode::A4;
        o.landscape = true;
        o.devicePage = true;
        return o;
    };
    named(file->addAction(ExportDialog::tr("Print Pre&view…"), window,
                          [=] {
                              QPrinter printer(QPrinter::HighResolution);
                              QPrintPreviewDialog preview(&printer, window);
                              QObject::connect(&preview, &QPrintPreviewDialog::paintRequested,
                                               window, [&](QPrinter *p) {
                                                   ExportOptions o = printOptions();
                                                   o.fileName = document->fileName();
                                                   printDiagram(p, document->blueprint(), o);
                                               });
                              preview.exec();
                          }),
          "actionPrintPreview");
    QAction *print = named(file->addAction(ExportDialog::tr("&Print…"), window,
                                           [=] {
                                               QPrinter printer(QPrinter::HighResolution);
                                               QPrintDialog dialog(&printer, window);
                                               if (dialog.exec() != QDialog::Accepted)
                                                   return;
                                               ExportOptions o = printOptions();
                                               o.fileName = document->fileName();
                                               printDiagram(&printer, document->blueprint(), o);
                                           }),
                           "actionPrint");
    print->setShortcut(QKeySequence::Print);
}

} // namespace bp
