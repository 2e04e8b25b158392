// The first window, driven through its real widgets: opening the bank sample, every element on
// the canvas, keyboard zoom, undo/redo and save by shortcut, a broken file, the unsaved-changes
// prompt, and a screenshot of the main window.

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/stepitem.h"
#include "commands/changecommands.h"
#include "docks/findingsdock.h"
#include "docks/findingsmodel.h"
#include "docks/historydock.h"
#include "docks/propertiesdock.h"
#include "docks/steppage.h"
#include "document/document.h"
#include "guitestutil.h"
#include "io/nativereader.h"
#include "io/nativewriter.h"
#include "analysis/analysiscontroller.h"
#include "analysis/analysisui.h"
#include "mainwindow.h"
#include "selection.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSet>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUndoView>
#include <QtTest>

using namespace bp;
using namespace bp::test;

namespace {
const QString bankSample = samplePath("bank-loan.blueprint");

DiagramScene *sceneOf(MainWindow &w)
{
    return qobject_cast<DiagramScene *>(w.view()->scene());
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_settings = isolateSettings(); }
    void opensSampleWithEveryElement();
    void screenshot();
    void keyboardZoom();
    void undoRedoAndSaveByShortcut();
    void brokenFileKeepsDocument();
    void closeWithUnsavedChangesAsks();
    void findingsFollowEditsAndClickSelectsAndCentres();
    void historyListsEachGesture();
    void statusBarCounts();
    void toolbarIconsLoad();

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

void TestMainWindow::opensSampleWithEveryElement()
{
    MainWindow w;
    QStringList errors;
    QVERIFY2(w.loadFile(bankSample, &errors), qPrintable(errors.join(u'\n')));
    const Blueprint &bp = w.document()->blueprint();
    QCOMPARE(int(bp.graph.stepCount()), 18);
    DiagramScene *scene = sceneOf(w);
    QVERIFY(scene);
    for (const Step *s : bp.graph.steps())
        QVERIFY2(scene->stepItem(s->id), qPrintable(s->id));
    for (const Flow *f : bp.graph.flows())
        QVERIFY2(scene->flowItem(f->id), qPrintable(f->id));
    QVERIFY(w.windowTitle().contains(QStringLiteral("bank-loan.blueprint")));
    QVERIFY(!w.isWindowModified());
    // The diagram covers every lane and every step.
    for (const Step *s : bp.graph.steps())
        QVERIFY(
            scene->diagramRect().contains(scene->stepItem(s->id)->sceneBoundingRect().center()));
}

void TestMainWindow::screenshot()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    w.resize(1600, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // A step selected, as while editing: the properties dock shows it.
    selectElements(sceneOf(w), { QStringLiteral("interview") }, {});
    QCOMPARE(w.propertiesDock()->currentPage(), w.propertiesDock()->stepPage());
    w.view()->fitToWindow();
    QCoreApplication::processEvents();
    const QImage image = w.grab().toImage();
    QCOMPARE(image.size(), QSize(1600, 900) * image.devicePixelRatio());
    QDir().mkpath(QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR));
    const QString path = QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR "/mainwindow-bank.png");
    QVERIFY(image.save(path));
    qInfo("screenshot written to %s", qPrintable(path));

    // The other pages of the properties dock, for a look: a flow, two steps (mixed values),
    // nothing selected (the document), and the findings of a model with problems.
    const auto shoot = [&](const char *name) {
        QCoreApplication::processEvents();
        QVERIFY(w.grab().save(QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR "/") + QLatin1String(name)));
    };
    selectElements(sceneOf(w), {}, { QStringLiteral("f10") });
    shoot("mainwindow-bank-flow.png");
    selectElements(sceneOf(w), { QStringLiteral("greet"), QStringLiteral("interview") }, {});
    shoot("mainwindow-bank-mixed.png");
    w.document()->undoStack()->push(makeStepEdit(
        w.document(), { QStringLiteral("senior"), QStringLiteral("decline") },
        [](Step &s) {
            s.time = 0;
            s.severity = 4;
        },
        QStringLiteral("Break")));
    w.findingsDock()->refresh();
    selectElements(sceneOf(w), {}, {});
    shoot("mainwindow-bank-document.png");
    w.document()->undoStack()->undo();
    selectElements(sceneOf(w), { QStringLiteral("interview") }, {});
    QCoreApplication::processEvents();

    // Something was painted: lane tints, step cards, text and lines give many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));

    // The step "interview" is drawn where the scene puts it: its card differs from its lane.
    DiagramScene *scene = sceneOf(w);
    const QRectF card = scene->stepItem(QStringLiteral("interview"))->sceneBoundingRect();
    const QPoint inView = w.view()->mapFromScene(card.center());
    const QPoint inWindow = w.view()->viewport()->mapTo(&w, inView);
    const QPoint besideInWindow = w.view()->viewport()->mapTo(
        &w, w.view()->mapFromScene(card.center() + QPointF(0, card.height())));
    QVERIFY(image.rect().contains(inWindow));
    QVERIFY(image.pixel(inWindow) != image.pixel(besideInWindow)
            || image.pixel(inWindow) == qRgb(255, 255, 255));
}

void TestMainWindow::keyboardZoom()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    w.resize(1200, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    const double start = w.view()->zoom();
    QTest::keySequence(&w, QKeySequence(QKeySequence::ZoomIn));
    const double zoomedIn = w.view()->zoom();
    QVERIFY2(zoomedIn > start, qPrintable(QStringLiteral("%1 -> %2").arg(start).arg(zoomedIn)));
    QTest::keySequence(&w, QKeySequence(QKeySequence::ZoomOut));
    QTest::keySequence(&w, QKeySequence(QKeySequence::ZoomOut));
    QVERIFY(w.view()->zoom() < zoomedIn);
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0));
    QCOMPARE(w.view()->zoom(), 1.0);
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_0));
    QCOMPARE(w.view()->zoom(), start); // fit again
}

void TestMainWindow::undoRedoAndSaveByShortcut()
{
    QTemporaryDir dir;
    const QString path = copyOf(dir, bankSample);
    const QByteArray original = readAll(path);
    MainWindow w;
    QVERIFY(w.loadFile(path));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    Document *doc = w.document();
    QUndoCommand *rename = makeStepEdit(
        doc, { QStringLiteral("greet") }, [](Step &s) { s.title = QStringLiteral("Welcome"); },
        QStringLiteral("Rename"));
    QVERIFY(rename);
    doc->undoStack()->push(rename);
    QVERIFY(w.isWindowModified());

    QTest::keySequence(&w, QKeySequence(QKeySequence::Undo));
    QCOMPARE(doc->blueprint().graph.step(QStringLiteral("greet"))->title,
             QStringLiteral("Greet and triage"));
    QVERIFY(!w.isWindowModified());
    QTest::keySequence(&w, QKeySequence(QKeySequence::Redo));
    QCOMPARE(doc->blueprint().graph.step(QStringLiteral("greet"))->title,
             QStringLiteral("Welcome"));
    QVERIFY(w.isWindowModified());
    QVERIFY(sceneOf(w)->stepItem(QStringLiteral("greet")));

    QTest::keySequence(&w, QKeySequence(QKeySequence::Save));
    QVERIFY(!w.isWindowModified());
    const QByteArray saved = readAll(path);
    QVERIFY(saved != original);
    QCOMPARE(saved, writeNative(doc->blueprint()));
    const ReadResult reopened = readNativeFile(path);
    QVERIFY(reopened.ok());
    QVERIFY(*reopened.blueprint == doc->blueprint());
}

void TestMainWindow::brokenFileKeepsDocument()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.blueprint"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\">\n"
                "  <lanes><lane id=\"c\" kind=\"customer\"/></lanes>\n"
                "  <steps><step id=\"a\" lane=\"c\"/></steps>\n"
                "  <flows>\n"
                "    <flow id=\"f9\" from=\"a\" to=\"intervew\"/>\n"
                "  </flows>\n"
                "</blueprint>\n");
    }
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    QStringList errors;
    QVERIFY(!w.loadFile(bad, &errors));
    QVERIFY2(!errors.isEmpty()
                 && errors.first().contains(
                     QStringLiteral("bad.blueprint:5:28: error: flow \"f9\" goes to step")),
             qPrintable(errors.join(u'\n')));
    QCOMPARE(int(w.document()->blueprint().graph.stepCount()), 18);
    QVERIFY(w.windowTitle().contains(QStringLiteral("bank-loan.blueprint")));
}

void TestMainWindow::closeWithUnsavedChangesAsks()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.document()->undoStack()->push(makeStepEdit(
        w.document(), { QStringLiteral("form") }, [](Step &s) { s.time = 12; },
        QStringLiteral("Change time")));
    int asked = 0;
    answerNextMessageBox(QMessageBox::RejectRole, &asked); // Cancel
    QVERIFY(!w.close());
    QCOMPARE(asked, 1);
    QVERIFY(w.isVisible());
    answerNextMessageBox(QMessageBox::DestructiveRole, &asked); // Discard
    QVERIFY(w.close());
    QCOMPARE(asked, 2);
}

void TestMainWindow::findingsFollowEditsAndClickSelectsAndCentres()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // This test is about the validation rows: keep the analysis (tst_analysisui) out of the list.
    w.analysis()->controller()->blockSignals(true);
    FindingsModel *model = w.findingsDock()->model();
    QCOMPARE(model->rowCount(), 0); // the sample is clean

    // An action without a time is a warning; the list follows a moment after the edit.
    w.document()->undoStack()->push(makeStepEdit(
        w.document(), { QStringLiteral("senior") }, [](Step &s) { s.time = 0; },
        QStringLiteral("Change time")));
    QVERIFY(w.findingsDock()->isRefreshPending());
    QCOMPARE(model->rowCount(), 0);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->row(0).severity, FindingRow::Severity::Warning);
    QCOMPARE(model->row(0).elementIds, QVector<ElementId> { QStringLiteral("senior") });
    QVERIFY(model->data(model->index(0, FindingsModel::ElementColumn), Qt::DisplayRole)
                .toString()
                .contains(QStringLiteral("Senior officer review")));
    QVERIFY(!model->data(model->index(0, FindingsModel::SeverityColumn), Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());

    // Zoomed in and looking elsewhere, a click on the message selects and centres the step.
    w.view()->resetZoom();
    QTest::keySequence(&w, QKeySequence(QKeySequence::ZoomIn));
    w.view()->centerOn(0, 0);
    QTreeView *list = w.findingsDock()->view();
    const QRect rect = list->visualRect(
        w.findingsDock()->filter()->mapFromSource(model->index(0, FindingsModel::MessageColumn)));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    const CanvasSelection selection = selectionOf(sceneOf(w));
    QCOMPARE(selection.steps, QVector<ElementId> { QStringLiteral("senior") });
    const QPointF centre
        = sceneOf(w)->stepItem(QStringLiteral("senior"))->sceneBoundingRect().center();
    // Centred as far as the scroll range allows: horizontally exactly, and fully in view.
    const QPointF shown = w.view()->mapToScene(w.view()->viewport()->rect().center());
    QVERIFY2(qAbs(centre.x() - shown.x()) < 5,
             qPrintable(QStringLiteral("%1 vs %2").arg(centre.x()).arg(shown.x())));
    const QRectF visible = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(sceneOf(w)->stepItem(QStringLiteral("senior"))->sceneBoundingRect()));
    QCOMPARE(w.propertiesDock()->currentPage(), w.propertiesDock()->stepPage());

    // Analysis findings join the list as another source, errors first; a refresh of the
    // validation rows keeps them.
    FindingRow bottleneck;
    bottleneck.severity = FindingRow::Severity::Error;
    bottleneck.code = QStringLiteral("unstable");
    bottleneck.message = QStringLiteral("Utilisation is 104 %");
    bottleneck.suggestion = QStringLiteral("Add a server");
    bottleneck.elementIds = { QStringLiteral("docver") };
    w.findingsDock()->setFindings(QStringLiteral("analysis"), { bottleneck });
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->row(0).code, QStringLiteral("unstable"));
    w.findingsDock()->refresh();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(model->data(model->index(0, FindingsModel::MessageColumn), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Add a server")));
    w.findingsDock()->setFindings(QStringLiteral("analysis"), {});

    // Undo clears it again.
    w.document()->undoStack()->undo();
    QTRY_COMPARE(model->rowCount(), 0);
    w.document()->undoStack()->setClean();
}

void TestMainWindow::historyListsEachGesture()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    QUndoView *history = w.historyDock()->view();
    QCOMPARE(history->model()->rowCount(), 1); // the "<opened>" entry
    selectElements(sceneOf(w), { QStringLiteral("greet") }, {});
    w.findChild<QAction *>(QStringLiteral("actionDelete"))->trigger();
    w.document()->undoStack()->push(makeStepEdit(
        w.document(), { QStringLiteral("form") }, [](Step &s) { s.time = 3; },
        QStringLiteral("Change time")));
    QCOMPARE(history->model()->rowCount(), 3);
    QCOMPARE(history->model()->index(1, 0).data().toString(), QStringLiteral("Delete"));
    // Clicking the first entry goes back to the opened file.
    history->setCurrentIndex(history->model()->index(0, 0));
    QCOMPARE(w.document()->undoStack()->index(), 0);
    QVERIFY(!w.isWindowModified());
}

void TestMainWindow::statusBarCounts()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    QStringList texts;
    for (QLabel *label : w.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.join(u'|').contains(QStringLiteral("18 steps  ·  20 flows  ·  5 lanes")),
             qPrintable(texts.join(u'|')));
}

void TestMainWindow::toolbarIconsLoad()
{
    MainWindow w;
    for (const char *name : { "actionNew", "actionOpen", "actionSave", "actionUndo", "actionRedo",
                              "actionCut", "actionCopy", "actionPaste", "actionDelete",
                              "actionDuplicate", "actionZoomIn", "actionZoomOut", "actionFit" }) {
        QAction *action = w.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        const QPixmap pixmap = action->icon().pixmap(QSize(48, 48));
        QVERIFY2(!pixmap.isNull() && pixmap.width() == 48, name);
        QVERIFY2(!action->shortcut().isEmpty() || !qstrcmp(name, "actionFit"), name);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
