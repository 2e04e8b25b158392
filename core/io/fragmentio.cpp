#include "fragmentio.h"

#include "nativereader.h"
#include "nativewriter.h"

#include <QSet>

namespace bp {

QString fragmentMimeType()
{
    return QStringLiteral("application/x-blueprint-studio-fragment");
}

QByteArray writeFragment(const Fragment &fragment, const Blueprint &source)
{
    Blueprint small;
    small.meta.timeUnit = source.meta.timeUnit;
    small.setLanes(fragment.lanes);
    std::vector<Pool> pools;
    QSet<ElementId> poolIds;
    for (const Step &s : fragment.elements.steps) {
        if (s.pool.isEmpty() || poolIds.contains(s.pool))
            continue;
        if (const Pool *p = source.pool(s.pool)) {
            poolIds.insert(s.pool);
            pools.push_back(*p);
        }
    }
    small.setPools(std::move(pools));
    for (Step s : fragment.elements.steps) {
        if (!s.pool.isEmpty() && !poolIds.contains(s.pool))
            s.pool.clear(); // a dangling reference would make the fragment unreadable
        small.graph.addStep(std::move(s));
    }
    for (const Flow &f : fragment.elements.flows)
        small.graph.addFlow(f);
    return writeNative(small);
}

std::optional<Fragment> readFragment(const QByteArray &bytes)
{
    ReadResult result = readNative(bytes);
    if (!result.ok())
        return std::nullopt;
    Fragment fragment;
    const Blueprint &bp = *result.blueprint;
    fragment.lanes = bp.lanes();
    for (const Step *s : bp.graph.steps())
        fragment.elements.steps.push_back(*s);
    for (const Flow *f : bp.graph.flows())
        fragment.elements.flows.push_back(*f);
    return fragment;
}

} // namespace bp
