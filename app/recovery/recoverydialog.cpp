#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bp {

namespace {
RecoveryDialog::Decider &testDecider()
{
    static RecoveryDialog::Decider decider;
    return decider;
}
} // namespace

void RecoveryDialog::setDeciderForTests(Decider decider)
{
    testDecider() = std::move(decider);
}

void RecoveryDialog::offer(const QList<RecoveryEntry> &entries, const RecoveryHandler &handler,
                           QWidget *parent)
{
    if (entries.isEmpty())
        return;
    if (testDecider()) {
        for (const RecoveryEntry &entry : entries)
            handler(entry, testDecider()(entry));
        return;
    }
    RecoveryDialog dialog(entries, handler, parent);
    dialog.exec();
}

RecoveryDialog::RecoveryDialog(const QList<RecoveryEntry> &entries, RecoveryHandler handler,
                               QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_handler(std::move(handler))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Work"));
    auto *label = new QLabel(
        tr("Blueprint Studio did not close normally. These blueprints had unsaved changes and were "
           "autosaved:"),
        this);
    label->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({ tr("Blueprint"), tr("Original file"), tr("Autosaved") });
    for (int i = 0; i < m_entries.size(); ++i) {
        const RecoveryEntry &e = m_entries.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, e.title.isEmpty() ? tr("Untitled") : e.title);
        item->setText(1,
                      e.originalPath.isEmpty() ? tr("(never saved)")
                                               : QDir::toNativeSeparators(e.originalPath));
        item->setText(2, QLocale().toString(e.saved.toLocalTime(), QLocale::ShortFormat));
        item->setData(0, Qt::UserRole, i);
        item->setSelected(true);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    QPushButton *saveAs = buttons->addButton(tr("Save &As…"), QDialogButtonBox::ActionRole);
    QPushButton *discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    QPushButton *later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    restore->setDefault(true);
    connect(restore, &QPushButton::clicked, this, [this] { act(RecoveryChoice::Action::Restore); });
    connect(saveAs, &QPushButton::clicked, this, [this] { act(RecoveryChoice::Action::SaveAs); });
    connect(discard, &QPushButton::clicked, this, [this] { act(RecoveryChoice::Action::Discard); });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 320);
}

void RecoveryDialog::act(RecoveryChoice::Action action)
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    for (QTreeWidgetItem *item : selected) {
        const RecoveryEntry &entry = m_entries.at(item->data(0, Qt::UserRole).toInt());
        RecoveryChoice choice { action, {} };
        if (action == RecoveryChoice::Action::SaveAs) {
            QString suggestion = entry.originalPath;
            if (suggestion.isEmpty())
                suggestion = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                    + QStringLiteral("/") + tr("Recovered") + QStringLiteral(".blueprint");
            choice.path = QFileDialog::getSaveFileName(this, tr("Save Recovered Blueprint As"),
                                                       suggestion, tr("Blueprints (*.blueprint)"));
            if (choice.path.isEmpty())
                continue;
            if (QFileInfo(choice.path).suffix().isEmpty())
                choice.path += QStringLiteral(".blueprint");
        }
        if (m_handler(entry, choice))
            delete item;
    }
    if (m_list->topLevelItemCount() == 0)
        accept();
}

} // namespace bp
