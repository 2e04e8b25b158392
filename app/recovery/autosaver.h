#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

/// @file autosaver.h
/// Autosave of one document into this instance's recovery folder (recoverystore.h).

namespace bp {

class Document;

/// Watches one document and autosaves it a few seconds after the last edit, and at most
/// maxDelay after the first unsaved edit, as long as it has unsaved changes. The model is
/// copied on the GUI thread and written by the store's worker: the document is never touched
/// off the GUI thread.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIdleMs = 5000;
    static constexpr int defaultMaxMs = 60000;

    explicit Autosaver(Document *document, QObject *parent = nullptr);

    /// The intervals of new autosavers (settings, tests). Zero or less: autosave off.
    static void setDefaultIntervals(int idleMs, int maxMs);
    static int defaultIdle();
    void setIntervals(int idleMs, int maxMs);
    int idleInterval() const { return m_idle.interval(); }

    /// The key of this document's files in the recovery folder.
    QString key() const { return m_key; }
    /// Autosaves now when the document has unsaved changes (the timers' work).
    void autosaveNow();
    /// Deletes this document's recovery data (after an explicit save or discard) and stops the
    /// timers until the next edit.
    void discard();
    /// Autosaves written so far (tests, status).
    int written() const { return m_written; }

signals:
    void autosaved(bool ok, const QString &error);

private:
    void edited();

    Document *m_document;
    QString m_key;
    QTimer m_idle;
    QTimer m_max;
    bool m_enabled = true;
    int m_written = 0;
};

} // namespace bp
