#pragma once

// The graph both graph suites (tst_graph, tst_graphcopy) start from.

#include "model/blueprintgraph.h"
#include "testutil.h"

namespace bp::test {

using namespace Qt::StringLiterals;

/// Steps a b c d e (creation order); flows, deliberately not grouped by step, in creation order:
/// x1 c->b, x2 a->b, loop b->b, x3 b->c, x4 a->c, x5 c->d. Step e has no flows.
inline BlueprintGraph fixtureGraph()
{
    BlueprintGraph g;
    for (const QString &id : { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s })
        g.addStep(makeStep(id, u"front"_s, StepKind::Action, u"Step "_s + id));
    g.addFlow(makeFlow(u"x1"_s, u"c"_s, u"b"_s, FlowKind::Rework));
    g.addFlow(makeFlow(u"x2"_s, u"a"_s, u"b"_s));
    g.addFlow(makeFlow(u"loop"_s, u"b"_s, u"b"_s, FlowKind::Rework));
    g.addFlow(makeFlow(u"x3"_s, u"b"_s, u"c"_s));
    g.addFlow(makeFlow(u"x4"_s, u"a"_s, u"c"_s));
    g.addFlow(makeFlow(u"x5"_s, u"c"_s, u"d"_s));
    return g;
}

} // namespace bp::test
