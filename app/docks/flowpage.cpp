#include "flowpage.h"

#include "commands/changecommands.h"
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

namespace bp {

namespace {
QString stepName(const Blueprint &bp, const ElementId &id)
{
    const Step *s = bp.graph.step(id);
    if (!s || s->title.isEmpty())
        return id;
    return FlowPage::tr("%1 (%2)", "step title (id)").arg(s->title, id);
}
} // namespace

FlowPage::FlowPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_heading(new QLabel)
    , m_from(new QLabel)
    , m_to(new QLabel)
    , m_kind(new QComboBox)
    , m_probability(makeNumberField(0, 100, 2, tr(" %"), tr("automatic"), 5.0))
    , m_label(new QLineEdit)
{
    setObjectName(QStringLiteral("flowPage"));
    for (FlowKind k : { FlowKind::Flow, FlowKind::Rework, FlowKind::Failure, FlowKind::Evidence })
        m_kind->addItem(PropertyNames::flowKind(k), int(k));
    m_label->setMaxLength(limits::maxTextLength);
    m_from->setWordWrap(true);
    m_to->setWordWrap(true);
    m_from->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_to->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_probability->setToolTip(tr("Branch probability. Automatic: 100 % when it is the only "
                                 "routing flow of its step."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    auto *box = new QGroupBox(tr("Flow"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Probability:"), m_probability);
    form->addRow(tr("&Label:"), m_label);
    layout->addWidget(box);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        const auto kind = FlowKind(m_kind->itemData(index).toInt());
        apply(tr("Change flow kind"), [kind](Flow &f) { f.kind = kind; });
    });
    connect(m_probability, &ValueSpinBox::committed, this,
            [this](std::optional<double> v, quint64 gesture) {
                const std::optional<double> p
                    = v ? std::optional<double>(*v / 100.0) : std::nullopt;
                apply(
                    tr("Change probability"), [p](Flow &f) { f.p = p; }, gesture);
            });
    connect(m_label, &QLineEdit::editingFinished, this, [this] {
        if (!m_label->isModified())
            return;
        m_label->setModified(false);
        const QString text = m_label->text();
        apply(tr("Change flow label"), [text](Flow &f) { f.label = text; });
    });
}

void FlowPage::apply(const QString &text, const std::function<void(Flow &)> &edit, quint64 gesture)
{
    if (QUndoCommand *command = makeFlowEdit(m_document, m_ids, edit, text, gesture))
        m_document->undoStack()->push(command);
}

void FlowPage::setFlows(const QVector<ElementId> &ids)
{
    if (ids != m_ids)
        endGestures(this);
    m_ids = ids;
    refresh();
}

void FlowPage::refresh()
{
    const Blueprint &bp = m_document->blueprint();
    std::vector<const Flow *> flows;
    for (const ElementId &id : std::as_const(m_ids)) {
        if (const Flow *f = bp.graph.flow(id))
            flows.push_back(f);
    }
    if (flows.empty())
        return;
    if (flows.size() == 1) {
        const Flow &f = *flows.front();
        m_heading->setText(tr("Flow <b>%1</b>").arg(f.id.toHtmlEscaped()));
        m_from->setText(stepName(bp, f.from));
        m_to->setText(stepName(bp, f.to));
    } else {
        m_heading->setText(
            tr("%n flows selected; an edit changes all of them.", nullptr, int(flows.size())));
        const auto common = [&](auto get) {
            const ElementId first = get(*flows.front());
            for (const Flow *f : flows) {
                if (get(*f) != first)
                    return tr("(mixed)");
            }
            return stepName(bp, first);
        };
        m_from->setText(common([](const Flow &f) { return f.from; }));
        m_to->setText(common([](const Flow &f) { return f.to; }));
    }
    showCommonChoice(m_kind, flows, [](const Flow &f) { return int(f.kind); });
    showCommon(m_probability, flows, [](const Flow &f) {
        return f.p ? std::optional<double>(*f.p * 100.0) : std::nullopt;
    });
    showCommonText(m_label, flows, [](const Flow &f) { return f.label; });
}

} // namespace bp
