#include "painttext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

namespace bp::painttext {

namespace {

struct Wrapped
{
    QStringList lines;
    bool elided = false;
};

Wrapped wrapImpl(const QString &text, const QFont &font, double width, int maxLines)
{
    Wrapped out;
    // Only the start of a long text can be shown; laying out all of it (up to 10,000
    // characters) on every paint would be slow (reliability.md).
    constexpr qsizetype maxShown = 400;
    const QString simple = text.left(maxShown).simplified();
    if (simple.isEmpty() || maxLines <= 0 || width <= 1)
        return out;
    // Lay out with non-breaking hyphens, so that "e-mail" stays whole; draw the original text
    // (same length, so the line ranges carry over).
    QString unbreakable = simple;
    unbreakable.replace(u'-', QChar(0x2011));
    QTextLayout layout(unbreakable, font);
    QTextOption option;
    // Word boundaries first; anywhere only for a word longer than a line (and for scripts such
    // as Chinese, which QTextLayout breaks between characters).
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(false);
    layout.beginLayout();
    const QFontMetricsF fm(font);
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const int start = line.textStart();
        if (out.lines.size() + 1 == maxLines) {
            const QString rest = simple.mid(start);
            const QString elided = fm.elidedText(rest, Qt::ElideRight, width);
            out.elided = elided != rest;
            out.lines << elided.trimmed();
            break;
        }
        out.lines << simple.mid(start, line.textLength()).trimmed();
    }
    layout.endLayout();
    return out;
}

} // namespace

QStringList wrap(const QString &text, const QFont &font, double width, int maxLines)
{
    return wrapImpl(text, font, width, maxLines).lines;
}

bool isElided(const QString &text, const QFont &font, double width, int maxLines)
{
    return wrapImpl(text, font, width, maxLines).elided;
}

double lineHeight(const QFont &font)
{
    const QFontMetricsF fm(font);
    return font.pixelSize() > 0 ? std::min(fm.height(), font.pixelSize() * 1.3) : fm.height();
}

void drawLines(QPainter *painter, const QRectF &rect, const QStringList &lines, const QFont &font,
               const QColor &color, bool vcenter)
{
    if (lines.isEmpty())
        return;
    const double step = lineHeight(font);
    const double total = step * double(lines.size());
    double y = vcenter ? rect.center().y() - total / 2 : rect.top();
    painter->setFont(font);
    painter->setPen(color);
    for (const QString &line : lines) {
        const QRectF lineRect(rect.left(), y, rect.width(), step);
        painter->drawText(
            lineRect, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine | Qt::TextDontClip,
            line);
        y += step;
    }
}

QRectF anchoredRect(const QString &text, const QFont &font, const QPointF &anchor,
                    Qt::Alignment alignment)
{
    const QFontMetricsF fm(font);
    const QSizeF size(fm.horizontalAdvance(text), fm.height());
    double x = anchor.x() - size.width() / 2;
    double y = anchor.y() - size.height() / 2;
    if (alignment & Qt::AlignLeft)
        x = anchor.x();
    else if (alignment & Qt::AlignRight)
        x = anchor.x() - size.width();
    if (alignment & Qt::AlignTop)
        y = anchor.y();
    else if (alignment & Qt::AlignBottom)
        y = anchor.y() - size.height();
    return QRectF(QPointF(x, y), size);
}

void drawHaloText(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
                  const QColor &color, const QColor &halo)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(halo);
    const QRectF back
        = rect.adjusted(-haloPadding, -haloPadding * 0.4, haloPadding, haloPadding * 0.4);
    painter->drawRoundedRect(back, 3, 3);
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(rect, Qt::AlignCenter | Qt::TextSingleLine, text);
}

} // namespace bp::painttext
