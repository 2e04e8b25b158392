#include "propertiesdock.h"

#include "canvas/diagramscene.h"
#include "document/document.h"
#include "documentpage.h"
#include "flowpage.h"
#include "selection.h"
#include "steppage.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>

namespace bp {

namespace {
QScrollArea *scrolling(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}
} // namespace

PropertiesDock::PropertiesDock(Document *document, DiagramScene *scene, QWidget *parent)
    : QDockWidget(tr("Properties"), parent)
    , m_document(document)
    , m_scene(scene)
    , m_stack(new QStackedWidget(this))
    , m_stepPage(new StepPage(document))
    , m_flowPage(new FlowPage(document))
    , m_documentPage(new DocumentPage(document))
    , m_mixedPage(new QLabel)
{
    setObjectName(QStringLiteral("propertiesDock"));
    m_mixedPage->setWordWrap(true);
    m_mixedPage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_mixedPage->setMargin(8);
    m_stack->addWidget(scrolling(m_documentPage, m_stack));
    m_stack->addWidget(scrolling(m_stepPage, m_stack));
    m_stack->addWidget(scrolling(m_flowPage, m_stack));
    m_stack->addWidget(m_mixedPage);
    setWidget(m_stack);
    setMinimumWidth(300);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] { refresh(); });
    connect(m_document, &Document::changed, this, [this] { refresh(); });
    refresh();
}

QWidget *PropertiesDock::currentPage() const
{
    QWidget *w = m_stack->currentWidget();
    if (auto *area = qobject_cast<QScrollArea *>(w))
        return area->widget();
    return w;
}

void PropertiesDock::refresh()
{
    const CanvasSelection selection = selectionOf(m_scene);
    // Ids of elements that a change has just removed may still be selected for a moment.
    QVector<ElementId> steps;
    QVector<ElementId> flows;
    const BlueprintGraph &graph = m_document->blueprint().graph;
    for (const ElementId &id : selection.steps) {
        if (graph.hasStep(id))
            steps.append(id);
    }
    for (const ElementId &id : selection.flows) {
        if (graph.hasFlow(id))
            flows.append(id);
    }
    if (steps.isEmpty() && flows.isEmpty()) {
        m_documentPage->refresh();
        m_stack->setCurrentIndex(0);
    } else if (flows.isEmpty()) {
        m_stepPage->setSteps(steps);
        m_stack->setCurrentIndex(1);
    } else if (steps.isEmpty()) {
        m_flowPage->setFlows(flows);
        m_stack->setCurrentIndex(2);
    } else {
        m_mixedPage->setText(
            tr("%1 and %2 are selected. Select only steps or only flows to edit them.")
                .arg(steps.size() == 1 ? tr("1 step") : tr("%n steps", nullptr, int(steps.size())),
                     flows.size() == 1 ? tr("1 flow")
                                       : tr("%n flows", nullptr, int(flows.size()))));
        m_stack->setCurrentIndex(3);
    }
}

} // namespace bp
