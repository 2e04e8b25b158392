#include "simulationdialog.h"

#include "analysiscontroller.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace bp {

/// What the worker hands back: the simulation and the analysis of the same snapshot.
struct SimulationDialog::Outcome
{
    simulation::SimulationResult simulation;
    analysis::AnalysisResult analysis;
    bool exponential = false;
};

/// Shared between the dialog and the worker; outlives whichever goes first.
struct SimulationDialog::State
{
    std::atomic<bool> cancel { false };
    std::atomic<double> progress { 0.0 };
};

SimulationDialog::SimulationDialog(AnalysisController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_customers(new QSpinBox(this))
    , m_replications(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_exponential(new QCheckBox(tr("E&xponential times (the exact Jackson model)"), this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_cancel(new QPushButton(tr("&Cancel Run"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("simulationDialog"));
    setWindowTitle(tr("Simulate"));
    m_customers->setRange(10, 10000000);
    m_customers->setSingleStep(1000);
    m_customers->setValue(20000);
    m_replications->setRange(2, 100);
    m_replications->setValue(8);
    m_seed->setRange(1, 1000000);
    m_seed->setValue(1);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("simulationStatus"));
    m_cancel->setEnabled(false);

    m_table->setObjectName(QStringLiteral("simulationTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({ tr("Step"), tr("Analytic wait (min)"),
                                         tr("Simulated wait (min)"), tr("± 95 % CI"),
                                         tr("Inside CI") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *form = new QFormLayout;
    form->addRow(tr("C&ustomers per replication:"), m_customers);
    form->addRow(tr("R&eplications:"), m_replications);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(QString(), m_exponential);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_run);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(close);
    resize(720, 520);

    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(); });
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_state)
            m_progress->setValue(int(std::lround(m_state->progress.load() * 1000)));
    });
    connect(this, &QDialog::rejected, this, [this] { cancel(); });
}

SimulationDialog::~SimulationDialog()
{
    cancel();
}

void SimulationDialog::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_customers->setEnabled(!running);
    m_replications->setEnabled(!running);
    m_seed->setEnabled(!running);
    m_exponential->setEnabled(!running);
    if (running)
        m_poll->start();
    else
        m_poll->stop();
}

void SimulationDialog::run()
{
    if (m_state)
        return;
    auto state = std::make_shared<State>();
    m_state = state;
    simulation::SimulationOptions options;
    options.customers = m_customers->value();
    options.replications = m_replications->value();
    options.seed = std::uint64_t(m_seed->value());
    options.forceExponential = m_exponential->isChecked();
    options.cancel = &state->cancel;
    options.progress = [state](double done) {
        state->progress.store(done);
    };
    analysis::Settings settings = m_controller->settings();
    options.probabilityTolerance
        = std::max(options.probabilityTolerance, settings.probabilityTolerance);
    if (options.forceExponential)
        settings.waitModel = analysis::WaitModel::Exact; // what the simulation then checks
    analysis::Snapshot snapshot = m_controller->snapshot();

    m_status->setText(tr("Simulating…"));
    m_progress->setValue(0);
    setRunning(true);
    auto *watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, [this, watcher] {
        const std::shared_ptr<Outcome> outcome = watcher->result();
        watcher->deleteLater();
        m_state.reset();
        setRunning(false);
        showOutcome(*outcome);
        emit runFinished();
    });
    // The state is captured by value: the worker keeps it alive even if the dialog goes.
    watcher->setFuture(
        QtConcurrent::run([state, options, settings, snapshot = std::move(snapshot)]() mutable {
            auto outcome = std::make_shared<Outcome>();
            outcome->exponential = options.forceExponential;
            outcome->simulation = simulation::simulate(snapshot, options);
            if (outcome->simulation.hasFigures())
                outcome->analysis = analysis::runAnalysis(std::move(snapshot), settings);
            return outcome;
        }));
}

void SimulationDialog::cancel()
{
    if (m_state)
        m_state->cancel.store(true);
}

void SimulationDialog::showOutcome(const Outcome &outcome)
{
    const simulation::SimulationResult &sim = outcome.simulation;
    m_table->setRowCount(0);
    if (!sim.hasFigures()) {
        m_progress->setValue(0);
        m_status->setText(sim.status == simulation::SimulationStatus::Cancelled
                              ? tr("Cancelled.")
                              : tr("The simulation did not run: %1").arg(sim.message));
        return;
    }
    m_progress->setValue(1000);
    const QLocale locale;
    const analysis::AnalysisResult &a = outcome.analysis;
    const auto number = [&](double x) {
        return std::isfinite(x) ? locale.toString(x, 'f', 2) : QStringLiteral("—");
    };
    const auto addRow
        = [&](const QString &name, std::optional<double> analytic, const simulation::Estimate &e) {
              const int row = m_table->rowCount();
              m_table->insertRow(row);
              m_table->setItem(row, 0, new QTableWidgetItem(name));
              m_table->setItem(
                  row, 1, new QTableWidgetItem(analytic ? number(*analytic) : QStringLiteral("—")));
              m_table->setItem(row, 2, new QTableWidgetItem(number(e.mean)));
              m_table->setItem(row, 3, new QTableWidgetItem(number(e.halfWidth)));
              QString inside = QStringLiteral("—");
              if (analytic && e.samples >= 2)
                  inside = e.covers(*analytic) ? tr("yes") : tr("no");
              m_table->setItem(row, 4, new QTableWidgetItem(inside));
              for (int c = 1; c < 5; ++c)
                  m_table->item(row, c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
          };
    const analysis::Snapshot &s = a.snapshot;
    int inside = 0;
    int compared = 0;
    for (int v = 0; v < s.size() && size_t(v) < sim.steps.size(); ++v) {
        if (!a.complete || size_t(v) >= a.steps().size() || !a.steps()[size_t(v)].queueing)
            continue;
        const std::optional<double> analytic = a.steps()[size_t(v)].wait;
        const simulation::Estimate &e = sim.steps[size_t(v)].wait;
        addRow(s.title(v), analytic, e);
        if (analytic && e.samples >= 2) {
            ++compared;
            inside += e.covers(*analytic) ? 1 : 0;
        }
    }
    addRow(tr("Process flow time"), a.complete ? a.queueing.flowTime : std::nullopt,
           sim.process.flowTime);
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int c = 0; c < 5; ++c)
        m_table->item(m_table->rowCount() - 1, c)->setFont(bold);

    QString text = tr("%1 replications of %2 customers. %3 of %4 analytic waits lie inside "
                      "the simulated 95 % confidence interval.")
                       .arg(sim.replications.size())
                       .arg(sim.customers)
                       .arg(inside)
                       .arg(compared);
    if (!outcome.exponential)
        text += u' '
            + tr("Approximate wait formulas are compared with the simulation of the stated "
                 "variability: some differences are expected.");
    if (sim.status == simulation::SimulationStatus::Unstable)
        text += u' ' + tr("Some resource was overloaded: the figures are not steady.");
    m_status->setText(text);
}

} // namespace bp
