#pragma once

#include "findingsmodel.h"
#include "model/types.h"

#include <QDockWidget>

class QLabel;
class QTimer;
class QTreeView;

namespace bp {

class Document;

/// The findings of one document: the model's validation messages (refreshed a moment after each
/// edit) and, later, the analysis findings, in one list. Activating a row asks the window to
/// select and centre its elements.
class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    /// Quiet time after the last edit before the list is refreshed.
    static constexpr int refreshDelayMs = 300;

    FindingsDock(Document *document, QWidget *parent = nullptr);

    FindingsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// Replaces the rows of another source, e.g. "analysis" (the validation rows stay).
    void setFindings(const QString &source, std::vector<FindingRow> rows);
    /// Refreshes the validation rows now (tests; normally the debounce timer does it).
    void refresh();
    /// Whether a refresh is waiting for its timer.
    bool isRefreshPending() const;

signals:
    void elementsActivated(const QVector<bp::ElementId> &ids);

private:
    void updateSummary();

    Document *m_document;
    FindingsModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QTimer *m_timer;
};

} // namespace bp
