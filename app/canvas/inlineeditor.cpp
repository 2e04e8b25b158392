#include "inlineeditor.h"

#include <QKeyEvent>

namespace bp {

InlineEditor::InlineEditor(QWidget *parent)
    : QLineEdit(parent)
{
    setFrame(true);
    setAlignment(Qt::AlignCenter);
}

void InlineEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish(true);
        event->accept();
        return;
    case Qt::Key_Escape:
        finish(false);
        event->accept();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void InlineEditor::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A popup (the line edit's own context menu) takes the focus without ending the edit.
    if (event->reason() != Qt::PopupFocusReason)
        finish(true);
}

void InlineEditor::finish(bool commit)
{
    if (m_done)
        return;
    m_done = true;
    if (commit)
        emit committed(text());
    else
        emit cancelled();
}

} // namespace bp
