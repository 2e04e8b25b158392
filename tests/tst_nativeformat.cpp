// Reading the native format: every refusal with its line, column and message, warnings,
// hostile input, limits and numbers. Also run under a German locale.

#include "formattestutil.h"

#include <bit>

using namespace bp;
using namespace bp::test;
using namespace Qt::StringLiterals;

class TestNativeFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void malformed_data();
    void malformed();
    void warningsLoad_data();
    void warningsLoad();
    void sectionsInAnyOrder_data();
    void sectionsInAnyOrder();
    void hostileInputLoadsSafely();
    void limits();
    void numbers_data();
    void numbers();
};

void TestNativeFormat::initTestCase()
{
    checkExpectedLocale();
}

void TestNativeFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty file") << QByteArray("") << 1 << 1 << "the file is empty";
    QTest::newRow("not XML") << QByteArray("hello\n") << 1 << 1 << "contains no XML element";
    QTest::newRow("unclosed element")
        << withBody("  <steps>\n") << 8 << 3 << "end tag does not match";
    QTest::newRow("mismatched end tag")
        << withBody("  <steps></flows>\n") << 7 << 12 << "end tag does not match";
    QTest::newRow("broken attribute")
        << withBody("  <steps x=1/>\n") << 7 << 12 << "an attribute is broken";
    QTest::newRow("wrong root") << QByteArray("<?xml version=\"1.0\"?>\n<plan/>\n") << 2 << 1
                                << "the root element is <plan>";
    QTest::newRow("wrong namespace")
        << QByteArray("<blueprint xmlns=\"urn:other\" version=\"1\"/>") << 1 << 1
        << "is not in the namespace urn:blueprint-studio:blueprint:1 (found \"urn:other\")";
    QTest::newRow("no namespace") << QByteArray("<blueprint version=\"1\"/>") << 1 << 1
                                  << "(found no namespace)";
    QTest::newRow("no version") << QByteArray(
        "<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\"/>")
                                << 1 << 1 << "has no version attribute";
    QTest::newRow("newer major version")
        << QByteArray(
               "<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\"\n    version=\"2.1\"/>")
        << 2 << 5 << "format version 2.1, which is newer than this program reads";
    QTest::newRow("version not a number")
        << QByteArray("<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"one\"/>")
        << 1 << 53 << "version=\"one\" is not a valid format version number";
    QTest::newRow("two roots") << QByteArray(
        "<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\"/>\n"
        "<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\"/>\n")
                               << 2 << 1 << "more than one root element";
    QTest::newRow("duplicate id across kinds") << steps("    <step id=\"c\" lane=\"c\"/>\n") << 8
                                               << 11 << "duplicate id \"c\" (first used on line 4)";
    QTest::newRow("duplicate step id")
        << steps("    <step id=\"a\" lane=\"c\"/>\n    <step id=\"a\" lane=\"f\"/>\n") << 9 << 11
        << "duplicate id \"a\" (first used on line 8)";
    QTest::newRow("flow id equal to a step id")
        << withBody("  <steps>\n" + twoSteps
                    + "  </steps>\n  <flows>\n"
                      "    <flow id=\"b\" from=\"a\" to=\"b\"/>\n  </flows>\n")
        << 12 << 11 << "duplicate id \"b\" (first used on line 9)";
    QTest::newRow("duplicate flow id")
        << withBody("  <steps>\n" + twoSteps
                    + "  </steps>\n  <flows>\n"
                      "    <flow id=\"g\" from=\"a\" to=\"b\"/>\n"
                      "    <flow id=\"g\" from=\"b\" to=\"a\"/>\n  </flows>\n")
        << 13 << 11 << "duplicate id \"g\" (first used on line 12)";
    QTest::newRow("invalid id") << steps("    <step id=\"1abc\" lane=\"c\"/>\n") << 8 << 11
                                << "id \"1abc\" is not valid";
    QTest::newRow("step without id")
        << steps("    <step lane=\"c\"/>\n") << 8 << 5 << "<step> has no id";
    QTest::newRow("step without lane")
        << steps("    <step id=\"a\"/>\n") << 8 << 5 << "step \"a\" has no lane";
    QTest::newRow("missing lane") << steps("    <step id=\"a\" lane=\"x\"/>\n") << 8 << 18
                                  << "step \"a\" is in lane \"x\", which does not exist";
    QTest::newRow("missing pool") << steps("    <step id=\"a\" lane=\"f\" pool=\"staff\"/>\n") << 8
                                  << 27 << "step \"a\" uses pool \"staff\", which does not exist";
    QTest::newRow("flow to missing step")
        << withBody("  <steps>\n" + twoSteps
                    + "  </steps>\n  <flows>\n"
                      "    <flow id=\"f9\" from=\"a\" to=\"intervew\"/>\n  </flows>\n")
        << 12 << 28 << "flow \"f9\" goes to step \"intervew\", which does not exist";
    QTest::newRow("flow from missing step")
        << withBody("  <steps>\n" + twoSteps
                    + "  </steps>\n  <flows>\n"
                      "    <flow id=\"f1\" from=\"zz\" to=\"b\"/>\n  </flows>\n")
        << 12 << 19 << "flow \"f1\" comes from step \"zz\", which does not exist";
    QTest::newRow("time not a number") << steps("    <step id=\"a\" lane=\"f\" time=\"abc\"/>\n")
                                       << 8 << 27 << "time=\"abc\" is not a number";
    QTest::newRow("time with decimal comma")
        << steps("    <step id=\"a\" lane=\"f\" time=\"1,5\"/>\n") << 8 << 27
        << "time=\"1,5\" is not a number";
    QTest::newRow("time NaN") << steps("    <step id=\"a\" lane=\"f\" time=\"NaN\"/>\n") << 8 << 27
                              << "time=\"NaN\" is not a number";
    QTest::newRow("time infinite") << steps("    <step id=\"a\" lane=\"f\" time=\"inf\"/>\n") << 8
                                   << 27 << "time=\"inf\" is not a number";
    QTest::newRow("negative time") << steps("    <step id=\"a\" lane=\"f\" time=\"-1\"/>\n") << 8
                                   << 27 << "time=\"-1\" is out of range";
    QTest::newRow("severity 11") << steps("    <step id=\"a\" lane=\"f\" severity=\"11\"/>\n") << 8
                                 << 27 << "severity=\"11\" must be a whole number from 1 to 10";
    QTest::newRow("severity fraction")
        << steps("    <step id=\"a\" lane=\"f\" severity=\"2.5\"/>\n") << 8 << 27
        << "severity=\"2.5\" must be a whole number";
    QTest::newRow("servers zero") << steps("    <step id=\"a\" lane=\"f\" servers=\"0\"/>\n") << 8
                                  << 27 << "servers=\"0\" must be a whole number from 1";
    QTest::newRow("probability above 1")
        << withBody("  <steps>\n" + twoSteps
                    + "  </steps>\n  <flows>\n"
                      "    <flow id=\"f1\" from=\"a\" to=\"b\" p=\"1.5\"/>\n  </flows>\n")
        << 12 << 35 << "p=\"1.5\" is out of range: it must be from 0 to 1";
    QTest::newRow("unknown step kind")
        << steps("    <step id=\"a\" lane=\"f\" kind=\"gateway\"/>\n") << 8 << 27
        << "kind=\"gateway\" is not one of: start, end, action";
    QTest::newRow("lane without kind")
        << QByteArray("<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\">\n"
                      "<lanes><lane id=\"x\"/></lanes></blueprint>")
        << 2 << 8 << "lane \"x\" has no kind";
    QTest::newRow("unknown lane kind")
        << QByteArray("<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\">\n"
                      "<lanes><lane id=\"x\" kind=\"kitchen\"/></lanes></blueprint>")
        << 2 << 21 << "kind=\"kitchen\" is not one of: physical-evidence";
    QTest::newRow("pool without servers") << withBody("  <pools><pool id=\"p\"/></pools>\n") << 7
                                          << 10 << "pool \"p\" has no servers";
    QTest::newRow("unknown time unit")
        << QByteArray("<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\" "
                      "time-unit=\"days\"/>")
        << 1 << 65 << "time-unit=\"days\" is not one of: s, min, h";
    QTest::newRow("customer-present yes")
        << steps("    <step id=\"a\" lane=\"f\" customer-present=\"yes\"/>\n") << 8 << 27
        << "customer-present=\"yes\" must be true or false";
    QTest::newRow("coordinate too large") << steps("    <step id=\"a\" lane=\"f\" x=\"1e8\"/>\n")
                                          << 8 << 27 << "x=\"1e8\" is out of range";
    QTest::newRow("duplicate attribute")
        << steps("    <step id=\"a\" lane=\"f\" time=\"1\" time=\"2\"/>\n") << 8 << 27
        << "attribute time is given twice on <step>";
    QTest::newRow("two demands") << withBody(
        "  <demand arrival-rate=\"1\"/>\n  <demand arrival-rate=\"2\"/>\n")
                                 << 8 << 3 << "more than one <demand> element";
    // The document's analysis settings (<analysis>, docs/format-extensions.md): every value
    // out of range is refused at its attribute, like the other attributes.
    const auto analysis = [](const QByteArray &attributes) {
        return withBody("  <analysis " + attributes + "/>\n");
    };
    QTest::newRow("analysis wait model") << analysis("wait-model=\"fast\"") << 7 << 13
                                         << "wait-model=\"fast\" is not one of: auto, exact, "
                                            "allen-cunneen, allen-cunneen-poisson, sakasegawa";
    QTest::newRow("analysis busy 0") << analysis("busy=\"0\"") << 7 << 13
                                     << "busy=\"0\" is out of range: it must be more than 0 "
                                        "and at most 1";
    QTest::newRow("analysis high above 1")
        << analysis("high=\"1.5\"") << 7 << 13 << "high=\"1.5\" is out of range";
    QTest::newRow("analysis critical not a number")
        << analysis("critical=\"high\"") << 7 << 13 << "critical=\"high\" is not a number";
    QTest::newRow("analysis rpn threshold 0")
        << analysis("busy=\"0.5\" rpn-threshold=\"0\"") << 7 << 24
        << "rpn-threshold=\"0\" must be a whole number from 1 to 1000";
    QTest::newRow("analysis rpn threshold fraction")
        << analysis("rpn-threshold=\"99.5\"") << 7 << 13
        << "rpn-threshold=\"99.5\" must be a whole number from 1 to 1000";
    QTest::newRow("analysis severity threshold 11")
        << analysis("severity-threshold=\"11\"") << 7 << 13
        << "severity-threshold=\"11\" must be a whole number from 1 to 10";
    QTest::newRow("analysis target utilisation 0")
        << analysis("target-utilisation=\"0\"") << 7 << 13
        << "target-utilisation=\"0\" is out of range: it must be more than 0 and at most 1";
    QTest::newRow("analysis backlog horizon 0")
        << analysis("backlog-horizon=\"0\"") << 7 << 13
        << "backlog-horizon=\"0\" is out of range: it must be more than 0";
    QTest::newRow("analysis tie tolerance") << analysis("tie-tolerance=\"0.5\"") << 7 << 13
                                            << "tie-tolerance=\"0.5\" is out of range: it must "
                                               "be from 0 to 0.01";
    QTest::newRow("analysis ping-pong window 2")
        << analysis("ping-pong-window=\"2\"") << 7 << 13
        << "ping-pong-window=\"2\" must be a whole number from 3 to 1000";
    QTest::newRow("analysis routing gain below 1")
        << analysis("flexible-routing-gain=\"0.9\"") << 7 << 13
        << "flexible-routing-gain=\"0.9\" is out of range: it must be from 1 to 1000";
    QTest::newRow("analysis probability tolerance")
        << analysis("probability-tolerance=\"-1e-9\"") << 7 << 13
        << "probability-tolerance=\"-1e-9\" is out of range: it must be from 0 to 0.01";
    QTest::newRow("analysis high below busy")
        << analysis("busy=\"0.9\" high=\"0.8\"") << 7 << 24
        << "high=\"0.8\" is below busy (0.9): the utilisation bands must rise: busy ≤ high ≤ "
           "critical";
    QTest::newRow("analysis busy above the default high")
        << analysis("busy=\"0.9\"") << 7 << 13 << "busy=\"0.9\" is above high (0.85)";
    QTest::newRow("analysis critical below the default high")
        << analysis("critical=\"0.8\"") << 7 << 13 << "critical=\"0.8\" is below high (0.85)";
    QTest::newRow("two analysis elements")
        << withBody("  <analysis busy=\"0.5\"/>\n  <analysis/>\n") << 8 << 3
        << "more than one <analysis> element";
    QTest::newRow("invalid UTF-8") << steps("    <step id=\"a\" lane=\"f\" title=\"caf\xe9\"/>\n")
                                   << 8 << 37 << "not valid UTF-8 text (byte 0xe9)";
    QTest::newRow("raw control character")
        << steps("    <step id=\"a\" lane=\"f\" title=\"a\x01\"/>\n") << 8 << 35
        << "control character U+0001 is not allowed";
    QTest::newRow("title too long")
        << steps("    <step id=\"a\" lane=\"f\" title=\"" + QByteArray(10001, 'x') + "\"/>\n") << 8
        << 27 << "title is 10001 characters long; the limit is 10000";
    {
        QByteArray deep;
        for (int i = 0; i < 70; ++i)
            deep += "<x:d xmlns:x=\"urn:x\">";
        QTest::newRow("nested too deep")
            << QByteArray("<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\">\n")
                + deep
            << 2 << 1 + 21 * 63 << "elements are nested more than 64 deep";
    }
    {
        // '>' and "/>" inside quoted values neither end a tag nor close it, also where the
        // values cross the blocks the pre-scan reads at once, with either kind of quotes.
        const QByteArray tag = "<x:d xmlns:x=\"urn:x\" note=\"a > b /> c\" alt='say \"hi\" />'>";
        QByteArray deep;
        for (int i = 0; i < 70; ++i)
            deep += tag;
        QTest::newRow("nested too deep, '>' in values")
            << QByteArray("<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\">\n")
                + deep
            << 2 << 1 + int(tag.size()) * 63 << "elements are nested more than 64 deep";
    }
    {
        QByteArray points;
        for (int i = 0; i < 1001; ++i)
            points += "<point x=\"1\" y=\"2\"/>";
        QTest::newRow("too many points")
            << withBody("  <steps>\n" + twoSteps
                        + "  </steps>\n  <flows>\n"
                          "    <flow id=\"f1\" from=\"a\" to=\"b\">\n"
                        + points
                        + "\n    </flow>\n"
                          "  </flows>\n")
            << 13 << 1 + 20 * 1000 << "flow \"f1\" has more than 1000 points";
    }
}

void TestNativeFormat::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const ReadResult r = readNative(content);
    QVERIFY2(!r.ok(), "a malformed file must not load");
    QVERIFY(hasErrors(r.diagnostics));
    const auto it = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                 [](const Diagnostic &d) { return d.isError(); });
    QVERIFY2(it->message.contains(message), qPrintable(firstError(r)));
    QCOMPARE(QStringLiteral("%1:%2").arg(it->line).arg(it->column),
             QStringLiteral("%1:%2").arg(line).arg(column));
    // The message as the CLI and the editor print it.
    const QString formatted = formatDiagnostic(QStringLiteral("loan.blueprint"), *it);
    QVERIFY(formatted.startsWith(
        QStringLiteral("loan.blueprint:%1:%2: error: ").arg(line).arg(column)));
}

// The reader builds steps and flows as it reads them; sections in another order than lanes,
// pools, steps, flows must give the same model, or the same diagnostics, as that order.
void TestNativeFormat::sectionsInAnyOrder_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("diagnostics"); // empty: loads like the canonical order

    const QByteArray root
        = "<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\">\n";
    const QByteArray lanes = "  <lanes><lane id=\"c\" kind=\"customer\" height=\"200\"/>"
                             "<lane id=\"f\" kind=\"frontstage\"/></lanes>\n";
    const QByteArray pools = "  <pools><pool id=\"p\" servers=\"2\"/></pools>\n";
    const QByteArray steps = "  <steps><step id=\"a\" lane=\"c\" kind=\"start\"/>"
                             "<step id=\"b\" lane=\"f\" kind=\"end\" pool=\"p\"/></steps>\n";
    const QByteArray flows = "  <flows><flow id=\"g\" from=\"a\" to=\"b\"/></flows>\n";
    const QByteArray end = "</blueprint>\n";

    QTest::newRow("flows before steps")
        << root + lanes + pools + flows + steps + end << QStringList();
    QTest::newRow("lanes and pools last")
        << root + steps + flows + pools + lanes + end << QStringList();
    QTest::newRow("steps around flows")
        << root + lanes + pools + "  <steps><step id=\"a\" lane=\"c\" kind=\"start\"/></steps>\n"
            + flows + "  <steps><step id=\"b\" lane=\"f\" kind=\"end\" pool=\"p\"/></steps>\n" + end
        << QStringList();
    QTest::newRow("flow id taken by a step further down") << root + lanes + pools + steps + flows
            + "  <steps><step id=\"g\" lane=\"f\"/></steps>\n"
            + end << QStringList { u"5:16: duplicate id \"g\" (first used on line 6)"_s };
    QTest::newRow("flow id taken by a flow further down that was built first") << root + lanes
            + pools + flows + steps + "  <flows><flow id=\"g\" from=\"b\" to=\"a\"/></flows>\n"
            + end << QStringList { u"6:16: duplicate id \"g\" (first used on line 4)"_s };
    QTest::newRow("flow id taken by a lane further down") << root + steps + flows + pools + lanes
            + "  <lanes><lane id=\"g\" kind=\"other\"/></lanes>\n"
            + end << QStringList { u"3:16: duplicate id \"g\" (first used on line 6)"_s };
    QTest::newRow("step in a lane further down that does not exist")
        << root + pools + "  <steps><step id=\"a\" lane=\"x\"/></steps>\n" + lanes + end
        << QStringList { u"3:23: step \"a\" is in lane \"x\", which does not exist"_s };
}

void TestNativeFormat::sectionsInAnyOrder()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, diagnostics);

    const ReadResult r = readNative(content);
    QStringList got;
    for (const Diagnostic &d : r.diagnostics)
        got << QStringLiteral("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message);
    QCOMPARE(got, diagnostics);
    if (!diagnostics.isEmpty()) {
        QVERIFY(!r.ok());
        return;
    }
    const ReadResult canonical
        = readNative("<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\">\n"
                     "  <lanes><lane id=\"c\" kind=\"customer\" height=\"200\"/>"
                     "<lane id=\"f\" kind=\"frontstage\"/></lanes>\n"
                     "  <pools><pool id=\"p\" servers=\"2\"/></pools>\n"
                     "  <steps><step id=\"a\" lane=\"c\" kind=\"start\"/>"
                     "<step id=\"b\" lane=\"f\" kind=\"end\" pool=\"p\"/></steps>\n"
                     "  <flows><flow id=\"g\" from=\"a\" to=\"b\"/></flows>\n"
                     "</blueprint>\n");
    QVERIFY(canonical.ok() && r.ok());
    QCOMPARE(r.blueprint->graph.step(u"a"_s)->pos.y(), 100.0); // half the height of lane c
    QVERIFY(*r.blueprint == *canonical.blueprint);
    QCOMPARE(writeNative(*r.blueprint), writeNative(*canonical.blueprint));
}

void TestNativeFormat::warningsLoad_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray decision = "    <step id=\"a\" lane=\"c\" kind=\"start\"/>\n"
                                "    <step id=\"d\" lane=\"f\" kind=\"decision\"/>\n"
                                "    <step id=\"b\" lane=\"c\" kind=\"end\"/>\n";
    QTest::newRow("probabilities sum to 0.98")
        << withBody("  <steps>\n" + decision
                    + "  </steps>\n  <flows>\n"
                      "    <flow id=\"f1\" from=\"a\" to=\"d\"/>\n"
                      "    <flow id=\"f2\" from=\"d\" to=\"b\" p=\"0.5\"/>\n"
                      "    <flow id=\"f3\" from=\"d\" to=\"a\" p=\"0.48\"/>\n  </flows>\n")
        << 9 << "the probabilities of the flows leaving step \"d\" add up to 0.98, not 1";
    QTest::newRow("action without time")
        << steps("    <step id=\"a\" lane=\"f\" kind=\"start\"/>\n"
                 "    <step id=\"w\" lane=\"f\"/>\n    <step id=\"e\" lane=\"f\" kind=\"end\"/>\n")
        << 9 << "step \"w\" has no time given";
    QTest::newRow("unknown attribute")
        << steps("    <step id=\"a\" lane=\"f\" kind=\"start\" colour=\"red\"/>\n"
                 "    <step id=\"e\" lane=\"f\" kind=\"end\"/>\n")
        << 8 << "unknown attribute colour on <step> is kept but not used";
    QTest::newRow("unknown element")
        << withBody("  <phases/>\n  <steps>\n" + twoSteps + "  </steps>\n") << 7
        << "unknown element <phases> in <blueprint> is skipped";
    QTest::newRow("unknown analysis attribute")
        << withBody("  <analysis rpn-threshold=\"80\" colour=\"red\"/>\n  <steps>\n" + twoSteps
                    + "  </steps>\n")
        << 7 << "unknown attribute colour on <analysis> is kept but not used";
}

void TestNativeFormat::warningsLoad()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, message);
    const ReadResult r = readNative(content);
    QVERIFY2(r.ok(), qPrintable(firstError(r)));
    const auto it = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                 [&](const Diagnostic &d) { return d.message.contains(message); });
    QVERIFY2(it != r.diagnostics.end(), qPrintable(message));
    QCOMPARE(it->severity, Diagnostic::Severity::Warning);
    QCOMPARE(it->line, line);
}

void TestNativeFormat::hostileInputLoadsSafely()
{
    // Entities are never expanded: no billion laughs, no external entity (XXE).
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE blueprint [\n"
                        "<!ENTITY a \"aaaaaaaaaa\">\n";
    for (int i = 1; i < 10; ++i)
        laughs += "<!ENTITY " + QByteArray(1, char('a' + i)) + " \""
            + QByteArray(10, '&').replace("&", "&" + QByteArray(1, char('a' + i - 1)) + ";")
            + "\">\n";
    laughs += "<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n"
              "<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\" "
              "title=\"&j;&x;\"/>\n";
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = readNative(laughs);
    QVERIFY2(r.ok(), qPrintable(firstError(r)));
    QVERIFY(r.blueprint->meta.title.size() < 20);
    QVERIFY(!r.blueprint->meta.title.contains(QStringLiteral("root:")));

    // A character reference to a control character is removed, with a warning.
    const ReadResult ctrl
        = readNative(steps("    <step id=\"a\" lane=\"f\" kind=\"start\" title=\"x&#1;y\"/>\n"
                           "    <step id=\"b\" lane=\"f\" kind=\"end\"/>\n"));
    QVERIFY2(ctrl.ok(), qPrintable(firstError(ctrl)));
    QCOMPARE(ctrl.blueprint->graph.step(QStringLiteral("a"))->title, QStringLiteral("xy"));
    QVERIFY(!writeNative(*ctrl.blueprint).contains("&#1;"));

    // Very deep nesting is refused before any tree is built (pugixml would crash freeing it).
    QByteArray deep = "<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\">";
    deep += QByteArray(300000, 'x').replace("x", "<a>");
    const ReadResult tooDeep = readNative(deep);
    QVERIFY(!tooDeep.ok());
    QVERIFY(firstError(tooDeep).contains(QStringLiteral("nested more than 64 deep")));

    // Many errors: the list is capped and counted, and reading stops.
    QByteArray many;
    for (int i = 0; i < 5000; ++i)
        many += "    <step id=\"s" + QByteArray::number(i) + "\" lane=\"nowhere\"/>\n";
    const ReadResult capped = readNative(steps(many));
    QVERIFY(!capped.ok());
    QCOMPARE(capped.diagnostics.size(), limits::maxDiagnostics);
    QVERIFY(capped.suppressed > 0);
}

void TestNativeFormat::limits()
{
    // File size: refused before parsing, with the size and the limit.
    ReadOptions small;
    small.maxFileBytes = 1000;
    const ReadResult big = readNative(steps(QByteArray(2000, ' ')), small);
    QVERIFY(!big.ok());
    QVERIFY(firstError(big).contains(QStringLiteral("larger than the limit")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.blueprint"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(limits::maxFileBytes + 1)); // sparse: just over 50 MB
    }
    const ReadResult huge = readNativeFile(path);
    QVERIFY(!huge.ok());
    QVERIFY2(firstError(huge).contains(QStringLiteral("larger than the limit of 50 MB")),
             qPrintable(firstError(huge)));

    // Step count: one more than the limit is refused (the file-size limit raised for the test).
    QByteArray many;
    many.reserve(30 * (limits::maxSteps + 1));
    for (qint64 i = 0; i <= limits::maxSteps; ++i)
        many += "<step id=\"s" + QByteArray::number(i) + "\" lane=\"c\"/>";
    ReadOptions roomy;
    roomy.maxFileBytes = 200LL * 1000 * 1000;
    const ReadResult tooMany = readNative(steps(many), roomy);
    QVERIFY(!tooMany.ok());
    QVERIFY2(firstError(tooMany).contains(QStringLiteral("more than 1000000 steps")),
             qPrintable(firstError(tooMany)));

    // Text: exactly at the limit loads; one over is refused (see malformed()).
    const ReadResult atLimit = readNative(steps("<step id=\"a\" lane=\"c\" kind=\"start\" title=\""
                                                + QByteArray(10000, 'x')
                                                + "\"/><step id=\"b\" lane=\"c\" kind=\"end\"/>"));
    QVERIFY2(atLimit.ok(), qPrintable(firstError(atLimit)));
}

void TestNativeFormat::numbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << QByteArray("12") << true << 12.0;
    QTest::newRow("decimal") << QByteArray("2.5") << true << 2.5;
    QTest::newRow("exponent") << QByteArray("1e-07") << true << 1e-7;
    QTest::newRow("plus sign") << QByteArray("+3") << true << 3.0;
    QTest::newRow("white space") << QByteArray(" 4.25\n") << true << 4.25;
    QTest::newRow("negative") << QByteArray("-0.5") << true << -0.5;
    QTest::newRow("decimal comma") << QByteArray("1,5") << false << 0.0;
    QTest::newRow("nan") << QByteArray("nan") << false << 0.0;
    QTest::newRow("NaN") << QByteArray("NaN") << false << 0.0;
    QTest::newRow("inf") << QByteArray("inf") << false << 0.0;
    QTest::newRow("overflow") << QByteArray("1e999") << false << 0.0;
    QTest::newRow("hex") << QByteArray("0x10") << false << 0.0;
    QTest::newRow("trailing text") << QByteArray("3min") << false << 0.0;
    QTest::newRow("empty") << QByteArray("") << false << 0.0;
    // Plain decimals of up to 15 digits take a shortcut; these check it against the longer way.
    QTest::newRow("inexact decimal") << QByteArray("0.1") << true << 0.1;
    QTest::newRow("15 digits") << QByteArray("123456789.012345") << true << 123456789.012345;
    QTest::newRow("16 digits") << QByteArray("1234567890.123456") << true << 1234567890.123456;
    QTest::newRow("17 digits") << QByteArray("0.30000000000000004") << true << 0.30000000000000004;
    QTest::newRow("rounded integer")
        << QByteArray("9007199254740993") << true << 9007199254740992.0;
    QTest::newRow("leading zeros") << QByteArray("007.50") << true << 7.5;
    QTest::newRow("negative zero") << QByteArray("-0") << true << -0.0;
    QTest::newRow("no fraction digits") << QByteArray("5.") << true << 5.0;
    QTest::newRow("no integer digits") << QByteArray("-.5") << true << -0.5;
    QTest::newRow("only a sign") << QByteArray("-") << false << 0.0;
    QTest::newRow("two points") << QByteArray("1.2.3") << false << 0.0;
}

void TestNativeFormat::numbers()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const std::optional<double> parsed
        = parseNumber(std::string_view(text.constData(), size_t(text.size())));
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(std::bit_cast<quint64>(*parsed), std::bit_cast<quint64>(value)); // exactly
        // Shortest form reads back exactly.
        const QByteArray formatted = formatNumber(*parsed);
        QCOMPARE(*parseNumber(std::string_view(formatted.constData(), size_t(formatted.size()))),
                 *parsed);
    }
}

QTEST_GUILESS_MAIN(TestNativeFormat)
#include "tst_nativeformat.moc"
