#include "steppage.h"

#include "commands/changecommands.h"
#include "descriptionedit.h"
#include "document/document.h"
#include "model/limits.h"
#include "propertyfields.h"
#include "valuespinbox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <cmath>

namespace bp {

namespace {
// Ranges the format allows (format.md) or that no real process exceeds.
constexpr double maxDuration = 1e6; // in the document's time unit
constexpr double maxScv = 100.0;
constexpr double fmeaMin = 1.0;
constexpr double fmeaMax = 10.0;

std::optional<int> toInt(std::optional<double> v)
{
    return v ? std::optional<int>(int(std::lround(*v))) : std::nullopt;
}

std::optional<double> toDouble(std::optional<int> v)
{
    return v ? std::optional<double>(*v) : std::nullopt;
}

QGroupBox *group(const QString &title, QFormLayout **form)
{
    auto *box = new QGroupBox(title);
    *form = new QFormLayout(box);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    (*form)->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return box;
}
} // namespace

StepPage::StepPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_heading(new QLabel)
    , m_title(new QLineEdit)
    , m_description(new DescriptionEdit)
    , m_kind(new QComboBox)
    , m_lane(new QComboBox)
    , m_time(makeNumberField(0, maxDuration, 2))
    , m_scv(makeNumberField(0, maxScv, 2, {}, {}, 0.1))
    , m_servers(makeNumberField(1, limits::maxServers, 0, {}, tr("∞ (self-service)")))
    , m_pool(new QComboBox)
    , m_tolerance(makeNumberField(0, maxDuration, 2, {}, tr("none")))
    , m_executionTolerance(makeNumberField(0, maxDuration, 2, {}, tr("none")))
    , m_customerPresent(new QComboBox)
    , m_pFail(makeNumberField(0, 100, 2, tr(" %"), {}, 0.5))
    , m_severity(makeNumberField(fmeaMin, fmeaMax, 0, {}, tr("none")))
    , m_occurrence(makeNumberField(fmeaMin, fmeaMax, 0, {}, tr("none")))
    , m_detection(makeNumberField(fmeaMin, fmeaMax, 0, {}, tr("none")))
    , m_entry(makeNumberField(0, 100, 2, tr(" %"), tr("equal share"), 5.0))
{
    setObjectName(QStringLiteral("stepPage"));
    m_title->setMaxLength(limits::maxTextLength);
    for (StepKind k : { StepKind::Start, StepKind::End, StepKind::Action, StepKind::Decision,
                        StepKind::Fork, StepKind::Join, StepKind::Evidence })
        m_kind->addItem(PropertyNames::stepKind(k), int(k));
    m_customerPresent->addItem(tr("Yes"), 1);
    m_customerPresent->addItem(tr("No"), 0);
    m_servers->setToolTip(tr("Parallel servers for this step; ∞ for self-service (no queue)."));
    m_tolerance->setToolTip(
        tr("Longest acceptable wait before this step, for a customer who is present."));
    m_executionTolerance->setToolTip(tr("Longest acceptable duration of the step itself."));
    m_pFail->setToolTip(tr("Probability that a visit fails in a way that no flow routes to a "
                           "recovery."));
    m_detection->setToolTip(tr("FMEA detection score: 1 = always detected, 10 = cannot be "
                               "detected."));
    m_entry->setToolTip(tr("On a start step: the share of arrivals entering here."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    QFormLayout *form = nullptr;
    QGroupBox *general = group(tr("Step"), &form);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Lane:"), m_lane);
    form->addRow(tr("&Description:"), m_description);
    layout->addWidget(general);

    QGroupBox *service = group(tr("Service"), &form);
    form->addRow(tr("T&ime:"), m_time);
    form->addRow(tr("&Variability (SCV):"), m_scv);
    form->addRow(tr("&Servers:"), m_servers);
    form->addRow(tr("&Pool:"), m_pool);
    form->addRow(tr("&Entry share:"), m_entry);
    layout->addWidget(service);

    QGroupBox *customer = group(tr("Customer"), &form);
    form->addRow(tr("Customer &present:"), m_customerPresent);
    form->addRow(tr("&Wait tolerance:"), m_tolerance);
    form->addRow(tr("E&xecution tolerance:"), m_executionTolerance);
    layout->addWidget(customer);

    QGroupBox *failure = group(tr("Failure (FMEA)"), &form);
    form->addRow(tr("P(&fail):"), m_pFail);
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(tr("&Occurrence:"), m_occurrence);
    form->addRow(tr("&Detection:"), m_detection);
    layout->addWidget(failure);
    layout->addStretch(1);
    alignFormLabels(this);

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (!m_title->isModified())
            return;
        m_title->setModified(false);
        const QString text = m_title->text();
        apply(tr("Rename step"), [text](Step &s) { s.title = text; });
    });
    connect(m_description, &DescriptionEdit::committed, this, [this](const QString &text) {
        apply(tr("Change description"), [text](Step &s) { s.description = text; });
    });
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        const auto kind = StepKind(m_kind->itemData(index).toInt());
        apply(tr("Change step kind"), [kind](Step &s) { s.kind = kind; });
    });
    connect(m_lane, &QComboBox::activated, this, [this](int index) {
        const ElementId lane = m_lane->itemData(index).toString();
        apply(tr("Move to lane"), [lane](Step &s) { s.lane = lane; });
    });
    connect(m_pool, &QComboBox::activated, this, [this](int index) {
        const ElementId pool = m_pool->itemData(index).toString();
        apply(tr("Change pool"), [pool](Step &s) { s.pool = pool; });
    });
    connect(m_customerPresent, &QComboBox::activated, this, [this](int index) {
        const bool present = m_customerPresent->itemData(index).toInt() != 0;
        apply(tr("Change customer presence"), [present](Step &s) { s.customerPresent = present; });
    });
    connectNumber(m_time, tr("Change time"),
                  [](Step &s, std::optional<double> v) { s.time = v.value_or(0.0); });
    connectNumber(m_scv, tr("Change variability"),
                  [](Step &s, std::optional<double> v) { s.scv = v.value_or(1.0); });
    connectNumber(m_servers, tr("Change servers"), [](Step &s, std::optional<double> v) {
        s.servers = v ? Servers::of(int(std::lround(*v))) : Servers::unlimited();
    });
    connectNumber(m_tolerance, tr("Change wait tolerance"),
                  [](Step &s, std::optional<double> v) { s.tolerance = v; });
    connectNumber(m_executionTolerance, tr("Change execution tolerance"),
                  [](Step &s, std::optional<double> v) { s.executionTolerance = v; });
    connectNumber(m_pFail, tr("Change failure probability"),
                  [](Step &s, std::optional<double> v) { s.pFail = v.value_or(0.0) / 100.0; });
    connectNumber(m_severity, tr("Change severity"),
                  [](Step &s, std::optional<double> v) { s.severity = toInt(v); });
    connectNumber(m_occurrence, tr("Change occurrence"),
                  [](Step &s, std::optional<double> v) { s.occurrence = toInt(v); });
    connectNumber(m_detection, tr("Change detection"),
                  [](Step &s, std::optional<double> v) { s.detection = toInt(v); });
    connectNumber(m_entry, tr("Change entry share"), [](Step &s, std::optional<double> v) {
        s.entry = v ? std::optional<double>(*v / 100.0) : std::nullopt;
    });
}

void StepPage::connectNumber(ValueSpinBox *box, const QString &text,
                             std::function<void(Step &, std::optional<double>)> set)
{
    connect(box, &ValueSpinBox::committed, this,
            [this, text, set = std::move(set)](std::optional<double> value, quint64 gesture) {
                apply(
                    text, [&set, value](Step &s) { set(s, value); }, gesture);
            });
}

void StepPage::apply(const QString &text, const std::function<void(Step &)> &edit, quint64 gesture)
{
    if (QUndoCommand *command = makeStepEdit(m_document, m_ids, edit, text, gesture))
        m_document->undoStack()->push(command);
}

void StepPage::setSteps(const QVector<ElementId> &ids)
{
    if (ids != m_ids)
        endGestures(this); // an arrow key on other steps is another undo step
    m_ids = ids;
    refresh();
}

void StepPage::refresh()
{
    const Blueprint &bp = m_document->blueprint();
    std::vector<const Step *> steps;
    for (const ElementId &id : std::as_const(m_ids)) {
        if (const Step *s = bp.graph.step(id))
            steps.push_back(s);
    }
    if (steps.empty())
        return;

    if (steps.size() == 1)
        m_heading->setText(tr("Step <b>%1</b>").arg(steps.front()->id.toHtmlEscaped()));
    else
        m_heading->setText(
            tr("%n steps selected; an edit changes all of them.", nullptr, int(steps.size())));

    // Lists that depend on the document.
    {
        const QSignalBlocker b1(m_lane);
        m_lane->clear();
        for (const Lane &l : bp.lanes())
            m_lane->addItem(l.title.isEmpty() ? PropertyNames::laneKind(l.kind) : l.title, l.id);
        const QSignalBlocker b2(m_pool);
        m_pool->clear();
        m_pool->addItem(tr("(none)"), QString());
        for (const Pool &p : bp.pools())
            m_pool->addItem(p.title.isEmpty() ? p.id : p.title, p.id);
    }
    if (bp.meta.timeUnit != m_unit) {
        m_unit = bp.meta.timeUnit;
        for (ValueSpinBox *box : { m_time, m_tolerance, m_executionTolerance })
            setDurationUnit(box, *m_unit);
    }

    showCommonText(m_title, steps, [](const Step &s) { return s.title; });
    showCommonText(m_description, steps, [](const Step &s) { return s.description; });
    showCommonChoice(m_kind, steps, [](const Step &s) { return int(s.kind); });
    showCommonChoice(m_lane, steps, [](const Step &s) { return s.lane; });
    showCommonChoice(m_pool, steps, [](const Step &s) { return s.pool; });
    showCommonChoice(m_customerPresent, steps,
                     [&bp](const Step &s) { return int(bp.effectiveCustomerPresent(s)); });
    showCommon(m_time, steps, [](const Step &s) { return s.time; });
    showCommon(m_scv, steps, [](const Step &s) { return s.scv; });
    // The servers a step has on its own (or by its lane's default); ∞ is the "none" slot.
    showCommon(m_servers, steps, [&bp](const Step &s) -> std::optional<double> {
        const Servers own = s.servers.value_or(
            defaultServers(bp.lane(s.lane) ? bp.lane(s.lane)->kind : LaneKind::Other));
        return own.infinite ? std::nullopt : std::optional<double>(own.count);
    });
    showCommon(m_tolerance, steps, [](const Step &s) { return s.tolerance; });
    showCommon(m_executionTolerance, steps, [](const Step &s) { return s.executionTolerance; });
    showCommon(m_pFail, steps, [](const Step &s) { return s.pFail * 100.0; });
    showCommon(m_severity, steps, [](const Step &s) { return toDouble(s.severity); });
    showCommon(m_occurrence, steps, [](const Step &s) { return toDouble(s.occurrence); });
    showCommon(m_detection, steps, [](const Step &s) { return toDouble(s.detection); });
    showCommon(m_entry, steps, [](const Step &s) {
        return s.entry ? std::optional<double>(*s.entry * 100.0) : std::nullopt;
    });

    // A pool's servers serve the step; entry shares only mean something on start steps.
    const bool anyPool
        = std::any_of(steps.begin(), steps.end(), [](const Step *s) { return !s->pool.isEmpty(); });
    m_servers->setEnabled(!anyPool);
    m_servers->setToolTip(anyPool ? tr("The pool's servers serve this step.")
                                  : tr("Parallel servers for this step; ∞ for self-service "
                                       "(no queue)."));
    const bool allStarts = std::all_of(steps.begin(), steps.end(),
                                       [](const Step *s) { return s->kind == StepKind::Start; });
    m_entry->setEnabled(allStarts);
}

} // namespace bp
