#include "style.h"

#include <QStringList>

namespace bp {

namespace {

// A colour mixed with white: the soft tints of the lanes are the Okabe–Ito hues at low strength,
// so that the lane kinds stay recognisable without competing with the steps.
QColor tint(const QColor &base, double strength)
{
    const auto mix = [strength](int c) {
        return int(255 - (255 - c) * strength + 0.5);
    };
    return QColor(mix(base.red()), mix(base.green()), mix(base.blue()));
}

QPen makePen(const QColor &color, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(color, width, style, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(false);
    return pen;
}

QPen dashedPen(const QColor &color, double width, QVector<qreal> pattern)
{
    QPen pen(color, width, Qt::CustomDashLine, Qt::FlatCap, Qt::MiterJoin);
    pen.setDashPattern(pattern);
    return pen;
}

} // namespace

QFont Style::makeFont(double pixelSize, QFont::Weight weight)
{
    QFont font;
    // A list, so that the same drawing looks alike on every platform; the CJK family covers
    // Chinese titles and has clean Latin glyphs where no other listed family is installed.
    font.setFamilies({ QStringLiteral("Inter"), QStringLiteral("Segoe UI"),
                       QStringLiteral("Noto Sans"), QStringLiteral("Helvetica Neue"),
                       QStringLiteral("Arial"), QStringLiteral("Noto Sans CJK SC"),
                       QStringLiteral("DejaVu Sans") });
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(int(pixelSize + 0.5));
    font.setWeight(weight);
    // Scene text is scaled by the view; hinting would make glyph widths jump between zoom levels.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

Style::Style()
{
    m_canvas = QColor(0xFF, 0xFF, 0xFF);
    m_text = QColor(0x26, 0x2A, 0x30);
    m_mutedText = QColor(0x6B, 0x72, 0x80);

    // Index order follows LaneKind: evidence, customer, frontstage, backstage, support, other.
    const std::array<QColor, laneKinds> accents
        = { okabeOrange(), okabeSkyBlue(), okabeGreen(),
            okabePurple(), okabeBlue(),    QColor(0x9C, 0xA3, 0xAF) };
    const std::array<double, laneKinds> bandStrength = { 0.07, 0.08, 0.07, 0.08, 0.06, 0.0 };
    for (size_t i = 0; i < laneKinds; ++i) {
        m_laneAccent[i] = accents[i];
        m_laneTint[i] = i == index(LaneKind::Other) ? QColor(0xFA, 0xFA, 0xFA)
                                                    : tint(accents[i], bandStrength[i]);
        m_laneHeader[i] = i == index(LaneKind::Other) ? QColor(0xF1, 0xF2, 0xF4)
                                                      : tint(accents[i], bandStrength[i] * 2.2);
    }
    m_laneSeparator = makePen(QColor(0xD9, 0xDC, 0xE1), 1.0);
    m_laneTitleFont = makeFont(14, QFont::DemiBold);
    m_laneKindFont = makeFont(9.5, QFont::Medium);
    m_laneKindFont.setCapitalization(QFont::AllUppercase);
    m_laneKindFont.setLetterSpacing(QFont::AbsoluteSpacing, 0.6);

    // Distinct weights and dash patterns; visibility is the strongest, internal the lightest.
    m_linePen[size_t(BlueprintLine::Interaction)]
        = dashedPen(QColor(0x4B, 0x55, 0x63), 1.4, { 6, 4 });
    m_linePen[size_t(BlueprintLine::Visibility)]
        = dashedPen(QColor(0x1F, 0x29, 0x37), 2.4, { 8, 4 });
    m_linePen[size_t(BlueprintLine::InternalInteraction)]
        = dashedPen(QColor(0x6B, 0x72, 0x80), 1.0, { 3, 4 });
    m_lineLabelFont = makeFont(9, QFont::Bold);
    m_lineLabelFont.setCapitalization(QFont::SmallCaps);
    m_lineLabelFont.setLetterSpacing(QFont::AbsoluteSpacing, 0.4);
    m_lineLabel = QColor(0x4B, 0x55, 0x63);

    m_stepSize[size_t(StepKind::Start)] = QSizeF(30, 30);
    m_stepSize[size_t(StepKind::End)] = QSizeF(30, 30);
    m_stepSize[size_t(StepKind::Action)] = QSizeF(128, 60);
    m_stepSize[size_t(StepKind::Decision)] = QSizeF(44, 44);
    m_stepSize[size_t(StepKind::Fork)] = QSizeF(9, 56);
    m_stepSize[size_t(StepKind::Join)] = QSizeF(9, 56);
    m_stepSize[size_t(StepKind::Evidence)] = QSizeF(116, 46);

    m_stepFill = QColor(0xFF, 0xFF, 0xFF);
    m_evidenceFill = QColor(0xFF, 0xFC, 0xF3);
    m_stepPen = makePen(QColor(0x8A, 0x91, 0x9C), 1.2);
    m_evidencePen = makePen(QColor(0xB8, 0xA7, 0x7E), 1.1);
    m_endRing = makePen(QColor(0x37, 0x3D, 0x46), 3.5);
    m_barColor = QColor(0x37, 0x3D, 0x46);
    m_shadow = QColor(0x1F, 0x29, 0x37, 22);
    m_stepTitleFont = makeFont(13);
    m_outsideLabelFont = makeFont(11.5);

    m_badgeFont = makeFont(10, QFont::Medium);
    m_badgeFill = QColor(0xEE, 0xF0, 0xF3);
    m_badgeText = QColor(0x4B, 0x55, 0x63);

    const QColor flowGrey(0x4A, 0x50, 0x58);
    m_flowPen[size_t(FlowKind::Flow)] = makePen(flowGrey, 1.4);
    QPen rework = makePen(flowGrey, 1.4, Qt::CustomDashLine);
    rework.setCapStyle(Qt::FlatCap);
    rework.setDashPattern({ 5, 3.5 });
    m_flowPen[size_t(FlowKind::Rework)] = rework;
    QPen failure = makePen(okabeVermillion(), 1.8, Qt::CustomDashLine);
    failure.setDashPattern({ 0.1, 2.4 }); // round dots
    m_flowPen[size_t(FlowKind::Failure)] = failure;
    m_flowPen[size_t(FlowKind::Evidence)] = makePen(QColor(0xB4, 0xBA, 0xC3), 1.0);
    m_flowLabelFont = makeFont(11);
    m_probabilityFont = makeFont(10, QFont::DemiBold);
    m_halo = QColor(255, 255, 255, 225);

    m_accent = okabeBlue();
    m_selectionPen = makePen(m_accent, 2.0);
    m_hover = QColor(0x00, 0x72, 0xB2, 28);
}

QColor Style::stepFill(StepKind kind) const
{
    switch (kind) {
    case StepKind::Evidence:
        return m_evidenceFill;
    case StepKind::Fork:
    case StepKind::Join:
        return m_barColor;
    default:
        return m_stepFill;
    }
}

QPen Style::stepPen(StepKind kind) const
{
    return kind == StepKind::Evidence ? m_evidencePen : m_stepPen;
}

} // namespace bp
