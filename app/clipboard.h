#pragma once

#include "commands/fragment.h"

#include <optional>

/// @file clipboard.h
/// Steps and flows on the system clipboard, so that copy and paste work between windows.

namespace bp {

/// Puts the steps @p stepIds of @p blueprint, with the flows between them, on the clipboard
/// (as a fragment for pasting, and as the titles for plain-text editors). False when none of
/// the ids is a step.
bool copyStepsToClipboard(const Blueprint &blueprint, const QVector<ElementId> &stepIds);

/// Whether the clipboard holds steps.
bool clipboardHasFragment();

/// The steps on the clipboard, or nothing.
std::optional<Fragment> fragmentFromClipboard();

} // namespace bp
