#pragma once

#include "analysis/analysis.h"
#include "model/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace bp {

/// The per-step figures of an analysis run as a table: step, lane, visits, utilisation, servers,
/// wait, P(wait > tolerance), slack, RPN and the codes of the step's findings. Times in minutes.
/// Start and end steps are left out. Sort with FiguresModel::SortRole (numbers as numbers;
/// figures that are not available sort first).
class FiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StepColumn,
        LaneColumn,
        VisitsColumn,
        UtilisationColumn,
        ServersColumn,
        WaitColumn,
        WaitOverToleranceColumn,
        SlackColumn,
        RpnColumn,
        FlagsColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int StepIdRole = Qt::UserRole + 2;
    /// The figure as a double (unset figures give an invalid QVariant).
    static constexpr int ValueRole = Qt::UserRole + 3;

    explicit FiguresModel(QObject *parent = nullptr);

    /// Shows @p result (null: nothing); @p laneTitles by lane index of the snapshot.
    void setResult(std::shared_ptr<const analysis::AnalysisResult> result,
                   const QStringList &laneTitles);
    std::shared_ptr<const analysis::AnalysisResult> result() const { return m_result; }
    /// Row of step @p id, or −1.
    int rowOf(const ElementId &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::optional<double> value(int vertex, int column) const;

    std::shared_ptr<const analysis::AnalysisResult> m_result;
    QStringList m_laneTitles;
    std::vector<int> m_vertices; ///< row → snapshot vertex
    QHash<ElementId, QStringList> m_flags; ///< step id → codes of its findings
};

} // namespace bp
