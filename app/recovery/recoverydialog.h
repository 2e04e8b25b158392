#pragma once

#include "recoverystore.h"

#include <QDialog>

#include <functional>

class QTreeWidget;

/// @file recoverydialog.h
/// The dialog shown on start when autosaved documents of a crashed or killed instance exist.

namespace bp {

/// What to do with one recovered document.
struct RecoveryChoice
{
    enum class Action {
        Restore, ///< open as a modified, unsaved document with its original file name
        SaveAs, ///< write it to @c path, then open that file
        Discard, ///< delete the autosave
        Later, ///< keep it for the next start
    };
    Action action = Action::Later;
    QString path; ///< for SaveAs
};

/// Carries out one choice for one entry; false when it failed (the entry then stays).
using RecoveryHandler = std::function<bool(const RecoveryEntry &, const RecoveryChoice &)>;

/// Lists the recovered documents (title, original file, time of the autosave) and offers
/// Restore, Save As… and Discard for the selected ones; Close keeps the rest for later.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(const QList<RecoveryEntry> &entries, RecoveryHandler handler,
                   QWidget *parent = nullptr);

    /// For tests: decides for each entry instead of showing the dialog (null: the dialog).
    using Decider = std::function<RecoveryChoice(const RecoveryEntry &)>;
    static void setDeciderForTests(Decider decider);
    /// Offers the entries: through the test decider when one is set, else this dialog.
    static void offer(const QList<RecoveryEntry> &entries, const RecoveryHandler &handler,
                      QWidget *parent = nullptr);

private:
    void act(RecoveryChoice::Action action);

    QList<RecoveryEntry> m_entries;
    RecoveryHandler m_handler;
    QTreeWidget *m_list;
};

} // namespace bp
