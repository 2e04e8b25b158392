#pragma once

// Helpers shared by the structure suites (tst_validation, tst_structure, tst_dominators,
// tst_failure): small blueprints built in code over the standard lanes, and JSON oracles as sets.

#include "analysis/crossings.h"
#include "analysis/maxflow.h"
#include "analysis/structure.h"
#include "analysis/validate.h"
#include "analysistestutil.h"
#include "io/nativereader.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <map>
#include <set>

namespace bp::test {

using namespace bp::analysis;

inline QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

/// Unordered pairs as "a|b" with a < b, for set comparison.
inline std::set<QString> pairSet(const QJsonValue &v)
{
    std::set<QString> out;
    for (const QJsonValue &p : v.toArray()) {
        QString a = p.toArray().at(0).toString();
        QString b = p.toArray().at(1).toString();
        if (b < a)
            std::swap(a, b);
        out.insert(a + u'|' + b);
    }
    return out;
}

/// Bridges of a SpofResult (routing vertices of @p s) as "a|b" with a < b by id.
inline std::set<QString> pairSet(const Snapshot &s, const std::vector<std::pair<int, int>> &pairs)
{
    std::set<QString> out;
    for (auto [x, y] : pairs) {
        QString a = routingName(s, x);
        QString b = routingName(s, y);
        if (b < a)
            std::swap(a, b);
        out.insert(a + u'|' + b);
    }
    return out;
}

/// Builds small blueprints over the standard lanes (evidence, customer, front, back, support).
class Builder
{
public:
    Builder() { m_bp.setLanes(Blueprint::standardLanes()); }

    Builder &step(const QString &id, const QString &lane = QStringLiteral("front"),
                  StepKind kind = StepKind::Action, double time = 1.0, int servers = 1)
    {
        Step s = test::makeStep(id, lane, kind);
        s.time = (kind == StepKind::Action) ? time : 0.0;
        if (kind == StepKind::Action)
            s.servers = Servers::of(servers);
        m_bp.graph.addStep(s);
        return *this;
    }
    Builder &start(const QString &id = QStringLiteral("in"))
    {
        return step(id, QStringLiteral("customer"), StepKind::Start);
    }
    Builder &end(const QString &id = QStringLiteral("out"))
    {
        return step(id, QStringLiteral("customer"), StepKind::End);
    }
    Builder &flow(const QString &from, const QString &to, std::optional<double> p = std::nullopt,
                  FlowKind kind = FlowKind::Flow)
    {
        Flow f = test::makeFlow(QStringLiteral("f%1").arg(++m_flows), from, to, kind);
        f.p = p;
        m_bp.graph.addFlow(f);
        return *this;
    }
    /// Changes the odd attribute of a step.
    Builder &edit(const QString &id, const std::function<void(Step &)> &change)
    {
        Step s = *m_bp.graph.step(id);
        change(s);
        m_bp.graph.updateStep(s);
        return *this;
    }
    Snapshot snapshot() const { return Snapshot::of(m_bp); }

private:
    Blueprint m_bp;
    int m_flows = 0;
};

/// in → a → b → out, all fine.
inline Builder linear()
{
    Builder b;
    b.start().step(QStringLiteral("a")).step(QStringLiteral("b")).end();
    b.flow(QStringLiteral("in"), QStringLiteral("a"))
        .flow(QStringLiteral("a"), QStringLiteral("b"))
        .flow(QStringLiteral("b"), QStringLiteral("out"));
    return b;
}

inline QString dump(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.code + u'(' + f.elements.join(u',') + u')');
    return out.join(QStringLiteral("; "));
}

} // namespace bp::test
