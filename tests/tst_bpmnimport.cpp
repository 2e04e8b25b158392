// BPMN 2.0 import: the MIWG reference models against their independent counts, hostile and
// malformed files with positions, lane kinds from names (English and Chinese), layout.

#include "io/bpmnreader.h"
#include "io/nativewriter.h"
#include "model/diagnostic.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QtTest>

using namespace bp;

namespace {

QString corpusDir()
{
    return QStringLiteral(BLUEPRINT_SHARED_DIR "/corpus/bpmn-miwg");
}

QJsonObject expectedCounts()
{
    QFile f(corpusDir() + QStringLiteral("/expected_counts.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// A BPMN document around @p body: 4 lines before it, so the body starts on line 5.
QByteArray bpmnDoc(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n"
           "    xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\"\n"
           "    xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" id=\"d\">\n"
        + body + "</bpmn:definitions>\n";
}

QString describe(const Diagnostics &ds)
{
    QString s;
    for (const Diagnostic &d : ds)
        s += formatDiagnostic(QStringLiteral("f"), d) + u'\n';
    return s;
}

const Diagnostic *firstError(const ReadResult &r)
{
    for (const Diagnostic &d : r.diagnostics)
        if (d.isError())
            return &d;
    return nullptr;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

int sum(const BpmnImportReport &report, const QStringList &types, bool imported)
{
    int n = 0;
    for (const QString &t : types)
        n += imported ? report.imported.value(t) : report.notImportedCount(t);
    return n;
}

} // namespace

class TestBpmnImport : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
    void malformed_data();
    void malformed();
    void hostileEntitiesAreNotExpanded();
    void notImportedIsListed();
    void laneKinds_data();
    void laneKinds();
    void chineseLanes();
    void nestedLanesAndParallelGateways();
    void autoLayoutWithoutDiagram();
    void diagramPositionsRelativeToLane();
    void encodings();
    void idsMadeValid();
};

void TestBpmnImport::corpus_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files
        = QDir(corpusDir()).entryList({ QStringLiteral("*.bpmn") }, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 20, qPrintable(corpusDir()));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestBpmnImport::corpus()
{
    QFETCH(QString, file);
    const QJsonObject expected = expectedCounts().value(file).toObject();
    QVERIFY2(!expected.isEmpty(), "no expected counts");

    BpmnImportReport report;
    const ReadResult r = readBpmnFile(corpusDir() + u'/' + file, {}, &report);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    QVERIFY(!hasErrors(r.diagnostics));
    const Blueprint &bp = *r.blueprint;

    // Every counted element is imported or named in a warning: imported + not imported = count.
    const QStringList taskTypes
        = names({ "task", "userTask", "serviceTask", "sendTask", "receiveTask", "manualTask",
                  "businessRuleTask", "scriptTask" });
    const QStringList subTypes = names({ "subProcess", "transaction", "adHocSubProcess" });
    const QStringList gatewayTypes
        = names({ "exclusiveGateway", "inclusiveGateway", "parallelGateway", "complexGateway",
                  "eventBasedGateway" });
    const QStringList intermediateTypes
        = names({ "intermediateCatchEvent", "intermediateThrowEvent" });
    const QStringList dataTypes = names({ "dataObjectReference", "dataStoreReference" });
    const struct
    {
        const char *key;
        QStringList types;
    } categories[] = {
        { "tasks", taskTypes },
        { "call_activities", names({ "callActivity" }) },
        { "sub_processes", subTypes },
        { "gateways", gatewayTypes },
        { "start_events", names({ "startEvent" }) },
        { "end_events", names({ "endEvent" }) },
        { "intermediate_events", intermediateTypes },
        { "boundary_events", names({ "boundaryEvent" }) },
        { "sequence_flows", names({ "sequenceFlow" }) },
        { "message_flows", names({ "messageFlow" }) },
        { "associations", names({ "association" }) },
        { "data_objects", dataTypes },
        { "text_annotations", names({ "textAnnotation" }) },
        { "groups", names({ "group" }) },
        { "lanes", names({ "lane" }) },
    };
    for (const auto &c : categories) {
        const int imported = sum(report, c.types, true);
        const int left = sum(report, c.types, false);
        QVERIFY2(imported + left == expected.value(QLatin1String(c.key)).toInt(),
                 qPrintable(QStringLiteral("%1: %2 imported + %3 not imported, expected %4")
                                .arg(QLatin1String(c.key))
                                .arg(imported)
                                .arg(left)
                                .arg(expected.value(QLatin1String(c.key)).toInt())));
    }
    const QJsonObject taskCounts = expected.value(QStringLiteral("task_types")).toObject();
    for (const QString &t : taskTypes)
        QCOMPARE(report.imported.value(t) + report.notImportedCount(t),
                 taskCounts.value(t).toInt());
    // Boundary events and message flows are never imported.
    QCOMPARE(report.imported.value(QStringLiteral("boundaryEvent")), 0);
    QCOMPARE(report.imported.value(QStringLiteral("messageFlow")), 0);

    // The model holds exactly what the report says was imported, with the right kinds.
    QHash<StepKind, int> kinds;
    int fromLanes = 0;
    for (const Step *s : bp.graph.steps()) {
        ++kinds[s->kind];
        QVERIFY2(report.sourceType.contains(s->id), qPrintable(s->id));
    }
    for (const Lane &l : bp.lanes())
        fromLanes += report.sourceType.value(l.id) == u"lane";
    QCOMPARE(fromLanes, expected.value(QStringLiteral("leaf_lanes")).toInt());
    QCOMPARE(kinds.value(StepKind::Start), report.imported.value(QStringLiteral("startEvent")));
    QCOMPARE(kinds.value(StepKind::End), report.imported.value(QStringLiteral("endEvent")));
    QCOMPARE(kinds.value(StepKind::Fork) + kinds.value(StepKind::Join),
             report.imported.value(QStringLiteral("parallelGateway")));
    QCOMPARE(kinds.value(StepKind::Decision),
             sum(report, gatewayTypes, true)
                 - report.imported.value(QStringLiteral("parallelGateway")));
    QCOMPARE(kinds.value(StepKind::Action),
             sum(report, taskTypes, true) + sum(report, subTypes, true)
                 + sum(report, intermediateTypes, true)
                 + report.imported.value(QStringLiteral("callActivity")));
    QCOMPARE(int(bp.graph.flowCount()), report.imported.value(QStringLiteral("sequenceFlow")));

    // Each element left out has its own warning at its own position.
    for (const BpmnImportReport::Item &item : report.notImported) {
        const bool warned
            = std::any_of(r.diagnostics.cbegin(), r.diagnostics.cend(), [&](const Diagnostic &d) {
                  return d.severity == Diagnostic::Severity::Warning && d.line == item.line
                      && d.column == item.column;
              });
        QVERIFY2(warned, qPrintable(item.type + u' ' + item.id));
        QVERIFY(item.line > 0 && item.column > 0);
    }
    QVERIFY(r.suppressed == 0);

    // What was imported saves and loads as a valid blueprint.
    const ReadResult again = readNative(writeNative(bp));
    QVERIFY2(again.ok(), qPrintable(describe(again.diagnostics)));
}

void TestBpmnImport::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QByteArray process = "<bpmn:process id=\"p\">\n"
                               "  <bpmn:startEvent id=\"s\"/>\n"
                               "</bpmn:process>\n";
    QTest::newRow("empty") << QByteArray("  \n") << 1 << 1 << "the file is empty";
    QTest::newRow("not xml") << QByteArray("hello") << 1 << 1 << "contains no XML element";
    QTest::newRow("unclosed") << bpmnDoc(process).replace("</bpmn:process>", "") << 8 << 3
                              << "does not match its start tag";
    QTest::newRow("wrong root") << QByteArray("<?xml version=\"1.0\"?>\n<blueprint/>\n") << 2 << 1
                                << "not a BPMN 2.0 file: the root element is <blueprint>";
    QTest::newRow("wrong namespace")
        << QByteArray("<definitions xmlns=\"http://example.com/bpmn\">\n</definitions>") << 1 << 1
        << "not a BPMN 2.0 file";
    QTest::newRow("two roots") << bpmnDoc(process) + "<bpmn:definitions/>\n"
                               << 9 << 1 << "more than one root element";
    QTest::newRow("no process") << bpmnDoc("<bpmn:collaboration id=\"c\"/>\n") << 1 << 1
                                << "no process to import";
    QTest::newRow("duplicate id") << bpmnDoc("<bpmn:process id=\"p\">\n"
                                             "  <bpmn:task id=\"t\"/>\n"
                                             "  <bpmn:userTask id=\"t\"/>\n"
                                             "</bpmn:process>\n")
                                  << 7 << 18 << "id \"t\" is used twice (first at line 6)";
    QTest::newRow("duplicate attribute")
        << bpmnDoc("<bpmn:process id=\"p\">\n"
                   "  <bpmn:task id=\"t\" name=\"a\" name=\"b\"/>\n"
                   "</bpmn:process>\n")
        << 6 << 21 << "attribute name is given twice";
    QTest::newRow("invalid utf-8") << bpmnDoc("<bpmn:process id=\"p\" name=\"caf\xE9\"/>\n") << 5
                                   << 31 << "not valid UTF-8 text (byte 0xe9)";
    QTest::newRow("control character") << bpmnDoc("<bpmn:process id=\"p\" name=\"a\x01\"/>\n") << 5
                                       << 29 << "control character U+0001";
    QTest::newRow("unsupported encoding")
        << QByteArray("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<definitions/>") << 1 << 21
        << "encoding \"shift_jis\", which is not supported";
    QTest::newRow("too deep") << bpmnDoc(QByteArray("<a>").repeated(300)) << 5 << 766
                              << "nested more than 256 deep";
    QTest::newRow("name too long")
        << bpmnDoc("<bpmn:process id=\"p\">\n<bpmn:task id=\"t\" name=\"" + QByteArray(10001, 'x')
                   + "\"/>\n</bpmn:process>\n")
        << 6 << 19 << "name is 10001 characters long; the limit is 10000";
}

void TestBpmnImport::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const ReadResult r = readBpmn(bytes);
    QVERIFY(!r.ok());
    const Diagnostic *e = firstError(r);
    QVERIFY2(e, qPrintable(describe(r.diagnostics)));
    QVERIFY2(e->message.contains(message), qPrintable(describe(r.diagnostics)));
    QCOMPARE(e->line, line);
    QCOMPARE(e->column, column);
}

void TestBpmnImport::hostileEntitiesAreNotExpanded()
{
    // Billion laughs and an external entity: the DTD is skipped, nothing is expanded or fetched.
    const QByteArray bytes
        = "<?xml version=\"1.0\"?>\n"
          "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
          "<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
          "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n"
          "<process id=\"p\"><task id=\"t\" name=\"&b;&x;\"/></process>\n"
          "</definitions>\n";
    const ReadResult r = readBpmn(bytes);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    const Step *t = r.blueprint->graph.step(QStringLiteral("t"));
    QVERIFY(t);
    QVERIFY(!t->title.contains(QStringLiteral("aaaa")));
    QVERIFY(!t->title.contains(QStringLiteral("root:")));
}

void TestBpmnImport::notImportedIsListed()
{
    const QByteArray bytes
        = bpmnDoc("<bpmn:collaboration id=\"c\">\n" // 5
                  "  <bpmn:participant id=\"pa\" name=\"Customer\" processRef=\"p\"/>\n"
                  "  <bpmn:participant id=\"pb\" name=\"Bank\"/>\n"
                  "  <bpmn:messageFlow id=\"m\" sourceRef=\"t\" targetRef=\"pb\"/>\n"
                  "</bpmn:collaboration>\n"
                  "<bpmn:process id=\"p\">\n" // 10
                  "  <bpmn:startEvent id=\"s\"/>\n"
                  "  <bpmn:task id=\"t\" name=\"Ask\"/>\n"
                  "  <bpmn:boundaryEvent id=\"b\" attachedToRef=\"t\"/>\n"
                  "  <bpmn:endEvent id=\"e\"/>\n"
                  "  <bpmn:endEvent id=\"e2\"/>\n" // 15
                  "  <bpmn:sequenceFlow id=\"f1\" sourceRef=\"s\" targetRef=\"t\"/>\n"
                  "  <bpmn:sequenceFlow id=\"f2\" sourceRef=\"t\" targetRef=\"e\"/>\n"
                  "  <bpmn:sequenceFlow id=\"f3\" sourceRef=\"b\" targetRef=\"e2\"/>\n"
                  "  <bpmn:sequenceFlow id=\"f4\" sourceRef=\"t\" targetRef=\"nowhere\"/>\n"
                  "  <bpmn:dataStoreReference id=\"ds\" name=\"CRM\"/>\n" // 20
                  "  <bpmn:textAnnotation id=\"ta\"/>\n"
                  "  <bpmn:intermediateThrowEvent id=\"i\"/>\n"
                  "  <bpmn:inclusiveGateway id=\"g\"/>\n"
                  "  <bpmn:fancyNewThing id=\"n\"/>\n"
                  "</bpmn:process>\n");
    BpmnImportReport report;
    const ReadResult r = readBpmn(bytes, {}, &report);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    const QStringList expected {
        QStringLiteral("7:3: pool \"Bank\" has no process (a black box) and is not imported"),
        QStringLiteral("8:3: message flow \"m\" between pools is not imported"),
        QStringLiteral("13:3: boundary event \"b\" is not imported"),
        QStringLiteral("19:3: sequenceFlow \"f4\" is not imported: its target \"nowhere\" does "
                       "not exist"),
        QStringLiteral("20:3: <dataStoreReference> \"CRM\" is not imported"),
        QStringLiteral("21:3: <textAnnotation> \"ta\" is not imported"),
        QStringLiteral("22:3: intermediate event \"i\" is imported as an action step"),
        QStringLiteral("23:3: <inclusiveGateway> \"g\" is imported as an exclusive decision"),
        QStringLiteral("24:3: unknown element <fancyNewThing> \"n\" is not imported"),
    };
    QStringList got;
    for (const Diagnostic &d : r.diagnostics)
        if (d.severity == Diagnostic::Severity::Warning)
            got << QStringLiteral("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message);
    for (const QString &e : expected) {
        const bool found = std::any_of(got.cbegin(), got.cend(),
                                       [&](const QString &g) { return g.startsWith(e); });
        QVERIFY2(found, qPrintable(e + QStringLiteral("\n---\n") + got.join(u'\n')));
    }
    QCOMPARE(report.notImported.size(), 7);
    // The flow from the boundary event leaves the task it is attached to, as a failure flow.
    const Flow *f3 = r.blueprint->graph.flow(QStringLiteral("f3"));
    QVERIFY(f3);
    QCOMPARE(f3->from, QStringLiteral("t"));
    QCOMPARE(f3->kind, FlowKind::Failure);
    QVERIFY(!r.blueprint->graph.flow(QStringLiteral("f4")));
    // Elements without a lane go to a lane named after their pool.
    QCOMPARE(r.blueprint->lanes().size(), size_t(1));
    QCOMPARE(r.blueprint->lanes().front().title, QStringLiteral("Customer"));
    QCOMPARE(r.blueprint->lanes().front().kind, LaneKind::Customer);
}

void TestBpmnImport::laneKinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<LaneKind>("kind");
    QTest::newRow("customer") << "Customer" << LaneKind::Customer;
    QTest::newRow("client") << "Client actions" << LaneKind::Customer;
    QTest::newRow("guest") << "Hotel guest" << LaneKind::Customer;
    QTest::newRow("patient") << "Patient" << LaneKind::Customer;
    QTest::newRow("front desk") << "Front desk" << LaneKind::Frontstage;
    QTest::newRow("onstage") << "Onstage contact" << LaneKind::Frontstage;
    QTest::newRow("front-office") << "Front-office" << LaneKind::Frontstage;
    QTest::newRow("back office") << "Back office" << LaneKind::Backstage;
    QTest::newRow("backstage") << "Backstage" << LaneKind::Backstage;
    QTest::newRow("path") << "Bank / Back office" << LaneKind::Backstage;
    QTest::newRow("path parent decides") << "Customer / Lane 2" << LaneKind::Customer;
    QTest::newRow("IT") << "IT" << LaneKind::Support;
    QTest::newRow("it lower-case is a word") << "Make it so" << LaneKind::Other;
    QTest::newRow("support beats customer") << "Customer support" << LaneKind::Support;
    QTest::newRow("system") << "Loan System" << LaneKind::Support;
    QTest::newRow("evidence") << "Physical evidence" << LaneKind::PhysicalEvidence;
    QTest::newRow("plain") << "Lane 1" << LaneKind::Other;
    QTest::newRow("zh customer") << "顾客" << LaneKind::Customer;
    QTest::newRow("zh client") << "客户" << LaneKind::Customer;
    QTest::newRow("zh-TW client") << "客戶" << LaneKind::Customer;
    QTest::newRow("zh front") << "前台员工" << LaneKind::Frontstage;
    QTest::newRow("zh back") << "后台" << LaneKind::Backstage;
    QTest::newRow("zh-TW back") << "後台作業" << LaneKind::Backstage;
    QTest::newRow("zh support") << "支持流程" << LaneKind::Support;
    QTest::newRow("zh system") << "信贷系统" << LaneKind::Support;
    QTest::newRow("zh evidence") << "有形展示" << LaneKind::PhysicalEvidence;
}

void TestBpmnImport::laneKinds()
{
    QFETCH(QString, name);
    QFETCH(LaneKind, kind);
    QCOMPARE(guessLaneKind(name), kind);
}

void TestBpmnImport::chineseLanes()
{
    const QByteArray bytes = bpmnDoc("<bpmn:process id=\"p\"><bpmn:laneSet id=\"ls\">\n"
                                     "  <bpmn:lane id=\"l1\" name=\"顾客\"><bpmn:flowNodeRef>s"
                                     "</bpmn:flowNodeRef></bpmn:lane>\n"
                                     "  <bpmn:lane id=\"l2\" name=\"前台\"><bpmn:flowNodeRef>t"
                                     "</bpmn:flowNodeRef></bpmn:lane>\n"
                                     "  <bpmn:lane id=\"l3\" name=\"后台\"/>\n"
                                     "  <bpmn:lane id=\"l4\" name=\"支持\"/>\n"
                                     "</bpmn:laneSet>\n"
                                     "<bpmn:startEvent id=\"s\" name=\"到店\"/>\n"
                                     "<bpmn:task id=\"t\" name=\"接待\"/>\n"
                                     "</bpmn:process>\n");
    const ReadResult r = readBpmn(bytes);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    const std::vector<Lane> &lanes = r.blueprint->lanes();
    QCOMPARE(lanes.size(), size_t(4));
    QCOMPARE(lanes[0].kind, LaneKind::Customer);
    QCOMPARE(lanes[1].kind, LaneKind::Frontstage);
    QCOMPARE(lanes[2].kind, LaneKind::Backstage);
    QCOMPARE(lanes[3].kind, LaneKind::Support);
    QCOMPARE(lanes[0].title, QStringLiteral("顾客"));
    QCOMPARE(r.blueprint->graph.step(QStringLiteral("t"))->title, QStringLiteral("接待"));
    QCOMPARE(r.blueprint->graph.step(QStringLiteral("t"))->lane, QStringLiteral("l2"));
}

void TestBpmnImport::nestedLanesAndParallelGateways()
{
    const QByteArray bytes = bpmnDoc(
        "<bpmn:process id=\"p\"><bpmn:laneSet id=\"ls\">\n"
        "  <bpmn:lane id=\"bank\" name=\"Bank\"><bpmn:childLaneSet id=\"cls\">\n"
        "    <bpmn:lane id=\"fo\" name=\"Front office\"><bpmn:flowNodeRef>a</bpmn:flowNodeRef>"
        "<bpmn:flowNodeRef>split</bpmn:flowNodeRef></bpmn:lane>\n"
        "    <bpmn:lane id=\"bo\" name=\"Back office\"><bpmn:flowNodeRef>b</bpmn:flowNodeRef>"
        "<bpmn:flowNodeRef>merge</bpmn:flowNodeRef></bpmn:lane>\n"
        "  </bpmn:childLaneSet></bpmn:lane>\n"
        "</bpmn:laneSet>\n"
        "<bpmn:parallelGateway id=\"split\"/><bpmn:task id=\"a\"/><bpmn:task id=\"b\"/>\n"
        "<bpmn:parallelGateway id=\"merge\"/>\n"
        "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"split\" targetRef=\"a\" name=\"yes\"/>\n"
        "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"split\" targetRef=\"b\">"
        "<bpmn:conditionExpression>amount &gt; 10</bpmn:conditionExpression></bpmn:sequenceFlow>\n"
        "<bpmn:sequenceFlow id=\"f3\" sourceRef=\"a\" targetRef=\"merge\"/>\n"
        "<bpmn:sequenceFlow id=\"f4\" sourceRef=\"b\" targetRef=\"merge\"/>\n"
        "</bpmn:process>\n");
    BpmnImportReport report;
    const ReadResult r = readBpmn(bytes, {}, &report);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    const Blueprint &bp = *r.blueprint;
    QCOMPARE(bp.lanes().size(), size_t(2));
    QCOMPARE(bp.lanes()[0].title, QStringLiteral("Bank / Front office"));
    QCOMPARE(bp.lanes()[0].kind, LaneKind::Frontstage);
    QCOMPARE(bp.lanes()[1].title, QStringLiteral("Bank / Back office"));
    QCOMPARE(bp.lanes()[1].kind, LaneKind::Backstage);
    QCOMPARE(report.imported.value(QStringLiteral("lane")), 3);
    QCOMPARE(bp.graph.step(QStringLiteral("split"))->kind, StepKind::Fork);
    QCOMPARE(bp.graph.step(QStringLiteral("merge"))->kind, StepKind::Join);
    QCOMPARE(bp.graph.step(QStringLiteral("merge"))->lane, QStringLiteral("bo"));
    QCOMPARE(bp.graph.flow(QStringLiteral("f1"))->label, QStringLiteral("yes"));
    QCOMPARE(bp.graph.flow(QStringLiteral("f2"))->label, QStringLiteral("amount > 10"));
}

void TestBpmnImport::autoLayoutWithoutDiagram()
{
    const QByteArray bytes
        = bpmnDoc("<bpmn:process id=\"p\" name=\"Guest\">\n"
                  "<bpmn:startEvent id=\"s\"/><bpmn:exclusiveGateway id=\"g\"/>\n"
                  "<bpmn:task id=\"a\"/><bpmn:task id=\"b\"/>\n"
                  "<bpmn:endEvent id=\"e\"/>\n"
                  "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"s\" targetRef=\"g\"/>\n"
                  "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"g\" targetRef=\"a\"/>\n"
                  "<bpmn:sequenceFlow id=\"f3\" sourceRef=\"g\" targetRef=\"b\"/>\n"
                  "<bpmn:sequenceFlow id=\"f4\" sourceRef=\"a\" targetRef=\"e\"/>\n"
                  "<bpmn:sequenceFlow id=\"f5\" sourceRef=\"b\" targetRef=\"e\"/>\n"
                  "</bpmn:process>\n");
    const ReadResult r = readBpmn(bytes);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    const BlueprintGraph &g = r.blueprint->graph;
    const auto pos = [&](const char *id) {
        return g.step(QString::fromLatin1(id))->pos;
    };
    QVERIFY(pos("s").x() < pos("g").x());
    QVERIFY(pos("g").x() < pos("a").x());
    QCOMPARE(pos("a").x(), pos("b").x()); // one layer, stacked
    QVERIFY(pos("a").y() != pos("b").y());
    QVERIFY(pos("b").x() < pos("e").x());
    const Lane &lane = r.blueprint->lanes().front();
    QCOMPARE(lane.title, QStringLiteral("Guest"));
    QCOMPARE(lane.kind, LaneKind::Customer);
    QVERIFY(lane.height >= pos("b").y() + 30);
}

void TestBpmnImport::diagramPositionsRelativeToLane()
{
    const QByteArray bytes
        = bpmnDoc("<bpmn:collaboration id=\"c\"><bpmn:participant id=\"pa\" processRef=\"p\"/>"
                  "</bpmn:collaboration>\n"
                  "<bpmn:process id=\"p\"><bpmn:laneSet id=\"ls\">\n"
                  "  <bpmn:lane id=\"top\"><bpmn:flowNodeRef>s</bpmn:flowNodeRef></bpmn:lane>\n"
                  "  <bpmn:lane id=\"low\"><bpmn:flowNodeRef>t</bpmn:flowNodeRef></bpmn:lane>\n"
                  "</bpmn:laneSet>\n"
                  "<bpmn:startEvent id=\"s\"/><bpmn:task id=\"t\"/>\n"
                  "</bpmn:process>\n"
                  "<bpmndi:BPMNDiagram id=\"dg\"><bpmndi:BPMNPlane id=\"pl\" bpmnElement=\"c\">\n"
                  "<bpmndi:BPMNShape id=\"a1\" bpmnElement=\"pa\"><dc:Bounds x=\"100\" y=\"50\" "
                  "width=\"700\" height=\"400\"/></bpmndi:BPMNShape>\n"
                  // Listed bottom lane first: lanes are stacked as the diagram shows them.
                  "<bpmndi:BPMNShape id=\"a3\" bpmnElement=\"low\"><dc:Bounds x=\"130\" y=\"250\" "
                  "width=\"670\" height=\"200\"/></bpmndi:BPMNShape>\n"
                  "<bpmndi:BPMNShape id=\"a2\" bpmnElement=\"top\"><dc:Bounds x=\"130\" y=\"50\" "
                  "width=\"670\" height=\"200\"/></bpmndi:BPMNShape>\n"
                  "<bpmndi:BPMNShape id=\"a4\" bpmnElement=\"s\"><dc:Bounds x=\"200\" y=\"132\" "
                  "width=\"36\" height=\"36\"/></bpmndi:BPMNShape>\n"
                  "<bpmndi:BPMNShape id=\"a5\" bpmnElement=\"t\"><dc:Bounds x=\"300\" y=\"300\" "
                  "width=\"100\" height=\"80\"/></bpmndi:BPMNShape>\n"
                  "<bpmndi:BPMNShape id=\"a6\" bpmnElement=\"x\"><dc:Bounds x=\"nan\" y=\"1\" "
                  "width=\"1\" height=\"1\"/></bpmndi:BPMNShape>\n"
                  "</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>\n");
    const ReadResult r = readBpmn(bytes);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    const Blueprint &bp = *r.blueprint;
    QCOMPARE(bp.lanes()[0].id, QStringLiteral("top"));
    QCOMPARE(bp.lanes()[0].height, 200.0);
    // Content starts right of the pool's and the lane's label bands (130 + 30).
    QCOMPARE(bp.graph.step(QStringLiteral("s"))->pos, QPointF(218 - 160, 150 - 50));
    QCOMPARE(bp.graph.step(QStringLiteral("t"))->pos, QPointF(350 - 160, 340 - 250));
    const bool warned
        = std::any_of(r.diagnostics.cbegin(), r.diagnostics.cend(), [](const Diagnostic &d) {
              return d.line == 18 && d.column == 54
                  && d.message.contains(QStringLiteral("x=\"nan\""));
          });
    QVERIFY2(warned, qPrintable(describe(r.diagnostics)));
}

void TestBpmnImport::encodings()
{
    // Latin-1 declared (as several MIWG files are) with a non-ASCII name; UTF-16 with a BOM.
    const QByteArray latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                              "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
                              "<process id=\"p\"><task id=\"t\" name=\"Caf\xE9\"/></process>"
                              "</definitions>\n";
    const ReadResult a = readBpmn(latin1);
    QVERIFY2(a.ok(), qPrintable(describe(a.diagnostics)));
    QCOMPARE(a.blueprint->graph.step(QStringLiteral("t"))->title, QStringLiteral("Café"));

    const QString text = QStringLiteral(
        "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
        "<process id=\"p\"><task id=\"t\" name=\"顾客到店\"/></process></definitions>");
    QStringEncoder encode(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QByteArray utf16 = encode(text);
    const ReadResult b = readBpmn(utf16);
    QVERIFY2(b.ok(), qPrintable(describe(b.diagnostics)));
    QCOMPARE(b.blueprint->graph.step(QStringLiteral("t"))->title, QStringLiteral("顾客到店"));
}

void TestBpmnImport::idsMadeValid()
{
    const QByteArray bytes
        = bpmnDoc("<bpmn:process id=\"p\">\n"
                  "<bpmn:task id=\"1abc\"/><bpmn:task id=\"_1abc\"/><bpmn:task id=\"a:b\"/>\n"
                  "<bpmn:task/>\n"
                  "<bpmn:sequenceFlow id=\"f\" sourceRef=\"1abc\" targetRef=\"a:b\"/>\n"
                  "</bpmn:process>\n");
    BpmnImportReport report;
    const ReadResult r = readBpmn(bytes, {}, &report);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    const BlueprintGraph &g = r.blueprint->graph;
    QCOMPARE(g.stepCount(), size_t(4));
    QCOMPARE(report.idMap.value(QStringLiteral("1abc")), QStringLiteral("_1abc"));
    QCOMPARE(report.idMap.value(QStringLiteral("_1abc")), QStringLiteral("_1abc-2"));
    QCOMPARE(report.idMap.value(QStringLiteral("a:b")), QStringLiteral("a_b"));
    const Flow *f = g.flow(QStringLiteral("f"));
    QVERIFY(f);
    QCOMPARE(f->from, QStringLiteral("_1abc"));
    QCOMPARE(f->to, QStringLiteral("a_b"));
    // The model saves and reloads: every id is valid and unique.
    QVERIFY(readNative(writeNative(*r.blueprint)).ok());
}

QTEST_GUILESS_MAIN(TestBpmnImport)
#include "tst_bpmnimport.moc"
