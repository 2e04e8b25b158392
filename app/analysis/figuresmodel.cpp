#include "figuresmodel.h"

#include <QLocale>

#include <cmath>

namespace bp {

using analysis::StepFigures;

FiguresModel::FiguresModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FiguresModel::setResult(std::shared_ptr<const analysis::AnalysisResult> result,
                             const QStringList &laneTitles)
{
    beginResetModel();
    m_result = std::move(result);
    m_laneTitles = laneTitles;
    m_vertices.clear();
    m_flags.clear();
    if (m_result) {
        const analysis::Snapshot &s = m_result->snapshot;
        for (int v = 0; v < s.size(); ++v) {
            const StepKind kind = s.node(v).kind;
            if (kind != StepKind::Start && kind != StepKind::End)
                m_vertices.push_back(v);
        }
        for (const analysis::Finding &f : m_result->findings) {
            for (const QString &id : f.elements) {
                QStringList &codes = m_flags[id];
                if (!codes.contains(f.code))
                    codes << f.code;
            }
        }
    }
    endResetModel();
}

int FiguresModel::rowOf(const ElementId &id) const
{
    if (!m_result)
        return -1;
    const int v = m_result->snapshot.vertexOf(id);
    for (size_t i = 0; i < m_vertices.size(); ++i) {
        if (m_vertices[i] == v)
            return int(i);
    }
    return -1;
}

int FiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_vertices.size());
}

int FiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> FiguresModel::value(int v, int column) const
{
    const analysis::Snapshot &s = m_result->snapshot;
    const analysis::Node &node = s.node(v);
    const bool figures = m_result->complete && size_t(v) < m_result->steps().size();
    const StepFigures *fig = figures ? &m_result->steps()[size_t(v)] : nullptr;
    switch (column) {
    case VisitsColumn:
        return fig ? std::optional<double>(fig->visits) : std::nullopt;
    case UtilisationColumn:
        return fig ? fig->rho : std::nullopt;
    case ServersColumn:
        return node.infinite ? std::nullopt : std::optional<double>(node.servers);
    case WaitColumn:
        return fig && fig->queueing ? fig->wait : std::nullopt;
    case WaitOverToleranceColumn: {
        if (!fig || !fig->serviceLevel)
            return std::nullopt;
        return 1.0 - *fig->serviceLevel;
    }
    case SlackColumn:
        return fig ? std::optional<double>(fig->slack) : std::nullopt;
    case RpnColumn:
        if (node.severity && node.occurrence && node.detection)
            return double(*node.severity * *node.occurrence * *node.detection);
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

QVariant FiguresModel::data(const QModelIndex &index, int role) const
{
    if (!m_result || !index.isValid() || index.row() >= rowCount())
        return {};
    const int v = m_vertices[size_t(index.row())];
    const analysis::Node &node = m_result->snapshot.node(v);
    if (role == StepIdRole)
        return node.id;
    const int column = index.column();
    if (column == StepColumn || column == LaneColumn || column == FlagsColumn) {
        QString text;
        if (column == StepColumn) {
            const QString &title = m_result->snapshot.title(v);
            text = title.isEmpty() ? node.id : title;
        } else if (column == LaneColumn)
            text = node.lane >= 0 && node.lane < m_laneTitles.size() ? m_laneTitles.at(node.lane)
                                                                     : QString();
        else
            text = m_flags.value(node.id).join(QStringLiteral(", "));
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return text;
        return {};
    }
    const std::optional<double> x = value(v, column);
    if (role == ValueRole)
        return x ? QVariant(*x) : QVariant();
    if (role == SortRole)
        return x ? *x : -1.0;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    if (column == ServersColumn)
        return x ? locale.toString(int(*x)) : QStringLiteral("∞");
    if (!x) {
        // Unstable: no steady-state wait.
        if (column == WaitColumn && m_result->complete && size_t(v) < m_result->steps().size()
            && m_result->steps()[size_t(v)].queueing && m_result->queueing.demand)
            return tr("∞ (unstable)");
        return QStringLiteral("—");
    }
    switch (column) {
    case VisitsColumn:
        return locale.toString(*x, 'f', 3);
    case UtilisationColumn:
        return locale.toString(*x, 'f', 2);
    case WaitColumn:
    case SlackColumn:
        return locale.toString(*x, 'f', 2);
    case WaitOverToleranceColumn:
        return tr("%1 %").arg(locale.toString(100.0 * *x, 'f', 1));
    case RpnColumn:
        return locale.toString(int(std::lround(*x)));
    default:
        return {};
    }
}

QVariant FiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case VisitsColumn:
            return tr("Visits per customer (visit ratio v)");
        case UtilisationColumn:
            return tr("Implied utilisation ρ of the step's resource pool");
        case WaitColumn:
            return tr("Mean wait in the queue, minutes, in the selected wait model");
        case WaitOverToleranceColumn:
            return tr("Share of customers who wait longer than the step's tolerance");
        case SlackColumn:
            return tr("Slack on the worst-case critical path, minutes");
        case RpnColumn:
            return tr("FMEA risk priority number, severity × occurrence × detection");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case LaneColumn:
        return tr("Lane");
    case VisitsColumn:
        return tr("Visits");
    case UtilisationColumn:
        return tr("Utilisation");
    case ServersColumn:
        return tr("Servers");
    case WaitColumn:
        return tr("Wait (min)");
    case WaitOverToleranceColumn:
        return tr("P(wait > tol.)");
    case SlackColumn:
        return tr("Slack (min)");
    case RpnColumn:
        return tr("RPN");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace bp
