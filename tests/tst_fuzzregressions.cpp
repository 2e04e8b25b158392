// Replays the fuzzing inputs in the ordinary build (reliability.md): every file in
// fuzz/regressions (inputs that once failed, kept after the fix) and the minimised fuzz corpus in
// fuzz/corpus goes through the same checks as the fuzz targets (fuzz/fuzzchecks.h).
// File names tell the target: bpmn-* and *.bpmn go to the BPMN importer, the rest to the native
// reader and the load-save-load round trip.

#include "fuzzchecks.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("path");
    int rows = 0;
    const QStringList folders { QStringLiteral(BLUEPRINT_SOURCE_DIR "/fuzz/regressions"),
                                QStringLiteral(BLUEPRINT_SOURCE_DIR "/fuzz/corpus"),
                                QStringLiteral(BLUEPRINT_SOURCE_DIR "/resources/examples"),
                                QStringLiteral(BLUEPRINT_SHARED_DIR "/corpus/bpmn-miwg") };
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(u".md"_s) || path.endsWith(u".png"_s) || path.endsWith(u".json"_s)
                || path.endsWith(u".csv"_s))
                continue;
            QTest::newRow(
                qPrintable(path.mid(path.lastIndexOf(u'/', path.lastIndexOf(u'/') - 1) + 1)))
                << path;
            ++rows;
        }
    }
    QVERIFY2(rows > 20, "the replay corpus is missing");
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QString name = path.section(u'/', -1);
    const bool bpmn = name.startsWith(u"bpmn-"_s) || name.endsWith(u".bpmn"_s)
        || path.contains(u"/corpus/bpmn/"_s);
    if (bpmn) {
        QVERIFY(bp::fuzz::checkBpmn(bytes));
    } else {
        QVERIFY(bp::fuzz::checkNativeReader(bytes));
        QVERIFY(bp::fuzz::checkNativeRoundTrip(bytes));
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
