#pragma once

// Helpers shared by the file-format suites (tst_nativeformat, tst_nativewriter, tst_atomicsave).

#include "generate/generator.h"
#include "io/atomicsave.h"
#include "io/nativereader.h"
#include "io/nativewriter.h"
#include "io/numbers.h"
#include "model/kinds.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <clocale>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace bp::test {

// Six lines before the body of a malformed case: declaration, root, two lanes.
inline const QByteArray head
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\">\n"
      "  <lanes>\n"
      "    <lane id=\"c\" kind=\"customer\"/>\n"
      "    <lane id=\"f\" kind=\"frontstage\"/>\n"
      "  </lanes>\n";
inline const QByteArray tail = "</blueprint>\n";

inline QByteArray withBody(const QByteArray &body)
{
    return head + body + tail;
}

inline QByteArray steps(const QByteArray &inner)
{
    return withBody("  <steps>\n" + inner + "  </steps>\n");
}

inline const QByteArray twoSteps = "    <step id=\"a\" lane=\"c\" kind=\"start\"/>\n"
                                   "    <step id=\"b\" lane=\"f\" kind=\"end\"/>\n";

inline QStringList samplePaths()
{
    QDir dir(QStringLiteral(BLUEPRINT_SOURCE_DIR "/resources/examples"));
    QStringList paths;
    for (const QString &name :
         dir.entryList({ QStringLiteral("*.blueprint") }, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QString firstError(const ReadResult &r)
{
    for (const Diagnostic &d : r.diagnostics)
        if (d.isError())
            return QStringLiteral("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message);
    return QStringLiteral("(no error)");
}

// A blueprint that sets every attribute of the format, with text that needs escaping.
inline Blueprint everyAttribute()
{
    Blueprint bp;
    bp.meta.title = QStringLiteral("Every <attribute> & \"quote\" — 中文");
    bp.meta.timeUnit = TimeUnit::Hours;
    bp.meta.description = QStringLiteral("Line one\nLine two with <tags> & ampersands");
    Demand d;
    d.arrivalRate = 1.5;
    d.per = RateUnit::Day;
    d.arrivalScv = 0.25;
    d.journeyTolerance = 2.75;
    d.serviceLevel = 0.95;
    bp.demand = d;
    AnalysisSettings &a = bp.analysisSettings;
    a.waitModel = WaitModel::AllenCunneenPoisson;
    a.busy = 0.6;
    a.high = 0.8;
    a.critical = 0.9;
    a.rpnThreshold = 80;
    a.severityThreshold = 8;
    a.targetUtilisation = 0.75;
    a.backlogHorizon = 6;
    a.tieTolerance = 1e-6;
    a.pingPongWindow = 4;
    a.flexibleRoutingGain = 1.1;
    a.probabilityTolerance = 0.001;
    std::vector<Lane> lanes = Blueprint::standardLanes();
    lanes.push_back(
        { QStringLiteral("other1"), LaneKind::Other, QStringLiteral("Other"), 80.5, {} });
    bp.setLanes(lanes);
    bp.setPools(
        { { QStringLiteral("staff"), QStringLiteral("Staff"), Servers::of(3), {} },
          { QStringLiteral("kiosks"), QStringLiteral("Kiosks"), Servers::unlimited(), {} } });
    Step s;
    s.id = QStringLiteral("s1");
    s.lane = QStringLiteral("front");
    s.kind = StepKind::Decision;
    s.title = QStringLiteral("Tab\there, newline\nhere");
    s.description = QStringLiteral("Description \u202E with bidi");
    s.time = 0.1;
    s.scv = 0.3333333333333333;
    s.servers = Servers::of(2);
    s.tolerance = 1e-7;
    s.executionTolerance = 12.5;
    s.customerPresent = false;
    s.pFail = 0.005;
    s.severity = 9;
    s.occurrence = 2;
    s.detection = 10;
    s.entry = 0.5;
    s.pos = QPointF(-12.25, 1e6);
    bp.graph.addStep(s);
    Step t;
    t.id = QStringLiteral("s2");
    t.lane = QStringLiteral("back");
    t.pool = QStringLiteral("staff");
    t.time = 123456.789;
    t.pos = QPointF(200, 60);
    bp.graph.addStep(t);
    Flow f;
    f.id = QStringLiteral("f1");
    f.from = QStringLiteral("s1");
    f.to = QStringLiteral("s2");
    f.kind = FlowKind::Failure;
    f.p = 0.25;
    f.label = QStringLiteral("\"quoted\" <label>");
    f.waypoints = { QPointF(10, 20), QPointF(-30.5, 1e-3) };
    bp.graph.addFlow(f);
    Flow g = f;
    g.id = QStringLiteral("f2");
    g.kind = FlowKind::Rework;
    g.p = 0.75;
    g.label.clear();
    g.waypoints.clear();
    bp.graph.addFlow(g);
    return bp;
}

inline bool xmllintAccepts(const QByteArray &bytes, QString *output)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.blueprint"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    QProcess p;
    p.start(QStringLiteral(XMLLINT_EXECUTABLE),
            { QStringLiteral("--noout"), QStringLiteral("--schema"),
              QStringLiteral(BLUEPRINT_SOURCE_DIR "/resources/schema/blueprint-1.xsd"), path });
    p.waitForFinished(60000);
    *output = QString::fromLocal8Bit(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// Under the German run (BLUEPRINT_EXPECT_DECIMAL_COMMA), proves that the C library really uses
/// a decimal comma, so that the byte comparisons of the suite mean something.
inline void checkExpectedLocale()
{
    if (qEnvironmentVariableIsSet("BLUEPRINT_EXPECT_DECIMAL_COMMA")) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.1f", 1.5);
        QCOMPARE(QByteArray(buffer), QByteArray("1,5"));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
    }
}

} // namespace bp::test
