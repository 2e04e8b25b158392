#pragma once

#include <QDockWidget>

class QUndoStack;
class QUndoView;

namespace bp {

/// The undo history of one document (a QUndoView on its undo stack): every entry is one gesture;
/// clicking an entry goes back or forward to it.
class HistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit HistoryDock(QUndoStack *stack, QWidget *parent = nullptr);
    QUndoView *view() const { return m_view; }

private:
    QUndoView *m_view;
};

} // namespace bp
