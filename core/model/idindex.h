#pragma once

#include "types.h"

#include <QLatin1StringView>
#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

/// @file idindex.h
/// A flat hash index from element ids to graph descriptors.

namespace bp {

namespace detail {
constexpr std::uint64_t fnvBasis = 0xcbf29ce484222325ULL;
constexpr std::uint64_t fnvPrime = 0x100000001b3ULL;

inline std::size_t finishIdHash(std::uint64_t h)
{
    h ^= h >> 32;
    h *= 0x9e3779b97f4a7c15ULL;
    h ^= h >> 29;
    return std::size_t(h) | 1; // never 0: 0 marks an empty slot
}
} // namespace detail

/// Hash of an id from its code units (FNV-1a, then a final mix for the low bits the index
/// uses). It is the same for a QString and for the same text as Latin-1 bytes, so that readers
/// can look ids up straight from the parser's bytes without making a QString. Never 0.
inline std::size_t idHash(QStringView id)
{
    std::uint64_t h = detail::fnvBasis;
    const char16_t *units = id.utf16();
    for (qsizetype i = 0; i < id.size(); ++i) {
        h ^= std::uint64_t(units[i]);
        h *= detail::fnvPrime;
    }
    return detail::finishIdHash(h);
}

/// @copydoc idHash(QStringView)
inline std::size_t idHash(QLatin1StringView id)
{
    std::uint64_t h = detail::fnvBasis;
    for (qsizetype i = 0; i < id.size(); ++i) {
        h ^= std::uint64_t(static_cast<unsigned char>(id.data()[i]));
        h *= detail::fnvPrime;
    }
    return detail::finishIdHash(h);
}

/// The positions 0..n-1 ordered by the top bits of `slotOf(i)`, a slot in a table of
/// @p capacity slots (a counting sort into at most 4,096 buckets). Visiting a large hash table
/// in this order reads or writes it front to back instead of at random, which is what keeps
/// 100,000 inserts or lookups from being 100,000 cache misses.
template<typename SlotOf>
std::vector<std::uint32_t> inSlotOrder(size_t n, size_t capacity, SlotOf slotOf)
{
    int bits = 0;
    while ((size_t(1) << bits) < capacity)
        ++bits;
    const int shift = bits > 12 ? bits - 12 : 0;
    std::vector<std::uint32_t> start((capacity >> shift) + 1, 0);
    for (size_t i = 0; i < n; ++i)
        ++start[(slotOf(i) >> shift) + 1];
    for (size_t b = 1; b < start.size(); ++b)
        start[b] += start[b - 1];
    std::vector<std::uint32_t> order(n);
    for (size_t i = 0; i < n; ++i)
        order[start[slotOf(i) >> shift]++] = static_cast<std::uint32_t>(i);
    return order;
}

/// Open-addressing hash index (linear probing, backward-shift deletion, load ≤ 1/2) from ids to
/// small values such as graph descriptors. The key is not stored: @p KeyOf reads it from the
/// value (the id inside the step or flow the descriptor names), so an insert allocates nothing
/// and a lookup compares strings only when the cached hash codes match. This is what keeps
/// loading a 100,000-step blueprint linear; a node-based std::unordered_map spent most of a load
/// in malloc and cache misses.
template<typename Value, typename KeyOf> class IdIndex
{
public:
    explicit IdIndex(KeyOf keyOf = {})
        : m_keyOf(keyOf)
    { }

    size_t size() const { return m_size; }

    /// Points the index at another copy of the keys (after its owner was copied or moved).
    void setKeyOf(KeyOf keyOf) { m_keyOf = keyOf; }

    void clear()
    {
        m_slots.clear();
        m_size = 0;
    }

    /// Makes room for @p n entries without rehashing.
    void reserve(size_t n)
    {
        size_t capacity = 16;
        while (capacity < 2 * n)
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity);
    }

    const Value *find(const ElementId &id) const { return findAs(QStringView(id)); }
    /// The same lookup by Latin-1 bytes (ids are ASCII), without making a QString.
    const Value *find(QLatin1StringView id) const { return findAs(id); }

    bool contains(const ElementId &id) const { return find(id) != nullptr; }
    bool contains(QLatin1StringView id) const { return find(id) != nullptr; }

    /// Inserts @p value under @p id; the caller has checked that @p id is not present.
    void insert(const ElementId &id, Value value)
    {
        if (2 * (m_size + 1) > m_slots.size())
            rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
        place(hashOf(id), value);
        ++m_size;
    }

    /// Inserts @p value under @p id unless the id is present; one probe for both. Returns
    /// whether it was inserted.
    bool insertNew(const ElementId &id, Value value)
    {
        return insertNewWith(id, [&value] { return value; });
    }

    /// Inserts the value that @p make returns under @p id unless the id is present: one probe
    /// for both, and @p make runs only when the id is new (it may create the element that the
    /// value names; @p id is not read after it ran). Returns whether it was inserted.
    template<typename Make> bool insertNewWith(const ElementId &id, Make &&make)
    {
        if (2 * (m_size + 1) > m_slots.size())
            rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
        const size_t h = hashOf(id);
        const size_t mask = m_slots.size() - 1;
        size_t i = h & mask;
        for (; m_slots[i].hash != 0; i = (i + 1) & mask) {
            if (m_slots[i].hash == h && m_keyOf(m_slots[i].value) == id)
                return false;
        }
        m_slots[i] = Slot { h, make() };
        ++m_size;
        return true;
    }

    /// Inserts many entries at once: (idHash() of the id, value) pairs whose ids are neither
    /// present nor repeated. They are placed in the order of their home slots, so that a large
    /// table is written front to back instead of at random: the same lookups as inserting one
    /// after another, without a cache miss per entry.
    void insertNewBulk(const std::vector<std::pair<size_t, Value>> &entries)
    {
        reserve(m_size + entries.size());
        const size_t mask = m_slots.size() - 1;
        for (const std::uint32_t i : inSlotOrder(entries.size(), m_slots.size(),
                                                 [&](size_t k) { return entries[k].first & mask; }))
            place(entries[i].first, entries[i].second);
        m_size += entries.size();
    }

    /// Replaces the value stored under @p id (e.g. a new edge descriptor after a reconnect).
    bool replace(const ElementId &id, Value value)
    {
        Value *v = const_cast<Value *>(find(id));
        if (!v)
            return false;
        *v = value;
        return true;
    }

    /// Removes @p id. Call it while the value's key is still readable.
    bool erase(const ElementId &id)
    {
        if (m_slots.empty())
            return false;
        const size_t h = hashOf(id);
        const size_t mask = m_slots.size() - 1;
        size_t i = h & mask;
        for (;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (s.hash == 0)
                return false;
            if (s.hash == h && m_keyOf(s.value) == id)
                break;
        }
        // Backward-shift deletion: move later entries of the probe run into the hole.
        for (size_t j = (i + 1) & mask;; j = (j + 1) & mask) {
            Slot &s = m_slots[j];
            if (s.hash == 0)
                break;
            const size_t home = s.hash & mask;
            const bool movable = (j > i) ? (home <= i || home > j) : (home <= i && home > j);
            if (movable) {
                m_slots[i] = s;
                i = j;
            }
        }
        m_slots[i] = Slot {};
        --m_size;
        return true;
    }

private:
    struct Slot
    {
        size_t hash = 0; // 0: empty
        Value value {};
    };

    template<typename Key> const Value *findAs(Key id) const
    {
        if (m_slots.empty())
            return nullptr;
        const size_t h = idHash(id);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (s.hash == 0)
                return nullptr;
            if (s.hash == h && m_keyOf(s.value) == id)
                return &s.value;
        }
    }

    static size_t hashOf(const ElementId &id) { return idHash(QStringView(id)); }

    void place(size_t h, Value value)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = h & mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask;
        m_slots[i] = Slot { h, value };
    }

    void rehash(size_t capacity)
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(capacity, Slot {});
        for (const Slot &s : old) {
            if (s.hash != 0)
                place(s.hash, s.value);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0;
    KeyOf m_keyOf;
};

} // namespace bp
