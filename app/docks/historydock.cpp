#include "historydock.h"

#include <QUndoView>

namespace bp {

HistoryDock::HistoryDock(QUndoStack *stack, QWidget *parent)
    : QDockWidget(tr("History"), parent)
    , m_view(new QUndoView(stack, this))
{
    setObjectName(QStringLiteral("historyDock"));
    m_view->setEmptyLabel(tr("<opened>"));
    m_view->setObjectName(QStringLiteral("historyView"));
    setWidget(m_view);
}

} // namespace bp
