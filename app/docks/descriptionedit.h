#pragma once

#include <QPlainTextEdit>

namespace bp {

/// A multi-line text field that commits its text once, when the user leaves it after editing
/// (one undo step per edit, not one per keystroke).
class DescriptionEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DescriptionEdit(QWidget *parent = nullptr);
    QSize sizeHint() const override;

signals:
    void committed(const QString &text);

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace bp
