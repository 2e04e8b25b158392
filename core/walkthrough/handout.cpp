#include "handout.h"

#include "framepainter.h"
#include "io/atomicsave.h"
#include "render/scenegeometry.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

namespace bp::walkthrough {

namespace {

struct Handout
{
    Q_DECLARE_TR_FUNCTIONS(bp::Handout)
};

QFont pixelFont(double pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(std::max(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

// Draws wrapped text at the top of @p box and returns the height used.
double drawWrapped(QPainter *painter, const QRectF &box, const QString &text, const QFont &font,
                   const QColor &color, int flags = Qt::AlignLeft | Qt::AlignTop)
{
    painter->setFont(font);
    painter->setPen(color);
    const QRectF used = painter->boundingRect(box, flags | Qt::TextWordWrap, text);
    painter->drawText(box, flags | Qt::TextWordWrap, text);
    return std::min(used.height(), box.height());
}

} // namespace

void paintHandoutPage(QPainter *painter, const QRectF &page, const SceneGeometry &geometry,
                      const Blueprint &blueprint, const Walkthrough &walkthrough, int index)
{
    const Style &style = geometry.style();
    const double h = page.height();
    const double margin = h * 0.045;
    const QRectF content = page.adjusted(margin, margin, -margin, -margin);
    const Stop &stop = walkthrough.stops[size_t(index)];
    const int count = int(walkthrough.stops.size());
    const QColor text = style.stepTitleColor();
    const QColor muted(0x60, 0x60, 0x60);

    painter->save();
    painter->fillRect(page, Qt::white);
    double y = content.top();
    const QString title
        = walkthrough.title.isEmpty() ? Handout::tr("Service blueprint") : walkthrough.title;
    y += drawWrapped(painter, QRectF(content.left(), y, content.width(), h * 0.06), title,
                     pixelFont(h * 0.026), muted);
    y += h * 0.008;
    const QString heading
        = Handout::tr("Step %1 of %2: %3").arg(index + 1).arg(count).arg(stop.title);
    y += drawWrapped(painter, QRectF(content.left(), y, content.width(), h * 0.1), heading,
                     pixelFont(h * 0.036, true), text);
    y += h * 0.015;

    // Below the diagram: the caption and the notes; the footer under everything.
    const double footer = h * 0.03;
    const double diagramHeight = (content.bottom() - footer - y) * 0.62;
    const QRectF diagram(content.left(), y, content.width(), diagramHeight);
    FrameOptions options;
    paintFrame(painter, diagram, geometry, blueprint, walkthrough, index, options);
    painter->setPen(QPen(QColor(0xd0, 0xd0, 0xd0), std::max(1.0, h * 0.001)));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(diagram);
    y = diagram.bottom() + h * 0.02;

    const double bottom = content.bottom() - footer;
    if (stop.pauses()) {
        const QFont font = pixelFont(h * 0.022);
        const double pad = h * 0.012;
        const double bar = h * 0.008;
        const QRectF inner(content.left() + bar + 2 * pad, y + pad, content.width() - bar - 3 * pad,
                           bottom - y - 2 * pad);
        painter->setFont(font);
        const QRectF need = painter->boundingRect(inner, Qt::TextWordWrap, stop.caption());
        const QRectF box(content.left(), y, content.width(),
                         std::min(need.height(), inner.height()) + 2 * pad);
        painter->fillRect(box, QColor(0xfd, 0xf3, 0xe7));
        painter->fillRect(QRectF(box.left(), box.top(), bar, box.height()),
                          stop.pause.failPoint ? Style::okabeVermillion() : Style::okabeOrange());
        drawWrapped(painter, inner, stop.caption(), font, text);
        y = box.bottom() + h * 0.02;
    }
    if (!stop.notes.isEmpty() && y < bottom) {
        y += drawWrapped(painter, QRectF(content.left(), y, content.width(), bottom - y),
                         Handout::tr("Notes"), pixelFont(h * 0.02, true), muted);
        y += h * 0.005;
        drawWrapped(painter, QRectF(content.left(), y, content.width(), bottom - y), stop.notes,
                    pixelFont(h * 0.021), text);
    }
    drawWrapped(painter, QRectF(content.left(), content.bottom() - footer, content.width(), footer),
                Handout::tr("%1 / %2", "page number / page count").arg(index + 1).arg(count),
                pixelFont(h * 0.018), muted, Qt::AlignHCenter | Qt::AlignBottom);
    painter->restore();
}

HandoutResult writeHandoutPdf(const Blueprint &blueprint, const Walkthrough &walkthrough,
                              const QString &path)
{
    HandoutResult result;
    const QString name = QFileInfo(path).fileName();
    if (walkthrough.stops.empty()) {
        result.error = Handout::tr("%1 was not written: the blueprint has no steps.").arg(name);
        return result;
    }
    SceneGeometry geometry;
    geometry.rebuild(blueprint);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(150);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(walkthrough.title);
        writer.setCreator(QStringLiteral("Blueprint Studio"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            result.error = Handout::tr("Could not create the PDF %1.").arg(name);
            return result;
        }
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        for (int i = 0; i < int(walkthrough.stops.size()); ++i) {
            if (i > 0)
                writer.newPage();
            paintHandoutPage(&painter, page, geometry, blueprint, walkthrough, i);
        }
        painter.end();
    }
    const SaveResult saved = saveAtomically(path, buffer.data());
    if (!saved.ok) {
        result.error = saved.error;
        return result;
    }
    result.ok = true;
    result.pages = int(walkthrough.stops.size());
    result.files << path;
    return result;
}

QString handoutPngName(const Walkthrough &walkthrough, int index)
{
    const int digits = std::max(2, int(QString::number(walkthrough.stops.size()).size()));
    return QStringLiteral("%1-%2.png")
        .arg(index + 1, digits, 10, QLatin1Char('0'))
        .arg(walkthrough.stops[size_t(index)].step);
}

HandoutResult writeHandoutPngs(const Blueprint &blueprint, const Walkthrough &walkthrough,
                               const QString &folder, int width)
{
    HandoutResult result;
    if (walkthrough.stops.empty()) {
        result.error = Handout::tr("Nothing was written: the blueprint has no steps.");
        return result;
    }
    if (!QDir().mkpath(folder)) {
        result.error
            = Handout::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return result;
    }
    SceneGeometry geometry;
    geometry.rebuild(blueprint);
    const int height = qRound(width / std::sqrt(2.0)); // A4 landscape proportions
    for (int i = 0; i < int(walkthrough.stops.size()); ++i) {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paintHandoutPage(&painter, image.rect(), geometry, blueprint, walkthrough, i);
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const QString path = QDir(folder).filePath(handoutPngName(walkthrough, i));
        const SaveResult saved = saveAtomically(path, buffer.data());
        if (!saved.ok) {
            result.error = saved.error;
            return result;
        }
        result.files << path;
        ++result.pages;
    }
    result.ok = true;
    return result;
}

} // namespace bp::walkthrough
