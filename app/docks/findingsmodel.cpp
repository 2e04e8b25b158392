#include "findingsmodel.h"

#include "analysis/findingtext.h"

#include <algorithm>

namespace bp {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_icons { QIcon(QStringLiteral(":/icons/severity-error.svg")),
                QIcon(QStringLiteral(":/icons/severity-warning.svg")),
                QIcon(QStringLiteral(":/icons/severity-info.svg")) }
{ }

void FindingsModel::setRows(const QString &source, std::vector<FindingRow> rows)
{
    beginResetModel();
    std::erase_if(m_rows, [&](const FindingRow &r) { return r.source == source; });
    for (FindingRow &r : rows) {
        r.source = source;
        m_rows.push_back(std::move(r));
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const FindingRow &a, const FindingRow &b) {
        if (a.severity != b.severity)
            return int(a.severity) < int(b.severity);
        return a.source < b.source;
    });
    endResetModel();
}

void FindingsModel::setElementNames(QHash<ElementId, QString> names)
{
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_names.insert(it.key(), it.value());
    if (!m_rows.empty())
        emit dataChanged(index(0, ElementColumn), index(rowCount() - 1, ElementColumn));
}

void FindingsModel::addElementNames(const QHash<ElementId, QString> &names)
{
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_names.insert(it.key(), it.value());
    if (!m_rows.empty())
        emit dataChanged(index(0, ElementColumn), index(rowCount() - 1, ElementColumn));
}

int FindingsModel::count(FindingRow::Severity severity) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [severity](const FindingRow &r) { return r.severity == severity; }));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList FindingsModel::codes() const
{
    QStringList out;
    for (const FindingRow &r : m_rows) {
        if (!r.code.isEmpty() && !out.contains(r.code))
            out << r.code;
    }
    out.sort();
    return out;
}

bool FindingsModel::hasModelChecks() const
{
    return std::any_of(m_rows.begin(), m_rows.end(),
                       [](const FindingRow &r) { return r.code.isEmpty(); });
}

QString FindingsModel::kindText(const FindingRow &row)
{
    if (!row.title.isEmpty())
        return row.title;
    return row.code.isEmpty() ? tr("Model check") : analysis::findingTitle(row.code);
}

QString FindingsModel::elementText(const FindingRow &row) const
{
    QStringList parts;
    for (const ElementId &id : row.elementIds) {
        const QString name = m_names.value(id);
        parts << (name.isEmpty() ? id : tr("%1 (%2)", "element title (id)").arg(name, id));
    }
    return parts.join(QStringLiteral(", "));
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const FindingRow &r = m_rows.at(size_t(index.row()));
    if (role == ElementIdsRole)
        return QStringList(r.elementIds.begin(), r.elementIds.end());
    if (role == SeverityRole)
        return int(r.severity);
    if (role == CodeRole)
        return r.code;
    if (role == SortRole) {
        switch (index.column()) {
        case SeverityColumn:
            return int(r.severity);
        case CodeColumn:
            return kindText(r); // in the order the user reads
        case MessageColumn:
            return r.message;
        case SuggestionColumn:
            return r.suggestion;
        default:
            return elementText(r);
        }
    }
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DecorationRole)
            return m_icons[int(r.severity)];
        if (role == Qt::DisplayRole) {
            switch (r.severity) {
            case FindingRow::Severity::Error:
                return tr("Error");
            case FindingRow::Severity::Warning:
                return tr("Warning");
            case FindingRow::Severity::Info:
                return tr("Note");
            }
        }
        break;
    case CodeColumn:
        if (role == Qt::DisplayRole)
            return kindText(r);
        if (role == Qt::ToolTipRole)
            return r.code.isEmpty() ? tr("A check of the model") : tr("Code: %1").arg(r.code);
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return r.message;
        if (role == Qt::ToolTipRole)
            return r.suggestion.isEmpty() ? r.message : r.message + u'\n' + r.suggestion;
        break;
    case SuggestionColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return r.suggestion;
        break;
    case ElementColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return elementText(r);
        break;
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Kind");
    case MessageColumn:
        return tr("Message");
    case SuggestionColumn:
        return tr("Suggestion");
    case ElementColumn:
        return tr("Element");
    default:
        return {};
    }
}

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FindingsFilterModel::setSeverityShown(FindingRow::Severity severity, bool shown)
{
    if (m_shown[int(severity)] == shown)
        return;
    m_shown[int(severity)] = shown;
    invalidateFilter();
}

void FindingsFilterModel::setCode(const QString &code)
{
    if (m_code == code)
        return;
    m_code = code;
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int severity = index.data(FindingsModel::SeverityRole).toInt();
    if (severity < 0 || severity > 2 || !m_shown[severity])
        return false;
    if (m_code.isEmpty())
        return true;
    const QString code = index.data(FindingsModel::CodeRole).toString();
    return m_code == modelChecks() ? code.isEmpty() : code == m_code;
}

} // namespace bp
