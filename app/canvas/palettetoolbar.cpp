#include "palettetoolbar.h"

#include "diagramview.h"
#include "model/kinds.h"

#include <QActionGroup>
#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QToolButton>

namespace bp {

namespace {
constexpr StepKind paletteKinds[]
    = { StepKind::Start, StepKind::Action,   StepKind::Decision, StepKind::Fork,
        StepKind::Join,  StepKind::Evidence, StepKind::End };

QIcon toolIcon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/tools/%1.svg").arg(name));
}
} // namespace

PaletteToolBar::PaletteToolBar(DiagramView *view, QWidget *parent)
    : QToolBar(tr("Palette"), parent)
    , m_view(view)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("paletteToolBar"));
    setIconSize(QSize(24, 24));
    m_group->setExclusive(true);

    m_select = addAction(toolIcon(QStringLiteral("select")), tr("Select"));
    m_select->setToolTip(tr("Select and move (Esc)"));
    m_select->setCheckable(true);
    m_select->setChecked(true);
    m_group->addAction(m_select);
    connect(m_select, &QAction::triggered, m_view, &DiagramView::setSelectTool);

    m_connect = addAction(toolIcon(QStringLiteral("connect")), tr("Connect"));
    m_connect->setToolTip(tr("Connect: drag from one step to another"));
    m_connect->setCheckable(true);
    m_group->addAction(m_connect);
    connect(m_connect, &QAction::triggered, m_view, &DiagramView::setConnectTool);
    addSeparator();

    for (StepKind kind : paletteKinds) {
        QAction *a = addAction(toolIcon(toString(kind)), kindName(kind));
        a->setToolTip(
            tr("%1: click, then click in a lane; or drag onto the canvas").arg(kindName(kind)));
        a->setCheckable(true);
        a->setData(int(kind));
        m_group->addAction(a);
        connect(a, &QAction::triggered, m_view, [this, kind] { m_view->setCreateTool(kind); });
        if (QWidget *button = widgetForAction(a)) {
            button->setObjectName(QStringLiteral("palette-") + toString(kind));
            button->installEventFilter(this);
            m_buttonKinds.insert(button, kind);
        }
    }

    connect(m_view, &DiagramView::toolChanged, this, [this](DiagramView::Tool tool, StepKind k) {
        switch (tool) {
        case DiagramView::Tool::Select:
            m_select->setChecked(true);
            break;
        case DiagramView::Tool::Connect:
            m_connect->setChecked(true);
            break;
        case DiagramView::Tool::Create:
            if (QAction *a = createAction(k))
                a->setChecked(true);
            break;
        }
    });
}

QAction *PaletteToolBar::createAction(StepKind kind) const
{
    const QList<QAction *> list = m_group->actions();
    for (QAction *a : list)
        if (a != m_select && a != m_connect && a->data().toInt() == int(kind))
            return a;
    return nullptr;
}

QMimeData *PaletteToolBar::mimeDataFor(StepKind kind)
{
    auto *mime = new QMimeData;
    mime->setData(DiagramView::stepKindMimeType(), toString(kind).toLatin1());
    return mime;
}

QString PaletteToolBar::kindName(StepKind kind)
{
    switch (kind) {
    case StepKind::Start:
        return tr("Start");
    case StepKind::End:
        return tr("End");
    case StepKind::Action:
        return tr("Action");
    case StepKind::Decision:
        return tr("Decision");
    case StepKind::Fork:
        return tr("Fork");
    case StepKind::Join:
        return tr("Join");
    case StepKind::Evidence:
        return tr("Evidence");
    }
    return {};
}

bool PaletteToolBar::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_buttonKinds.contains(watched))
        return QToolBar::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress) {
        auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() == Qt::LeftButton) {
            m_pressPos = me->position().toPoint();
            m_pressed = watched;
        }
    } else if (event->type() == QEvent::MouseButtonRelease) {
        m_pressed = nullptr;
    } else if (event->type() == QEvent::MouseMove && m_pressed == watched) {
        auto *me = static_cast<QMouseEvent *>(event);
        if ((me->position().toPoint() - m_pressPos).manhattanLength()
            >= QApplication::startDragDistance()) {
            m_pressed = nullptr;
            const StepKind kind = m_buttonKinds.value(watched);
            auto *button = static_cast<QToolButton *>(watched);
            button->setDown(false);
            auto *drag = new QDrag(this);
            drag->setMimeData(mimeDataFor(kind));
            drag->setPixmap(button->icon().pixmap(QSize(32, 32), devicePixelRatioF()));
            drag->setHotSpot(QPoint(16, 16));
            drag->exec(Qt::CopyAction);
            return true;
        }
    }
    return QToolBar::eventFilter(watched, event);
}

} // namespace bp
