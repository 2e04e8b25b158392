#include "findingsdock.h"

#include "document/document.h"
#include "findingsmodel.h"
#include "model/validation.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace bp {

namespace {
FindingRow::Severity severityOf(Diagnostic::Severity s)
{
    switch (s) {
    case Diagnostic::Severity::Error:
        return FindingRow::Severity::Error;
    case Diagnostic::Severity::Warning:
        return FindingRow::Severity::Warning;
    case Diagnostic::Severity::Info:
        break;
    }
    return FindingRow::Severity::Info;
}
} // namespace

FindingsDock::FindingsDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Findings"), parent)
    , m_document(document)
    , m_model(new FindingsModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("findingsDock"));
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::SeverityColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::ElementColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(FindingsModel::ElementColumn, 260);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    setWidget(content);

    m_timer->setSingleShot(true);
    m_timer->setInterval(refreshDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_document, &Document::changed, m_timer, qOverload<>(&QTimer::start));
    // Both a click and the keyboard (Enter) jump to the element.
    const auto activate = [this](const QModelIndex &index) {
        const QStringList ids = m_model->data(index, FindingsModel::ElementIdsRole).toStringList();
        if (!ids.isEmpty())
            emit elementsActivated(QVector<ElementId>(ids.begin(), ids.end()));
    };
    connect(m_view, &QAbstractItemView::clicked, this, activate);
    connect(m_view, &QAbstractItemView::activated, this, activate);
    refresh();
}

bool FindingsDock::isRefreshPending() const
{
    return m_timer->isActive();
}

void FindingsDock::refresh()
{
    m_timer->stop();
    const Blueprint &bp = m_document->blueprint();
    std::vector<FindingRow> rows;
    QHash<ElementId, QString> names;
    const Diagnostics diagnostics = validateModel(bp);
    for (const Diagnostic &d : diagnostics) {
        FindingRow row;
        row.severity = severityOf(d.severity);
        row.message = d.message;
        if (!d.element.isEmpty()) {
            row.elementIds.append(d.element);
            if (const Step *s = bp.graph.step(d.element))
                names.insert(d.element, s->title);
            else if (const Lane *l = bp.lane(d.element))
                names.insert(d.element, l->title);
            else if (const Flow *f = bp.graph.flow(d.element))
                names.insert(d.element, f->label);
        }
        rows.push_back(std::move(row));
    }
    m_model->setElementNames(std::move(names));
    m_model->setRows(QStringLiteral("validation"), std::move(rows));
    updateSummary();
}

void FindingsDock::setFindings(const QString &source, std::vector<FindingRow> rows)
{
    m_model->setRows(source, std::move(rows));
    updateSummary();
}

void FindingsDock::updateSummary()
{
    const int errors = m_model->count(FindingRow::Severity::Error);
    const int warnings = m_model->count(FindingRow::Severity::Warning);
    const int notes = m_model->count(FindingRow::Severity::Info);
    if (errors + warnings + notes == 0) {
        m_summary->setText(tr("No findings."));
        return;
    }
    QStringList parts;
    if (errors)
        parts << (errors == 1 ? tr("1 error") : tr("%n errors", nullptr, errors));
    if (warnings)
        parts << (warnings == 1 ? tr("1 warning") : tr("%n warnings", nullptr, warnings));
    if (notes)
        parts << (notes == 1 ? tr("1 note") : tr("%n notes", nullptr, notes));
    m_summary->setText(parts.join(QStringLiteral(", ")));
}

} // namespace bp
