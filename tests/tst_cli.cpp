// The `blueprint` command line (spec/cli.md): validate and generate, their output and exit codes.

#include "cli.h"
#include "clitestutil.h"

#include "i18n/translations.h"
#include "io/nativereader.h"

#include <QTranslator>

#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

using namespace bp;

using namespace bp::test;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void usage_data();
    void usage();
    void validateSamples();
    void validateReportsPositions();
    void validateWarningsStillSucceed();
    void validateMissingFile();
    void generate_data();
    void generate();
    void generateIsDeterministic();
    void translationFiles_data();
    void translationFiles();
    void translationsComplete_data();
    void translationsComplete();
    void languageForLocale_data();
    void languageForLocale();
    void languageSetting_data();
    void languageSetting();
    void messagesInChinese();
    void installedTranslation();
};

void TestCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no command") << QStringList {} << 2 << "Usage: blueprint COMMAND";
    QTest::newRow("help") << QStringList { QStringLiteral("--help") } << 0 << "Commands:";
    QTest::newRow("version") << QStringList { QStringLiteral("--version") } << 0 << "blueprint ";
    QTest::newRow("unknown command")
        << QStringList { QStringLiteral("frobnicate") } << 2 << "unknown command 'frobnicate'";
    QTest::newRow("validate help")
        << QStringList { QStringLiteral("validate"), QStringLiteral("--help") } << 0
        << "Usage: blueprint validate";
    QTest::newRow("validate no file")
        << QStringList { QStringLiteral("validate") } << 2 << "no file given";
    QTest::newRow("validate unknown option")
        << QStringList { QStringLiteral("validate"), QStringLiteral("--frob"), QStringLiteral("x") }
        << 2 << "Unknown option 'frob'";
    QTest::newRow("generate help")
        << QStringList { QStringLiteral("generate"), QStringLiteral("-h") } << 0 << "--steps <N>";
    QTest::newRow("generate without steps")
        << QStringList { QStringLiteral("generate") } << 2 << "--steps is required";
    QTest::newRow("generate one step")
        << QStringList { QStringLiteral("generate"), QStringLiteral("--steps"),
                         QStringLiteral("1") }
        << 2 << "--steps must be a whole number from 2 to 1000000";
    QTest::newRow("generate bad seed")
        << QStringList { QStringLiteral("generate"), QStringLiteral("--steps"), QStringLiteral("5"),
                         QStringLiteral("--seed"), QStringLiteral("-4") }
        << 2 << "--seed must be a whole number";
}

void TestCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, expected);
    const Run r = run(args);
    QCOMPARE(r.status, status);
    QVERIFY2((r.out + r.err).contains(expected), qPrintable(r.out + r.err));
    // Help and version are results (stdout); usage errors are messages (stderr).
    if (status == 0)
        QVERIFY(r.err.isEmpty());
    else
        QVERIFY(r.out.isEmpty());
}

void TestCli::validateSamples()
{
    const QStringList files { sample("bank-loan.blueprint"),
                              sample("airline-service-centre.blueprint"),
                              sample("ecommerce-return.blueprint"),
                              sample("hotel-checkin.blueprint") };
    const Run r = run(QStringList { QStringLiteral("validate") } + files);
    QCOMPARE(r.status, 0);
    for (const QString &f : files)
        QVERIFY2(r.out.contains(f + QStringLiteral(": valid: ")), qPrintable(r.out));
    QVERIFY(r.out.contains(
        QStringLiteral("bank-loan.blueprint: valid: 18 steps, 20 flows, 5 lanes, 0 warning(s)")));
}

void TestCli::validateReportsPositions()
{
    QTemporaryDir dir;
    const QString bad
        = write(dir, QStringLiteral("loan.blueprint"),
                "<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\">\n"
                "  <lanes><lane id=\"c\" kind=\"customer\"/></lanes>\n"
                "  <steps><step id=\"a\" lane=\"c\" kind=\"start\"/></steps>\n"
                "  <flows>\n"
                "    <flow id=\"f9\" from=\"a\" to=\"intervew\"/>\n"
                "  </flows>\n"
                "</blueprint>\n");
    // A good file after a bad one is still checked; the status reflects the bad one.
    const Run r = run({ QStringLiteral("validate"), bad, sample("hotel-checkin.blueprint") });
    QCOMPARE(r.status, 2);
    QVERIFY2(r.out.contains(bad
                            + QStringLiteral(":5:28: error: flow \"f9\" goes to step "
                                             "\"intervew\", which does not exist")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(bad + QStringLiteral(": not valid: 1 error(s)")));
    QVERIFY(r.out.contains(QStringLiteral("hotel-checkin.blueprint: valid: ")));
}

void TestCli::validateWarningsStillSucceed()
{
    QTemporaryDir dir;
    const QString file
        = write(dir, QStringLiteral("w.blueprint"),
                "<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\">\n"
                "  <lanes><lane id=\"c\" kind=\"customer\"/></lanes>\n"
                "  <steps>\n"
                "    <step id=\"a\" lane=\"c\" kind=\"start\"/>\n"
                "    <step id=\"w\" lane=\"c\" colour=\"red\"/>\n"
                "    <step id=\"b\" lane=\"c\" kind=\"end\"/>\n"
                "  </steps>\n"
                "</blueprint>\n");
    const Run r = run({ QStringLiteral("validate"), file });
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(file + QStringLiteral(":5:27: warning: unknown attribute colour")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(file + QStringLiteral(":5:5: warning: step \"w\" has no time given")));
    QVERIFY(r.out.contains(QStringLiteral("2 warning(s)")));
}

void TestCli::validateMissingFile()
{
    const Run r = run({ QStringLiteral("validate"), QStringLiteral("/nonexistent/x.blueprint") });
    QCOMPARE(r.status, 2);
    QVERIFY(
        r.out.contains(QStringLiteral("/nonexistent/x.blueprint: error: the file does not exist")));
}

void TestCli::generate_data()
{
    QTest::addColumn<int>("steps");
    QTest::newRow("2") << 2;
    QTest::newRow("17") << 17;
    QTest::newRow("1000") << 1000;
}

void TestCli::generate()
{
    QFETCH(int, steps);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("g.blueprint"));
    const Run r = run({ QStringLiteral("generate"), QStringLiteral("--steps"),
                        QString::number(steps), QStringLiteral("-o"), out });
    QCOMPARE(r.status, 0);
    const ReadResult read = readNativeFile(out);
    QVERIFY(read.ok());
    QCOMPARE(int(read.blueprint->graph.stepCount()), steps);
    QCOMPARE(int(read.blueprint->lanes().size()), 5);
    const Run v = run({ QStringLiteral("validate"), out });
    QCOMPARE(v.status, 0);
    QVERIFY2(v.out.contains(QStringLiteral("0 warning(s)")), qPrintable(v.out));
}

void TestCli::generateIsDeterministic()
{
    QTemporaryDir dir;
    const auto gen = [&](const QString &name, const QString &seed) {
        const QString out = dir.filePath(name);
        run({ QStringLiteral("generate"), QStringLiteral("--steps"), QStringLiteral("300"),
              QStringLiteral("--seed"), seed, QStringLiteral("-o"), out });
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray a = gen(QStringLiteral("a"), QStringLiteral("5"));
    QVERIFY(!a.isEmpty());
    QCOMPARE(gen(QStringLiteral("b"), QStringLiteral("5")), a);
    QVERIFY(gen(QStringLiteral("c"), QStringLiteral("6")) != a);
}

void TestCli::translationFiles_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh_CN file error") << "zh_CN"
                                      << "bp::NativeReader"
                                      << "the file does not exist" << QStringLiteral("文件不存在");
    QTest::newRow("zh_TW file error") << "zh_TW"
                                      << "bp::NativeReader"
                                      << "the file does not exist" << QStringLiteral("檔案不存在");
    QTest::newRow("zh_CN line of visibility")
        << "zh_CN"
        << "bp::Painters"
        << "LINE OF VISIBILITY" << QStringLiteral("可视分界线");
    QTest::newRow("zh_TW line of visibility")
        << "zh_TW"
        << "bp::Painters"
        << "LINE OF VISIBILITY" << QStringLiteral("可視分界線");
    QTest::newRow("zh_CN line of interaction")
        << "zh_CN"
        << "bp::Painters"
        << "LINE OF INTERACTION" << QStringLiteral("互动分界线");
    QTest::newRow("zh_TW line of internal interaction")
        << "zh_TW"
        << "bp::Painters"
        << "LINE OF INTERNAL INTERACTION" << QStringLiteral("內部互動分界線");
}

void TestCli::translationFiles()
{
    // The .qm files are compiled from translations/*.ts at build time and embedded.
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/blueprint_") + language));
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()),
             expected);
}

void TestCli::translationsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << "zh_CN";
    QTest::newRow("zh_TW") << "zh_TW";
}

void TestCli::translationsComplete()
{
    // lupdate extracts every tr() string of the sources into a copy of the .ts file: nothing may
    // be new (a string added without running update_translations) and nothing unfinished.
    QFETCH(QString, language);
    const QString name = QStringLiteral("blueprint_%1.ts").arg(language);
    const QString committed = QStringLiteral(BLUEPRINT_SOURCE_DIR "/translations/") + name;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(name);
    QVERIFY(QFile::copy(committed, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(BLUEPRINT_SOURCE_DIR));
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                  { QStringLiteral("-recursive"), QStringLiteral("core"), QStringLiteral("app"),
                    QStringLiteral("-ts"), copy, QStringLiteral("-no-obsolete"),
                    QStringLiteral("-locations"), QStringLiteral("none") });
    QVERIFY(lupdate.waitForFinished(120000));
    const QString log
        = QString::fromLocal8Bit(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
    QCOMPARE(lupdate.exitCode(), 0);
    const QRegularExpression found(QStringLiteral("Found (\\d+) source text\\(s\\) \\((\\d+) new"));
    const QRegularExpressionMatch m = found.match(log);
    QVERIFY2(m.hasMatch(), qPrintable(log));
    QVERIFY2(m.captured(1).toInt() > 1000, qPrintable(log));
    QVERIFY2(
        m.captured(2).toInt() == 0,
        qPrintable(
            QStringLiteral("strings not in %1 (run the update_translations target):\n").arg(name)
            + log));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ts = file.readAll();
    QCOMPARE(ts.count("type=\"unfinished\""), 0);
    QCOMPARE(ts.count("<translation></translation>"), 0);
    QVERIFY(ts.count("<message") >= m.captured(1).toInt());
}

void TestCli::languageForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mainland") << "zh_CN"
                              << "zh_CN";
    QTest::newRow("Singapore") << "zh_SG"
                               << "zh_CN";
    QTest::newRow("Taiwan") << "zh_TW"
                            << "zh_TW";
    QTest::newRow("Hong Kong") << "zh_HK"
                               << "zh_TW";
    QTest::newRow("Traditional script") << "zh_Hant_CN"
                                        << "zh_TW";
    QTest::newRow("English") << "en_US"
                             << "";
    QTest::newRow("German") << "de_DE"
                            << "";
}

void TestCli::languageForLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(i18n::translationFor(QLocale(locale)), expected);
}

void TestCli::languageSetting_data()
{
    // The editor's language setting (Edit → Preferences): a choice wins over the system's.
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");
    const QString system = i18n::translationFor(QLocale::system());
    QTest::newRow("system") << "" << system;
    QTest::newRow("English") << "en"
                             << "";
    QTest::newRow("Simplified") << "zh_CN"
                                << "zh_CN";
    QTest::newRow("Traditional") << "zh_TW"
                                 << "zh_TW";
    QTest::newRow("unknown: the system's") << "fr" << system;
}

void TestCli::languageSetting()
{
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    QCOMPARE(i18n::translationFor(i18n::localeForSetting(setting)), expected);
}

void TestCli::messagesInChinese()
{
    // What a user with a Chinese system sees: the CLI's own words translated, the machine-
    // readable parts (file:line:column: severity:) unchanged.
    QCOMPARE(i18n::install(*QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN"))),
             QStringLiteral("zh_CN"));
    const Run r = run({ QStringLiteral("validate"), QStringLiteral("/nonexistent/x.blueprint") });
    QCOMPARE(r.status, 2);
    QVERIFY2(r.out.contains(QStringLiteral("/nonexistent/x.blueprint: error: 文件不存在")),
             qPrintable(r.out));
}

void TestCli::installedTranslation()
{
    // What is installed is what the user sees (the Help dialog picks its guide by it); a second
    // install() replaces the first rather than stacking under it, and uninstall() is English.
    auto &app = *QCoreApplication::instance();
    const auto english = qScopeGuard([] { i18n::uninstall(); });
    const auto title = [] {
        return QCoreApplication::translate("bp::HelpDialog", "Blueprint Studio User Guide");
    };
    QCOMPARE(i18n::install(app, QLocale(QStringLiteral("zh_TW"))), QStringLiteral("zh_TW"));
    QCOMPARE(i18n::installedTranslation(), QStringLiteral("zh_TW"));
    QCOMPARE(title(), QStringLiteral("Blueprint Studio 使用者指南"));
    QCOMPARE(i18n::install(app, QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
    QCOMPARE(i18n::installedTranslation(), QStringLiteral("zh_CN"));
    QCOMPARE(title(), QStringLiteral("Blueprint Studio 用户指南"));
    QCOMPARE(i18n::install(app, QLocale(QStringLiteral("en_GB"))), QString());
    QCOMPARE(i18n::installedTranslation(), QString());
    QCOMPARE(title(), QStringLiteral("Blueprint Studio User Guide"));

    QCOMPARE(i18n::install(app, QLocale(QStringLiteral("zh_HK"))), QStringLiteral("zh_TW"));
    i18n::uninstall();
    QCOMPARE(i18n::installedTranslation(), QString());
    QCOMPARE(title(), QStringLiteral("Blueprint Studio User Guide"));
    i18n::uninstall(); // twice: nothing left to remove
    QCOMPARE(i18n::installedTranslation(), QString());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
