#include "analysis/finding.h"

#include <algorithm>

namespace bp::analysis {

namespace {

bool nameLess(const FindingValues::Entry &e, const QString &name)
{
    return e.first < name;
}

} // namespace

FindingValues::FindingValues(std::initializer_list<Entry> entries)
{
    m_entries.reserve(entries.size());
    for (const Entry &e : entries)
        insert(e.first, e.second);
}

QVariant FindingValues::value(const QString &name) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), name, nameLess);
    return it != m_entries.end() && it->first == name ? it->second : QVariant();
}

bool FindingValues::contains(const QString &name) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), name, nameLess);
    return it != m_entries.end() && it->first == name;
}

void FindingValues::insert(const QString &name, const QVariant &value)
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), name, nameLess);
    if (it != m_entries.end() && it->first == name)
        it->second = value;
    else
        m_entries.emplace(it, name, value);
}

QVariantMap FindingValues::toVariantMap() const
{
    QVariantMap map;
    for (const Entry &e : m_entries)
        map.insert(e.first, e.second);
    return map;
}

} // namespace bp::analysis
