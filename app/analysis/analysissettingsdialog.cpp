#include "analysissettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bp {

namespace {
QDoubleSpinBox *ratioSpin(QWidget *parent, double value)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0.01, 1.0);
    spin->setSingleStep(0.05);
    spin->setDecimals(2);
    spin->setValue(value);
    return spin;
}
} // namespace

AnalysisSettingsDialog::AnalysisSettingsDialog(const analysis::Settings &settings,
                                               double serviceLevel, QWidget *parent)
    : QDialog(parent)
    , m_base(settings)
    , m_waitModel(new QComboBox(this))
    , m_busy(ratioSpin(this, settings.busy))
    , m_high(ratioSpin(this, settings.high))
    , m_critical(ratioSpin(this, settings.critical))
    , m_rpn(new QSpinBox(this))
    , m_severity(new QSpinBox(this))
    , m_target(ratioSpin(this, settings.targetUtilisation))
    , m_serviceLevel(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("analysisSettingsDialog"));
    setWindowTitle(tr("Analysis Settings"));
    using analysis::WaitModel;
    m_waitModel->setObjectName(QStringLiteral("waitModel"));
    m_waitModel->addItem(tr("Automatic (exact when exponential, else Allen–Cunneen)"),
                         int(WaitModel::Auto));
    m_waitModel->addItem(tr("Exact M/M/c (Erlang C)"), int(WaitModel::Exact));
    m_waitModel->addItem(tr("Allen–Cunneen with QNA arrivals"), int(WaitModel::AllenCunneenQna));
    m_waitModel->addItem(tr("Allen–Cunneen with Poisson arrivals"),
                         int(WaitModel::AllenCunneenPoisson));
    m_waitModel->addItem(tr("Sakasegawa with QNA arrivals"), int(WaitModel::SakasegawaQna));
    m_waitModel->setCurrentIndex(m_waitModel->findData(int(settings.waitModel)));
    m_rpn->setRange(1, 1000);
    m_rpn->setValue(settings.rpnThreshold);
    m_rpn->setToolTip(tr("80, 100, 120 and 125 are common choices"));
    m_severity->setRange(1, 10);
    m_severity->setValue(settings.severityThreshold);
    m_serviceLevel->setRange(1.0, 99.9);
    m_serviceLevel->setDecimals(1);
    m_serviceLevel->setSuffix(tr(" %"));
    m_serviceLevel->setValue(serviceLevel * 100.0);
    m_serviceLevel->setToolTip(
        tr("Share of customers who should wait no longer than a step's tolerance"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Wait model:"), m_waitModel);
    form->addRow(tr("&Busy from utilisation:"), m_busy);
    form->addRow(tr("&High from utilisation:"), m_high);
    form->addRow(tr("&Critical from utilisation:"), m_critical);
    form->addRow(tr("&Target utilisation (servers needed):"), m_target);
    form->addRow(tr("&RPN threshold:"), m_rpn);
    form->addRow(tr("&Severity threshold:"), m_severity);
    form->addRow(tr("Target service &level:"), m_serviceLevel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

analysis::Settings AnalysisSettingsDialog::settings() const
{
    analysis::Settings s = m_base;
    s.waitModel = analysis::WaitModel(m_waitModel->currentData().toInt());
    // The bands must rise: busy ≤ high ≤ critical.
    s.busy = m_busy->value();
    s.high = std::max(s.busy, m_high->value());
    s.critical = std::max(s.high, m_critical->value());
    s.targetUtilisation = m_target->value();
    s.rpnThreshold = m_rpn->value();
    s.severityThreshold = m_severity->value();
    return s;
}

double AnalysisSettingsDialog::serviceLevel() const
{
    return m_serviceLevel->value() / 100.0;
}

} // namespace bp
