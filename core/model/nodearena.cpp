#include "nodearena.h"

#include <new>

namespace bp {

namespace {
thread_local NodeArena *currentArena = nullptr;
} // namespace

NodeArena::~NodeArena()
{
    for (void *chunk : m_chunks)
        ::operator delete(chunk);
}

void *NodeArena::allocate(std::size_t size)
{
    const std::size_t c = classOf(size);
    if (FreeBlock *block = m_free[c]) {
        m_free[c] = block->next;
        return block;
    }
    const std::size_t bytes = c * granule;
    if (std::size_t(m_end - m_next) < bytes) {
        // A new chunk; the few bytes left in the old one are not worth tracking.
        m_chunks.reserve(m_chunks.size() + 1);
        m_next = static_cast<char *>(::operator new(chunkBytes));
        m_end = m_next + chunkBytes;
        m_chunks.push_back(m_next);
    }
    void *block = m_next;
    m_next += bytes;
    return block;
}

void NodeArena::deallocate(void *block, std::size_t size) noexcept
{
    if (m_discarding)
        return;
    const std::size_t c = classOf(size);
    m_free[c] = ::new (block) FreeBlock { m_free[c] };
}

NodeArena *NodeArena::current()
{
    return currentArena;
}

NodeArena::Scope::Scope(NodeArena *arena)
    : m_previous(currentArena)
{
    currentArena = arena;
}

NodeArena::Scope::~Scope()
{
    currentArena = m_previous;
}

} // namespace bp
