#pragma once

#include <QLineEdit>

namespace bp {

/// The in-place editor of a title on the canvas: Enter commits, Escape cancels, and leaving the
/// field commits (as in most diagram editors). Emits exactly one of committed() or cancelled().
class InlineEditor : public QLineEdit
{
    Q_OBJECT

public:
    explicit InlineEditor(QWidget *parent = nullptr);
    /// Ends the edit now: commits or cancels (once; later calls do nothing).
    void finish(bool commit);

signals:
    void committed(const QString &text);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool m_done = false;
};

} // namespace bp
