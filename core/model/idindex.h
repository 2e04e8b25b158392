#pragma once

#include "types.h"

#include <QHash>

#include <cstddef>
#include <vector>

/// @file idindex.h
/// A flat hash index from element ids to graph descriptors.

namespace bp {

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

    const Value *find(const ElementId &id) const
    {
        if (m_slots.empty())
            return nullptr;
        const size_t h = hashOf(id);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (s.hash == 0)
                return nullptr;
            if (s.hash == h && m_keyOf(s.value) == id)
                return &s.value;
        }
    }

    bool contains(const ElementId &id) const { return find(id) != nullptr; }

    /// Inserts @p value under @p id; the caller has checked that @p id is not present.
    void insert(const ElementId &id, Value value)
    {
        if (2 * (m_size + 1) > m_slots.size())
            rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
        place(hashOf(id), value);
        ++m_size;
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

    static size_t hashOf(const ElementId &id) { return size_t(qHash(id)) | 1; }

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
