#pragma once

#include "commands/fragment.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// @file fragmentio.h
/// Copied steps and flows as bytes, for the clipboard (copy in one window, paste in another).

namespace bp {

/// MIME type of a serialised fragment on the clipboard.
QString fragmentMimeType();

/// The bytes of a fragment: a small native blueprint holding its lanes, the pools its steps use
/// (taken from @p source), its steps and its flows, so that the reader checks it on the way back.
QByteArray writeFragment(const Fragment &fragment, const Blueprint &source);

/// Reads bytes made by writeFragment(). Nothing when they are not a valid fragment (a clipboard
/// can hold anything). Pool references stay as they were; prepareForPaste() drops unknown ones.
std::optional<Fragment> readFragment(const QByteArray &bytes);

} // namespace bp
