#pragma once

#include "model/types.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSortFilterProxyModel>

#include <vector>

namespace bp {

class Blueprint;

/// One row of the findings list: a validation message now, an analysis finding later.
struct FindingRow
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Warning;
    QString code; ///< stable code of the finding (empty for validation messages)
    QString title; ///< short name of the code, e.g. "Wait point" (may be empty)
    QString message; ///< translated, one sentence
    QString suggestion; ///< what to do about it (may be empty)
    QVector<ElementId> elementIds; ///< the elements it is about (may be empty)
    QString source; ///< who reported it ("validation", "analysis", ...)
};

/// The findings of one document as a table: severity (icon and word), kind (the code's
/// translated name, the code itself in the tooltip), message, suggestion, element(s).
/// Rows come from several sources, each replaced as a whole by setRows(); the order is by
/// severity, then by source, then as given.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        CodeColumn,
        MessageColumn,
        SuggestionColumn,
        ElementColumn,
        ColumnCount
    };
    /// Role that gives the element ids of a row (QStringList).
    static constexpr int ElementIdsRole = Qt::UserRole + 1;
    /// Role to sort by: severity rank (0 = error), kind name, message, element text.
    static constexpr int SortRole = Qt::UserRole + 2;
    /// Role that gives the row's severity (int of FindingRow::Severity).
    static constexpr int SeverityRole = Qt::UserRole + 3;
    /// Role that gives the row's code (empty for model checks).
    static constexpr int CodeRole = Qt::UserRole + 4;

    explicit FindingsModel(QObject *parent = nullptr);

    /// Replaces the rows of @p source.
    void setRows(const QString &source, std::vector<FindingRow> rows);
    /// Names shown for element ids (step and flow titles); ids without a name are shown as is.
    void setElementNames(QHash<ElementId, QString> names);
    /// Adds or replaces names of element ids (e.g. those an analysis mentions).
    void addElementNames(const QHash<ElementId, QString> &names);

    const FindingRow &row(int index) const { return m_rows.at(size_t(index)); }
    int count(FindingRow::Severity severity) const;
    /// The distinct codes of the rows, sorted (model checks, which have none, are left out).
    QStringList codes() const;
    /// Whether some row is a model check (no code).
    bool hasModelChecks() const;
    /// The name shown for the kind of @p row: its title, the code's name, or "Model check".
    static QString kindText(const FindingRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString elementText(const FindingRow &row) const;

    std::vector<FindingRow> m_rows;
    QHash<ElementId, QString> m_names;
    QIcon m_icons[3];
};

/// The findings list as shown: filtered by severity (each level on or off) and by kind (one code,
/// or model checks, or everything), sortable by any column.
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// The kind filter value that keeps only model checks (rows without a code).
    static QString modelChecks() { return QStringLiteral("#model"); }

    explicit FindingsFilterModel(QObject *parent = nullptr);

    bool isSeverityShown(FindingRow::Severity severity) const { return m_shown[int(severity)]; }
    void setSeverityShown(FindingRow::Severity severity, bool shown);
    /// Only rows of @p code (empty: every kind; modelChecks(): rows without a code).
    void setCode(const QString &code);
    QString code() const { return m_code; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_shown[3] = { true, true, true };
    QString m_code;
};

} // namespace bp
