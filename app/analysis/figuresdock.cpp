#include "figuresdock.h"

#include "figuresmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bp {

QString analysisSummary(const analysis::AnalysisResult &result)
{
    const QLocale locale;
    if (!result.complete)
        return FiguresDock::tr("The analysis stopped at validation errors: fix them to see the "
                               "figures.");
    const analysis::QueueingResult &q = result.queueing;
    QStringList parts;
    if (!q.demand) {
        parts << FiguresDock::tr("No demand given: utilisation and waits are not available");
    } else {
        const QString demand = locale.toString(*q.demand * 60.0, 'f', 1);
        const QString capacity = q.processCapacity
            ? locale.toString(*q.processCapacity * 60.0, 'f', 1)
            : FiguresDock::tr("unlimited");
        parts << FiguresDock::tr("Demand %1/h against capacity %2/h").arg(demand, capacity);
        QStringList names;
        for (int p : q.bottlenecks) {
            if (p >= 0 && size_t(p) < result.snapshot.pools().size())
                names << result.snapshot.poolTitle(p);
        }
        if (!names.isEmpty() && q.maxUtilisation)
            parts << FiguresDock::tr("Bottleneck: %1 (ρ %2)")
                         .arg(names.join(QStringLiteral(", ")),
                              locale.toString(*q.maxUtilisation, 'f', 2));
        if (q.flowTime)
            parts << FiguresDock::tr("Flow time %1 min (without waiting %2 min)")
                         .arg(locale.toString(*q.flowTime, 'f', 1),
                              locale.toString(q.theoreticalFlowTime, 'f', 1));
        else
            parts << FiguresDock::tr("Flow time: unbounded (unstable)");
    }
    if (result.failure.failureFreeOk)
        parts << FiguresDock::tr("P(failure-free) %1 %")
                     .arg(locale.toString(100.0 * result.failure.failureFree, 'f', 1));
    return parts.join(QStringLiteral("  ·  "));
}

FiguresDock::FiguresDock(QWidget *parent)
    : QDockWidget(tr("Figures"), parent)
    , m_model(new FiguresModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_banner(new QLabel(this))
{
    setObjectName(QStringLiteral("figuresDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FiguresModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("figuresView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FiguresModel::UtilisationColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_summary->setObjectName(QStringLiteral("analysisSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setObjectName(QStringLiteral("whatIfBanner"));
    m_banner->setText(tr("What-if figures: the blueprint is unchanged until you apply them."));
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #FFF3CD; color: #5C4400; padding: 3px; border-radius: 3px; }"));
    m_banner->hide();

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(3);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(FiguresModel::StepIdRole).toString();
                if (!id.isEmpty())
                    emit stepActivated(id);
            });
}

void FiguresDock::setResult(std::shared_ptr<const analysis::AnalysisResult> result,
                            const QStringList &laneTitles, bool whatIf)
{
    // Keep the selected step selected across runs, without re-emitting it.
    const QString selected = m_view->currentIndex().data(FiguresModel::StepIdRole).toString();
    m_whatIf = whatIf;
    m_banner->setVisible(whatIf);
    m_summary->setText(result ? analysisSummary(*result) : QString());
    const QSignalBlocker blocker(m_view->selectionModel());
    m_model->setResult(std::move(result), laneTitles);
    if (!selected.isEmpty()) {
        const int row = m_model->rowOf(selected);
        if (row >= 0) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    if (m_view->horizontalHeader()->sectionSize(FiguresModel::StepColumn) < 150)
        m_view->horizontalHeader()->resizeSection(FiguresModel::StepColumn, 190);
}

} // namespace bp
