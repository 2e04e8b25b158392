#pragma once

#include "document/document.h"

/// @file fragment.h
/// Copy and paste of steps with their flows between documents.

namespace bp {

/// Steps and the flows between them, with the lanes they sat in (for their kinds).
struct Fragment
{
    ElementSnapshot elements;
    std::vector<Lane> lanes;
};

/// Copies the steps @p stepIds and the flows between them (flows to steps outside the selection
/// are left out).
Fragment copyFragment(const Blueprint &blueprint, const QVector<ElementId> &stepIds);

/// Prepares a fragment for pasting into @p target: every step and flow gets a fresh id (flows
/// follow their steps), steps whose lane does not exist move to the first lane of the same kind
/// (else the first lane), unknown pools are dropped, and positions shift by @p offset.
/// Returns an empty snapshot when the target has no lanes.
ElementSnapshot prepareForPaste(const Fragment &fragment, const Document &target, QPointF offset);

} // namespace bp
