#pragma once

#include "walkthrough.h"

#include <QRectF>
#include <QTransform>

class QPainter;

/// @file framepainter.h
/// Painting one frame of a walkthrough: the diagram with the current stop and its connections
/// highlighted and the rest dimmed, hidden lanes blank, F and W marks on the pause points.
/// Shared by the presentation mode (on screen) and the handouts (PDF pages, PNG files).

namespace bp {
class SceneGeometry;
}

namespace bp::walkthrough {

/// How a frame is drawn.
struct FrameOptions
{
    /// Lanes shown, counted from the top; the others are blank. Negative: every lane.
    int revealedLanes = -1;
    /// Presentation framing: every lane fits the height, and when the diagram is then wider
    /// than the target the view pans to keep the current stop in the middle, with the lane
    /// headers pinned at the left. False: the whole diagram fits the target (handouts).
    bool follow = false;
    /// Largest scale (scene units to target units) when following, so that a small blueprint
    /// does not turn into a poster.
    double maxScale = 2.5;
    /// Smallest scale when following, so that type stays readable on a projector (0: none).
    /// When the lanes are then taller than the target, the view also pans vertically to keep
    /// the current stop in the middle. Wins over maxScale.
    double minScale = 0.0;
    /// Opacity of what is not highlighted.
    double dimOpacity = 0.22;
    bool marks = true; ///< F and W marks on the pause points
};

/// The scene-to-target transform of the frame of stop @p index (−1: none) in @p target.
QTransform frameTransform(const QRectF &target, const SceneGeometry &geometry,
                          const Blueprint &blueprint, const Walkthrough &walkthrough, int index,
                          const FrameOptions &options = {});

/// Paints the frame of stop @p index (−1: nothing highlighted, nothing dimmed) into @p target
/// of @p painter. @p geometry must have been rebuilt from @p blueprint. O(steps + flows).
void paintFrame(QPainter *painter, const QRectF &target, const SceneGeometry &geometry,
                const Blueprint &blueprint, const Walkthrough &walkthrough, int index,
                const FrameOptions &options = {});

/// Paints a fail-point mark (red circle, white F) or a wait-point mark (amber circle, white W)
/// of diameter @p size centred at @p center (spec/look.md).
void paintPauseMark(QPainter *painter, const QPointF &center, double size, bool failPoint);

} // namespace bp::walkthrough
