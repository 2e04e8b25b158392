#pragma once

#include "findingsmodel.h"
#include "model/types.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QTimer;
class QToolButton;
class QTreeView;

namespace bp {

class Document;

/// The findings of one document: the model's validation messages (refreshed a moment after each
/// edit, labelled "Model check") and the analysis findings (source "analysis", with their code,
/// message and suggestion), in one list that can be sorted by any column and filtered by
/// severity and by kind. Activating a row asks the window to select and centre its elements.
class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    /// Quiet time after the last edit before the list is refreshed.
    static constexpr int refreshDelayMs = 300;

    FindingsDock(Document *document, QWidget *parent = nullptr);

    FindingsModel *model() const { return m_model; }
    /// The rows as shown (filtered and sorted); the view's model.
    FindingsFilterModel *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    /// The button that shows or hides the rows of a severity.
    QToolButton *severityButton(FindingRow::Severity severity) const
    {
        return m_severityButtons[int(severity)];
    }
    /// The kind (code) filter.
    QComboBox *kindCombo() const { return m_kindCombo; }
    /// Replaces the rows of another source, e.g. "analysis" (the validation rows stay), and
    /// adds @p names for the element ids they mention.
    void setFindings(const QString &source, std::vector<FindingRow> rows,
                     const QHash<ElementId, QString> &names = {});
    /// Refreshes the validation rows now (tests; normally the debounce timer does it).
    void refresh();
    /// Whether a refresh is waiting for its timer.
    bool isRefreshPending() const;

signals:
    void elementsActivated(const QVector<bp::ElementId> &ids);

private:
    void updateSummary();
    void updateKinds();

    Document *m_document;
    FindingsModel *m_model;
    FindingsFilterModel *m_filter;
    QWidget *m_content = nullptr;
    QTreeView *m_view;
    QToolButton *m_severityButtons[3] = {};
    QComboBox *m_kindCombo = nullptr;
    QLabel *m_summary;
    QTimer *m_timer;
};

} // namespace bp
