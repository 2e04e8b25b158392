// Validation before analysis (analysis.md §3.2 structural checks): good blueprints and every
// sample pass, a table of broken blueprints each gives its finding, nested forks match.
// Oracles come from ../shared/spec/analysis-cases.json at run time.

#include "structuretestutil.h"

#include <algorithm>

using namespace bp;
using namespace bp::analysis;
using namespace bp::test;

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validationAcceptsGoodBlueprints();
    void examplesAnalyse_data();
    void examplesAnalyse();
    void validationFindsBrokenBlueprints_data();
    void validationFindsBrokenBlueprints();
    void validationMatchesNestedForks();
};

void TestValidation::initTestCase()
{
    QVERIFY2(!cases().isEmpty(), "analysis-cases.json not found or not JSON");
}

// ---------------------------------------------------------------------------------------------
// Validation

void TestValidation::validationAcceptsGoodBlueprints()
{
    const ValidationResult bank = validate(bankSnapshot());
    QVERIFY2(bank.findings.empty(), qPrintable(dump(bank.findings)));
    const ValidationResult simple = validate(linear().snapshot());
    QVERIFY2(simple.findings.empty(), qPrintable(dump(simple.findings)));
}

void TestValidation::examplesAnalyse_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f :
         { "airline-service-centre", "bank-loan", "ecommerce-return", "hotel-checkin" })
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestValidation::examplesAnalyse()
{
    QFETCH(QString, file);
    const ReadResult r = readNativeFile(QStringLiteral(BLUEPRINT_SOURCE_DIR "/resources/examples/")
                                        + file + QStringLiteral(".blueprint"));
    QVERIFY(r.ok());
    const Snapshot s = Snapshot::of(*r.blueprint);
    const ValidationResult v = validate(s);
    QVERIFY2(!v.hasErrors(), qPrintable(dump(v.findings)));
    const StructureResult st = analyseStructure(s, std::vector<double>(size_t(s.size()), 1.0));
    QVERIFY(st.maxFlow.available);
    // Both ends of a must-pass flow lie on every path, so they dominate END.
    for (const MustPassFlow &f : st.spof.mustPass) {
        for (const int end : { f.from, f.to }) {
            if (end < s.size()) {
                const bool dominates
                    = std::find(st.spof.dominators.begin(), st.spof.dominators.end(), end)
                    != st.spof.dominators.end();
                QVERIFY2(dominates, qPrintable(routingName(s, end)));
            }
        }
    }
}

namespace {

using Maker = std::function<Snapshot()>;

std::map<QString, Maker> &brokenCases()
{
    static std::map<QString, Maker> m;
    return m;
}

} // namespace

void TestValidation::validationFindsBrokenBlueprints_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("element");
    QTest::addColumn<bool>("error");
    auto &m = brokenCases();
    const auto row = [&](const char *name, const char *code, const char *element, Maker make,
                         bool error = true) {
        m[QString::fromLatin1(name)] = std::move(make);
        QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(code)
                            << QString::fromLatin1(element) << error;
    };
    const QString a = QStringLiteral("a"), b = QStringLiteral("b"), in = QStringLiteral("in"),
                  out = QStringLiteral("out");
    // in → decision d → a or b → out, with the given branch probabilities.
    const auto decision = [=](std::optional<double> pa, std::optional<double> pb) {
        Builder x;
        x.start()
            .step(QStringLiteral("d"), QStringLiteral("front"), StepKind::Decision)
            .step(a)
            .step(b)
            .end();
        x.flow(in, QStringLiteral("d"))
            .flow(QStringLiteral("d"), a, pa)
            .flow(QStringLiteral("d"), b, pb);
        x.flow(a, out).flow(b, out);
        return x.snapshot();
    };
    row("probabilities 0.98", "PROBABILITY_SUM", "d", [=] { return decision(0.5, 0.48); });
    row("probability missing", "PROBABILITY_MISSING", "d",
        [=] { return decision(std::nullopt, 0.5); });
    row("probability 1.5", "PROBABILITY_RANGE", "a", [=] {
        Builder x = linear();
        x.step(QStringLiteral("c"))
            .flow(a, QStringLiteral("c"), 1.5)
            .flow(QStringLiteral("c"), out);
        return x.snapshot();
    });
    row("unreachable step", "UNREACHABLE_STEP", "orphan", [=] {
        Builder x = linear();
        x.step(QStringLiteral("orphan")).flow(QStringLiteral("orphan"), out);
        return x.snapshot();
    });
    row("dead end", "DEAD_END", "sink", [=] {
        Builder x;
        x.start().step(a).step(QStringLiteral("sink")).end();
        x.flow(in, a).flow(a, out, 0.5).flow(a, QStringLiteral("sink"), 0.5);
        return x.snapshot();
    });
    row("trapped loop", "TRAPPED_FLOW", "l1", [=] {
        Builder x;
        x.start().step(a).step(QStringLiteral("l1")).step(QStringLiteral("l2")).end();
        x.flow(in, a).flow(a, out, 0.5).flow(a, QStringLiteral("l1"), 0.5);
        x.flow(QStringLiteral("l1"), QStringLiteral("l2"))
            .flow(QStringLiteral("l2"), QStringLiteral("l1"));
        return x.snapshot();
    });
    row("loop whose exit has p 0", "TRAPPED_FLOW", "l1", [=] {
        Builder x;
        x.start().step(QStringLiteral("l1")).step(QStringLiteral("l2")).end();
        x.flow(in, QStringLiteral("l1")).flow(QStringLiteral("l1"), QStringLiteral("l2"));
        x.flow(QStringLiteral("l2"), QStringLiteral("l1"), 1.0)
            .flow(QStringLiteral("l2"), out, 0.0);
        return x.snapshot();
    });
    row("self-loop without exit", "TRAPPED_FLOW", "spin", [=] {
        Builder x;
        x.start().step(a).step(QStringLiteral("spin")).end();
        x.flow(in, a).flow(a, out, 0.9).flow(a, QStringLiteral("spin"), 0.1);
        x.flow(QStringLiteral("spin"), QStringLiteral("spin"), 1.0, FlowKind::Rework);
        return x.snapshot();
    });
    row("fork branch escapes to the end", "UNMATCHED_FORK", "fork", [=] {
        Builder x;
        x.start()
            .step(QStringLiteral("fork"), QStringLiteral("back"), StepKind::Fork)
            .step(a)
            .step(b)
            .step(QStringLiteral("join"), QStringLiteral("back"), StepKind::Join)
            .end();
        x.flow(in, QStringLiteral("fork"))
            .flow(QStringLiteral("fork"), a)
            .flow(QStringLiteral("fork"), b);
        x.flow(a, QStringLiteral("join")).flow(b, out).flow(QStringLiteral("join"), out);
        return x.snapshot();
    });
    row("fork merged by an action", "UNMATCHED_FORK", "fork", [=] {
        Builder x;
        x.start()
            .step(QStringLiteral("fork"), QStringLiteral("back"), StepKind::Fork)
            .step(a)
            .step(b)
            .step(QStringLiteral("merge"))
            .end();
        x.flow(in, QStringLiteral("fork"))
            .flow(QStringLiteral("fork"), a)
            .flow(QStringLiteral("fork"), b);
        x.flow(a, QStringLiteral("merge"))
            .flow(b, QStringLiteral("merge"))
            .flow(QStringLiteral("merge"), out);
        return x.snapshot();
    });
    row("join also entered by an XOR bypass", "UNMATCHED_FORK", "fork", [=] {
        Builder x;
        x.start()
            .step(QStringLiteral("d"), QStringLiteral("front"), StepKind::Decision)
            .step(QStringLiteral("fork"), QStringLiteral("back"), StepKind::Fork)
            .step(a)
            .step(b)
            .step(QStringLiteral("join"), QStringLiteral("back"), StepKind::Join)
            .end();
        x.flow(in, QStringLiteral("d")).flow(QStringLiteral("d"), QStringLiteral("fork"), 0.5);
        x.flow(QStringLiteral("d"), QStringLiteral("join"), 0.5);
        x.flow(QStringLiteral("fork"), a).flow(QStringLiteral("fork"), b);
        x.flow(a, QStringLiteral("join"))
            .flow(b, QStringLiteral("join"))
            .flow(QStringLiteral("join"), out);
        return x.snapshot();
    });
    row("join without fork", "UNMATCHED_JOIN", "join", [=] {
        Builder x;
        x.start()
            .step(a)
            .step(QStringLiteral("join"), QStringLiteral("back"), StepKind::Join)
            .end();
        x.flow(in, a).flow(a, QStringLiteral("join")).flow(QStringLiteral("join"), out);
        return x.snapshot();
    });
    row("severity 11", "FMEA_SCORE_RANGE", "a", [=] {
        Builder x = linear();
        x.edit(a, [](Step &s) {
            s.severity = 11;
            s.occurrence = 2;
            s.detection = 2;
        });
        return x.snapshot();
    });
    row("occurrence 0", "FMEA_SCORE_RANGE", "b", [=] {
        Builder x = linear();
        x.edit(b, [](Step &s) { s.occurrence = 0; });
        return x.snapshot();
    });
    row("no start", "NO_START", "", [=] {
        Builder x;
        x.step(a).end().flow(a, out);
        return x.snapshot();
    });
    row("no end", "NO_END", "", [=] {
        Builder x;
        x.start().step(a).flow(in, a);
        return x.snapshot();
    });
    row(
        "action without time", "NO_TIME", "b",
        [=] {
            Builder x = linear();
            x.edit(b, [](Step &s) { s.time = 0.0; });
            return x.snapshot();
        },
        false);
}

void TestValidation::validationFindsBrokenBlueprints()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QFETCH(QString, element);
    QFETCH(bool, error);
    const ValidationResult r = validate(brokenCases().at(name)());
    const bool found = std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding &f) {
        return f.code == code
            && (element.isEmpty() ? f.elements.isEmpty()
                                  : (!f.elements.isEmpty() && f.elements.first() == element));
    });
    QVERIFY2(found, qPrintable(dump(r.findings)));
    QCOMPARE(r.hasErrors(), error);
}

void TestValidation::validationMatchesNestedForks()
{
    // in → f1 ⟨ a, f2 ⟨ b, c ⟩ j2 ⟩ j1 → r → (rework to j1 0.2 | out 0.8): well structured.
    Builder x;
    x.start()
        .step(QStringLiteral("f1"), QStringLiteral("back"), StepKind::Fork)
        .step(QStringLiteral("a"))
        .step(QStringLiteral("f2"), QStringLiteral("back"), StepKind::Fork)
        .step(QStringLiteral("b"))
        .step(QStringLiteral("c"))
        .step(QStringLiteral("j2"), QStringLiteral("back"), StepKind::Join)
        .step(QStringLiteral("j1"), QStringLiteral("back"), StepKind::Join)
        .step(QStringLiteral("r"))
        .end();
    x.flow(QStringLiteral("in"), QStringLiteral("f1"))
        .flow(QStringLiteral("f1"), QStringLiteral("a"))
        .flow(QStringLiteral("f1"), QStringLiteral("f2"))
        .flow(QStringLiteral("f2"), QStringLiteral("b"))
        .flow(QStringLiteral("f2"), QStringLiteral("c"))
        .flow(QStringLiteral("b"), QStringLiteral("j2"))
        .flow(QStringLiteral("c"), QStringLiteral("j2"))
        .flow(QStringLiteral("a"), QStringLiteral("j1"))
        .flow(QStringLiteral("j2"), QStringLiteral("j1"))
        .flow(QStringLiteral("j1"), QStringLiteral("r"))
        .flow(QStringLiteral("r"), QStringLiteral("j1"), 0.2, FlowKind::Rework)
        .flow(QStringLiteral("r"), QStringLiteral("out"), 0.8);
    const Snapshot s = x.snapshot();
    const ValidationResult r = validate(s);
    QVERIFY2(r.findings.empty(), qPrintable(dump(r.findings)));
    QCOMPARE(r.joinOfFork[size_t(s.vertexOf(QStringLiteral("f1")))],
             s.vertexOf(QStringLiteral("j1")));
    QCOMPARE(r.joinOfFork[size_t(s.vertexOf(QStringLiteral("f2")))],
             s.vertexOf(QStringLiteral("j2")));
    QCOMPARE(r.joinOfFork[size_t(s.vertexOf(QStringLiteral("a")))], -1);
}

// ---------------------------------------------------------------------------------------------
// Dominators, articulation points, bridges

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
