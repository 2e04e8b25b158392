#pragma once

#include "model/types.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <vector>

namespace bp {

class Blueprint;

/// One row of the findings list: a validation message now, an analysis finding later.
struct FindingRow
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Warning;
    QString code; ///< stable code of the finding (empty for validation messages)
    QString message; ///< translated, one sentence
    QString suggestion; ///< what to do about it (may be empty)
    QVector<ElementId> elementIds; ///< the elements it is about (may be empty)
    QString source; ///< who reported it ("validation", "analysis", ...)
};

/// The findings of one document as a table: severity (icon and word), message, element(s).
/// Rows come from several sources, each replaced as a whole by setRows(); the order is by
/// severity, then by source, then as given.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, MessageColumn, ElementColumn, ColumnCount };
    /// Role that gives the element ids of a row (QStringList).
    static constexpr int ElementIdsRole = Qt::UserRole + 1;

    explicit FindingsModel(QObject *parent = nullptr);

    /// Replaces the rows of @p source.
    void setRows(const QString &source, std::vector<FindingRow> rows);
    /// Names shown for element ids (step and flow titles); ids without a name are shown as is.
    void setElementNames(QHash<ElementId, QString> names);

    const FindingRow &row(int index) const { return m_rows.at(size_t(index)); }
    int count(FindingRow::Severity severity) const;

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

} // namespace bp
