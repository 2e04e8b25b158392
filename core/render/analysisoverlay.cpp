// The analysis overlay: data from an analysis result, and the painting of its marks.

#include "analysisoverlay.h"

#include "analysis/analysis.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace bp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::AnalysisOverlay)
};

// ---- colours and sizes of the marks (one place) ----

const QColor failColor(0xC6, 0x28, 0x28); // Shostack's red F
const QColor waitColor(0xE6, 0x9F, 0x00); // Okabe–Ito orange, "amber"
const QColor waitRing(0x8A, 0x5A, 0x00);
const QColor bottleneckColor(0x37, 0x47, 0x4F);
const QColor unstableColor(0x80, 0x00, 0x26);
const QColor bandColor(0x00, 0x72, 0xB2, 70); // Okabe–Ito blue, translucent
constexpr double badgeRadius = 8.0;
constexpr double badgeGap = 3.0;
constexpr double bandWidth = 14.0;
constexpr double fillAlpha = 0.8;

QFont badgeLetterFont()
{
    QFont f;
    f.setPixelSize(11);
    f.setWeight(QFont::Bold);
    return f;
}

QFont legendFont()
{
    QFont f;
    f.setPixelSize(11);
    return f;
}

QFont legendTitleFont()
{
    QFont f;
    f.setPixelSize(11);
    f.setWeight(QFont::DemiBold);
    return f;
}

// The outline of a step's shape, as the step painter draws it.
QPainterPath outline(const Style &style, StepKind kind, const QRectF &r)
{
    QPainterPath path;
    switch (kind) {
    case StepKind::Start:
    case StepKind::End:
        path.addEllipse(r);
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
    case StepKind::Action:
    case StepKind::Evidence:
        path.addRoundedRect(r, style.actionCornerRadius(), style.actionCornerRadius());
        break;
    case StepKind::Fork:
    case StepKind::Join:
        path.addRoundedRect(r, 2, 2);
        break;
    }
    return path;
}

void paintLetterBadge(QPainter *painter, const QPointF &centre, const QColor &fill,
                      const QColor &ring, bool filled, const QString &letter)
{
    const QRectF circle(centre.x() - badgeRadius, centre.y() - badgeRadius, 2 * badgeRadius,
                        2 * badgeRadius);
    if (filled) {
        painter->setPen(QPen(ring, 1.0));
        painter->setBrush(fill);
    } else {
        // A recovered fail point: a white disc in a thick red ring, red letter.
        painter->setPen(QPen(fill, 2.0));
        painter->setBrush(Qt::white);
    }
    painter->drawEllipse(circle);
    painter->setFont(badgeLetterFont());
    painter->setPen(filled ? QColor(Qt::white) : fill);
    painter->drawText(circle, Qt::AlignCenter, letter);
}

void paintHourglassBadge(QPainter *painter, const QPointF &centre)
{
    const QRectF circle(centre.x() - badgeRadius, centre.y() - badgeRadius, 2 * badgeRadius,
                        2 * badgeRadius);
    painter->setPen(QPen(Qt::white, 1.0));
    painter->setBrush(bottleneckColor);
    painter->drawEllipse(circle);
    // Two triangles meeting at the centre, with bars on top and bottom.
    const double w = 4.0;
    const double h = 5.0;
    const QPointF c = centre;
    QPainterPath glass;
    glass.moveTo(c.x() - w, c.y() - h);
    glass.lineTo(c.x() + w, c.y() - h);
    glass.lineTo(c.x(), c.y());
    glass.lineTo(c.x() + w, c.y() + h);
    glass.lineTo(c.x() - w, c.y() + h);
    glass.lineTo(c.x(), c.y());
    glass.closeSubpath();
    painter->setPen(QPen(Qt::white, 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(QColor(255, 255, 255, 160));
    painter->drawPath(glass);
}

// Dark or white text, whichever reads better on @p fill.
QColor textOn(const QColor &fill)
{
    const double luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return luminance > 0.55 ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}

QRectF utilisationBadgeRect(const QRectF &shape, const QString &text)
{
    const QFontMetricsF fm(badgeLetterFont());
    const double h = 15.0;
    const double w = fm.horizontalAdvance(text) + 10.0;
    return QRectF(shape.left() + 4.0, shape.top() - h / 2, w, h);
}

void paintUtilisationBadge(QPainter *painter, const QRectF &shape, double rho)
{
    const QString text = utilisationText(rho);
    const QRectF r = utilisationBadgeRect(shape, text);
    const QColor fill = utilisationColor(rho);
    painter->setPen(QPen(QColor(0x42, 0x42, 0x42), 0.8));
    painter->setBrush(fill);
    painter->drawRoundedRect(r, r.height() / 2, r.height() / 2);
    painter->setFont(badgeLetterFont());
    painter->setPen(textOn(fill));
    painter->drawText(r, Qt::AlignCenter | Qt::TextSingleLine, text);
}

} // namespace

OverlayData overlayDataOf(const analysis::AnalysisResult &result)
{
    using namespace analysis;
    OverlayData data;
    const Snapshot &s = result.snapshot;
    const int n = s.size();

    for (const FailPoint &fp : result.failure.failPoints) {
        StepOverlay &o = data.steps[fp.step];
        o.failPoint = true;
        o.unrecovered = o.unrecovered || !fp.recovered;
    }
    for (const Finding &f : result.findings) {
        if (f.elements.isEmpty())
            continue;
        const ElementId &id = f.elements.first();
        if (f.code == QLatin1String("FAIL_POINT_WITHOUT_RECOVERY")) {
            StepOverlay &o = data.steps[id];
            o.failPoint = true;
            o.unrecovered = true;
        } else if (f.code == QLatin1String("WAIT_EXCEEDS_TOLERANCE")
                   || f.code == QLatin1String("SERVICE_LEVEL_BELOW_TARGET")) {
            data.steps[id].waitPoint = true;
        }
    }

    if (!result.complete)
        return data;
    const QueueingResult &q = result.queueing;
    data.hasDemand = q.demand.has_value();
    std::vector<char> bottleneckPool(s.pools().size(), 0);
    for (int p : q.bottlenecks) {
        if (p >= 0 && size_t(p) < bottleneckPool.size())
            bottleneckPool[size_t(p)] = 1;
    }
    for (int v = 0; v < n && size_t(v) < q.steps.size(); ++v) {
        const StepFigures &fig = q.steps[size_t(v)];
        if (!fig.queueing)
            continue;
        const Node &node = s.node(v);
        const bool isBottleneck = node.pool >= 0 && size_t(node.pool) < bottleneckPool.size()
            && bottleneckPool[size_t(node.pool)];
        const bool unstable = node.pool >= 0 && size_t(node.pool) < q.pools.size()
            && q.pools[size_t(node.pool)].unstable;
        if (!fig.rho && !isBottleneck && !unstable)
            continue;
        StepOverlay &o = data.steps[node.id];
        o.utilisation = fig.rho;
        o.bottleneck = isBottleneck && q.demand.has_value();
        o.unstable = unstable;
    }

    // The critical path as a sequence of components (a loop cluster is one super-step): a flow
    // is on it when it stays inside a component of the path or joins two consecutive ones; the
    // start and end steps attach to its first and last component.
    const std::vector<int> &path = q.criticalPath.steps;
    const std::vector<int> &component = q.visits.component;
    if (path.empty() || component.size() != size_t(n))
        return data;
    QHash<int, int> order; // component → position along the path
    for (int v : path) {
        const int c = component[size_t(v)];
        if (!order.contains(c))
            order.insert(c, int(order.size()));
    }
    const int last = int(order.size()) - 1;
    const Graph &g = s.graph();
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const int u = int(boost::source(*it, g));
        const int v = int(boost::target(*it, g));
        const int cu = component[size_t(u)];
        const int cv = component[size_t(v)];
        const bool startU = s.node(u).kind == StepKind::Start;
        const bool endV = s.node(v).kind == StepKind::End;
        const int pu = startU ? -1 : order.value(cu, -2);
        const int pv = endV ? last + 1 : order.value(cv, -2);
        if (pu == -2 || pv == -2)
            continue;
        const bool inside = !startU && !endV && cu == cv && g[*it].kind != FlowKind::Failure;
        if (inside || pv == pu + 1)
            data.criticalFlows.insert(g[*it].id);
    }
    return data;
}

QColor utilisationColor(double rho)
{
    // ColorBrewer YlOrRd, a sequential scale readable by colour-blind viewers; the stops sit at
    // the utilisation bands of analysis.md §3.2 (0.70 busy, 0.85 high, 0.95 critical).
    struct Stop
    {
        double at;
        QColor color;
    };
    static const std::array<Stop, 6> stops { {
        { 0.0, QColor(0xFF, 0xFF, 0xCC) },
        { 0.5, QColor(0xFE, 0xD9, 0x76) },
        { 0.7, QColor(0xFE, 0xB2, 0x4C) },
        { 0.85, QColor(0xFC, 0x4E, 0x2A) },
        { 0.95, QColor(0xBD, 0x00, 0x26) },
        { 1.0, QColor(0x80, 0x00, 0x26) },
    } };
    if (!std::isfinite(rho) || rho >= stops.back().at)
        return stops.back().color;
    rho = std::max(0.0, rho);
    for (size_t i = 1; i < stops.size(); ++i) {
        if (rho <= stops[i].at) {
            const Stop &a = stops[i - 1];
            const Stop &b = stops[i];
            const double t = (rho - a.at) / (b.at - a.at);
            return QColor::fromRgbF(
                float(a.color.redF() + t * (b.color.redF() - a.color.redF())),
                float(a.color.greenF() + t * (b.color.greenF() - a.color.greenF())),
                float(a.color.blueF() + t * (b.color.blueF() - a.color.blueF())));
        }
    }
    return stops.back().color;
}

QString utilisationText(double rho)
{
    return QStringLiteral("ρ ") + QLocale().toString(rho, 'f', 2);
}

void paintStepOverlay(QPainter *painter, const Style &style, const StepGeometry &geometry,
                      StepKind kind, const StepOverlay &overlay, double lod)
{
    if (overlay.isEmpty())
        return;
    const QRectF &r = geometry.shape;
    painter->save();
    if (overlay.utilisation) {
        // Multiplied over the step: its white fill takes the colour, its dark title stays dark.
        // (Painters without composition modes, such as SVG, fall back to a translucent tint.)
        QColor fill = utilisationColor(*overlay.utilisation);
        fill.setAlphaF(float(fillAlpha));
        painter->setCompositionMode(QPainter::CompositionMode_Multiply);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawPath(outline(style, kind, r));
        painter->setCompositionMode(QPainter::CompositionMode_SourceOver);
    }
    if (overlay.unstable) {
        painter->setPen(QPen(unstableColor, 4.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(outline(style, kind, r.adjusted(-2, -2, 2, 2)));
    }
    if (lod >= style.textLevelOfDetail()) {
        double x = r.right() - 4.0;
        const double y = r.top();
        if (overlay.failPoint) {
            paintLetterBadge(painter, QPointF(x, y), failColor, failColor.darker(140),
                             overlay.unrecovered, Tr::tr("F"));
            x -= 2 * badgeRadius + badgeGap;
        }
        if (overlay.waitPoint) {
            paintLetterBadge(painter, QPointF(x, y), waitColor, waitRing, true, Tr::tr("W"));
            x -= 2 * badgeRadius + badgeGap;
        }
        if (overlay.bottleneck)
            paintHourglassBadge(painter, QPointF(x, y));
        if (overlay.utilisation && kind == StepKind::Action)
            paintUtilisationBadge(painter, r, *overlay.utilisation);
    }
    painter->restore();
}

QRectF stepOverlayBounds(const StepGeometry &geometry)
{
    // Badges straddle the top edge; the ρ badge may be wider than a small shape.
    const QRectF &r = geometry.shape;
    QRectF bounds = r.adjusted(-8, -badgeRadius - 3, 8, 8);
    bounds.setLeft(std::min(bounds.left(), r.right() - 4 - 3 * (2 * badgeRadius + badgeGap)));
    bounds.setRight(std::max(bounds.right(), r.left() + 70));
    return bounds;
}

void paintCriticalBand(QPainter *painter, const FlowRoute &route)
{
    if (!route.isValid())
        return;
    painter->save();
    painter->setPen(QPen(bandColor, bandWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(route.points);
    painter->restore();
}

double criticalBandMargin()
{
    return bandWidth / 2 + 1;
}

namespace {

struct LegendRow
{
    enum Mark { FailFilled, FailRing, Wait, Bottleneck, Scale, Unstable, Band } mark;
    QString text;
};

std::vector<LegendRow> legendRows(bool withCriticalPath)
{
    std::vector<LegendRow> rows {
        { LegendRow::FailFilled, Tr::tr("Fail point without recovery") },
        { LegendRow::FailRing, Tr::tr("Fail point with recovery") },
        { LegendRow::Wait, Tr::tr("Wait point: wait over tolerance") },
        { LegendRow::Bottleneck, Tr::tr("Bottleneck") },
        { LegendRow::Scale, Tr::tr("Utilisation ρ (fill and badge)") },
        { LegendRow::Unstable, Tr::tr("Unstable: ρ ≥ 1 (thick outline)") },
    };
    if (withCriticalPath)
        rows.push_back({ LegendRow::Band, Tr::tr("Critical path") });
    return rows;
}

constexpr double legendPadding = 8.0;
constexpr double legendRowHeight = 20.0;
constexpr double legendMarkWidth = 56.0;

// The white card and the title line, shared by the whole legend and the folded one.
void paintLegendCard(QPainter *painter, const Style &style, const QRectF &card)
{
    painter->setPen(QPen(QColor(0xBD, 0xBD, 0xBD), 1.0));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(card, 6, 6);
    painter->setFont(legendTitleFont());
    painter->setPen(style.stepTitleColor());
    painter->drawText(QRectF(card.left() + legendPadding, card.top() + legendPadding,
                             card.width() - 2 * legendPadding, legendRowHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("Analysis overlay"));
}

} // namespace

QSizeF overlayLegendTitleSize(const Style &)
{
    const double title
        = QFontMetricsF(legendTitleFont()).horizontalAdvance(Tr::tr("Analysis overlay"));
    return QSizeF(2 * legendPadding + title + 4, 2 * legendPadding + legendRowHeight);
}

void paintOverlayLegendTitle(QPainter *painter, const Style &style, const QRectF &card)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintLegendCard(painter, style, card);
    painter->restore();
}

QSizeF overlayLegendSize(const Style &, bool withCriticalPath)
{
    const QFontMetricsF fm(legendFont());
    double textWidth
        = QFontMetricsF(legendTitleFont()).horizontalAdvance(Tr::tr("Analysis overlay"));
    const std::vector<LegendRow> rows = legendRows(withCriticalPath);
    for (const LegendRow &row : rows)
        textWidth = std::max(textWidth, fm.horizontalAdvance(row.text));
    return QSizeF(2 * legendPadding + legendMarkWidth + textWidth + 4,
                  2 * legendPadding + legendRowHeight * double(rows.size() + 1));
}

void paintOverlayLegend(QPainter *painter, const Style &style, const QPointF &topLeft,
                        bool withCriticalPath)
{
    const QSizeF size = overlayLegendSize(style, withCriticalPath);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card(topLeft, size);
    paintLegendCard(painter, style, card);

    const double left = card.left() + legendPadding;
    double y = card.top() + legendPadding + legendRowHeight;

    const std::vector<LegendRow> rows = legendRows(withCriticalPath);
    for (const LegendRow &row : rows) {
        const QPointF mid(left + 10, y + legendRowHeight / 2);
        switch (row.mark) {
        case LegendRow::FailFilled:
            paintLetterBadge(painter, mid, failColor, failColor.darker(140), true, Tr::tr("F"));
            break;
        case LegendRow::FailRing:
            paintLetterBadge(painter, mid, failColor, failColor.darker(140), false, Tr::tr("F"));
            break;
        case LegendRow::Wait:
            paintLetterBadge(painter, mid, waitColor, waitRing, true, Tr::tr("W"));
            break;
        case LegendRow::Bottleneck:
            paintHourglassBadge(painter, mid);
            break;
        case LegendRow::Scale: {
            const QRectF bar(left, y + 5, legendMarkWidth - 8, legendRowHeight - 10);
            QLinearGradient gradient(bar.topLeft(), bar.topRight());
            for (double rho : { 0.0, 0.5, 0.7, 0.85, 0.95, 1.0 })
                gradient.setColorAt(rho, utilisationColor(rho));
            painter->setPen(QPen(QColor(0x75, 0x75, 0x75), 0.8));
            painter->setBrush(gradient);
            painter->drawRect(bar);
            break;
        }
        case LegendRow::Unstable: {
            const QRectF box(left + 2, y + 4, legendMarkWidth - 12, legendRowHeight - 8);
            painter->setPen(QPen(unstableColor, 3.0));
            painter->setBrush(Qt::white);
            painter->drawRoundedRect(box, 3, 3);
            break;
        }
        case LegendRow::Band: {
            const double cy = y + legendRowHeight / 2;
            painter->setPen(QPen(bandColor, bandWidth, Qt::SolidLine, Qt::FlatCap));
            painter->drawLine(QPointF(left, cy), QPointF(left + legendMarkWidth - 8, cy));
            painter->setPen(style.flowPen(FlowKind::Flow));
            painter->drawLine(QPointF(left, cy), QPointF(left + legendMarkWidth - 8, cy));
            break;
        }
        }
        painter->setFont(legendFont());
        painter->setPen(style.stepTitleColor());
        painter->drawText(QRectF(left + legendMarkWidth, y, card.right() - left - legendMarkWidth,
                                 legendRowHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, row.text);
        y += legendRowHeight;
    }
    painter->restore();
}

} // namespace bp
