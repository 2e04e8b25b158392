// Structural analysis (validation is in tst_validation): dominators and must-pass flows, undirected
// articulation points and bridges, line crossings and ping-pong handoffs, max-flow / min-cut.
// Oracles come from ../shared/spec/analysis-cases.json at run time (analysis.md §5.6).

#include "structuretestutil.h"

using namespace bp;
using namespace bp::analysis;
using namespace bp::test;

class TestStructure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void bankDominators();
    void bankMustPassFlows();
    void bankArticulationPoints();
    void bankFindings();
    void boostBiconnectedExample();
    void parallelFlowsAreNoBridge();

    void bankLineCrossings_data();
    void bankLineCrossings();
    void startAndEndStepsCrossNothing();
    void pingPong_data();
    void pingPong();

    void maxFlowSmallGraphs_data();
    void maxFlowSmallGraphs();
    void maxFlowBank();
};

void TestStructure::initTestCase()
{
    QVERIFY2(!cases().isEmpty(), "analysis-cases.json not found or not JSON");
}

void TestStructure::bankDominators()
{
    const QJsonObject structural = bankExpected().value(QStringLiteral("structural")).toObject();
    const Snapshot s = bankSnapshot();
    const SpofResult r = analyseSpof(s);
    QCOMPARE(routingNames(s, r.dominators),
             strings(structural.value(QStringLiteral("dominators_of_END_excl_START_END"))));
    QCOMPARE(routingNames(s, r.singleServerDominators),
             strings(structural.value(QStringLiteral("single_server_on_every_path"))));
}

void TestStructure::bankMustPassFlows()
{
    const QJsonObject structural = bankExpected().value(QStringLiteral("structural")).toObject();
    const Snapshot s = bankSnapshot();
    const SpofResult r = analyseSpof(s);
    // Same pairs in the same order (START side first); directed, so compare as written.
    QStringList got;
    for (const MustPassFlow &f : r.mustPass)
        got.append(routingName(s, f.from) + QStringLiteral("->") + routingName(s, f.to));
    QStringList expected;
    for (const QJsonValue &p : structural.value(QStringLiteral("must_pass_edges")).toArray())
        expected.append(p.toArray().at(0).toString() + QStringLiteral("->")
                        + p.toArray().at(1).toString());
    QCOMPARE(got, expected);
    QCOMPARE(r.mustPass.front().flow, QStringLiteral("f1")); // arrive→greet is START→greet
}

void TestStructure::bankArticulationPoints()
{
    const QJsonObject structural = bankExpected().value(QStringLiteral("structural")).toObject();
    const Snapshot s = bankSnapshot();
    const SpofResult r = analyseSpof(s);
    QCOMPARE(
        routingNames(s, r.articulationPoints),
        strings(structural.value(QStringLiteral("undirected_articulation_points_with_START_END"))));
    QCOMPARE(routingNames(s, r.articulationPointsWithoutTerminals),
             strings(structural.value(
                 QStringLiteral("undirected_articulation_points_without_START_END"))));
    QCOMPARE(pairSet(s, r.bridges),
             pairSet(structural.value(QStringLiteral("undirected_bridges_with_START_END"))));
    // The start and end steps are START and END: never reported themselves.
    for (const char *id : { "arrive", "funded", "declined_exit" }) {
        QVERIFY(!routingNames(s, r.articulationPoints).contains(QString::fromLatin1(id)));
        QVERIFY(!routingNames(s, r.dominators).contains(QString::fromLatin1(id)));
    }
}

void TestStructure::bankFindings()
{
    const Snapshot s = bankSnapshot();
    const SpofResult r = analyseSpof(s);
    QStringList spof, single;
    for (const Finding &f : r.findings) {
        if (f.code == QLatin1String("SPOF"))
            spof.append(f.elements.first());
        else if (f.code == QLatin1String("SPOF_SINGLE_SERVER"))
            single.append(f.elements.first());
    }
    QCOMPARE(spof, routingNames(s, r.dominators));
    // The JSON's SINGLE_SERVER_ON_EVERY_PATH flags.
    QStringList expected;
    for (const QJsonValue &f : bankExpected().value(QStringLiteral("flags")).toArray()) {
        if (f[QStringLiteral("flag")].toString() == QLatin1String("SINGLE_SERVER_ON_EVERY_PATH"))
            expected.append(f[QStringLiteral("step")].toString());
    }
    QCOMPARE(single, expected);
    // interview dominates END and is an unrecovered fail point: its SPOF is a warning.
    const auto interview = std::find_if(r.findings.begin(), r.findings.end(), [](const Finding &f) {
        return f.code == QLatin1String("SPOF") && f.elements.first() == QLatin1String("interview");
    });
    QVERIFY(interview != r.findings.end());
    QCOMPARE(interview->severity, Severity::Warning);
}

void TestStructure::boostBiconnectedExample()
{
    const QJsonObject d2
        = cases().value(QStringLiteral("d2_articulation_boost_example")).toObject();
    std::vector<std::pair<int, int>> edges;
    int n = 0;
    for (const QJsonValue &e : d2.value(QStringLiteral("edges")).toArray()) {
        edges.emplace_back(e.toArray().at(0).toInt(), e.toArray().at(1).toInt());
        n = std::max({ n, edges.back().first + 1, edges.back().second + 1 });
    }
    QCOMPARE(n, 9);
    const UndirectedCuts cuts = undirectedCuts(n, edges);
    std::vector<int> points;
    for (const QJsonValue &v : d2.value(QStringLiteral("articulation_points")).toArray())
        points.push_back(v.toInt());
    QCOMPARE(cuts.articulationPoints, points);
    QCOMPARE(int(cuts.components.size()),
             d2.value(QStringLiteral("n_biconnected_components")).toInt());
    std::vector<std::vector<int>> components;
    for (const QJsonValue &c : d2.value(QStringLiteral("components")).toArray()) {
        std::vector<int> members;
        for (const QJsonValue &v : c.toArray())
            members.push_back(v.toInt());
        components.push_back(members);
    }
    std::sort(components.begin(), components.end());
    QCOMPARE(cuts.components, components);
    std::vector<std::pair<int, int>> bridges;
    for (const QJsonValue &b : d2.value(QStringLiteral("bridges")).toArray())
        bridges.emplace_back(b.toArray().at(0).toInt(), b.toArray().at(1).toInt());
    QCOMPARE(cuts.bridges, bridges);
}

void TestStructure::parallelFlowsAreNoBridge()
{
    // 0–1 drawn twice (a flow and its rework), 1–2 once: only 1–2 is a bridge; 1 is a cut vertex.
    const UndirectedCuts cuts = undirectedCuts(3, { { 0, 1 }, { 1, 0 }, { 1, 2 } });
    QCOMPARE(cuts.bridges, (std::vector<std::pair<int, int>> { { 1, 2 } }));
    QCOMPARE(cuts.articulationPoints, std::vector<int> { 1 });
    QCOMPARE(cuts.components.size(), size_t(2));
}

// ---------------------------------------------------------------------------------------------
// Line crossings and ping-pong

void TestStructure::bankLineCrossings_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("key");
    QTest::newRow("interaction") << int(Line::Interaction) << QStringLiteral("interaction");
    QTest::newRow("visibility") << int(Line::Visibility) << QStringLiteral("visibility");
    QTest::newRow("internal interaction")
        << int(Line::InternalInteraction) << QStringLiteral("internal_interaction");
}

void TestStructure::bankLineCrossings()
{
    QFETCH(int, line);
    QFETCH(QString, key);
    const QJsonObject expected
        = bankExpected().value(QStringLiteral("line_crossings")).toObject().value(key).toObject();
    QVERIFY(!expected.isEmpty());
    const Snapshot s = bankSnapshot();
    const CrossingResult r = analyseCrossings(s, bankVisits(s));
    const LineCrossings &got = r.line(static_cast<Line>(line));
    QCOMPARE(got.edges, expected.value(QStringLiteral("edges")).toInt());
    QCOMPARE(int(got.flows.size()), got.edges);
    for (const EdgeDesc &e : got.flows) { // each one crosses that line
        const Node &from = s.node(int(boost::source(e, s.graph())));
        const Node &to = s.node(int(boost::target(e, s.graph())));
        QVERIFY2(crosses(from.level, to.level, static_cast<Line>(line)),
                 qPrintable(s.graph()[e].id));
    }
    QVERIFY2(qAbs(got.expectedPerCustomer
                  - expected.value(QStringLiteral("expected_per_customer")).toDouble())
                 < 1e-6,
             qPrintable(QString::number(got.expectedPerCustomer, 'g', 12)));
}

void TestStructure::startAndEndStepsCrossNothing()
{
    // arrive (customer) → greet (front) would cross the line of interaction if it were a step.
    const Snapshot s = bankSnapshot();
    const CrossingResult r = analyseCrossings(s, bankVisits(s));
    int crossing = 0;
    for (const LineCrossings &l : r.lines) {
        for (const EdgeDesc &e : l.flows) {
            const ElementId &flow = s.graph()[e].id;
            QVERIFY2(flow != u"f1" && flow != u"f15" && flow != u"f16", qPrintable(flow));
            ++crossing;
        }
    }
    QVERIFY(crossing > 0);
    QVERIFY(crosses(1, 4, Line::Visibility));
    QVERIFY(!crosses(0, 4, Line::Visibility)); // `other` and evidence lanes cross nothing
    QVERIFY(!crosses(2, 2, Line::Interaction));
}

void TestStructure::pingPong_data()
{
    QTest::addColumn<int>("window");
    QTest::addColumn<bool>("detour"); // a non-crossing step between the two crossings
    QTest::addColumn<QStringList>("expected"); // turning step, before, after

    QTest::newRow("front-back-front, k=3") << 3 << false << ids("b a c");
    QTest::newRow("detour, k=3: too far apart") << 3 << true << QStringList();
    QTest::newRow("detour, k=4") << 4 << true << ids("m a c");
    QTest::newRow("k=2 never") << 2 << false << QStringList();
}

void TestStructure::pingPong()
{
    QFETCH(int, window);
    QFETCH(bool, detour);
    QFETCH(QStringList, expected);
    // in → a (front) → b (back) [→ m (support)] → c (front) → d (customer) → out.
    Builder x;
    x.start().step(QStringLiteral("a")).step(QStringLiteral("b"), QStringLiteral("back"));
    if (detour)
        x.step(QStringLiteral("m"), QStringLiteral("back"));
    x.step(QStringLiteral("c")).step(QStringLiteral("d"), QStringLiteral("customer")).end();
    x.flow(QStringLiteral("in"), QStringLiteral("a"))
        .flow(QStringLiteral("a"), QStringLiteral("b"));
    if (detour)
        x.flow(QStringLiteral("b"), QStringLiteral("m"))
            .flow(QStringLiteral("m"), QStringLiteral("c"));
    else
        x.flow(QStringLiteral("b"), QStringLiteral("c"));
    x.flow(QStringLiteral("c"), QStringLiteral("d"))
        .flow(QStringLiteral("d"), QStringLiteral("out"));
    const Snapshot s = x.snapshot();
    Settings settings;
    settings.pingPongWindow = window;
    const CrossingResult r
        = analyseCrossings(s, std::vector<double>(size_t(s.size()), 1.0), settings);
    if (expected.isEmpty()) {
        QVERIFY2(r.findings.empty(), qPrintable(dump(r.findings)));
        return;
    }
    QCOMPARE(r.findings.size(), size_t(1));
    QCOMPARE(r.findings.front().code, QStringLiteral("HANDOFF_PINGPONG"));
    QCOMPARE(r.findings.front().elements, expected);
    QCOMPARE(r.findings.front().severity, Severity::Info);
}

// ---------------------------------------------------------------------------------------------
// Max-flow / min-cut

void TestStructure::maxFlowSmallGraphs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("maxFlow"); // per minute; < 0: unbounded
    QTest::addColumn<QStringList>("cut");
    QTest::addColumn<double>("fixed"); // fixed-routing capacity given to the analysis
    QTest::addColumn<bool>("gain");
    // Series: a = 2 servers / 4 min = 0.5/min, b = 1/1 = 1/min.
    QTest::newRow("series") << QStringLiteral("series") << 0.5 << ids("a") << 0.5 << false;
    // XOR 0.9 / 0.1 over a (0.5/min) and b (0.25/min): flexible 0.75 against fixed
    // min(0.5/0.9, 0.25/0.1) = 0.5556: a gain of 35 %.
    QTest::newRow("parallel") << QStringLiteral("parallel") << 0.75 << ids("a b") << 0.5 / 0.9
                              << true;
    QTest::newRow("no capacity limit")
        << QStringLiteral("unbounded") << -1.0 << QStringList() << 1.0 << true;
    // Rework loop a → b → a (0.5): v_loc = 2 for both, cluster capacity 1/1/2 = 0.5; a limits.
    QTest::newRow("rework loop") << QStringLiteral("loop") << 0.5 << ids("a") << 0.5 << false;
}

void TestStructure::maxFlowSmallGraphs()
{
    QFETCH(QString, name);
    QFETCH(double, maxFlow);
    QFETCH(QStringList, cut);
    QFETCH(double, fixed);
    QFETCH(bool, gain);
    const QString a = QStringLiteral("a"), b = QStringLiteral("b"), in = QStringLiteral("in"),
                  out = QStringLiteral("out");
    Builder x;
    x.start();
    if (name == QLatin1String("series")) {
        x.step(a, QStringLiteral("front"), StepKind::Action, 4.0, 2).step(b).end();
        x.flow(in, a).flow(a, b).flow(b, out);
    } else if (name == QLatin1String("parallel")) {
        x.step(QStringLiteral("d"), QStringLiteral("front"), StepKind::Decision)
            .step(a, QStringLiteral("back"), StepKind::Action, 2.0, 1)
            .step(b, QStringLiteral("back"), StepKind::Action, 4.0, 1)
            .step(QStringLiteral("m"), QStringLiteral("customer"), StepKind::Action, 1.0, 1)
            .end();
        x.edit(QStringLiteral("m"), [](Step &s) { s.servers = Servers::unlimited(); });
        x.flow(in, QStringLiteral("d"))
            .flow(QStringLiteral("d"), a, 0.9)
            .flow(QStringLiteral("d"), b, 0.1);
        x.flow(a, QStringLiteral("m")).flow(b, QStringLiteral("m")).flow(QStringLiteral("m"), out);
    } else if (name == QLatin1String("unbounded")) {
        x.step(a, QStringLiteral("front"), StepKind::Action, 0.0).end();
        x.flow(in, a).flow(a, out);
    } else {
        x.step(a).step(b).end();
        x.flow(in, a).flow(a, b).flow(b, a, 0.5, FlowKind::Rework).flow(b, out, 0.5);
    }
    const Snapshot s = x.snapshot();
    const MaxFlowResult r = analyseMaxFlow(s, std::vector<double>(size_t(s.size()), 1.0), fixed);
    QVERIFY(r.available);
    if (maxFlow < 0) {
        QVERIFY(r.unbounded);
    } else {
        QVERIFY(!r.unbounded);
        QVERIFY2(qAbs(r.maxFlowPerMinute - maxFlow) < 1e-9,
                 qPrintable(QString::number(r.maxFlowPerMinute, 'g', 12)));
    }
    QCOMPARE(QStringList(r.minCut.begin(), r.minCut.end()), cut);
    QCOMPARE(r.findings.size(), size_t(gain ? 1 : 0));
    if (gain)
        QCOMPARE(r.findings.front().code, QStringLiteral("FLEXIBLE_ROUTING_GAIN"));
}

void TestStructure::maxFlowBank()
{
    // The bank blueprint's routing is nearly a chain: every customer passes the
    // interview/document-check loop, whose capacity (3 officers / 10.2 min / 1.25 visits =
    // 0.2353/min = 14.12/h) is below every later cut (underwrite alone 2/7 = 0.286/min). So
    // flexible routing cannot beat the fixed-routing capacity: max-flow = min_v cap_v / v_v,
    // the min cut is the interview, and no FLEXIBLE_ROUTING_GAIN is raised.
    const Snapshot s = bankSnapshot();
    const std::vector<double> visits = bankVisits(s);
    double fixed = std::numeric_limits<double>::infinity();
    for (int v = 0; v < s.size(); ++v) {
        const Node &n = s.node(v);
        if (!n.infinite && n.time > 0)
            fixed = std::min(fixed, n.servers / n.time / visits[size_t(v)]);
    }
    const MaxFlowResult r = analyseMaxFlow(s, visits, fixed);
    QVERIFY(r.available);
    QVERIFY(!r.unbounded);
    QVERIFY2(qAbs(r.maxFlowPerMinute - fixed) < 1e-9,
             qPrintable(QString::number(r.maxFlowPerMinute, 'g', 12)));
    // It equals the process capacity of the queueing oracle (per hour, 4 decimals).
    QVERIFY(qAbs(r.maxFlowPerMinute * 60.0
                 - bankExpected().value(QStringLiteral("process_capacity_per_hour")).toDouble())
            < 1e-4);
    QCOMPARE(QStringList(r.minCut.begin(), r.minCut.end()), ids("interview"));
    QVERIFY(r.findings.empty());
    // Local visit ratios inside the loop cluster: both 1.25 for one entering customer.
    const int docver = s.vertexOf(QStringLiteral("docver"));
    QVERIFY(qAbs(r.effectiveCapacity[size_t(docver)] - 2.0 / 6.0 / 1.25) < 1e-12);
    // With a lower fixed-routing capacity, the gain is reported.
    const MaxFlowResult lower = analyseMaxFlow(s, visits, fixed / 2);
    QCOMPARE(lower.findings.size(), size_t(1));
    QCOMPARE(lower.findings.front().elements, ids("interview"));
}

QTEST_GUILESS_MAIN(TestStructure)
#include "tst_structure.moc"
