#pragma once

/// @file commandids.h
/// One enum for the merge ids of every command (QUndoCommand::id()).

namespace bp {

enum class CommandId : int {
    None = -1,
    MoveSteps = 1, ///< merges within one drag gesture
    ResizeLane = 2, ///< merges within one drag gesture
    MoveFlowPoints = 3,
    EditSteps = 4, ///< merges the steps of one number field's gesture (arrow keys, spin arrows,
                   ///< wheel) on the same steps
    EditFlows = 5, ///< the same for flows
    EditDemand = 6, ///< the same for the demand
};

} // namespace bp
