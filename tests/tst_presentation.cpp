// Presentation mode driven by keys, as a trainer (or a presentation clicker) drives it: F5 in
// the editor, next and previous, the journey order of the bank sample, lanes revealed one by
// one, captions at fail points and wait points, notes, the laser pointer, and Esc back to the
// editor exactly as it was. Screenshots go to build/tests/output/.

#include "canvas/diagramview.h"
#include "document/document.h"
#include "guitestutil.h"
#include "helpdialog.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "presentation/noteswindow.h"
#include "presentation/presentationmode.h"
#include "presentation/presentationwindow.h"
#include "render/scenegeometry.h"
#include "render/style.h"
#include "windowmanager.h"

#include <QDockWidget>
#include <QFile>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTextBrowser>
#include <QtTest>

using namespace bp;

namespace {
const QString bankOrder = QStringLiteral(
    "arrive greet form interview docver credit manual_lookup underwrite senior contract "
    "disburse funded decline declined_exit");

void screenshot(QWidget *widget, const char *name)
{
    QDir().mkpath(QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR));
    widget->grab().save(QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR "/") + QLatin1String(name));
}

// The shape of a Markdown guide, whatever its language: one entry per heading ("#", "##"), per
// paragraph ("p"), per list item ("-") and per table row ("|"), in order. Lines that continue a
// paragraph or an item and HTML comments are left out, so wrapping does not count.
QStringList outline(const QString &markdown)
{
    QStringList entries;
    bool inBlock = false; // the previous line belongs to a paragraph, an item or a table
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1String("<!--"))) {
            inBlock = false;
        } else if (line.startsWith(QLatin1Char('#'))) {
            entries << line.left(line.indexOf(QLatin1Char(' ')));
            inBlock = false;
        } else if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "))) {
            entries << QStringLiteral("-");
            inBlock = true;
        } else if (line.startsWith(QLatin1Char('|'))) {
            entries << QStringLiteral("|");
            inBlock = true;
        } else if (!inBlock) {
            entries << QStringLiteral("p");
            inBlock = true;
        }
    }
    return entries;
}

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void f5EntersFullScreen();
    void clickerKeysWalkTheJourneyInOrder();
    void captionsAtFailAndWaitPoints();
    void lanesRevealOneByOne();
    void readableTypeAndZoomKeys();
    void notesToggle();
    void notesOnSecondScreen();
    void laserPointer();
    void escapeRestoresTheEditor();
    void everyActionHasATip();
    void userGuideFromTheHelpMenu();
    void userGuideInTheInterfaceLanguage_data();
    void userGuideInTheInterfaceLanguage();
    void userGuideTranslationsInStep_data();
    void userGuideTranslationsInStep();

private:
    PresentationWindow *present(bool projectorSize = true);

    std::unique_ptr<QTemporaryDir> m_settings;
    MainWindow *m_window = nullptr;
};

void TestPresentation::initTestCase()
{
    m_settings = test::isolateSettings();
}

void TestPresentation::init()
{
    m_window = WindowManager::instance()->createWindow();
    QVERIFY(m_window->loadFile(test::samplePath("bank-loan.blueprint")));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestPresentation::cleanup()
{
    if (m_window->presentationMode()->isActive())
        m_window->presentationMode()->stop();
    m_window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

PresentationWindow *TestPresentation::present(bool projectorSize)
{
    QTest::keyClick(m_window, Qt::Key_F5);
    PresentationWindow *p = m_window->presentationMode()->presentation();
    if (p && projectorSize)
        p->resize(1600, 900); // a projector-like size, whatever the offscreen screen is
    return p;
}

void TestPresentation::f5EntersFullScreen()
{
    PresentationWindow *p = present(false);
    QVERIFY(p);
    QVERIFY(m_window->presentationMode()->isActive());
    QVERIFY(p->isVisible());
    QVERIFY(p->windowState() & Qt::WindowFullScreen);
    QVERIFY(p->isWindow());
    // No docks, toolbars or menus in the presentation: it is a window of its own.
    QVERIFY(p->findChildren<QWidget *>().isEmpty());
    QCOMPARE(p->currentIndex(), 0);
    QCOMPARE(p->currentStep(), QStringLiteral("arrive"));
    QTest::keyClick(m_window, Qt::Key_F5); // a second F5 starts nothing new
    QCOMPARE(m_window->presentationMode()->presentation(), p);
}

void TestPresentation::clickerKeysWalkTheJourneyInOrder()
{
    PresentationWindow *p = present();
    QVERIFY(p);
    QStringList seen { p->currentStep() };
    const Qt::Key forward[] = { Qt::Key_Right, Qt::Key_Space, Qt::Key_PageDown };
    for (int i = 0; i < 13; ++i) {
        QTest::keyClick(p, forward[i % 3]);
        seen << p->currentStep();
    }
    QCOMPARE(seen.join(u' '), bankOrder);
    QTest::keyClick(p, Qt::Key_Right); // the end stays the end
    QCOMPARE(p->currentStep(), QStringLiteral("declined_exit"));
    QTest::keyClick(p, Qt::Key_Left);
    QCOMPARE(p->currentStep(), QStringLiteral("decline"));
    QTest::keyClick(p, Qt::Key_PageUp);
    QCOMPARE(p->currentStep(), QStringLiteral("funded"));
    QTest::keyClick(p, Qt::Key_Home);
    QCOMPARE(p->currentIndex(), 0);
    QTest::keyClick(p, Qt::Key_Left); // the start stays the start
    QCOMPARE(p->currentIndex(), 0);
    QTest::mouseClick(p, Qt::LeftButton, {}, QPoint(400, 400));
    QCOMPARE(p->currentStep(), QStringLiteral("greet"));
    QTest::keyClick(p, Qt::Key_End);
    QCOMPARE(p->currentStep(), QStringLiteral("declined_exit"));
}

void TestPresentation::captionsAtFailAndWaitPoints()
{
    PresentationWindow *p = present();
    QVERIFY(p);
    QTest::keyClick(p, Qt::Key_Right);
    QCOMPARE(p->currentStep(), QStringLiteral("greet"));
    QVERIFY(p->captionText().isEmpty());
    QVERIFY(p->captionRect().isEmpty());
    QTest::keyClick(p, Qt::Key_Right);
    QTest::keyClick(p, Qt::Key_Right);
    QCOMPARE(p->currentStep(), QStringLiteral("interview"));
    const QString caption = p->captionText();
    QVERIFY2(caption.startsWith(QStringLiteral("Fail point: “Loan interview” fails 5%")),
             qPrintable(caption));
    QVERIFY2(caption.contains(QStringLiteral("\nWait point: ")), qPrintable(caption));
    const QRect box = p->captionRect();
    QVERIFY(!box.isEmpty());
    QVERIFY(p->rect().contains(box));
    QVERIFY(!box.intersects(p->diagramRect()));
    screenshot(p, "presentation-interview.png");
    QTest::keyClick(p, Qt::Key_End);
    QTest::keyClick(p, Qt::Key_Left);
    QTest::keyClick(p, Qt::Key_Left);
    QTest::keyClick(p, Qt::Key_Left);
    QCOMPARE(p->currentStep(), QStringLiteral("disburse"));
    QVERIFY2(p->captionText().contains(QStringLiteral("Severity 10 of 10")),
             qPrintable(p->captionText()));
}

void TestPresentation::readableTypeAndZoomKeys()
{
    PresentationWindow *p = present();
    QVERIFY(p);
    const Style style;
    const int base = std::max(14, p->height() / 30); // the window's base text size
    const auto titlePixels = [&] {
        return p->diagramScale() * style.stepTitleFont().pixelSize();
    };
    // Step titles are readable from the back of a room: at least 60 % of the base text (18 px
    // at 900 px high), not the 9 px that fitting every lane into the height gave.
    QVERIFY2(titlePixels() >= base * 0.6, qPrintable(QString::number(titlePixels())));
    const double readable = p->diagramScale();
    screenshot(p, "presentation-readable.png");

    QTest::keyClick(p, Qt::Key_Plus);
    QCOMPARE(p->zoomStep(), 1);
    QVERIFY(qFuzzyCompare(p->diagramScale(), readable * 1.25));
    // Minus goes out until every lane fits the height, and no further.
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(p, Qt::Key_Minus);
    const double allLanes = p->diagramScale();
    QVERIFY(allLanes < readable);
    const int floor = p->zoomStep();
    QTest::keyClick(p, Qt::Key_Minus);
    QCOMPARE(p->zoomStep(), floor);
    screenshot(p, "presentation-all-lanes.png");
    QTest::keyClick(p, Qt::Key_0);
    QCOMPARE(p->zoomStep(), 0);
    QVERIFY(qFuzzyCompare(p->diagramScale(), readable));

    // At the readable zoom the lanes are taller than the screen: the view follows every stop,
    // across and down, so the current step is always on screen.
    SceneGeometry geometry;
    geometry.rebuild(m_window->document()->blueprint());
    const QRectF diagram(p->diagramRect());
    QVERIFY(geometry.diagramRect().height() * p->diagramScale() > diagram.height());
    for (const walkthrough::Stop &stop : p->walkthrough().stops) {
        const Step *step = m_window->document()->blueprint().graph.step(stop.step);
        QVERIFY(step);
        const QPointF centre = p->diagramTransform().map(geometry.stepCenter(*step));
        QVERIFY2(diagram.contains(centre), qPrintable(stop.step));
        QTest::keyClick(p, Qt::Key_Right);
    }
}

void TestPresentation::lanesRevealOneByOne()
{
    PresentationWindow *p = present();
    QVERIFY(p);
    QCOMPARE(p->revealedLanes(), -1);
    const QImage all = p->grab().toImage();
    QTest::keyClick(p, Qt::Key_L);
    QCOMPARE(p->revealedLanes(), 1);
    const QImage one = p->grab().toImage();
    QVERIFY(one != all);
    QTest::keyClick(p, Qt::Key_L);
    QCOMPARE(p->revealedLanes(), 2);
    screenshot(p, "presentation-lanes-2.png");
    QTest::keyClick(p, Qt::Key_L, Qt::ShiftModifier);
    QCOMPARE(p->revealedLanes(), 1);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(p, Qt::Key_L);
    QCOMPARE(p->revealedLanes(), 4);
    QTest::keyClick(p, Qt::Key_L); // the last lane: every lane shows, the mode ends
    QCOMPARE(p->revealedLanes(), -1);
    QCOMPARE(p->grab().toImage(), all);
}

void TestPresentation::notesToggle()
{
    PresentationWindow *p = present();
    QVERIFY(p);
    QVERIFY(!p->notesVisible());
    QVERIFY(p->notesRect().isEmpty());
    const QRect wide = p->diagramRect();
    QTest::keyClick(p, Qt::Key_N);
    QVERIFY(p->notesVisible());
    QVERIFY(!p->notesRect().isEmpty());
    QVERIFY(p->diagramRect().width() < wide.width() * 4 / 5);
    QVERIFY(!p->notesRect().intersects(p->diagramRect()));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(p, Qt::Key_Right);
    screenshot(p, "presentation-notes.png");
    QTest::keyClick(p, Qt::Key_N);
    QVERIFY(!p->notesVisible());
    QCOMPARE(p->diagramRect().width(), wide.width());
}

void TestPresentation::notesOnSecondScreen()
{
    // With two screens the notes go to a window of their own (the offscreen platform has one
    // screen, so build that presentation directly).
    PresentationWindow p(m_window->document()->blueprint(), true);
    p.resize(1280, 720);
    p.show();
    NotesWindow *notes = p.notesWindow();
    QVERIFY(notes);
    notes->show();
    QVERIFY(p.notesVisible());
    QVERIFY(p.notesRect().isEmpty()); // no panel over the diagram
    p.setCurrentIndex(3);
    QCOMPARE(
        notes->notesText(),
        m_window->document()->blueprint().graph.step(QStringLiteral("interview"))->description);
    QTest::keyClick(&p, Qt::Key_N);
    QVERIFY(!notes->isVisible());
    QTest::keyClick(&p, Qt::Key_N);
    QVERIFY(notes->isVisible());
    screenshot(notes, "presentation-notes-window.png");
}

void TestPresentation::laserPointer()
{
    PresentationWindow *p = present();
    QVERIFY(p);
    QVERIFY(!p->laserActive());
    QTest::keyClick(p, Qt::Key_P);
    QVERIFY(p->laserActive());
    QCOMPARE(p->cursor().shape(), Qt::BlankCursor);
    QMouseEvent move(QEvent::MouseMove, QPointF(500, 300), p->mapToGlobal(QPointF(500, 300)),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(p, &move);
    QCOMPARE(p->laserPosition(), QPoint(500, 300));
    const QImage image = p->grab().toImage();
    const QColor dot
        = image.pixelColor(500 * image.width() / p->width(), 300 * image.height() / p->height());
    QVERIFY2(dot.red() > 200 && dot.green() < 80 && dot.blue() < 80, qPrintable(dot.name()));
    screenshot(p, "presentation-laser.png");
    QTest::keyClick(p, Qt::Key_P);
    QVERIFY(!p->laserActive());
    QVERIFY(p->cursor().shape() != Qt::BlankCursor);
}

void TestPresentation::escapeRestoresTheEditor()
{
    DiagramView *view = m_window->view();
    m_window->findChild<QDockWidget *>(QStringLiteral("historyDock"))->hide();
    view->setZoom(1.7);
    view->selectElements({ QStringLiteral("interview"), QStringLiteral("f3") });
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum() / 2);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 3);
    QTest::qWait(100); // let the layout settle before recording
    const EditorState before = EditorState::capture(m_window);
    QVERIFY(before.selection.size() == 2);

    PresentationWindow *p = present();
    QVERIFY(p);
    QTest::keyClick(p, Qt::Key_Right);
    QTest::keyClick(p, Qt::Key_L);
    QTest::keyClick(p, Qt::Key_N);
    QTest::keyClick(p, Qt::Key_P);
    QPointer<PresentationWindow> guard(p);
    QTest::keyClick(p, Qt::Key_Escape);
    QVERIFY(!m_window->presentationMode()->isActive());
    QTRY_VERIFY(guard.isNull()); // the presentation window is gone
    QTest::qWait(100);
    const EditorState after = EditorState::capture(m_window);
    QCOMPARE(after.zoom, before.zoom);
    QCOMPARE(after.horizontalScroll, before.horizontalScroll);
    QCOMPARE(after.verticalScroll, before.verticalScroll);
    QCOMPARE(after.selection, before.selection);
    QCOMPARE(after.windowState, before.windowState);
    QVERIFY(after.dockState == before.dockState);
    QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("historyDock"))->isVisible());
    QVERIFY(m_window->isVisible());
}

void TestPresentation::everyActionHasATip()
{
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    QVERIFY(actions.size() > 30);
    for (const QAction *action : actions) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->text()));
        QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->text()));
    }
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionPresent"))->shortcut(),
             QKeySequence(Qt::Key_F5));
}

void TestPresentation::userGuideFromTheHelpMenu()
{
    QAction *guide = m_window->findChild<QAction *>(QStringLiteral("actionUserGuide"));
    QVERIFY(guide);
    guide->trigger();
    auto *help = m_window->findChild<HelpDialog *>();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    const QString text = help->browser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("line of visibility")));
    QVERIFY(text.contains(QStringLiteral("wait point")));
    QVERIFY(!text.contains(QStringLiteral("## "))); // rendered, not shown as Markdown source
    // It opens at its beginning (the title), not scrolled to where the text ended.
    QTest::qWait(50);
    QCOMPARE(help->browser()->textCursor().position(), 0);
    QCOMPARE(help->browser()->verticalScrollBar()->value(), 0);
    help->close();
}

void TestPresentation::userGuideInTheInterfaceLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("translation"); // installed for that locale
    QTest::addColumn<QString>("heading"); // the guide's first heading
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("unexpected"); // words of the other guides
    const QString english = QStringLiteral("line of visibility");
    const QString simplified = QStringLiteral("可视分界线");
    const QString traditional = QStringLiteral("可視分界線");
    // The English guide names the Simplified terms in its Language section.
    const QStringList notEnglish { QStringLiteral("用户指南"), QStringLiteral("使用者指南"),
                                   traditional };
    const QStringList notSimplified { english, QStringLiteral("使用者指南"), traditional };
    const QStringList notTraditional { english, QStringLiteral("用户指南"), simplified };
    QTest::newRow("English") << "en_US"
                             << ""
                             << "Blueprint Studio user guide" << english << notEnglish;
    QTest::newRow("German: English") << "de_DE"
                                     << ""
                                     << "Blueprint Studio user guide" << english << notEnglish;
    QTest::newRow("Simplified Chinese")
        << "zh_CN"
        << "zh_CN"
        << "Blueprint Studio 用户指南" << simplified << notSimplified;
    QTest::newRow("Traditional Chinese")
        << "zh_TW"
        << "zh_TW"
        << "Blueprint Studio 使用者指南" << traditional << notTraditional;
    QTest::newRow("Hong Kong: Traditional")
        << "zh_HK"
        << "zh_TW"
        << "Blueprint Studio 使用者指南" << traditional << notTraditional;
}

void TestPresentation::userGuideInTheInterfaceLanguage()
{
    // Help shows the guide in the language the menus are in, as main.cpp installs it (from the
    // system's locale or the language setting); English where the guide has no translation.
    QFETCH(QString, locale);
    QFETCH(QString, translation);
    QFETCH(QString, heading);
    QFETCH(QString, expected);
    QFETCH(QStringList, unexpected);
    const auto english = qScopeGuard([] { i18n::uninstall(); }); // for the other tests
    QCOMPARE(i18n::install(*QCoreApplication::instance(), QLocale(locale)), translation);
    QCOMPARE(i18n::installedTranslation(), translation);

    QAction *guide = m_window->findChild<QAction *>(QStringLiteral("actionUserGuide"));
    QVERIFY(guide);
    guide->trigger();
    auto *help = m_window->findChild<HelpDialog *>();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    // The dialog's title is translated with the menus; the guide's heading says the same.
    QCOMPARE(help->windowTitle().toLower(), heading.toLower());
    const QString text = help->browser()->toPlainText();
    QVERIFY2(text.trimmed().startsWith(heading), qPrintable(text.left(200))); // no comment shown
    QVERIFY(text.contains(expected));
    for (const QString &other : std::as_const(unexpected))
        QVERIFY2(!text.contains(other), qPrintable(other));
    QVERIFY(!text.contains(QStringLiteral("## ")));
    const QString name = QStringLiteral("user-guide-%1.png")
                             .arg(translation.isEmpty() ? QStringLiteral("en") : translation);
    screenshot(help, qPrintable(name));
    help->close();

    i18n::uninstall();
    QVERIFY(i18n::installedTranslation().isEmpty());
    QCOMPARE(HelpDialog::userGuideMarkdown(), resourceText(QStringLiteral(":/docs/user-guide.md")));
}

void TestPresentation::userGuideTranslationsInStep_data()
{
    QTest::addColumn<QString>("translation");
    QTest::newRow("Simplified Chinese") << "zh_CN";
    QTest::newRow("Traditional Chinese") << "zh_TW";
}

void TestPresentation::userGuideTranslationsInStep()
{
    // A translation has the English guide's headings, paragraphs and list items in the same
    // order, so that no section or item is forgotten, and says which English text it follows.
    QFETCH(QString, translation);
    const QStringList english = outline(resourceText(QStringLiteral(":/docs/user-guide.md")));
    QCOMPARE(english.count(QStringLiteral("#")), 1);
    QVERIFY(english.count(QStringLiteral("##")) >= 7);
    QVERIFY(english.count(QStringLiteral("-")) >= 20);
    const QString markdown
        = resourceText(QStringLiteral(":/docs/user-guide.%1.md").arg(translation));
    QVERIFY(!markdown.isEmpty());
    QVERIFY(markdown.startsWith(QLatin1String("<!--")));
    const QString comment = markdown.left(markdown.indexOf(QLatin1String("-->")));
    QVERIFY2(comment.contains(QLatin1String("docs/user-guide.md")), qPrintable(comment));
    const QStringList translated = outline(markdown);
    for (qsizetype i = 0; i < std::min(english.size(), translated.size()); ++i) {
        if (english[i] != translated[i]) {
            const qsizetype section = english.mid(0, i + 1).count(QStringLiteral("##"));
            QFAIL(qPrintable(QStringLiteral("entry %1 (in section %2): \"%3\" in English, "
                                            "\"%4\" in the translation")
                                 .arg(i + 1)
                                 .arg(section)
                                 .arg(english[i], translated[i])));
        }
    }
    QCOMPARE(translated.size(), english.size());
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
