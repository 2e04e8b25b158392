#pragma once

#include "analysis/analysis.h"
#include "model/types.h"

#include <QDockWidget>

#include <memory>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace bp {

class FiguresModel;

/// One line that sums an analysis up: demand against capacity per hour, the bottleneck, the
/// flow time and P(failure-free); what is not available says so.
QString analysisSummary(const analysis::AnalysisResult &result);

/// The dock "Figures": the summary of the run on top, then the per-step figures as a sortable
/// table. Selecting a row asks the window to select the step. It can show a what-if result
/// instead of the document's (with a banner saying so).
class FiguresDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit FiguresDock(QWidget *parent = nullptr);

    /// Shows @p result; @p whatIf marks it as a what-if (not the document's figures).
    void setResult(std::shared_ptr<const analysis::AnalysisResult> result,
                   const QStringList &laneTitles, bool whatIf = false);
    bool showsWhatIf() const { return m_whatIf; }

    FiguresModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void stepActivated(const bp::ElementId &id);

private:
    FiguresModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_banner;
    bool m_whatIf = false;
};

} // namespace bp
