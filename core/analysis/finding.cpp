#include "analysis/finding.h"

#include <algorithm>
#include <cstddef>
#include <utility>

namespace bp::analysis {

FindingValues::FindingValues(std::initializer_list<Entry> entries)
{
    for (const Entry &e : entries)
        insert(e.first, e.second);
}

FindingValues::FindingValues(FindingValues &&other) noexcept
    : m_inline(std::move(other.m_inline))
    , m_heap(std::move(other.m_heap))
    , m_size(std::exchange(other.m_size, 0))
{
    other.m_heap.clear(); // empty after a move already; said, not assumed
}

FindingValues &FindingValues::operator=(FindingValues &&other) noexcept
{
    if (this != &other) {
        m_inline = std::move(other.m_inline);
        m_heap = std::move(other.m_heap);
        m_size = std::exchange(other.m_size, 0);
        other.m_heap.clear();
    }
    return *this;
}

const FindingValues::Entry *FindingValues::lowerBound(const QString &name) const
{
    return std::lower_bound(begin(), end(), name,
                            [](const Entry &e, const QString &n) { return e.first < n; });
}

QVariant FindingValues::value(const QString &name) const
{
    const Entry *it = lowerBound(name);
    return it != end() && it->first == name ? it->second : QVariant();
}

bool FindingValues::contains(const QString &name) const
{
    const Entry *it = lowerBound(name);
    return it != end() && it->first == name;
}

void FindingValues::insert(const QString &name, const QVariant &value)
{
    const auto at = static_cast<std::size_t>(lowerBound(name) - begin());
    const auto size = static_cast<std::size_t>(m_size);
    if (at < size && data()[at].first == name) {
        (m_heap.empty() ? m_inline[at] : m_heap[at]).second = value;
        return;
    }
    if (m_heap.empty() && size < m_inline.size()) {
        std::move_backward(m_inline.begin() + at, m_inline.begin() + size,
                           m_inline.begin() + size + 1);
        m_inline[at] = Entry(name, value);
    } else {
        if (m_heap.empty()) { // the inline slots are full: all of them move to the heap
            m_heap.reserve(size + 1);
            for (Entry &e : m_inline)
                m_heap.push_back(std::exchange(e, Entry()));
        }
        m_heap.emplace(m_heap.begin() + static_cast<std::ptrdiff_t>(at), name, value);
    }
    ++m_size;
}

QVariantMap FindingValues::toVariantMap() const
{
    QVariantMap map;
    for (const Entry &e : *this)
        map.insert(e.first, e.second);
    return map;
}

} // namespace bp::analysis
