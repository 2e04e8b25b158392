#include "documentpage.h"

#include "commands/documentcommands.h"
#include "commands/timeunitcommand.h"
#include "descriptionedit.h"
#include "document/document.h"
#include "model/limits.h"
#include "propertyfields.h"
#include "valuespinbox.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusTipEvent>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace bp {

namespace {
constexpr double maxRate = 1e6;
constexpr double maxDuration = 1e6;
constexpr double maxScv = 100.0;

QString serversText(const Servers &s)
{
    return s.infinite ? QStringLiteral("∞") : QString::number(s.count);
}

std::optional<Servers> parseServers(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QStringLiteral("∞") || t.compare(QStringLiteral("inf"), Qt::CaseInsensitive) == 0)
        return Servers::unlimited();
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < 1 || n > limits::maxServers)
        return std::nullopt;
    return Servers::of(n);
}

QFormLayout *formOf(QGroupBox *box)
{
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return form;
}
} // namespace

DocumentPage::DocumentPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLineEdit)
    , m_description(new DescriptionEdit)
    , m_timeUnit(new QComboBox)
    , m_arrivalRate(makeNumberField(0, maxRate, 2, {}, tr("none")))
    , m_per(new QComboBox)
    , m_arrivalScv(makeNumberField(0, maxScv, 2, {}, {}, 0.1))
    , m_journeyTolerance(makeNumberField(0, maxDuration, 2, {}, tr("none")))
    , m_serviceLevel(makeNumberField(0, 100, 1, tr(" %"), {}, 5.0))
    , m_pools(new QTableWidget(0, 2))
    , m_addPool(new QPushButton(tr("&Add Pool")))
    , m_removePool(new QPushButton(tr("&Remove Pool")))
{
    setObjectName(QStringLiteral("documentPage"));
    m_title->setMaxLength(limits::maxTextLength);
    for (TimeUnit u : { TimeUnit::Seconds, TimeUnit::Minutes, TimeUnit::Hours })
        m_timeUnit->addItem(PropertyNames::timeUnit(u), int(u));
    for (RateUnit u : { RateUnit::Second, RateUnit::Minute, RateUnit::Hour, RateUnit::Day })
        m_per->addItem(PropertyNames::rateUnit(u), int(u));
    m_timeUnit->setToolTip(tr("The unit of every duration. Changing it converts the step times "
                              "and tolerances, so that the blueprint keeps its meaning (90 min "
                              "become 1.5 h); the arrival rate keeps its own unit."));
    m_arrivalRate->setToolTip(tr("Customers arriving per period; none: no queueing analysis."));
    m_arrivalScv->setToolTip(tr("Squared coefficient of variation (SCV) of the time between "
                                "arrivals: 1 = random (Poisson) arrivals."));
    m_journeyTolerance->setToolTip(tr("Longest acceptable end-to-end time."));
    m_serviceLevel->setToolTip(tr("Target share of customers served within the tolerance."));
    m_pools->setHorizontalHeaderLabels({ tr("Pool"), tr("Servers") });
    m_pools->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_pools->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_pools->verticalHeader()->hide();
    m_pools->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pools->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pools->setToolTip(tr("Groups of servers shared by several steps. Servers: a number, or ∞."));
    m_pools->setMinimumHeight(110);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *heading = new QLabel(tr("<b>Blueprint</b> (nothing selected)"));
    layout->addWidget(heading);

    auto *general = new QGroupBox(tr("Document"));
    QFormLayout *form = formOf(general);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Time &unit:"), m_timeUnit);
    form->addRow(tr("&Description:"), m_description);
    layout->addWidget(general);

    auto *demand = new QGroupBox(tr("Demand"));
    form = formOf(demand);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_arrivalRate, 1);
    rateRow->addWidget(m_per, 1);
    auto *rateLabel = new QLabel(tr("&Arrivals:"));
    rateLabel->setBuddy(m_arrivalRate);
    form->addRow(rateLabel, rateRow);
    form->addRow(tr("Arrival &variability:"), m_arrivalScv);
    form->addRow(tr("&Journey tolerance:"), m_journeyTolerance);
    form->addRow(tr("&Service level:"), m_serviceLevel);
    layout->addWidget(demand);

    auto *pools = new QGroupBox(tr("Pools"));
    auto *poolLayout = new QVBoxLayout(pools);
    poolLayout->addWidget(m_pools);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addPool);
    buttons->addWidget(m_removePool);
    buttons->addStretch(1);
    poolLayout->addLayout(buttons);
    layout->addWidget(pools);
    layout->addStretch(1);
    alignFormLabels(this);

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (!m_title->isModified())
            return;
        m_title->setModified(false);
        const QString text = m_title->text();
        changeMeta(tr("Change title"), [text](Meta &m) { m.title = text; });
    });
    connect(m_description, &DescriptionEdit::committed, this, [this](const QString &text) {
        changeMeta(tr("Change description"), [text](Meta &m) { m.description = text; });
    });
    connect(m_timeUnit, &QComboBox::activated, this,
            [this](int index) { changeTimeUnit(TimeUnit(m_timeUnit->itemData(index).toInt())); });
    connect(m_arrivalRate, &ValueSpinBox::committed, this,
            [this](std::optional<double> v, quint64 gesture) {
                changeDemand([v](Demand &d) { d.arrivalRate = v; }, gesture);
            });
    connect(m_per, &QComboBox::activated, this, [this](int index) {
        const auto per = RateUnit(m_per->itemData(index).toInt());
        changeDemand([per](Demand &d) { d.per = per; });
    });
    connect(m_arrivalScv, &ValueSpinBox::committed, this,
            [this](std::optional<double> v, quint64 gesture) {
                changeDemand([v](Demand &d) { d.arrivalScv = v.value_or(1.0); }, gesture);
            });
    connect(m_journeyTolerance, &ValueSpinBox::committed, this,
            [this](std::optional<double> v, quint64 gesture) {
                changeDemand([v](Demand &d) { d.journeyTolerance = v; }, gesture);
            });
    connect(m_serviceLevel, &ValueSpinBox::committed, this,
            [this](std::optional<double> v, quint64 gesture) {
                changeDemand([v](Demand &d) { d.serviceLevel = v.value_or(80.0) / 100.0; },
                             gesture);
            });
    connect(m_pools, &QTableWidget::cellChanged, this,
            [this](int row, int column) { poolEdited(row, column); });
    connect(m_pools, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removePool->setEnabled(!m_pools->selectedItems().isEmpty()); });
    connect(m_addPool, &QPushButton::clicked, this, [this] { addPool(); });
    connect(m_removePool, &QPushButton::clicked, this, [this] { removePool(); });
    refresh();
}

void DocumentPage::refresh()
{
    const Blueprint &bp = m_document->blueprint();
    showText(m_title, bp.meta.title, false);
    showText(m_description, bp.meta.description, false);
    showChoice(m_timeUnit, int(bp.meta.timeUnit), false);
    const Demand demand = bp.demand.value_or(Demand {});
    showNumber(m_arrivalRate, demand.arrivalRate, false);
    showChoice(m_per, int(demand.per), false);
    showNumber(m_arrivalScv, demand.arrivalScv, false);
    setDurationUnit(m_journeyTolerance, bp.meta.timeUnit);
    showNumber(m_journeyTolerance, demand.journeyTolerance, false);
    showNumber(m_serviceLevel, demand.serviceLevel * 100.0, false);

    m_filling = true;
    const int selectedRow = m_pools->currentRow();
    m_pools->setRowCount(int(bp.pools().size()));
    int row = 0;
    for (const Pool &p : bp.pools()) {
        auto *title = new QTableWidgetItem(p.title);
        title->setData(Qt::UserRole, p.id);
        title->setToolTip(p.id);
        m_pools->setItem(row, 0, title);
        auto *servers = new QTableWidgetItem(serversText(p.servers));
        servers->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_pools->setItem(row, 1, servers);
        ++row;
    }
    if (selectedRow >= 0 && selectedRow < m_pools->rowCount())
        m_pools->selectRow(selectedRow);
    m_removePool->setEnabled(!m_pools->selectedItems().isEmpty());
    m_filling = false;
}

void DocumentPage::changeMeta(const QString &text, const std::function<void(Meta &)> &edit)
{
    Meta meta = m_document->blueprint().meta;
    edit(meta);
    if (meta == m_document->blueprint().meta)
        return;
    m_document->undoStack()->push(new ChangeMetaCommand(m_document, meta, text));
}

void DocumentPage::changeTimeUnit(TimeUnit unit)
{
    auto *command = new ChangeTimeUnitCommand(m_document, unit);
    const int steps = command->convertedSteps();
    m_document->undoStack()->push(command); // deletes a change to the same unit
    if (m_document->blueprint().meta.timeUnit != unit)
        return;
    // Say what happened where the main window shows messages (QMainWindow shows status tips).
    const QString message
        = tr("Time unit changed to %1; the durations of %n step(s) were converted, so the "
             "blueprint means the same.",
             nullptr, steps)
              .arg(PropertyNames::timeUnit(unit));
    QStatusTipEvent tip(message);
    QCoreApplication::sendEvent(window(), &tip);
}

void DocumentPage::changeDemand(const std::function<void(Demand &)> &edit, quint64 gesture)
{
    const std::optional<Demand> &current = m_document->blueprint().demand;
    Demand demand = current.value_or(Demand {});
    edit(demand);
    if (current && demand == *current)
        return;
    if (!current && demand == Demand {})
        return;
    m_document->undoStack()->push(new ChangeDemandCommand(m_document, demand, gesture));
}

void DocumentPage::poolEdited(int row, int column)
{
    if (m_filling || row < 0 || row >= int(m_document->blueprint().pools().size()))
        return;
    Pool pool = m_document->blueprint().pools().at(size_t(row));
    const QString text = m_pools->item(row, column)->text();
    if (column == 0) {
        pool.title = text.left(limits::maxTextLength);
    } else {
        const std::optional<Servers> servers = parseServers(text);
        if (!servers) {
            refresh(); // not a number of servers: show the pool as it is
            return;
        }
        pool.servers = *servers;
    }
    if (pool == m_document->blueprint().pools().at(size_t(row)))
        return;
    m_document->undoStack()->push(new ChangePoolCommand(m_document, pool));
}

void DocumentPage::addPool()
{
    Pool pool;
    pool.id = m_document->newId(IdPrefix::Pool);
    pool.title = tr("New pool");
    pool.servers = Servers::of(1);
    m_document->undoStack()->push(new AddPoolCommand(m_document, pool));
    const int row = int(m_document->blueprint().pools().size()) - 1;
    m_pools->setCurrentCell(row, 0);
    m_pools->editItem(m_pools->item(row, 0));
}

void DocumentPage::removePool()
{
    const int row = m_pools->currentRow();
    if (row < 0 || row >= int(m_document->blueprint().pools().size()))
        return;
    const ElementId id = m_document->blueprint().pools().at(size_t(row)).id;
    m_document->undoStack()->push(new RemovePoolCommand(m_document, id));
}

} // namespace bp
