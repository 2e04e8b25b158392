#pragma once

// Internal to core/render: the plan of a route, shared by flowrouting.cpp (which draws routes)
// and flowsiblings.cpp (which orders the flows leaving one step).

#include "scenegeometry.h"

namespace bp {

/// The outline of a route, before its ends are placed on the shapes.
enum class RouteShape {
    Straight, ///< one segment (or a jog when the ends are not aligned)
    HVH, ///< right, up/down in the gap after the source, right into the target's side
    HVHV, ///< right, up/down to a channel beside the target's row, along it, into its edge
    VH, ///< up/down out of the source, right into the target's side
    VHV, ///< up/down to a channel beside the target's row, along it, into its edge
    Loop, ///< up out of the source, back above both, down into the target
    Arc, ///< same row, other steps may sit between: around the row, into the target
    Vertical, ///< between steps of overlapping columns
    SelfLoop, ///< a flow back into its own step: out of the right side, round into the top
};

/// Tolerance for "the same coordinate", in scene units.
constexpr double routeEps = 0.5;

struct SceneGeometry::Plan
{
    RouteShape shape = RouteShape::Straight;
    Side exit = Side::Right;
    Side entry = Side::Left;
    double turn = 0; ///< y of the first horizontal run after the exit (orders siblings)
    double x = 0; ///< x of the vertical run of HVH/HVHV
    double channel = 0; ///< y of the channel of HVHV, VHV, Loop, Arc and Vertical
};

} // namespace bp
