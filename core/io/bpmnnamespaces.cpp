// BPMN import: XML namespaces. Which of the namespaces that matter (BPMN model, DI, DC, ours) a
// prefixed name is in, with xmlns declarations scoped to the elements that make them.

#include "bpmnnames.h"
#include "bpmnreader_p.h"

#include <cstring>

namespace bp::bpmn {

namespace {
Ns nsOf(const char *uri)
{
    if (std::strcmp(uri, kModelNs) == 0)
        return Ns::Model;
    if (std::strcmp(uri, kDiNs) == 0)
        return Ns::Di;
    if (std::strcmp(uri, kDcNs) == 0)
        return Ns::Dc;
    if (std::strcmp(uri, kOurNs) == 0)
        return Ns::Ours;
    return Ns::Other;
}
} // namespace

void NsScope::enter(const pugi::xml_node &node)
{
    std::vector<QByteArray> pushed;
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        const char *name = a.name();
        if (std::strncmp(name, "xmlns", 5) != 0 || (name[5] != 0 && name[5] != ':'))
            continue;
        const QByteArray prefix(name[5] == ':' ? name + 6 : "");
        m_bindings[prefix].push_back(nsOf(a.value()));
        pushed.push_back(prefix);
    }
    m_pushed.push_back(std::move(pushed));
}

void NsScope::leave()
{
    if (m_pushed.empty())
        return;
    for (const QByteArray &prefix : m_pushed.back()) {
        auto it = m_bindings.find(prefix);
        if (it != m_bindings.end()) {
            it->pop_back();
            if (it->empty())
                m_bindings.erase(it);
        }
    }
    m_pushed.pop_back();
}

Ns NsScope::resolve(const char *qname, const char **local, bool isAttribute) const
{
    const char *colon = std::strchr(qname, ':');
    *local = colon ? colon + 1 : qname;
    if (!colon && isAttribute)
        return Ns::Other; // unprefixed attributes are in no namespace
    const QByteArray prefix = colon ? QByteArray(qname, int(colon - qname)) : QByteArray();
    const auto it = m_bindings.constFind(prefix);
    return it == m_bindings.cend() || it->empty() ? Ns::Other : it->back();
}

} // namespace bp::bpmn
