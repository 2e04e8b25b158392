// Painting one step: shape by kind, title, badges, selection and hover.

#include "painters.h"

#include "painttext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace bp {

namespace {

QPainterPath shapePath(const Style &style, StepKind kind, const QRectF &r)
{
    QPainterPath path;
    switch (kind) {
    case StepKind::Start:
    case StepKind::End:
        path.addEllipse(r);
        break;
    case StepKind::Action:
        path.addRoundedRect(r, style.actionCornerRadius(), style.actionCornerRadius());
        break;
    case StepKind::Decision: {
        const QPointF c = r.center();
        path.moveTo(c.x(), r.top());
        path.lineTo(r.right(), c.y());
        path.lineTo(c.x(), r.bottom());
        path.lineTo(r.left(), c.y());
        path.closeSubpath();
        break;
    }
    case StepKind::Fork:
    case StepKind::Join:
        path.addRoundedRect(r, 2, 2);
        break;
    case StepKind::Evidence: {
        // A card with its top-right corner folded over.
        const double f = style.evidenceFold();
        path.moveTo(r.left() + 3, r.top());
        path.lineTo(r.right() - f, r.top());
        path.lineTo(r.right(), r.top() + f);
        path.lineTo(r.right(), r.bottom() - 3);
        path.quadTo(r.bottomRight(), QPointF(r.right() - 3, r.bottom()));
        path.lineTo(r.left() + 3, r.bottom());
        path.quadTo(r.bottomLeft(), QPointF(r.left(), r.bottom() - 3));
        path.lineTo(r.left(), r.top() + 3);
        path.quadTo(r.topLeft(), QPointF(r.left() + 3, r.top()));
        path.closeSubpath();
        break;
    }
    }
    return path;
}

void paintBadge(QPainter *painter, const Style &style, const QRectF &rect, const QString &text)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.badgeFill());
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->setFont(style.badgeFont());
    painter->setPen(style.badgeText());
    painter->drawText(rect, Qt::AlignCenter | Qt::TextSingleLine, text);
}

// The badges sit in a row at the bottom of an action; returns the space left for the title.
QRectF paintBadges(QPainter *painter, const Style &style, const QRectF &text,
                   const StepBadges &badges)
{
    if (badges.time.isEmpty() && badges.servers.isEmpty())
        return text;
    const QFontMetricsF fm(style.badgeFont());
    const double h = style.badgeHeight();
    const double padX = 5;
    const double y = text.bottom() - h;
    double right = text.right();
    if (!badges.servers.isEmpty()) {
        const double w = fm.horizontalAdvance(badges.servers) + 2 * padX;
        paintBadge(painter, style, QRectF(right - w, y, w, h), badges.servers);
        right -= w + 4;
    }
    if (!badges.time.isEmpty()) {
        const double w
            = std::min(fm.horizontalAdvance(badges.time) + 2 * padX, right - text.left());
        const QString shown = fm.elidedText(badges.time, Qt::ElideRight, w - 2 * padX + 1);
        paintBadge(painter, style, QRectF(text.left(), y, w, h), shown);
    }
    return QRectF(text.left(), text.top(), text.width(), text.height() - h - 2);
}

void paintHandles(QPainter *painter, const Style &style, const QRectF &r)
{
    const double s = style.handleSize();
    painter->setPen(QPen(style.accentColor(), 1.2));
    painter->setBrush(Qt::white);
    for (const QPointF &p : { r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight() })
        painter->drawRect(QRectF(p.x() - s / 2, p.y() - s / 2, s, s));
}

} // namespace

void paintStep(QPainter *painter, const Style &style, const StepGeometry &geometry,
               const Step &step, const StepBadges &badges, const PaintOptions &options)
{
    const bool detailed = options.lod >= style.textLevelOfDetail();
    const QRectF &r = geometry.shape;
    if (options.lod < style.shapeLevelOfDetail()) {
        // A box in the outline's colour: no path, no text, no antialiasing.
        painter->fillRect(r, options.selected ? style.accentColor() : style.endRingPen().color());
        return;
    }
    const QPainterPath path = shapePath(style, step.kind, r);
    painter->save();

    // A soft shadow lifts the cards off the tinted lanes; skipped when zoomed far out.
    if (detailed && (step.kind == StepKind::Action || step.kind == StepKind::Evidence)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(style.shadowColor());
        painter->drawPath(path.translated(0, 1.5));
    }

    QPen pen = style.stepPen(step.kind);
    if (step.kind == StepKind::End)
        pen = style.endRingPen();
    else if (step.kind == StepKind::Start)
        pen = QPen(style.endRingPen().color(), 1.6);
    else if (step.kind == StepKind::Fork || step.kind == StepKind::Join)
        pen = Qt::NoPen;
    else if (step.kind == StepKind::Decision)
        pen.setColor(style.endRingPen().color());
    painter->setPen(pen);
    painter->setBrush(style.stepFill(step.kind));
    painter->drawPath(path);

    if (step.kind == StepKind::Evidence) {
        // The fold: a small triangle in the pen's colour.
        const double f = style.evidenceFold();
        QPainterPath fold;
        fold.moveTo(r.right() - f, r.top());
        fold.lineTo(r.right() - f, r.top() + f);
        fold.lineTo(r.right(), r.top() + f);
        fold.closeSubpath();
        painter->setBrush(style.stepPen(StepKind::Evidence).color().lighter(125));
        painter->drawPath(fold);
    }

    if (options.hovered && !options.selected) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(style.hoverColor());
        painter->drawPath(path);
    }

    if (detailed) {
        const QColor textColor = style.stepTitleColor();
        if (geometry.textOutside) {
            const QFont font = style.outsideLabelFont();
            const QStringList lines = painttext::wrap(step.title, font, geometry.text.width(), 2);
            // Each line on its own halo, so that a flow passing under the label stays visible
            // around it.
            const QFontMetricsF fm(font);
            const double step = painttext::lineHeight(font);
            double y = geometry.text.top();
            for (const QString &line : lines) {
                const double w = fm.horizontalAdvance(line);
                const QRectF lineRect(geometry.text.center().x() - w / 2, y, w, step);
                painttext::drawHaloText(painter, lineRect, line, font, textColor,
                                        style.haloColor());
                y += step;
            }
        } else {
            const QRectF titleArea = step.kind == StepKind::Action
                ? paintBadges(painter, style, geometry.text, badges)
                : geometry.text;
            const QFont font = style.stepTitleFont();
            const int maxLines
                = std::clamp(int(titleArea.height() / painttext::lineHeight(font)), 1, 2);
            painttext::drawLines(painter, titleArea,
                                 painttext::wrap(step.title, font, titleArea.width(), maxLines),
                                 font, textColor, true);
        }
    }

    if (options.selected) {
        QPen selection = style.selectionPen();
        painter->setPen(selection);
        painter->setBrush(Qt::NoBrush);
        const double grow = 3;
        const QRectF outline = r.adjusted(-grow, -grow, grow, grow);
        if (step.kind == StepKind::Action || step.kind == StepKind::Evidence)
            painter->drawRoundedRect(outline, style.actionCornerRadius() + grow,
                                     style.actionCornerRadius() + grow);
        else
            painter->drawPath(shapePath(style, step.kind, outline));
        paintHandles(painter, style, outline);
    }
    painter->restore();
}

} // namespace bp
