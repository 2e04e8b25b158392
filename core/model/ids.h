#pragma once

#include "types.h"

#include <QStringView>

#include <string_view>

/// @file ids.h
/// Element ids: validation and generation.

namespace bp {

/// True when @p id is a valid element id: 1 to 64 characters of [A-Za-z0-9_.-], starting with a
/// letter or '_' (format.md).
bool isValidId(QStringView id);
/// The same rule on UTF-8 bytes (a valid id is ASCII).
bool isValidId(std::string_view id);

/// Kind of element an id is generated for; decides the readable prefix.
enum class IdPrefix { Step, Flow, Lane, Pool };

/// A fresh id such as `s_k3x9q2ab7w`: a prefix and 10 random base-36 characters (about 51 bits),
/// so that two people adding elements to copies of one file almost never pick the same id.
/// @p isTaken is asked before returning, so the id is also unique in the document at hand.
template<typename Taken> ElementId generateId(IdPrefix prefix, Taken &&isTaken);

/// Implementation detail of generateId: one random candidate.
ElementId randomId(IdPrefix prefix);

template<typename Taken> ElementId generateId(IdPrefix prefix, Taken &&isTaken)
{
    for (;;) {
        ElementId id = randomId(prefix);
        if (!isTaken(id))
            return id;
    }
}

} // namespace bp
