#pragma once

/// @file commandids.h
/// One enum for the merge ids of every command (QUndoCommand::id()).

namespace bp {

enum class CommandId : int {
    None = -1,
    MoveSteps = 1, ///< merges within one drag gesture
    ResizeLane = 2, ///< merges within one drag gesture
    MoveFlowPoints = 3,
};

} // namespace bp
