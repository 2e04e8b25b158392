// The queueing analysis of whole blueprints beyond the bank case: AND blocks, trapped flow, a
// self-loop, two entries, no demand, shared pools, the utilisation bands, and properties of
// generated blueprints (flow conservation, Little's law).

#include "queueingtestutil.h"

using namespace bp;
using namespace bp::analysis;
using namespace bp::test;

class TestQueueingModels : public QObject
{
    Q_OBJECT

private slots:
    void forkJoin();
    void trappedLoop();
    void selfLoopRework();
    void twoEntries();
    void noDemand();
    void sharedPool();
    void bands_data();
    void bands();
    void generatedProperties_data();
    void generatedProperties();
};

void TestQueueingModels::forkJoin()
{
    // a → fork → { b | c → (x 0.3 | y 0.7) } → join → d: the XOR branches of c merge at the join
    // itself, so the join has three incoming flows but two parallel branches.
    const Snapshot s = snapshotOf(
        blueprintXml(QStringLiteral("<demand arrival-rate=\"6\"/>"), {},
                     QStringLiteral("<step id=\"in\" lane=\"customer\" kind=\"start\"/>"
                                    "<step id=\"a\" lane=\"front\" time=\"2\"/>"
                                    "<step id=\"split\" lane=\"back\" kind=\"fork\"/>"
                                    "<step id=\"b\" lane=\"back\" time=\"5\"/>"
                                    "<step id=\"c\" lane=\"back\" time=\"2\"/>"
                                    "<step id=\"x\" lane=\"back\" time=\"10\" servers=\"2\"/>"
                                    "<step id=\"y\" lane=\"back\" time=\"1\"/>"
                                    "<step id=\"merge\" lane=\"back\" kind=\"join\"/>"
                                    "<step id=\"d\" lane=\"front\" time=\"3\"/>"
                                    "<step id=\"out\" lane=\"customer\" kind=\"end\"/>"),
                     QStringLiteral("<flow id=\"f1\" from=\"in\" to=\"a\"/>"
                                    "<flow id=\"f2\" from=\"a\" to=\"split\"/>"
                                    "<flow id=\"f3\" from=\"split\" to=\"b\"/>"
                                    "<flow id=\"f4\" from=\"split\" to=\"c\"/>"
                                    "<flow id=\"f5\" from=\"c\" to=\"x\" p=\"0.3\"/>"
                                    "<flow id=\"f6\" from=\"c\" to=\"y\" p=\"0.7\"/>"
                                    "<flow id=\"f7\" from=\"b\" to=\"merge\"/>"
                                    "<flow id=\"f8\" from=\"x\" to=\"merge\"/>"
                                    "<flow id=\"f9\" from=\"y\" to=\"merge\"/>"
                                    "<flow id=\"f10\" from=\"merge\" to=\"d\"/>"
                                    "<flow id=\"f11\" from=\"d\" to=\"out\"/>")));
    const QueueingResult r = analyseQueueing(s, withModel(WaitModel::Exact));
    QVERIFY(r.visits.ok);
    const auto v = [&](const char *id) {
        return r.steps[size_t(s.vertexOf(QString::fromLatin1(id)))].visits;
    };
    COMPARE_NEAR(v("split"), 1.0, 1e-12);
    COMPARE_NEAR(v("b"), 1.0, 1e-12); // every branch carries the customer
    COMPARE_NEAR(v("c"), 1.0, 1e-12);
    COMPARE_NEAR(v("x"), 0.3, 1e-12);
    COMPARE_NEAR(v("merge"), 1.0, 1e-12); // v_join = v_split, not the sum 2 nor 2/3
    COMPARE_NEAR(v("d"), 1.0, 1e-12);
    COMPARE_NEAR(v("out"), 1.0, 1e-12);
    QCOMPARE(r.visits.matchingFork[size_t(s.vertexOf(QStringLiteral("merge")))],
             s.vertexOf(QStringLiteral("split")));

    // T0 = a + max(b, c + 0.3·x + 0.7·y) + d = 2 + max(5, 5.7) + 3.
    COMPARE_NEAR(r.theoreticalFlowTime, 10.7, 1e-12);
    QVERIFY(r.andLowerBound);
    const Finding *f
        = findFinding(r, QStringLiteral("APPROXIMATION_USED"), QStringLiteral("merge"));
    QVERIFY(f);
    QCOMPARE(f->values[QStringLiteral("reason")].toString(),
             QStringLiteral("and_join_lower_bound"));
    // T adds the waits along the slower branch; it is at least T0 and below the plain sum.
    double sum = 0.0;
    for (const StepFigures &sf : r.steps)
        sum += sf.visits * *sf.sojourn;
    QVERIFY(*r.flowTime >= r.theoreticalFlowTime);
    QVERIFY(*r.flowTime < sum);
    // Worst case: a, c, x, d = 17; b has 14 − 7 = 7 minutes of slack, y 14 − 5 = 9.
    COMPARE_NEAR(r.criticalPath.length, 17.0, 1e-12);
    QStringList ids;
    for (int vtx : r.criticalPath.steps)
        ids << s.node(vtx).id;
    QCOMPARE(ids.join(u','), QStringLiteral("a,split,c,x,merge,d"));
    COMPARE_NEAR(r.steps[size_t(s.vertexOf(QStringLiteral("b")))].slack, 7.0, 1e-12);
    COMPARE_NEAR(r.steps[size_t(s.vertexOf(QStringLiteral("y")))].slack, 9.0, 1e-12);
}

void TestQueueingModels::trappedLoop()
{
    // a ⇄ b with no way out: the traffic equations are singular.
    const Snapshot s = snapshotOf(
        blueprintXml(QStringLiteral("<demand arrival-rate=\"6\"/>"), {},
                     QStringLiteral("<step id=\"in\" lane=\"customer\" kind=\"start\"/>"
                                    "<step id=\"a\" lane=\"front\" time=\"2\"/>"
                                    "<step id=\"b\" lane=\"back\" time=\"3\"/>"
                                    "<step id=\"out\" lane=\"customer\" kind=\"end\"/>"),
                     QStringLiteral("<flow id=\"f1\" from=\"in\" to=\"a\"/>"
                                    "<flow id=\"f2\" from=\"a\" to=\"b\"/>"
                                    "<flow id=\"f3\" from=\"b\" to=\"a\" kind=\"rework\"/>")));
    for (WaitModel m : { WaitModel::Auto, WaitModel::Exact, WaitModel::SakasegawaQna }) {
        const QueueingResult r = analyseQueueing(s, withModel(m));
        QVERIFY(!r.visits.ok);
        QVERIFY(r.visits.trapped.size() >= 2);
        QVERIFY(std::find(r.visits.trapped.begin(), r.visits.trapped.end(),
                          s.vertexOf(QStringLiteral("a")))
                != r.visits.trapped.end());
        QVERIFY(!r.flowTime);
        QVERIFY(!r.processCapacity);
        QVERIFY(r.bottlenecks.empty());
        QVERIFY(r.findings.empty()); // the lead raises TRAPPED_FLOW from visits.trapped
        for (const StepFigures &sf : r.steps)
            QVERIFY(!sf.wait);
        COMPARE_NEAR(r.steps[size_t(s.vertexOf(QStringLiteral("in")))].visits, 1.0, 1e-12);
        QCOMPARE(r.steps[size_t(s.vertexOf(QStringLiteral("a")))].visits, 0.0);
    }
    // The what-ifs cope too.
    QVERIFY(!analyseQueueing(withoutRework(s)).visits.trapped.size());
}

void TestQueueingModels::selfLoopRework()
{
    // A check that repeats itself with probability 0.25: 1/(1 − 0.25) visits.
    const Snapshot s = snapshotOf(blueprintXml(
        QStringLiteral("<demand arrival-rate=\"6\"/>"), {},
        QStringLiteral("<step id=\"in\" lane=\"customer\" kind=\"start\"/>"
                       "<step id=\"check\" lane=\"back\" time=\"3\"/>"
                       "<step id=\"out\" lane=\"customer\" kind=\"end\"/>"),
        QStringLiteral("<flow id=\"f1\" from=\"in\" to=\"check\"/>"
                       "<flow id=\"f2\" from=\"check\" to=\"check\" kind=\"rework\" p=\"0.25\"/>"
                       "<flow id=\"f3\" from=\"check\" to=\"out\" p=\"0.75\"/>")));
    const QueueingResult r = analyseQueueing(s, withModel(WaitModel::Exact));
    const StepFigures &check = r.steps[size_t(s.vertexOf(QStringLiteral("check")))];
    COMPARE_NEAR(check.visits, 4.0 / 3.0, 1e-12);
    QCOMPARE(r.visits.clusters.size(), size_t(1));
    COMPARE_NEAR(r.visits.clusters.front().multiplier, 4.0 / 3.0, 1e-12);
    COMPARE_NEAR(r.visits.clusters.front().reworkProbability, 0.25, 1e-12);
    COMPARE_NEAR(r.theoreticalFlowTime, 4.0, 1e-12);
    COMPARE_NEAR(r.criticalPath.length, 4.0, 1e-12); // the cluster's expected duration
    // M/M/1 with λ = 0.1·4/3 and t = 3: ρ = 0.4.
    COMPARE_NEAR(*check.rho, 0.4, 1e-12);
    COMPARE_NEAR(*r.flowTime, 4.0 / 3.0 * (3.0 + 0.4 / 0.6 * 3.0), 1e-12);

    const Snapshot plain = withoutRework(s);
    QCOMPARE(boost::num_edges(plain.graph()), size_t(2));
    const QueueingResult p = analyseQueueing(plain, withModel(WaitModel::Exact));
    COMPARE_NEAR(p.steps[size_t(plain.vertexOf(QStringLiteral("check")))].visits, 1.0, 1e-12);
    COMPARE_NEAR(p.steps[size_t(plain.vertexOf(QStringLiteral("out")))].visits, 1.0, 1e-12);
    QVERIFY(p.visits.clusters.empty());
    QVERIFY(!findFinding(p, QStringLiteral("REWORK_LOOP"), {}));
}

void TestQueueingModels::twoEntries()
{
    // Two starts (30 % and 70 % of the arrivals) meet at c, then a fork/join: the dominator
    // tree hangs both starts under a virtual START.
    const Snapshot s = snapshotOf(blueprintXml(
        QStringLiteral("<demand arrival-rate=\"6\"/>"), {},
        QStringLiteral("<step id=\"web\" lane=\"customer\" kind=\"start\" entry=\"0.3\"/>"
                       "<step id=\"walkin\" lane=\"customer\" kind=\"start\" entry=\"0.7\"/>"
                       "<step id=\"a\" lane=\"front\" time=\"2\"/>"
                       "<step id=\"b\" lane=\"front\" time=\"4\"/>"
                       "<step id=\"c\" lane=\"back\" time=\"1\"/>"
                       "<step id=\"split\" lane=\"back\" kind=\"fork\"/>"
                       "<step id=\"d\" lane=\"back\" time=\"3\"/>"
                       "<step id=\"e\" lane=\"back\" time=\"6\"/>"
                       "<step id=\"merge\" lane=\"back\" kind=\"join\"/>"
                       "<step id=\"out\" lane=\"customer\" kind=\"end\"/>"),
        QStringLiteral("<flow id=\"f1\" from=\"web\" to=\"a\"/>"
                       "<flow id=\"f2\" from=\"walkin\" to=\"b\"/>"
                       "<flow id=\"f3\" from=\"a\" to=\"c\"/>"
                       "<flow id=\"f4\" from=\"b\" to=\"c\"/>"
                       "<flow id=\"f5\" from=\"c\" to=\"split\"/>"
                       "<flow id=\"f6\" from=\"split\" to=\"d\"/>"
                       "<flow id=\"f7\" from=\"split\" to=\"e\"/>"
                       "<flow id=\"f8\" from=\"d\" to=\"merge\"/>"
                       "<flow id=\"f9\" from=\"e\" to=\"merge\"/>"
                       "<flow id=\"f10\" from=\"merge\" to=\"out\"/>")));
    const QueueingResult r = analyseQueueing(s, withModel(WaitModel::Exact));
    const auto v = [&](const char *id) {
        return r.steps[size_t(s.vertexOf(QString::fromLatin1(id)))].visits;
    };
    COMPARE_NEAR(v("a"), 0.3, 1e-12);
    COMPARE_NEAR(v("b"), 0.7, 1e-12);
    COMPARE_NEAR(v("c"), 1.0, 1e-12);
    COMPARE_NEAR(v("merge"), 1.0, 1e-12);
    QCOMPARE(r.visits.matchingFork[size_t(s.vertexOf(QStringLiteral("merge")))],
             s.vertexOf(QStringLiteral("split")));
    // T0 = 0.3·2 + 0.7·4 + 1 + max(3, 6).
    COMPARE_NEAR(r.theoreticalFlowTime, 0.6 + 2.8 + 1.0 + 6.0, 1e-12);
    // Worst case: b, c, e = 11; a has 2 minutes of slack, d 3.
    COMPARE_NEAR(r.criticalPath.length, 11.0, 1e-12);
    COMPARE_NEAR(r.steps[size_t(s.vertexOf(QStringLiteral("a")))].slack, 2.0, 1e-12);
    COMPARE_NEAR(r.steps[size_t(s.vertexOf(QStringLiteral("d")))].slack, 3.0, 1e-12);
    // Exponential everything: the QNA arrival SCV where the two streams merge stays 1.
    COMPARE_NEAR(r.steps[size_t(s.vertexOf(QStringLiteral("c")))].ca2, 1.0, 1e-12);
}

void TestQueueingModels::noDemand()
{
    QByteArray bytes = bankBytes();
    const qsizetype at = bytes.indexOf("<demand");
    QVERIFY(at > 0);
    bytes.remove(at, bytes.indexOf("/>", at) + 2 - at);
    const Snapshot s = snapshotOf(bytes);
    QVERIFY(!s.arrivals().lambda);
    const QueueingResult r = analyseQueueing(s);
    QVERIFY(r.visits.ok);
    COMPARE_NEAR(r.theoreticalFlowTime, expected()[u"theoretical_flow_time_min"].toDouble(), 1e-4);
    // Capacity is a property of the process; the bottleneck is still the interview.
    // Printed with 4 decimals: compared at that precision.
    COMPARE_NEAR(*r.processCapacity * 60.0, expected()[u"process_capacity_per_hour"].toDouble(),
                 1e-4);
    QCOMPARE(poolIds(s, r.bottlenecks), QStringList { QStringLiteral("interview") });
    QVERIFY(!r.maxUtilisation);
    QVERIFY(!r.flowRate);
    QVERIFY(!r.flowTime);
    QVERIFY(!r.wip);
    for (int f = 0; f < waitFormulaCount; ++f)
        QVERIFY(!r.flowTimeByFormula[size_t(f)]);
    for (const StepFigures &sf : r.steps) {
        QVERIFY(!sf.arrivalRate);
        QVERIFY(!sf.rho);
        QVERIFY(!sf.wait);
        QVERIFY(!sf.pWait);
    }
    for (const PoolFigures &pf : r.pools)
        QVERIFY(!pf.rho && !pf.overload);
    for (const Finding &f : r.findings) {
        QVERIFY2(f.code == u"BOTTLENECK" || f.code == u"REWORK_LOOP", qPrintable(f.code));
        QCOMPARE(f.severity, Severity::Info);
    }
}

void TestQueueingModels::sharedPool()
{
    // Two steps of 4 minutes served by one pool of two officers, 12 customers an hour: one
    // M/M/2 queue with λ = 0.4/min, not two M/M/2 queues with 0.2/min each.
    const Snapshot s = snapshotOf(
        blueprintXml(QStringLiteral("<demand arrival-rate=\"12\"/>"),
                     QStringLiteral("<pools><pool id=\"officers\" servers=\"2\"/></pools>"),
                     QStringLiteral("<step id=\"in\" lane=\"customer\" kind=\"start\"/>"
                                    "<step id=\"p1\" lane=\"front\" time=\"4\" pool=\"officers\"/>"
                                    "<step id=\"mid\" lane=\"customer\" time=\"3\"/>"
                                    "<step id=\"p2\" lane=\"front\" time=\"4\" pool=\"officers\"/>"
                                    "<step id=\"out\" lane=\"customer\" kind=\"end\"/>"),
                     QStringLiteral("<flow id=\"f1\" from=\"in\" to=\"p1\"/>"
                                    "<flow id=\"f2\" from=\"p1\" to=\"mid\"/>"
                                    "<flow id=\"f3\" from=\"mid\" to=\"p2\"/>"
                                    "<flow id=\"f4\" from=\"p2\" to=\"out\"/>")));
    const QueueingResult r = analyseQueueing(s);
    QCOMPARE(r.formula, WaitFormula::Exact); // every SCV is 1, Poisson arrivals
    const int pool = poolIndex(s, QStringLiteral("officers"));
    const PoolFigures &pf = r.pools[size_t(pool)];
    COMPARE_NEAR(pf.unitLoad, 8.0, 1e-12);
    COMPARE_NEAR(*pf.rho, 0.8, 1e-12);
    COMPARE_NEAR(*pf.capacity * 60.0, 15.0, 1e-12);
    const double wq = queueing::mmcWait(0.4, 4.0, 2);
    for (const char *id : { "p1", "p2" }) {
        const StepFigures &sf = r.steps[size_t(s.vertexOf(QString::fromLatin1(id)))];
        COMPARE_NEAR(*sf.rho, 0.8, 1e-12);
        COMPARE_NEAR(*sf.wait, wq, 1e-12);
    }
    COMPARE_NEAR(*r.flowTime, 4.0 + 3.0 + 4.0 + 2.0 * wq, 1e-12);
    const Finding *f = findFinding(r, QStringLiteral("BUSY"), QStringLiteral("officers"));
    QVERIFY(f);
    QCOMPARE(
        f->elements,
        (QStringList { QStringLiteral("officers"), QStringLiteral("p1"), QStringLiteral("p2") }));
    QCOMPARE(poolIds(s, r.bottlenecks), QStringList { QStringLiteral("officers") });
}

void TestQueueingModels::bands_data()
{
    // One M/M/1 step of 1 minute; τ = 2, execution tolerance 4, journey tolerance 5 minutes.
    QTest::addColumn<double>("perHour");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QStringList>("codes"); // findings of the step and the journey, sorted
    const QStringList waits { QStringLiteral("EXECUTION_EXCEEDS_TOLERANCE"),
                              QStringLiteral("JOURNEY_EXCEEDS_TOLERANCE"),
                              QStringLiteral("SERVICE_LEVEL_BELOW_TARGET"),
                              QStringLiteral("WAIT_EXCEEDS_TOLERANCE") };
    // ρ = 0.5: Wq = 1, P(Wq > 2) = 0.5·e^−1 = 0.18: nothing.
    QTest::newRow("rho 0.50") << 30.0 << true << QStringList {};
    // ρ = 0.7: Wq = 2.33 > 2, W = 3.33, P = 0.7·e^−0.6 = 0.38.
    QTest::newRow("rho 0.70") << 42.0 << true
                              << QStringList { QStringLiteral("BUSY"),
                                               QStringLiteral("SERVICE_LEVEL_BELOW_TARGET"),
                                               QStringLiteral("WAIT_EXCEEDS_TOLERANCE") };
    QTest::newRow("rho 0.85") << 51.0 << true
                              << (QStringList { QStringLiteral("HIGH_UTILISATION") } + waits);
    QTest::newRow("rho 0.85 backstage")
        << 51.0 << false
        << QStringList { QStringLiteral("HIGH_UTILISATION"),
                         QStringLiteral("JOURNEY_EXCEEDS_TOLERANCE") };
    QTest::newRow("rho 0.95") << 57.0 << true
                              << (QStringList { QStringLiteral("CRITICAL_UTILISATION") } + waits);
    QTest::newRow("rho 1.00") << 60.0 << true
                              << QStringList { QStringLiteral("CAPACITY_SHORTFALL"),
                                               QStringLiteral("UNSTABLE") };
    QTest::newRow("rho 1.20") << 72.0 << true
                              << QStringList { QStringLiteral("CAPACITY_SHORTFALL"),
                                               QStringLiteral("UNSTABLE") };
}

void TestQueueingModels::bands()
{
    QFETCH(double, perHour);
    QFETCH(bool, present);
    QFETCH(QStringList, codes);
    const Snapshot s = snapshotOf(blueprintXml(
        QStringLiteral("<demand arrival-rate=\"%1\" journey-tolerance=\"5\"/>").arg(perHour), {},
        QStringLiteral("<step id=\"in\" lane=\"customer\" kind=\"start\"/>"
                       "<step id=\"desk\" lane=\"front\" time=\"1\" tolerance=\"2\" "
                       "execution-tolerance=\"4\" customer-present=\"%1\"/>"
                       "<step id=\"out\" lane=\"customer\" kind=\"end\"/>")
            .arg(present ? u"true" : u"false"),
        QStringLiteral("<flow id=\"f1\" from=\"in\" to=\"desk\"/>"
                       "<flow id=\"f2\" from=\"desk\" to=\"out\"/>")));
    const QueueingResult r = analyseQueueing(s);
    QCOMPARE(r.formula, WaitFormula::Exact);
    QStringList got;
    for (const Finding &f : r.findings) {
        if (f.code != u"BOTTLENECK" && f.code != u"APPROXIMATION_USED")
            got << f.code;
    }
    got.sort();
    codes.sort();
    QCOMPARE(got, codes);
    const double rho = perHour / 60.0;
    COMPARE_NEAR(*r.maxUtilisation, rho, 1e-12);
    if (rho < 1.0) {
        const StepFigures &sf = r.steps[size_t(s.vertexOf(QStringLiteral("desk")))];
        COMPARE_NEAR(*sf.wait, rho / (1.0 - rho), 1e-12); // M/M/1 with t = 1
        COMPARE_NEAR(*r.flowTime, 1.0 / (1.0 - rho), 1e-12);
        COMPARE_NEAR(*sf.serviceLevel, 1.0 - rho * std::exp(-(1.0 - rho) * 2.0), 1e-12);
    } else {
        QVERIFY(!r.flowTime);
    }
    for (const Finding &f : r.findings) {
        if (f.code == u"UNSTABLE") {
            COMPARE_NEAR(f.values[QStringLiteral("backlog_growth_per_hour")].toDouble(),
                         perHour - 60.0, 1e-9);
            QCOMPARE(f.values[QStringLiteral("servers_needed")].toInt(), int(std::floor(rho)) + 1);
        }
        if (f.code == u"EXECUTION_EXCEEDS_TOLERANCE")
            COMPARE_NEAR(f.values[QStringLiteral("execution_min")].toDouble(), 1.0 / (1.0 - rho),
                         1e-12);
    }
}

void TestQueueingModels::generatedProperties_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : { 1, 2, 3, 4, 5, 6 })
        QTest::addRow("%d steps, seed %llu", int(60 * seed), seed) << int(60 * seed) << seed;
    QTest::newRow("2000 steps, seed 99") << 2000 << quint64(99);
}

void TestQueueingModels::generatedProperties()
{
    QFETCH(int, steps);
    QFETCH(quint64, seed);
    const Snapshot s = Snapshot::of(generateBlueprint(steps, seed));
    for (WaitModel model : { WaitModel::Exact, WaitModel::AllenCunneenQna }) {
        const QueueingResult r = analyseQueueing(s, withModel(model));
        QVERIFY(r.visits.ok);
        const Graph &g = s.graph();
        // Flow conservation: v_j = γ_j + Σ v_i·p_ij (flows into an AND-join count 1/k).
        std::vector<double> in(size_t(s.size()), 0.0);
        for (auto [e, end] = boost::edges(g); e != end; ++e) {
            const auto to = boost::target(*e, g);
            const auto from = boost::source(*e, g);
            in[to] += r.steps[from].visits * *g[*e].p * r.visits.flowWeight(int(from), int(to));
        }
        for (int v = 0; v < s.size(); ++v) {
            COMPARE_NEAR(r.steps[size_t(v)].visits, s.node(v).entry + in[size_t(v)], 1e-9);
            const int fork = r.visits.matchingFork[size_t(v)];
            if (s.node(v).gateway != Gateway::Join)
                continue;
            // The branches deliver v_split to the join (a rework flow back into the join, which
            // the generator makes, comes on top).
            QVERIFY(fork >= 0); // the generator's blocks are well structured
            double branches = 0.0;
            for (auto [e, end] = boost::in_edges(Vertex(v), g); e != end; ++e) {
                const auto from = boost::source(*e, g);
                if (!r.visits.dominates(v, int(from)))
                    branches += r.steps[from].visits * *g[*e].p * r.visits.flowWeight(int(from), v);
            }
            COMPARE_NEAR(branches, r.steps[size_t(fork)].visits, 1e-9);
        }
        double exits = 0.0;
        for (int v : s.ends())
            exits += r.steps[size_t(v)].visits;
        COMPARE_NEAR(exits, 1.0, 1e-9);
        // Little's law per step and for the process; no step overloaded at the generated demand.
        for (const StepFigures &sf : r.steps) {
            QVERIFY(sf.wait && sf.l && sf.lq);
            COMPARE_NEAR(*sf.lq, *sf.arrivalRate * *sf.wait, 1e-12);
            COMPARE_NEAR(*sf.l, *sf.arrivalRate * (*sf.wait + sf.time), 1e-12);
            if (sf.rho)
                QVERIFY(*sf.rho < 1.0);
        }
        COMPARE_NEAR(*r.wip, *s.arrivals().lambda * *r.flowTime, 1e-12);
        QVERIFY(*r.flowTime >= r.theoreticalFlowTime);
        QVERIFY(r.theoreticalFlowTime > 0.0);
        QVERIFY(r.criticalPath.length >= r.theoreticalFlowTime * (1 - 1e-12));
        for (const StepFigures &sf : r.steps)
            QVERIFY(sf.slack >= 0.0 && sf.slack <= r.criticalPath.length);
        QVERIFY(!r.criticalPath.steps.empty());
        // The utilisation ordering: the bottleneck has the largest ρ of all pools.
        QVERIFY(!r.bottlenecks.empty());
        for (const PoolFigures &pf : r.pools) {
            if (pf.rho)
                QVERIFY(*pf.rho <= *r.maxUtilisation * (1 + 1e-9));
        }
    }
}

QTEST_GUILESS_MAIN(TestQueueingModels)
#include "tst_queueingmodels.moc"
