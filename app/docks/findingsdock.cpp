#include "findingsdock.h"

#include "analysis/findingtext.h"
#include "document/document.h"
#include "findingsmodel.h"
#include "model/validation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

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
    , m_filter(new FindingsFilterModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("findingsDock"));
    m_content = new QWidget(this);
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::SeverityColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::CodeColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(FindingsModel::CodeColumn, 200);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::SuggestionColumn,
                                           QHeaderView::Interactive);
    m_view->header()->resizeSection(FindingsModel::SuggestionColumn, 320);
    m_view->header()->setSectionResizeMode(FindingsModel::ElementColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(FindingsModel::ElementColumn, 220);

    // Filters: one toggle per severity, one combo for the kind.
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_summary, 1);
    const struct
    {
        FindingRow::Severity severity;
        QString text;
        const char *icon;
        const char *name;
    } levels[] = {
        { FindingRow::Severity::Error, tr("Errors"), "severity-error", "showErrors" },
        { FindingRow::Severity::Warning, tr("Warnings"), "severity-warning", "showWarnings" },
        { FindingRow::Severity::Info, tr("Notes"), "severity-info", "showNotes" },
    };
    for (const auto &level : levels) {
        auto *button = new QToolButton(m_content);
        button->setObjectName(QLatin1String(level.name));
        button->setText(level.text);
        button->setIcon(
            QIcon(QStringLiteral(":/icons/") + QLatin1String(level.icon) + QStringLiteral(".svg")));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setToolTip(tr("Show or hide the %1").arg(level.text.toLower()));
        const FindingRow::Severity severity = level.severity;
        connect(button, &QToolButton::toggled, this,
                [this, severity](bool on) { m_filter->setSeverityShown(severity, on); });
        m_severityButtons[int(severity)] = button;
        filters->addWidget(button);
    }
    m_kindCombo = new QComboBox(m_content);
    m_kindCombo->setObjectName(QStringLiteral("findingKind"));
    m_kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kindCombo->setToolTip(tr("Show the findings of one kind only"));
    m_kindCombo->addItem(tr("All kinds"), QString());
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCode(m_kindCombo->currentData().toString()); });
    filters->addWidget(m_kindCombo);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    setWidget(m_content);

    m_timer->setSingleShot(true);
    m_timer->setInterval(refreshDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_document, &Document::changed, m_timer, qOverload<>(&QTimer::start));
    // Both a click and the keyboard (Enter) jump to the element.
    const auto activate = [this](const QModelIndex &index) {
        const QStringList ids = index.data(FindingsModel::ElementIdsRole).toStringList();
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
    updateKinds();
}

void FindingsDock::setFindings(const QString &source, std::vector<FindingRow> rows,
                               const QHash<ElementId, QString> &names)
{
    m_model->addElementNames(names);
    m_model->setRows(source, std::move(rows));
    updateSummary();
    updateKinds();
}

void FindingsDock::updateKinds()
{
    const QString current = m_kindCombo->currentData().toString();
    const QSignalBlocker blocker(m_kindCombo);
    while (m_kindCombo->count() > 1)
        m_kindCombo->removeItem(1);
    if (m_model->hasModelChecks())
        m_kindCombo->addItem(tr("Model checks"), FindingsFilterModel::modelChecks());
    // By the name the user reads; the code in the tooltip.
    std::vector<std::pair<QString, QString>> kinds; // name, code
    const QStringList codes = m_model->codes();
    for (const QString &code : codes)
        kinds.emplace_back(analysis::findingTitle(code), code);
    std::sort(kinds.begin(), kinds.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, code] : kinds) {
        m_kindCombo->addItem(name, code);
        m_kindCombo->setItemData(m_kindCombo->count() - 1, code, Qt::ToolTipRole);
    }
    const int index = m_kindCombo->findData(current);
    if (index >= 0) {
        m_kindCombo->setCurrentIndex(index);
    } else {
        // The kind shown is gone: show everything again.
        m_kindCombo->setCurrentIndex(0);
        m_filter->setCode(QString());
    }
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
