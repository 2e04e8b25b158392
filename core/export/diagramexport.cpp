// Diagram exports: SVG, PNG and PDF through the canvas's painters (diagramexport.h).

#include "diagramexport.h"

#include "render/painters.h"
#include "reviewdata.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace bp::exporting {

namespace {

constexpr double margin = 16.0; ///< scene units around the diagram
constexpr double sceneDpi = 96.0; ///< one scene unit is one pixel at 96 dpi
constexpr double tileOverlapMm = 10.0;
constexpr double titleBlockMm = 11.0;
constexpr double pageMarginMm = 10.0;

// Text that is safe in XML 1.0 (drops C0 controls other than tab and newlines).
QString xmlSafe(QString text)
{
    text.removeIf(
        [](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'; });
    return text;
}

std::unique_ptr<Blueprint> selectionOf(const Blueprint &source, const QSet<ElementId> &ids)
{
    auto b = std::make_unique<Blueprint>();
    b->meta = source.meta;
    b->demand = source.demand;
    b->analysisSettings = source.analysisSettings;
    b->setLanes(source.lanes());
    b->setPools(source.pools());
    for (const Step *s : source.graph.steps())
        if (ids.contains(s->id))
            b->graph.addStep(*s);
    for (const Flow *f : source.graph.flows())
        if (ids.contains(f->from) && ids.contains(f->to))
            b->graph.addFlow(*f);
    return b;
}

} // namespace

std::optional<DiagramFormat> diagramFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg")
        return DiagramFormat::Svg;
    if (suffix == u"png")
        return DiagramFormat::Png;
    if (suffix == u"pdf")
        return DiagramFormat::Pdf;
    return std::nullopt;
}

DiagramPicture::DiagramPicture(const Blueprint &blueprint, const ExportOptions &options,
                               const OverlayData &overlay)
    : m_source(&blueprint)
    , m_options(options)
{
    if (options.transparent)
        m_style.setCanvasColor(Qt::transparent);
    m_geometry = SceneGeometry(m_style);
    if (!options.selection.isEmpty())
        m_filtered = selectionOf(blueprint, options.selection);
    if (options.overlay)
        m_overlay = overlay;
    m_geometry.rebuild(this->blueprint());
    const Blueprint &b = this->blueprint();
    for (const Flow *flow : b.graph.flows()) {
        const Step *from = b.graph.step(flow->from);
        const Step *to = b.graph.step(flow->to);
        if (!from || !to)
            continue;
        const RouteContext context = m_geometry.routeContext(b, *flow);
        PaintedFlow f { flow, m_geometry.route(*flow, *from, *to, context), context.branching, {} };
        const double band = criticalBandMargin();
        f.bounds = flowPaintBounds(m_style, f.route, *flow, f.branching)
                       .adjusted(-band, -band, band, band);
        m_flows.push_back(std::move(f));
    }
    for (const Step *step : b.graph.steps()) {
        const StepGeometry g = m_geometry.step(*step);
        m_steps.push_back({ step, g, g.bounds | stepOverlayBounds(g) });
    }

    const QRectF diagram = m_geometry.diagramRect();
    const double hw = m_geometry.headerWidth();
    QRectF content = diagram;
    if (m_filtered && m_filtered->graph.stepCount() > 0) {
        // Only the columns that hold the selection, over the full height of the lanes.
        QRectF steps;
        for (const Step *s : m_filtered->graph.steps())
            steps |= m_geometry.step(*s).bounds;
        for (const Flow *f : m_filtered->graph.flows())
            steps |= m_geometry.route(*m_filtered, *f).bounds();
        content.setLeft(std::max(hw, steps.left() - 24));
        content.setRight(std::min(diagram.right(), steps.right() + 24));
    } else if (!options.headers || diagram.left() >= hw) {
        content.setLeft(std::max(diagram.left(), options.headers ? diagram.left() : hw));
    }
    double x = margin;
    if (options.headers && content.left() > 0) {
        const QRectF header(0, diagram.top(), hw, diagram.height());
        m_slices.push_back({ header, QPointF(x, margin) });
        x += hw;
        content.setLeft(std::max(content.left(), hw));
    }
    m_slices.push_back({ content, QPointF(x, margin) });
    x += content.width();
    double height = margin + diagram.height() + margin;
    double width = x + margin;
    if (options.overlay) {
        const QSizeF legend = overlayLegendSize(m_style, !m_overlay.criticalFlows.isEmpty());
        m_legendAt = QPointF(margin, height);
        height += legend.height() + margin;
        width = std::max(width, legend.width() + 2 * margin);
    }
    // Whole units, so that the SVG's viewBox, its size in pixels and the PNG agree exactly.
    m_size = QSizeF(std::ceil(width), std::ceil(height));
}

DiagramPicture::~DiagramPicture() = default;

const Blueprint &DiagramPicture::blueprint() const
{
    return m_filtered ? *m_filtered : *m_source;
}

int DiagramPicture::stepCount() const
{
    return int(blueprint().graph.stepCount());
}

QString DiagramPicture::title() const
{
    if (!m_source->meta.title.trimmed().isEmpty())
        return xmlSafe(m_source->meta.title.trimmed());
    if (!m_options.fileName.isEmpty())
        return QFileInfo(m_options.fileName).completeBaseName();
    return Export::tr("Untitled blueprint");
}

// paintDiagram() with culling: the same painters in the same order, only for what is visible.
void DiagramPicture::paintScene(QPainter *painter, const QRectF &visible) const
{
    const Blueprint &b = blueprint();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(m_geometry.diagramRect() & visible, m_style.canvasColor());
    paintLanes(painter, m_style, m_geometry, b, visible);
    paintLines(painter, m_style, m_geometry);
    const bool overlay = m_options.overlay && !m_overlay.steps.isEmpty();
    if (overlay) // the critical path's band lies under its flows
        for (const PaintedFlow &f : m_flows)
            if (f.bounds.intersects(visible) && m_overlay.criticalFlows.contains(f.flow->id))
                paintCriticalBand(painter, f.route);
    for (const PaintedFlow &f : m_flows)
        if (f.bounds.intersects(visible))
            paintFlow(painter, m_style, f.route, *f.flow, f.branching);
    for (const PaintedStep &s : m_steps)
        if (s.bounds.intersects(visible))
            paintStep(painter, m_style, s.geometry, *s.step, stepBadges(b, *s.step));
    if (overlay) {
        for (const PaintedStep &s : m_steps) {
            if (!s.bounds.intersects(visible))
                continue;
            const auto it = m_overlay.steps.constFind(s.step->id);
            if (it != m_overlay.steps.cend())
                paintStepOverlay(painter, m_style, s.geometry, s.step->kind, it.value());
        }
    }
    painter->restore();
}

void DiagramPicture::paint(QPainter *painter, const QRectF &exposed) const
{
    const QRectF all(QPointF(0, 0), m_size);
    const QRectF area = exposed.isNull() ? all : exposed & all;
    if (area.isEmpty())
        return;
    painter->save();
    if (m_style.canvasColor().alpha() > 0)
        painter->fillRect(area, m_style.canvasColor());
    for (const Slice &slice : m_slices) {
        const QPointF offset = slice.target - slice.source.topLeft();
        const QRectF visible = slice.source & area.translated(-offset);
        if (visible.isEmpty())
            continue;
        painter->save();
        painter->translate(offset);
        painter->setClipRect(slice.source, Qt::IntersectClip);
        paintScene(painter, visible);
        painter->restore();
    }
    if (m_options.overlay)
        paintOverlayLegend(painter, m_style, m_legendAt, !m_overlay.criticalFlows.isEmpty());
    painter->restore();
}

ExportResult exportSvg(const DiagramPicture &picture, const ExportOptions &options)
{
    Q_UNUSED(options);
    ExportResult result;
    QBuffer buffer(&result.bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    const QSize size = picture.size().toSize();
    svg.setSize(size);
    svg.setViewBox(QRectF(QPointF(0, 0), picture.size()));
    svg.setResolution(int(sceneDpi));
    // Qt 6.4 writes the title and description unescaped: placeholders, replaced below.
    svg.setTitle(QStringLiteral("@@BLUEPRINT_TITLE@@"));
    svg.setDescription(QStringLiteral("@@BLUEPRINT_DESC@@"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        result.error = Export::tr("The SVG document could not be started.");
        return result;
    }
    picture.paint(&painter);
    painter.end();
    buffer.close();
    const QString description = Export::tr(
        "Service blueprint exported by Blueprint Studio: %n step(s)", nullptr, picture.stepCount());
    result.bytes.replace("@@BLUEPRINT_TITLE@@", xmlSafe(picture.title()).toHtmlEscaped().toUtf8());
    result.bytes.replace("@@BLUEPRINT_DESC@@", description.toHtmlEscaped().toUtf8());
    // Size in pixels (CSS px = scene units) rather than millimetres, for browsers and rsvg.
    const qsizetype svgStart = result.bytes.indexOf("<svg width=\"");
    const qsizetype sizeEnd = result.bytes.indexOf('\n', svgStart);
    if (svgStart >= 0 && sizeEnd > svgStart)
        result.bytes.replace(svgStart, sizeEnd - svgStart,
                             QStringLiteral("<svg width=\"%1\" height=\"%2\"")
                                 .arg(size.width())
                                 .arg(size.height())
                                 .toUtf8());
    return result;
}

ExportResult exportPng(const DiagramPicture &picture, const ExportOptions &options)
{
    ExportResult result;
    const double scale = options.dpi ? *options.dpi / sceneDpi : options.scale;
    if (!std::isfinite(scale) || scale <= 0) {
        result.error = Export::tr("The scale must be a number greater than 0.");
        return result;
    }
    const double w = std::ceil(picture.size().width() * scale);
    const double h = std::ceil(picture.size().height() * scale);
    if (w > maxImageSide || h > maxImageSide || w * h > double(maxImagePixels)) {
        result.error = Export::tr("The image would be %1 × %2 pixels; the limit is %3 pixels a "
                                  "side and %4 million pixels. Use a smaller scale, or export "
                                  "SVG or PDF.")
                           .arg(qint64(w))
                           .arg(qint64(h))
                           .arg(maxImageSide)
                           .arg(maxImagePixels / 1'000'000);
        return result;
    }
    QImage image(int(w), int(h), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        result.error = Export::tr("Not enough memory for an image of %1 × %2 pixels.")
                           .arg(qint64(w))
                           .arg(qint64(h));
        return result;
    }
    image.fill(Qt::transparent);
    const double dpi = scale * sceneDpi;
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        picture.paint(&painter);
    }
    QBuffer buffer(&result.bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        result.error = Export::tr("The PNG image could not be encoded.");
    return result;
}

QSize tileGrid(const QSizeF &size, const QSizeF &page, double overlap)
{
    auto count = [overlap](double length, double tile) {
        if (length <= tile || tile <= overlap)
            return 1;
        return 1 + int(std::ceil((length - tile) / (tile - overlap) - 1e-9));
    };
    return { count(size.width(), page.width()), count(size.height(), page.height()) };
}

namespace {

void paintTitleBlock(QPainter *painter, const QRectF &block, const DiagramPicture &picture,
                     const ExportOptions &options, const QString &pageText)
{
    painter->save();
    const double unit = block.height() / titleBlockMm; // device units per mm
    painter->setPen(QPen(QColor(0x88, 0x88, 0x88), 0.25 * unit));
    painter->drawLine(block.topLeft(), block.topRight());
    QFont font;
    font.setPixelSize(std::max(1, int(3.6 * unit)));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x22, 0x22, 0x22));
    const QRectF text = block.adjusted(0, 1.5 * unit, 0, 0);
    painter->drawText(
        text, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
        QFontMetricsF(font).elidedText(picture.title(), Qt::ElideRight, block.width() * 0.55));
    font.setBold(false);
    font.setPixelSize(std::max(1, int(2.8 * unit)));
    painter->setFont(font);
    const QDateTime date = options.date.isValid() ? options.date : QDateTime::currentDateTime();
    const QString file
        = options.fileName.isEmpty() ? QString() : QFileInfo(options.fileName).fileName();
    const QString right = file.isEmpty()
        ? QLocale().toString(date, QLocale::ShortFormat)
        : Export::tr("%1 · %2").arg(file, QLocale().toString(date, QLocale::ShortFormat));
    painter->drawText(text, Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine, right);
    painter->setPen(QColor(0x66, 0x66, 0x66));
    painter->drawText(text, Qt::AlignRight | Qt::AlignBottom | Qt::TextSingleLine, pageText);
    painter->restore();
}

// Corner crop marks of a tile and dashed lines where it overlaps its neighbours.
void paintTileMarks(QPainter *painter, const QRectF &area, double overlap, bool left, bool right,
                    bool top, bool bottom, double unit)
{
    painter->save();
    const double l = 4 * unit;
    painter->setPen(QPen(QColor(0x44, 0x44, 0x44), 0.2 * unit));
    for (const QPointF &c :
         { area.topLeft(), area.topRight(), area.bottomLeft(), area.bottomRight() }) {
        const double dx = c.x() == area.left() ? l : -l;
        const double dy = c.y() == area.top() ? l : -l;
        painter->drawLine(c, c + QPointF(dx, 0));
        painter->drawLine(c, c + QPointF(0, dy));
    }
    QPen dashed(QColor(0x99, 0x99, 0x99), 0.2 * unit, Qt::DashLine);
    painter->setPen(dashed);
    if (left)
        painter->drawLine(QPointF(area.left() + overlap, area.top()),
                          QPointF(area.left() + overlap, area.bottom()));
    if (right)
        painter->drawLine(QPointF(area.right() - overlap, area.top()),
                          QPointF(area.right() - overlap, area.bottom()));
    if (top)
        painter->drawLine(QPointF(area.left(), area.top() + overlap),
                          QPointF(area.right(), area.top() + overlap));
    if (bottom)
        painter->drawLine(QPointF(area.left(), area.bottom() - overlap),
                          QPointF(area.right(), area.bottom() - overlap));
    painter->restore();
}

} // namespace

int paintPages(QPagedPaintDevice *device, const DiagramPicture &picture,
               const ExportOptions &options)
{
    if (options.page != PageMode::Fit && !options.devicePage) {
        device->setPageSize(
            QPageSize(options.page == PageMode::A3 ? QPageSize::A3 : QPageSize::A4));
        device->setPageOrientation(options.landscape ? QPageLayout::Landscape
                                                     : QPageLayout::Portrait);
        device->setPageMargins(QMarginsF(pageMarginMm, pageMarginMm, pageMarginMm, pageMarginMm),
                               QPageLayout::Millimeter);
    }
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    const double dpi = device->logicalDpiX();
    const double unit = dpi / 25.4; // device units per mm
    const QRectF page(0, 0, device->width(), device->height());
    const double block = titleBlockMm * unit;
    const QRectF area(page.left(), page.top(), page.width(), page.height() - block);
    const QRectF titleArea(page.left(), area.bottom(), page.width(), block);

    if (options.page == PageMode::Fit) {
        const double s = std::min(area.width() / picture.size().width(),
                                  area.height() / picture.size().height());
        painter.save();
        painter.translate(area.left() + (area.width() - picture.size().width() * s) / 2,
                          area.top());
        painter.scale(s, s);
        picture.paint(&painter);
        painter.restore();
        paintTitleBlock(&painter, titleArea, picture, options, Export::tr("Page 1 of 1"));
        painter.end();
        return 1;
    }

    // Tiled at 100 %: one scene unit is one pixel at 96 dpi.
    const double s = dpi / sceneDpi;
    const double overlap = tileOverlapMm * unit;
    const QSize grid = tileGrid(picture.size() * s, area.size(), overlap);
    const int pages = grid.width() * grid.height();
    int number = 0;
    for (int row = 0; row < grid.height(); ++row) {
        for (int column = 0; column < grid.width(); ++column) {
            if (number++ > 0)
                device->newPage();
            painter.save();
            painter.setClipRect(area);
            const QPointF origin(column * (area.width() - overlap),
                                 row * (area.height() - overlap));
            painter.translate(area.topLeft() - origin);
            painter.scale(s, s);
            picture.paint(&painter, QRectF(origin / s, area.size() / s));
            painter.restore();
            paintTileMarks(&painter, area, overlap, column > 0, column + 1 < grid.width(), row > 0,
                           row + 1 < grid.height(), unit);
            paintTitleBlock(&painter, titleArea, picture, options,
                            Export::tr("Page %1 of %2 (row %3, column %4)")
                                .arg(number)
                                .arg(pages)
                                .arg(row + 1)
                                .arg(column + 1));
        }
    }
    painter.end();
    return pages;
}

ExportResult exportPdf(const DiagramPicture &picture, const ExportOptions &options)
{
    ExportResult result;
    QBuffer buffer(&result.bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(600);
        pdf.setCreator(QStringLiteral("Blueprint Studio"));
        pdf.setTitle(picture.title());
        if (options.page == PageMode::Fit) {
            // A page the size of the picture at 100 % (0.75 pt per scene unit), plus the title
            // block and margins.
            const QSizeF mm = picture.size() * (25.4 / sceneDpi);
            const QSizeF pageMm(mm.width() + 2 * pageMarginMm,
                                mm.height() + titleBlockMm + 2 * pageMarginMm);
            pdf.setPageSize(
                QPageSize(pageMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
            pdf.setPageMargins(QMarginsF(pageMarginMm, pageMarginMm, pageMarginMm, pageMarginMm),
                               QPageLayout::Millimeter);
        }
        if (paintPages(&pdf, picture, options) == 0)
            result.error = Export::tr("The PDF document could not be started.");
    }
    return result;
}

ExportResult exportDiagram(const DiagramPicture &picture, DiagramFormat format,
                           const ExportOptions &options)
{
    switch (format) {
    case DiagramFormat::Svg:
        return exportSvg(picture, options);
    case DiagramFormat::Png:
        return exportPng(picture, options);
    case DiagramFormat::Pdf:
        break;
    }
    return exportPdf(picture, options);
}

} // namespace bp::exporting
