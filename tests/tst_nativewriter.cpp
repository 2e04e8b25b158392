// Writing the native format: round trips of every sample (golden), determinism, every
// attribute, the XSD and kept foreign content. Also run under a German locale.

#include "formattestutil.h"

using namespace bp;
using namespace bp::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(bp::AnalysisSettings)

class TestNativeWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void samplesRoundTrip_data();
    void samplesRoundTrip();
    void generatedRoundTrip_data();
    void generatedRoundTrip();
    void everyAttributeRoundTrip();
    void writerOutputValidAgainstXsd_data();
    void writerOutputValidAgainstXsd();
    void unknownContentKept();
    void analysisSettingsRoundTrip_data();
    void analysisSettingsRoundTrip();
};

void TestNativeWriter::initTestCase()
{
    checkExpectedLocale();
}

void TestNativeWriter::samplesRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = samplePaths();
    QVERIFY(paths.size() >= 4);
    for (const QString &p : paths)
        QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
}

void TestNativeWriter::samplesRoundTrip()
{
    QFETCH(QString, path);
    const QByteArray original = readAll(path);
    const ReadResult first = readNative(original);
    QVERIFY2(first.ok(), qPrintable(firstError(first)));
    for (const Diagnostic &d : first.diagnostics)
        QVERIFY2(d.severity == Diagnostic::Severity::Info, qPrintable(formatDiagnostic(path, d)));
    QVERIFY(first.blueprint->graph.stepCount() >= 10); // realistic samples, not toys
    QVERIFY(first.blueprint->demand.has_value());

    // read -> write -> read gives an equal model
    const QByteArray written = writeNative(*first.blueprint);
    const ReadResult second = readNative(written);
    QVERIFY2(second.ok(), qPrintable(firstError(second)));
    QVERIFY(*second.blueprint == *first.blueprint);
    // write -> read -> write is byte-identical, and the samples are stored in that form (golden)
    QCOMPARE(writeNative(*second.blueprint), written);
    QCOMPARE(written, original);
}

void TestNativeWriter::generatedRoundTrip_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("2 steps") << 2 << quint64(1);
    QTest::newRow("3 steps") << 3 << quint64(2);
    QTest::newRow("50 steps") << 50 << quint64(3);
    QTest::newRow("1000 steps seed 1") << 1000 << quint64(1);
    QTest::newRow("1000 steps seed 99") << 1000 << quint64(99);
}

void TestNativeWriter::generatedRoundTrip()
{
    QFETCH(int, steps);
    QFETCH(quint64, seed);
    const Blueprint generated = generateBlueprint(steps, seed);
    QCOMPARE(int(generated.graph.stepCount()), steps);
    const QByteArray bytes = writeNative(generated);
    QCOMPARE(writeNative(generateBlueprint(steps, seed)), bytes); // same seed, same bytes
    const ReadResult r = readNative(bytes);
    QVERIFY2(r.ok(), qPrintable(firstError(r)));
    for (const Diagnostic &d : r.diagnostics)
        QVERIFY2(d.severity == Diagnostic::Severity::Info, qPrintable(formatDiagnostic({}, d)));
    QVERIFY(*r.blueprint == generated);
    QCOMPARE(writeNative(*r.blueprint), bytes);
}

void TestNativeWriter::everyAttributeRoundTrip()
{
    const Blueprint bp = everyAttribute();
    const QByteArray bytes = writeNative(bp);
    const ReadResult r = readNative(bytes);
    QVERIFY2(r.ok(), qPrintable(firstError(r)));
    QVERIFY(*r.blueprint == bp);
    QCOMPARE(writeNative(*r.blueprint), bytes);
    // Numbers are written in their shortest exact form, with a decimal point whatever the locale.
    QVERIFY(bytes.contains("time=\"0.1\""));
    QVERIFY(bytes.contains("scv=\"0.3333333333333333\""));
    QVERIFY(bytes.contains("tolerance=\"1e-07\""));
    QVERIFY(bytes.contains("y=\"1000000\""));
    QVERIFY(bytes.contains("x=\"-12.25\""));
    QVERIFY(bytes.contains("time=\"123456.789\""));
    QVERIFY(bytes.contains("arrival-rate=\"1.5\" per=\"d\" arrival-scv=\"0.25\""));
    QVERIFY(!QString::fromUtf8(bytes).contains(QRegularExpression(QStringLiteral("[0-9],[0-9]"))));
    // Line breaks inside attributes are escaped so that they survive.
    QVERIFY(bytes.contains("title=\"Tab&#9;here, newline&#10;here\""));
    // Golden bytes: the file a user's version control will see.
    const QString goldenPath
        = QStringLiteral(BLUEPRINT_SOURCE_DIR "/tests/data/every-attribute.blueprint");
    if (qEnvironmentVariableIsSet("BLUEPRINT_UPDATE_GOLDEN"))
        QVERIFY(saveAtomically(goldenPath, bytes).ok);
    QCOMPARE(bytes, readAll(goldenPath));
}

void TestNativeWriter::writerOutputValidAgainstXsd_data()
{
    QTest::addColumn<QByteArray>("bytes");
    for (const QString &p : samplePaths())
        QTest::newRow(qPrintable(QFileInfo(p).fileName()))
            << writeNative(*readNativeFile(p).blueprint);
    QTest::newRow("every attribute") << writeNative(everyAttribute());
    QTest::newRow("generated 2000") << writeNative(generateBlueprint(2000, 7));
    QTest::newRow("empty blueprint") << writeNative(Blueprint {});
    const ReadResult kept = readNative(
        withBody("  <steps>\n    <step id=\"a\" lane=\"c\" ext:tag=\"1\" "
                 "xmlns:ext=\"urn:ext\"><ext:note>kept</ext:note></step>\n"
                 "  </steps>\n  <ext:data xmlns:ext=\"urn:ext\"><ext:x/></ext:data>\n"));
    QTest::newRow("foreign content kept") << writeNative(*kept.blueprint);
}

void TestNativeWriter::writerOutputValidAgainstXsd()
{
    QFETCH(QByteArray, bytes);
    QString output;
    QVERIFY2(xmllintAccepts(bytes, &output), qPrintable(output));
}

void TestNativeWriter::unknownContentKept()
{
    const QByteArray in
        = "<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" xmlns:ext=\"urn:ext\" "
          "version=\"1.4\" ext:theme=\"dark\" future=\"yes\">\n"
          "  <lanes><lane id=\"c\" kind=\"customer\" ext:colour=\"#fff\"/></lanes>\n"
          "  <steps><step id=\"a\" lane=\"c\" kind=\"start\"><ext:note a=\"1\">hi</ext:note></step>"
          "<step id=\"b\" lane=\"c\" kind=\"end\"/></steps>\n"
          "  <ext:settings><ext:grid size=\"10\"/></ext:settings>\n"
          "  <phases/>\n"
          "</blueprint>\n";
    const ReadResult r = readNative(in);
    QVERIFY2(r.ok(), qPrintable(firstError(r)));
    const QByteArray out = writeNative(*r.blueprint);
    QVERIFY(out.contains("ext:theme=\"dark\""));
    QVERIFY(out.contains("future=\"yes\""));
    QVERIFY(out.contains("ext:colour=\"#fff\""));
    QVERIFY(out.contains("<ext:note xmlns:ext=\"urn:ext\" a=\"1\">hi</ext:note>"));
    QVERIFY(
        out.contains("<ext:settings xmlns:ext=\"urn:ext\"><ext:grid size=\"10\"/></ext:settings>"));
    QVERIFY(!out.contains("phases")); // unknown in our namespace: warned, not kept
    bool warnedPhases = false;
    bool warnedFuture = false;
    for (const Diagnostic &d : r.diagnostics) {
        warnedPhases
            = warnedPhases || (d.message.contains(QStringLiteral("<phases>")) && d.line == 5);
        warnedFuture
            = warnedFuture || (d.message.contains(QStringLiteral("future")) && d.line == 1);
    }
    QVERIFY(warnedPhases);
    QVERIFY(warnedFuture);
    // Kept content survives another round trip unchanged.
    QCOMPARE(writeNative(*readNative(out).blueprint), out);
}

void TestNativeWriter::analysisSettingsRoundTrip_data()
{
    QTest::addColumn<AnalysisSettings>("settings");
    QTest::addColumn<QByteArray>("element"); // the line written, empty: none

    QTest::newRow("defaults: no element") << AnalysisSettings {} << QByteArray();
    AnalysisSettings s;
    s.waitModel = WaitModel::SakasegawaQna;
    QTest::newRow("wait model") << s << QByteArray("<analysis wait-model=\"sakasegawa\"/>");
    s = {};
    s.busy = s.high = s.critical = 0.9; // equal bands are allowed: BUSY and HIGH never fire
    QTest::newRow("bands") << s
                           << QByteArray("<analysis busy=\"0.9\" high=\"0.9\" critical=\"0.9\"/>");
    s = {};
    s.rpnThreshold = 120;
    s.severityThreshold = 10;
    QTest::newRow("fmea") << s
                          << QByteArray(
                                 "<analysis rpn-threshold=\"120\" severity-threshold=\"10\"/>");
    s = {};
    s.targetUtilisation = 0.8;
    s.backlogHorizon = 480;
    QTest::newRow("target and horizon")
        << s << QByteArray("<analysis target-utilisation=\"0.8\" backlog-horizon=\"480\"/>");
    s = {};
    s.pingPongWindow = 5;
    s.flexibleRoutingGain = 1;
    QTest::newRow("structure")
        << s << QByteArray("<analysis ping-pong-window=\"5\" flexible-routing-gain=\"1\"/>");
    s = {};
    s.tieTolerance = 0;
    s.probabilityTolerance = 0.01;
    QTest::newRow("tolerances")
        << s << QByteArray("<analysis tie-tolerance=\"0\" probability-tolerance=\"0.01\"/>");
    s = {};
    s.extras.attributes.append({ u"future"_s, u"yes"_s });
    QTest::newRow("kept attribute only") << s << QByteArray("<analysis future=\"yes\"/>");
}

void TestNativeWriter::analysisSettingsRoundTrip()
{
    QFETCH(AnalysisSettings, settings);
    QFETCH(QByteArray, element);
    Blueprint bp;
    bp.demand = Demand {};
    bp.analysisSettings = settings;
    const QByteArray bytes = writeNative(bp);
    // Right after <demand>, or nowhere when every setting is the default.
    const QByteArray afterDemand = bytes.mid(bytes.indexOf("  <demand/>\n") + 12);
    if (element.isEmpty())
        QVERIFY(!bytes.contains("<analysis"));
    else
        QVERIFY2(afterDemand.startsWith("  " + element + "\n"), bytes.constData());
    const ReadResult r = readNative(bytes);
    QVERIFY2(r.ok(), qPrintable(firstError(r)));
    QVERIFY(r.blueprint->analysisSettings == settings);
    QCOMPARE(writeNative(*r.blueprint), bytes);
    QString output;
    QVERIFY2(xmllintAccepts(bytes, &output), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestNativeWriter)
#include "tst_nativewriter.moc"
