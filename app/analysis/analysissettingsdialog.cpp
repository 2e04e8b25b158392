#include "analysissettingsdialog.h"

#include "docks/propertyfields.h"
#include "docks/valuespinbox.h"
#include "tolerancespinbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace bp {

namespace {
QDoubleSpinBox *ratioSpin(QWidget *parent, const char *name)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(0.01, 1.0);
    spin->setSingleStep(0.05);
    spin->setDecimals(2);
    return spin;
}

// The field's value, or @p base when the field still shows what it showed at first: a value
// from a file with more decimals than the field must not change by opening and closing.
double valueOf(const QDoubleSpinBox *spin, double shown, double base)
{
    return spin->value() == shown ? base : spin->value();
}
} // namespace

AnalysisSettingsDialog::AnalysisSettingsDialog(const AnalysisSettings &settings,
                                               double serviceLevel, TimeUnit timeUnit,
                                               QWidget *parent)
    : QDialog(parent)
    , m_waitModel(new QComboBox(this))
    , m_busy(ratioSpin(this, "busy"))
    , m_high(ratioSpin(this, "high"))
    , m_critical(ratioSpin(this, "critical"))
    , m_rpn(new QSpinBox(this))
    , m_severity(new QSpinBox(this))
    , m_target(ratioSpin(this, "targetUtilisation"))
    , m_serviceLevel(new QDoubleSpinBox(this))
    , m_backlogHorizon(makeNumberField(0.01, 1e9, 2, {}, tr("8 hours (default)")))
    , m_pingPongWindow(new QSpinBox(this))
    , m_routingGain(new QDoubleSpinBox(this))
    , m_tieTolerance(new ToleranceSpinBox(0.01, this))
    , m_probabilityTolerance(new ToleranceSpinBox(0.01, this))
{
    setObjectName(QStringLiteral("analysisSettingsDialog"));
    setWindowTitle(tr("Analysis Settings"));
    m_waitModel->setObjectName(QStringLiteral("waitModel"));
    m_waitModel->addItem(tr("Automatic (exact when exponential, else Allen–Cunneen)"),
                         int(WaitModel::Auto));
    m_waitModel->addItem(tr("Exact M/M/c (Erlang C)"), int(WaitModel::Exact));
    m_waitModel->addItem(tr("Allen–Cunneen with QNA arrivals"), int(WaitModel::AllenCunneenQna));
    m_waitModel->addItem(tr("Allen–Cunneen with Poisson arrivals"),
                         int(WaitModel::AllenCunneenPoisson));
    m_waitModel->addItem(tr("Sakasegawa with QNA arrivals"), int(WaitModel::SakasegawaQna));
    m_rpn->setObjectName(QStringLiteral("rpnThreshold"));
    m_rpn->setRange(1, 1000);
    m_rpn->setToolTip(tr("80, 100, 120 and 125 are common choices"));
    m_severity->setObjectName(QStringLiteral("severityThreshold"));
    m_severity->setRange(1, 10);
    m_serviceLevel->setObjectName(QStringLiteral("serviceLevel"));
    m_serviceLevel->setRange(1.0, 99.9);
    m_serviceLevel->setDecimals(1);
    m_serviceLevel->setSuffix(tr(" %"));
    m_serviceLevel->setToolTip(
        tr("Share of customers who should wait no longer than a step's tolerance"));
    m_backlogHorizon->setParent(this);
    m_backlogHorizon->setObjectName(QStringLiteral("backlogHorizon"));
    setDurationUnit(m_backlogHorizon, timeUnit);
    m_backlogHorizon->setToolTip(
        tr("How far ahead to show the backlog of an overloaded step (UNSTABLE)"));
    m_pingPongWindow->setObjectName(QStringLiteral("pingPongWindow"));
    m_pingPongWindow->setRange(3, 1000);
    m_pingPongWindow->setSuffix(tr(" steps"));
    m_pingPongWindow->setToolTip(tr("A customer passed back and forth between lanes within this "
                                    "many consecutive steps is a ping-pong handoff"));
    m_routingGain->setObjectName(QStringLiteral("flexibleRoutingGain"));
    m_routingGain->setRange(1.0, 1000.0);
    m_routingGain->setDecimals(2);
    m_routingGain->setSingleStep(0.05);
    m_routingGain->setSuffix(tr(" ×"));
    m_routingGain->setToolTip(tr("Report flexible routing when pooling the servers would raise "
                                 "the capacity by more than this factor"));
    m_tieTolerance->setObjectName(QStringLiteral("tieTolerance"));
    m_tieTolerance->setToolTip(
        tr("Utilisations this close (relative) are a tie: both steps are bottlenecks"));
    m_probabilityTolerance->setObjectName(QStringLiteral("probabilityTolerance"));
    m_probabilityTolerance->setToolTip(
        tr("How far the probabilities leaving a step may miss 1 before it is an error"));
    fill(settings, serviceLevel);

    auto *note = new QLabel(tr("These settings belong to this document: they are saved in its "
                               "file, and Undo takes a change back. New documents start from "
                               "the defaults of the analysis specification."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Wait model:"), m_waitModel);
    form->addRow(tr("&Busy from utilisation:"), m_busy);
    form->addRow(tr("&High from utilisation:"), m_high);
    form->addRow(tr("&Critical from utilisation:"), m_critical);
    form->addRow(tr("&Target utilisation (servers needed):"), m_target);
    form->addRow(tr("&RPN threshold:"), m_rpn);
    form->addRow(tr("&Severity threshold:"), m_severity);
    form->addRow(tr("Target service &level:"), m_serviceLevel);
    auto *advanced = new QGroupBox(tr("Advanced"), this);
    auto *more = new QFormLayout(advanced);
    more->addRow(tr("Backlog &horizon:"), m_backlogHorizon);
    more->addRow(tr("&Ping-pong window:"), m_pingPongWindow);
    more->addRow(tr("Flexible-routing &gain:"), m_routingGain);
    more->addRow(tr("T&ie tolerance:"), m_tieTolerance);
    more->addRow(tr("Probabilit&y tolerance:"), m_probabilityTolerance);
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &AnalysisSettingsDialog::restoreDefaults);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(advanced);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void AnalysisSettingsDialog::fill(const AnalysisSettings &settings, double serviceLevel)
{
    m_base = settings;
    m_baseServiceLevel = serviceLevel;
    m_waitModel->setCurrentIndex(m_waitModel->findData(int(settings.waitModel)));
    m_busy->setValue(settings.busy);
    m_high->setValue(settings.high);
    m_critical->setValue(settings.critical);
    m_target->setValue(settings.targetUtilisation);
    m_rpn->setValue(settings.rpnThreshold);
    m_severity->setValue(settings.severityThreshold);
    m_serviceLevel->setValue(serviceLevel * 100.0);
    m_backlogHorizon->showValue(settings.backlogHorizon);
    m_pingPongWindow->setValue(settings.pingPongWindow);
    m_routingGain->setValue(settings.flexibleRoutingGain);
    m_tieTolerance->setValue(settings.tieTolerance);
    m_probabilityTolerance->setValue(settings.probabilityTolerance);
    m_shown = { m_busy->value(),
                m_high->value(),
                m_critical->value(),
                m_target->value(),
                m_serviceLevel->value(),
                m_routingGain->value(),
                m_tieTolerance->value(),
                m_probabilityTolerance->value(),
                m_backlogHorizon->enteredValue() };
}

void AnalysisSettingsDialog::restoreDefaults()
{
    AnalysisSettings defaults;
    defaults.extras = m_base.extras; // not settings: what a newer version wrote, kept
    fill(defaults, Demand {}.serviceLevel);
}

AnalysisSettings AnalysisSettingsDialog::settings() const
{
    AnalysisSettings s = m_base;
    s.waitModel = WaitModel(m_waitModel->currentData().toInt());
    s.busy = valueOf(m_busy, m_shown.busy, m_base.busy);
    // The bands must rise: busy ≤ high ≤ critical (the file format refuses anything else).
    s.high = std::max(s.busy, valueOf(m_high, m_shown.high, m_base.high));
    s.critical = std::max(s.high, valueOf(m_critical, m_shown.critical, m_base.critical));
    s.targetUtilisation = valueOf(m_target, m_shown.target, m_base.targetUtilisation);
    s.rpnThreshold = m_rpn->value();
    s.severityThreshold = m_severity->value();
    const std::optional<double> horizon = m_backlogHorizon->enteredValue();
    s.backlogHorizon = horizon == m_shown.backlogHorizon ? m_base.backlogHorizon : horizon;
    s.pingPongWindow = m_pingPongWindow->value();
    s.flexibleRoutingGain = valueOf(m_routingGain, m_shown.routingGain, m_base.flexibleRoutingGain);
    s.tieTolerance = valueOf(m_tieTolerance, m_shown.tie, m_base.tieTolerance);
    s.probabilityTolerance
        = valueOf(m_probabilityTolerance, m_shown.probability, m_base.probabilityTolerance);
    return s;
}

double AnalysisSettingsDialog::serviceLevel() const
{
    const double percent = m_serviceLevel->value();
    return percent == m_shown.serviceLevel ? m_baseServiceLevel : percent / 100.0;
}

} // namespace bp
