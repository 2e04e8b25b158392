#pragma once

#include "model/types.h"

#include <QColor>
#include <QFont>
#include <QPen>
#include <QSizeF>

#include <array>

/// @file style.h
/// The visual language of a blueprint (spec/look.md) in one place: every colour, pen, font and
/// size used by the painters. The canvas and every export paint with the same Style, so that an
/// export is what the screen shows.

namespace bp {

/// The three horizontal lines of a service blueprint.
enum class BlueprintLine {
    Interaction, ///< between the customer and the frontstage lanes
    Visibility, ///< between the frontstage and the backstage lanes (the strongest)
    InternalInteraction ///< between the backstage and the support lanes
};

/// Colours, pens, fonts and sizes of a blueprint drawing.
///
/// All sizes are in scene units (pixels at 100 % zoom); fonts use pixel sizes so that text keeps
/// its proportion to the shapes on every device (screen, SVG, PDF). The palette is based on the
/// colour-blind-safe Okabe–Ito set; the base diagram stays quiet (soft tints, dark grey text)
/// so that analysis marks can stand out.
class Style
{
public:
    /// The standard light style.
    Style();

    // ---- canvas and lanes ----

    /// Background behind and around the lanes.
    QColor canvasColor() const { return m_canvas; }
    /// Changes the background (e.g. transparent for an export without background).
    void setCanvasColor(const QColor &color) { m_canvas = color; }
    /// Very light tint of a lane band.
    QColor laneTint(LaneKind kind) const { return m_laneTint[index(kind)]; }
    /// Slightly stronger tint of the lane's header cell.
    QColor laneHeaderTint(LaneKind kind) const { return m_laneHeader[index(kind)]; }
    /// Saturated accent of a lane kind (the thin stripe at the left of the header).
    QColor laneAccent(LaneKind kind) const { return m_laneAccent[index(kind)]; }
    /// Hairline between two lanes.
    QPen laneSeparatorPen() const { return m_laneSeparator; }
    /// Width of the lane header column on the left, in scene units.
    double headerWidth() const { return m_headerWidth; }
    /// Width of the coloured stripe at the left edge of a lane header.
    double accentStripeWidth() const { return 4.0; }
    /// Free space to the right of the rightmost step.
    double rightMargin() const { return 40.0; }
    /// Smallest width of the lane bands (an empty blueprint still shows lanes).
    double minimumBandWidth() const { return 800.0; }

    QFont laneTitleFont() const { return m_laneTitleFont; }
    QFont laneKindFont() const { return m_laneKindFont; }
    QColor laneTitleColor() const { return m_text; }
    QColor laneKindColor() const { return m_mutedText; }

    // ---- the three lines ----

    /// Dashed pen of a line; weights differ, the line of visibility is the strongest.
    QPen linePen(BlueprintLine line) const { return m_linePen[size_t(line)]; }
    /// Small-caps font of the line labels.
    QFont lineLabelFont() const { return m_lineLabelFont; }
    QColor lineLabelColor() const { return m_lineLabel; }

    // ---- steps ----

    /// Size of a step's shape (without its outside label).
    QSizeF stepSize(StepKind kind) const { return m_stepSize[size_t(kind)]; }
    /// Width available to a label drawn under a small shape (start, end, decision, fork, join).
    double outsideLabelWidth() const { return 132.0; }
    /// Gap between a small shape and its label below it.
    double outsideLabelGap() const { return 4.0; }
    double actionCornerRadius() const { return 8.0; }
    /// Size of the folded corner of an evidence card.
    double evidenceFold() const { return 10.0; }
    /// Inner padding of the text of a step.
    double stepPadding() const { return 5.0; }

    QColor stepFill(StepKind kind) const;
    QPen stepPen(StepKind kind) const;
    /// Stronger ring of an end step.
    QPen endRingPen() const { return m_endRing; }
    /// Fill of fork and join bars.
    QColor barColor() const { return m_barColor; }
    /// Soft drop shadow under steps.
    QColor shadowColor() const { return m_shadow; }

    QFont stepTitleFont() const { return m_stepTitleFont; }
    QFont outsideLabelFont() const { return m_outsideLabelFont; }
    QColor stepTitleColor() const { return m_text; }

    // ---- badges ----

    QFont badgeFont() const { return m_badgeFont; }
    QColor badgeFill() const { return m_badgeFill; }
    QColor badgeText() const { return m_badgeText; }
    double badgeHeight() const { return 15.0; }

    // ---- flows ----

    /// Pen of a flow's line (solid, dashed, dotted or thin by kind).
    QPen flowPen(FlowKind kind) const { return m_flowPen[size_t(kind)]; }
    /// Colour of a flow's arrowhead and labels.
    QColor flowColor(FlowKind kind) const { return m_flowPen[size_t(kind)].color(); }
    /// Length of an arrowhead along the line.
    double arrowLength() const { return 9.0; }
    /// Half of the arrowhead's width.
    double arrowHalfWidth() const { return 4.5; }
    /// Radius of the rounded corners of orthogonal routes.
    double cornerRadius() const { return 8.0; }
    /// Gap kept between a route and the shapes it passes (channels, loops).
    double routeClearance() const { return 16.0; }
    /// Distance between neighbouring flows leaving the same side of a step.
    double anchorSpacing() const { return 28.0; }

    QFont flowLabelFont() const { return m_flowLabelFont; }
    QFont probabilityFont() const { return m_probabilityFont; }
    /// Colour of the halo behind labels drawn over lines.
    QColor haloColor() const { return m_halo; }
    QColor flowLabelColor() const { return m_text; }

    // ---- selection and hover ----

    QColor accentColor() const { return m_accent; }
    QPen selectionPen() const { return m_selectionPen; }
    QColor hoverColor() const { return m_hover; }
    double handleSize() const { return 6.0; }

    /// Below this level of detail, painters draw plain shapes without text or badges.
    double textLevelOfDetail() const { return 0.35; }
    /// Below this level of detail (a step a few pixels wide), steps are plain boxes and flows
    /// plain lines: with 100,000 steps on screen, shapes cannot be told apart anyway.
    double shapeLevelOfDetail() const { return 0.08; }

    // ---- Okabe–Ito palette (for analysis overlays and legends) ----

    static QColor okabeOrange() { return QColor(0xE6, 0x9F, 0x00); }
    static QColor okabeSkyBlue() { return QColor(0x56, 0xB4, 0xE9); }
    static QColor okabeGreen() { return QColor(0x00, 0x9E, 0x73); }
    static QColor okabeYellow() { return QColor(0xF0, 0xE4, 0x42); }
    static QColor okabeBlue() { return QColor(0x00, 0x72, 0xB2); }
    static QColor okabeVermillion() { return QColor(0xD5, 0x5E, 0x00); }
    static QColor okabePurple() { return QColor(0xCC, 0x79, 0xA7); }

private:
    static size_t index(LaneKind kind) { return size_t(kind); }
    static QFont makeFont(double pixelSize, QFont::Weight weight = QFont::Normal);

    static constexpr size_t laneKinds = 6;
    static constexpr size_t stepKinds = 7;
    static constexpr size_t flowKinds = 4;

    QColor m_canvas;
    QColor m_text;
    QColor m_mutedText;
    std::array<QColor, laneKinds> m_laneTint;
    std::array<QColor, laneKinds> m_laneHeader;
    std::array<QColor, laneKinds> m_laneAccent;
    QPen m_laneSeparator;
    double m_headerWidth = 150.0;
    QFont m_laneTitleFont;
    QFont m_laneKindFont;

    std::array<QPen, 3> m_linePen;
    QFont m_lineLabelFont;
    QColor m_lineLabel;

    std::array<QSizeF, stepKinds> m_stepSize;
    QColor m_stepFill;
    QColor m_evidenceFill;
    QPen m_stepPen;
    QPen m_evidencePen;
    QPen m_endRing;
    QColor m_barColor;
    QColor m_shadow;
    QFont m_stepTitleFont;
    QFont m_outsideLabelFont;

    QFont m_badgeFont;
    QColor m_badgeFill;
    QColor m_badgeText;

    std::array<QPen, flowKinds> m_flowPen;
    QFont m_flowLabelFont;
    QFont m_probabilityFont;
    QColor m_halo;

    QColor m_accent;
    QPen m_selectionPen;
    QColor m_hover;
};

} // namespace bp
