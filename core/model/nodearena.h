#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <array>
#include <cstddef>
#include <list>
#include <memory>
#include <type_traits>
#include <vector>

/// @file nodearena.h
/// Pooled storage for the small blocks of a graph: the list nodes of a BlueprintGraph (vertex
/// list, edge list, in- and out-edge lists) and the short edge vectors of an analysis snapshot.
/// One arena per graph instead of one malloc and one free per node.

namespace bp {

/// Fixed-size blocks carved from large chunks, with one free list per block size. Freed blocks
/// are reused by the same arena; the chunks go back to the system when the arena is destroyed.
/// Not thread-safe: like the graph that owns it, one thread at a time.
class NodeArena
{
public:
    NodeArena() = default;
    NodeArena(const NodeArena &) = delete;
    NodeArena &operator=(const NodeArena &) = delete;
    ~NodeArena();

    /// Blocks up to this size are pooled; larger requests go to operator new.
    static constexpr std::size_t maxBlock = 512;

    /// A block of at least @p size bytes, aligned for any node (16 bytes).
    void *allocate(std::size_t size);
    /// Returns a block from allocate() with the same @p size.
    void deallocate(void *block, std::size_t size) noexcept;
    /// From now on deallocate() does nothing: the arena is about to go with all its chunks, so
    /// putting each block of a graph being destroyed on a free list would be wasted work.
    void discardDeallocations() noexcept { m_discarding = true; }

    /// The arena that allocators made on this thread now use (see Scope), or nullptr.
    static NodeArena *current();

    /// Makes @p arena the current one on this thread for its lifetime: containers created meanwhile
    /// take their nodes from it. BlueprintGraph opens one around everything that creates nodes.
    class Scope
    {
    public:
        explicit Scope(NodeArena *arena);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        NodeArena *m_previous;
    };

private:
    struct FreeBlock
    {
        FreeBlock *next;
    };
    static constexpr std::size_t granule = 16;
    static constexpr std::size_t chunkBytes = 64 * 1024;

    static std::size_t classOf(std::size_t size) { return (size + granule - 1) / granule; }

    std::array<FreeBlock *, maxBlock / granule + 1> m_free {};
    char *m_next = nullptr; // bump pointer in the newest chunk
    char *m_end = nullptr;
    std::vector<void *> m_chunks;
    bool m_discarding = false;
};

/// A std allocator that takes blocks of up to NodeArena::maxBlock bytes (a list node, a short
/// vector) from the NodeArena current when it was made (see NodeArena::Scope), and everything
/// else, or everything when there was none, from operator new. Containers keep their
/// allocator, so each block goes back where it came from.
template<typename T> class NodeAllocator
{
public:
    using value_type = T;
    using propagate_on_container_copy_assignment = std::true_type;
    using propagate_on_container_move_assignment = std::true_type;
    using propagate_on_container_swap = std::true_type;
    using is_always_equal = std::false_type;

    NodeAllocator() noexcept
        : m_arena(NodeArena::current())
    { }
    template<typename U>
    NodeAllocator(const NodeAllocator<U> &other) noexcept
        : m_arena(other.arena())
    { }

    /// A copied container (e.g. a copy of the graph made outside BlueprintGraph) does not share
    /// the original's arena, which may go away first; it uses the current one, if any.
    NodeAllocator select_on_container_copy_construction() const { return NodeAllocator(); }

    T *allocate(std::size_t n)
    {
        if (pooled(n))
            return static_cast<T *>(m_arena->allocate(n * sizeof(T)));
        return std::allocator<T>().allocate(n);
    }

    void deallocate(T *p, std::size_t n) noexcept
    {
        if (pooled(n))
            m_arena->deallocate(p, n * sizeof(T));
        else
            std::allocator<T>().deallocate(p, n);
    }

    NodeArena *arena() const noexcept { return m_arena; }

    template<typename U> bool operator==(const NodeAllocator<U> &other) const noexcept
    {
        return m_arena == other.arena();
    }

private:
    static_assert(alignof(T) <= 16, "nodes are aligned to 16 bytes");
    bool pooled(std::size_t n) const noexcept
    {
        return m_arena && n > 0 && n <= NodeArena::maxBlock / sizeof(T);
    }

    NodeArena *m_arena;
};

/// Boost.Graph container selector: `std::list` with NodeAllocator. It keeps every property of
/// `listS` (stable descriptors and iterators, parallel edges allowed); only where the nodes
/// live changes.
struct pooledListS
{
};

/// Boost.Graph container selector: `std::vector` with NodeAllocator, for the in- and out-edge
/// lists of a `vecS` graph. The same vectors as `vecS`; the short ones (most vertices have one
/// or two edges each way) live in the arena, so that building and freeing a graph of 100,000
/// vertices is not 200,000 mallocs and frees.
struct pooledVecS
{
};

} // namespace bp

namespace boost {

template<class ValueType> struct container_gen<bp::pooledListS, ValueType>
{
    using type = std::list<ValueType, bp::NodeAllocator<ValueType>>;
};

template<> struct parallel_edge_traits<bp::pooledListS>
{
    using type = allow_parallel_edge_tag;
};

template<class ValueType> struct container_gen<bp::pooledVecS, ValueType>
{
    using type = std::vector<ValueType, bp::NodeAllocator<ValueType>>;
};

template<> struct parallel_edge_traits<bp::pooledVecS>
{
    using type = allow_parallel_edge_tag;
};

} // namespace boost
