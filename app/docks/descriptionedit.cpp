#include "descriptionedit.h"

#include "model/limits.h"

namespace bp {

DescriptionEdit::DescriptionEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

QSize DescriptionEdit::sizeHint() const
{
    // About four lines: enough to read a note, small enough to leave room for the figures.
    const QSize base = QPlainTextEdit::sizeHint();
    return { base.width(), fontMetrics().lineSpacing() * 4 + 2 * frameWidth() + 8 };
}

void DescriptionEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (!document()->isModified())
        return;
    document()->setModified(false);
    emit committed(toPlainText().left(limits::maxTextLength));
}

} // namespace bp
