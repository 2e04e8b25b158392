#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>

class QPainter;

/// @file painttext.h
/// Text helpers shared by the painters (internal to core/render).

namespace bp::painttext {

/// Breaks @p text into at most @p maxLines lines of @p width (at word boundaries, or anywhere
/// for scripts without spaces); the last line is elided when text remains.
QStringList wrap(const QString &text, const QFont &font, double width, int maxLines);

/// Whether wrap() had to elide @p text.
bool isElided(const QString &text, const QFont &font, double width, int maxLines);

/// Distance between two lines of wrapped text: tighter than QFontMetricsF::height(), which is
/// tall for fonts with CJK glyphs, so that two lines fit in a step.
double lineHeight(const QFont &font);

/// Draws @p lines centred horizontally in @p rect; vertically centred when @p vcenter, else from
/// the top.
void drawLines(QPainter *painter, const QRectF &rect, const QStringList &lines, const QFont &font,
               const QColor &color, bool vcenter);

/// The rectangle of a single-line @p text aligned against @p anchor as @p alignment says
/// (e.g. AlignLeft | AlignBottom: the text's bottom-left corner is at the anchor), or centred on
/// it for AlignCenter.
QRectF anchoredRect(const QString &text, const QFont &font, const QPointF &anchor,
                    Qt::Alignment alignment);

/// Draws one line of text in @p rect on a rounded white halo.
void drawHaloText(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
                  const QColor &color, const QColor &halo);

/// Padding of a halo around its text.
constexpr double haloPadding = 2.5;

} // namespace bp::painttext
