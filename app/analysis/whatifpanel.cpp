#include "whatifpanel.h"

#include "analysiscontroller.h"
#include "commands/changecommands.h"
#include "commands/documentcommands.h"
#include "document/document.h"
#include "figuresdock.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bp {

using analysis::AnalysisResult;
using ResultPtr = std::shared_ptr<const AnalysisResult>;

namespace {
// Customers per hour expressed per @p unit.
double fromPerHour(double perHour, RateUnit unit)
{
    switch (unit) {
    case RateUnit::Second:
        return perHour / 3600.0;
    case RateUnit::Minute:
        return perHour / 60.0;
    case RateUnit::Hour:
        break;
    case RateUnit::Day:
        return perHour * 24.0;
    }
    return perHour;
}
} // namespace

WhatIfPanel::WhatIfPanel(AnalysisController *controller, QWidget *parent)
    : QDockWidget(tr("What-if"), parent)
    , m_controller(controller)
    , m_rateSpin(new QDoubleSpinBox(this))
    , m_poolCombo(new QComboBox(this))
    , m_serversSpin(new QSpinBox(this))
    , m_stepCombo(new QComboBox(this))
    , m_timeSpin(new QDoubleSpinBox(this))
    , m_comparison(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply to Blueprint"), this))
    , m_reset(new QPushButton(tr("&Reset"), this))
{
    setObjectName(QStringLiteral("whatIfDock"));
    m_rateSpin->setObjectName(QStringLiteral("whatIfRate"));
    m_rateSpin->setRange(0.0, 1e7);
    m_rateSpin->setDecimals(2);
    m_rateSpin->setSuffix(tr(" /h"));
    m_rateSpin->setKeyboardTracking(false);
    m_poolCombo->setObjectName(QStringLiteral("whatIfPool"));
    m_serversSpin->setObjectName(QStringLiteral("whatIfServers"));
    m_serversSpin->setRange(1, 100000);
    m_serversSpin->setKeyboardTracking(false);
    m_stepCombo->setObjectName(QStringLiteral("whatIfStep"));
    m_timeSpin->setObjectName(QStringLiteral("whatIfTime"));
    m_timeSpin->setRange(0.0, 1e7);
    m_timeSpin->setDecimals(2);
    m_timeSpin->setSuffix(tr(" min"));
    m_timeSpin->setKeyboardTracking(false);
    m_comparison->setObjectName(QStringLiteral("whatIfComparison"));
    m_comparison->setWordWrap(true);
    m_comparison->setTextFormat(Qt::PlainText);
    m_apply->setObjectName(QStringLiteral("whatIfApply"));
    m_reset->setObjectName(QStringLiteral("whatIfReset"));
    m_apply->setToolTip(tr("Change the blueprint as tried here (one undo step)"));

    auto *content = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Arrival rate:"), m_rateSpin);
    auto *servers = new QHBoxLayout;
    servers->addWidget(m_poolCombo, 1);
    servers->addWidget(m_serversSpin);
    form->addRow(tr("Servers of:"), servers);
    auto *times = new QHBoxLayout;
    times->addWidget(m_stepCombo, 1);
    times->addWidget(m_timeSpin);
    form->addRow(tr("Time of:"), times);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(form);
    layout->addWidget(m_comparison);
    layout->addLayout(buttons);
    layout->addStretch(1);
    setWidget(content);

    connect(m_rateSpin, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { setArrivalRate(v); });
    connect(m_poolCombo, &QComboBox::currentIndexChanged, this, [this] { showPool(); });
    connect(m_serversSpin, &QSpinBox::valueChanged, this, [this](int n) {
        const QString pool = m_poolCombo->currentData().toString();
        if (!pool.isEmpty())
            setServers(pool, n);
    });
    connect(m_stepCombo, &QComboBox::currentIndexChanged, this, [this] { showStep(); });
    connect(m_timeSpin, &QDoubleSpinBox::valueChanged, this, [this](double t) {
        const QString step = m_stepCombo->currentData().toString();
        if (!step.isEmpty())
            setTime(step, t);
    });
    connect(m_apply, &QPushButton::clicked, this, [this] { applyToBlueprint(); });
    connect(m_reset, &QPushButton::clicked, this, [this] { reset(); });
    connect(m_controller, &AnalysisController::finished, this, [this] { baselineChanged(); });
    baselineChanged();
}

bool WhatIfPanel::hasChanges() const
{
    return !m_servers.empty() || !m_times.empty() || m_rate.has_value();
}

void WhatIfPanel::baselineChanged()
{
    m_baseline = m_controller->result();
    fillCombos();
    if (hasChanges())
        rerun();
    else
        updateComparison();
}

void WhatIfPanel::fillCombos()
{
    const QString pool = m_poolCombo->currentData().toString();
    const QString step = m_stepCombo->currentData().toString();
    {
        const QSignalBlocker b1(m_poolCombo);
        const QSignalBlocker b2(m_stepCombo);
        m_poolCombo->clear();
        m_stepCombo->clear();
        if (m_baseline) {
            const analysis::Snapshot &s = m_baseline->snapshot;
            for (int i = 0; i < int(s.pools().size()); ++i) {
                const analysis::PoolInfo &p = s.pools()[size_t(i)];
                if (p.infinite)
                    continue;
                bool timed = false;
                for (int v : p.steps)
                    timed = timed || s.node(v).time > 0;
                const QString &title = s.poolTitle(i);
                if (timed)
                    m_poolCombo->addItem(title.isEmpty() ? s.poolId(i) : title, s.poolId(i));
            }
            for (int v = 0; v < s.size(); ++v) {
                const analysis::Node &n = s.node(v);
                if (n.kind == StepKind::Action) {
                    const QString &title = s.title(v);
                    m_stepCombo->addItem(title.isEmpty() ? n.id : title, n.id);
                }
            }
        }
        m_poolCombo->setCurrentIndex(std::max(0, m_poolCombo->findData(pool)));
        m_stepCombo->setCurrentIndex(std::max(0, m_stepCombo->findData(step)));
    }
    const QSignalBlocker b3(m_rateSpin);
    const std::optional<double> lambda
        = m_baseline ? m_baseline->snapshot.arrivals().lambda : std::nullopt;
    m_rateSpin->setEnabled(lambda.has_value());
    m_rateSpin->setValue(m_rate ? *m_rate : lambda.value_or(0.0) * 60.0);
    showPool();
    showStep();
}

void WhatIfPanel::showPool()
{
    const QSignalBlocker blocker(m_serversSpin);
    const QString id = m_poolCombo->currentData().toString();
    m_serversSpin->setEnabled(!id.isEmpty());
    if (id.isEmpty() || !m_baseline)
        return;
    if (const auto it = m_servers.find(id); it != m_servers.end()) {
        m_serversSpin->setValue(it->second);
        return;
    }
    const analysis::Snapshot &s = m_baseline->snapshot;
    if (const int p = s.poolOf(id); p >= 0)
        m_serversSpin->setValue(s.pools()[size_t(p)].servers);
}

void WhatIfPanel::showStep()
{
    const QSignalBlocker blocker(m_timeSpin);
    const QString id = m_stepCombo->currentData().toString();
    m_timeSpin->setEnabled(!id.isEmpty());
    if (id.isEmpty() || !m_baseline)
        return;
    if (const auto it = m_times.find(id); it != m_times.end()) {
        m_timeSpin->setValue(it->second);
        return;
    }
    const int v = m_baseline->snapshot.vertexOf(id);
    if (v >= 0)
        m_timeSpin->setValue(m_baseline->snapshot.node(v).time);
}

void WhatIfPanel::setServers(const ElementId &poolId, int servers)
{
    if (!m_baseline)
        return;
    const analysis::Snapshot &s = m_baseline->snapshot;
    if (const int p = s.poolOf(poolId); p >= 0) {
        const analysis::PoolInfo &pool = s.pools()[size_t(p)];
        if (pool.servers == servers && !pool.infinite)
            m_servers.erase(poolId);
        else
            m_servers[poolId] = servers;
    }
    rerun();
}

void WhatIfPanel::setTime(const ElementId &stepId, double minutes)
{
    if (!m_baseline)
        return;
    const int v = m_baseline->snapshot.vertexOf(stepId);
    if (v < 0)
        return;
    if (qFuzzyCompare(1.0 + m_baseline->snapshot.node(v).time, 1.0 + minutes))
        m_times.erase(stepId);
    else
        m_times[stepId] = minutes;
    rerun();
}

void WhatIfPanel::setArrivalRate(double perHour)
{
    if (!m_baseline || !m_baseline->snapshot.arrivals().lambda)
        return;
    const double current = *m_baseline->snapshot.arrivals().lambda * 60.0;
    if (qFuzzyCompare(1.0 + current, 1.0 + perHour))
        m_rate.reset();
    else
        m_rate = perHour;
    rerun();
}

void WhatIfPanel::rerun()
{
    m_apply->setEnabled(hasChanges());
    m_reset->setEnabled(hasChanges());
    const quint64 generation = ++m_generation;
    if (!hasChanges() || !m_baseline) {
        m_result.reset();
        updateComparison();
        emit resultChanged(nullptr);
        return;
    }
    // The document as it is now, with the changes applied to the snapshot only.
    analysis::Snapshot s = m_controller->snapshot();
    for (const auto &[pool, servers] : m_servers)
        s = analysis::withServers(s, pool, servers);
    for (const auto &[step, minutes] : m_times) {
        const int v = s.vertexOf(step);
        if (v >= 0)
            s.node(v).time = minutes;
    }
    if (m_rate)
        s = analysis::withArrivalRate(s, *m_rate);
    m_controller->analyseAsync(std::move(s), this, [this, generation](ResultPtr result) {
        if (generation != m_generation)
            return;
        m_result = std::move(result);
        updateComparison();
        emit resultChanged(m_result);
    });
}

void WhatIfPanel::updateComparison()
{
    m_apply->setEnabled(hasChanges());
    m_reset->setEnabled(hasChanges());
    if (!hasChanges() || !m_result || !m_baseline) {
        m_comparison->setText(tr("Change a value above to see its effect; the blueprint stays "
                                 "as it is."));
        return;
    }
    m_comparison->setText(
        tr("Now: %1\nWhat-if: %2").arg(analysisSummary(*m_baseline), analysisSummary(*m_result)));
}

void WhatIfPanel::applyToBlueprint()
{
    if (!hasChanges() || !m_baseline)
        return;
    Document *document = m_controller->document();
    const Blueprint &bp = document->blueprint();
    const double perUnit = m_baseline->snapshot.minutesPerFileUnit();
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(tr("Apply What-if"));
    for (const auto &[poolId, servers] : m_servers) {
        if (const Pool *pool = bp.pool(poolId)) {
            Pool changed = *pool;
            changed.servers = Servers::of(servers);
            stack->push(new ChangePoolCommand(document, changed));
        } else if (QUndoCommand *edit = makeStepEdit(
                       document, { poolId }, [n = servers](Step &s) { s.servers = Servers::of(n); },
                       tr("Change Servers"))) {
            stack->push(edit);
        }
    }
    for (const auto &[stepId, minutes] : m_times) {
        const double inFileUnit = perUnit > 0 ? minutes / perUnit : minutes;
        if (QUndoCommand *edit = makeStepEdit(
                document, { stepId }, [inFileUnit](Step &s) { s.time = inFileUnit; },
                tr("Change Time")))
            stack->push(edit);
    }
    if (m_rate && bp.demand) {
        Demand demand = *bp.demand;
        demand.arrivalRate = fromPerHour(*m_rate, demand.per);
        stack->push(new ChangeDemandCommand(document, demand));
    }
    stack->endMacro();
    reset();
}

void WhatIfPanel::reset()
{
    m_servers.clear();
    m_times.clear();
    m_rate.reset();
    fillCombos();
    rerun();
}

} // namespace bp
