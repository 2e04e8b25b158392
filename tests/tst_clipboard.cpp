// Copy and paste: the fragment on the clipboard (core, round trip), and the Edit menu of the
// window driven by its shortcuts: delete, cut, copy, paste (also into another window) and
// duplicate, each one undo step that undo and redo restore exactly.

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/stepitem.h"
#include "commands/fragment.h"
#include "document/document.h"
#include "guitestutil.h"
#include "io/fragmentio.h"
#include "mainwindow.h"
#include "selection.h"
#include "testutil.h"

#include <QClipboard>
#include <QMimeData>
#include <QUndoStack>

using namespace bp;
using namespace bp::test;

namespace {
const QString bankSample = samplePath("bank-loan.blueprint");

void press(MainWindow &w, QKeySequence::StandardKey key)
{
    QTest::keySequence(&w, QKeySequence(key));
}

QStringList sortedStepIds(const Document &d)
{
    QStringList ids = idsOf(d.blueprint().graph.steps());
    ids.sort();
    return ids;
}
} // namespace

class TestClipboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fragmentRoundTrip();
    void fragmentRefusesGarbage();
    void deleteUndoRedo();
    void copyPasteOffsetsAndUndo();
    void cutThenPaste();
    void pasteIntoAnotherWindow();
    void duplicateIsOneStep();
    void selectAllThenDelete();
    void editActionsFollowSelection();

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

void TestClipboard::initTestCase()
{
    m_settings = isolateSettings();
}

void TestClipboard::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestClipboard::fragmentRoundTrip()
{
    const Blueprint bp = sampleBlueprint();
    const Fragment fragment = copyFragment(
        bp, { QStringLiteral("greet"), QStringLiteral("interview"), QStringLiteral("check") });
    const QByteArray bytes = writeFragment(fragment, bp);
    QVERIFY(bytes.contains("officers")); // the pool the interview uses travels with it
    const std::optional<Fragment> back = readFragment(bytes);
    QVERIFY(back);
    QCOMPARE(idsOf(back->elements.steps),
             QStringList({ QStringLiteral("greet"), QStringLiteral("interview"),
                           QStringLiteral("check") }));
    QCOMPARE(idsOf(back->elements.flows),
             QStringList({ QStringLiteral("f2"), QStringLiteral("f3") }));
    for (size_t i = 0; i < fragment.elements.steps.size(); ++i) {
        Step a = fragment.elements.steps[i];
        Step b = back->elements.steps[i];
        a.order = b.order = 0;
        QCOMPARE(a, b);
    }
    QCOMPARE(back->lanes.size(), fragment.lanes.size());
}

void TestClipboard::fragmentRefusesGarbage()
{
    QVERIFY(!readFragment(QByteArrayLiteral("not xml")));
    QVERIFY(!readFragment(QByteArray()));
}

void TestClipboard::deleteUndoRedo()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    Document *doc = w.document();
    const QByteArray before = nativeBytes(*doc);
    selectElements(w.scene(), { QStringLiteral("interview") }, { QStringLiteral("f1") });
    press(w, QKeySequence::Delete);
    QVERIFY(!doc->blueprint().graph.hasStep(QStringLiteral("interview")));
    QVERIFY(!doc->blueprint().graph.hasFlow(QStringLiteral("f1")));
    QVERIFY(!doc->blueprint().graph.hasFlow(QStringLiteral("f3"))); // into the interview
    QCOMPARE(doc->undoStack()->count(), 1);
    const QByteArray after = nativeBytes(*doc);
    press(w, QKeySequence::Undo);
    QCOMPARE(nativeBytes(*doc), before);
    QVERIFY(w.scene()->stepItem(QStringLiteral("interview")));
    press(w, QKeySequence::Redo);
    QCOMPARE(nativeBytes(*doc), after);
}

void TestClipboard::copyPasteOffsetsAndUndo()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    Document *doc = w.document();
    const QByteArray before = nativeBytes(*doc);
    selectElements(w.scene(), { QStringLiteral("greet"), QStringLiteral("form") }, {});
    press(w, QKeySequence::Copy);
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data && data->hasFormat(fragmentMimeType()));
    QCOMPARE(doc->undoStack()->count(), 0); // copying changes nothing

    press(w, QKeySequence::Paste);
    QCOMPARE(int(doc->blueprint().graph.stepCount()), 20);
    QCOMPARE(doc->undoStack()->count(), 1);
    // The pasted steps are selected, have fresh ids, keep their flow and sit beside the originals.
    const CanvasSelection pasted = selectionOf(w.scene());
    QCOMPARE(pasted.steps.size(), 2);
    QCOMPARE(pasted.flows.size(), 1);
    const Step *greet = doc->blueprint().graph.step(QStringLiteral("greet"));
    bool foundCopy = false;
    for (const ElementId &id : pasted.steps) {
        QVERIFY(id != QStringLiteral("greet") && id != QStringLiteral("form"));
        const Step *s = doc->blueprint().graph.step(id);
        QVERIFY(s);
        if (s->title == greet->title) {
            foundCopy = true;
            QCOMPARE(s->lane, greet->lane);
            QVERIFY(s->pos != greet->pos);
        }
    }
    QVERIFY(foundCopy);
    // A second paste lands further away still.
    press(w, QKeySequence::Paste);
    QCOMPARE(int(doc->blueprint().graph.stepCount()), 22);
    const CanvasSelection second = selectionOf(w.scene());
    for (const ElementId &id : second.steps) {
        for (const ElementId &first : pasted.steps)
            QVERIFY(doc->blueprint().graph.step(id)->pos
                    != doc->blueprint().graph.step(first)->pos);
    }
    press(w, QKeySequence::Undo);
    press(w, QKeySequence::Undo);
    QCOMPARE(nativeBytes(*doc), before);
    press(w, QKeySequence::Redo);
    QCOMPARE(int(doc->blueprint().graph.stepCount()), 20);
}

void TestClipboard::cutThenPaste()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    Document *doc = w.document();
    const QByteArray before = nativeBytes(*doc);
    selectElements(w.scene(), { QStringLiteral("senior") }, {});
    press(w, QKeySequence::Cut);
    QVERIFY(!doc->blueprint().graph.hasStep(QStringLiteral("senior")));
    QCOMPARE(doc->undoStack()->count(), 1);
    press(w, QKeySequence::Paste);
    QCOMPARE(int(doc->blueprint().graph.stepCount()), 18);
    QCOMPARE(doc->undoStack()->count(), 2);
    bool found = false;
    for (const Step *s : doc->blueprint().graph.steps())
        found = found || s->title == QStringLiteral("Senior officer review");
    QVERIFY(found);
    press(w, QKeySequence::Undo);
    press(w, QKeySequence::Undo);
    QCOMPARE(nativeBytes(*doc), before);
}

void TestClipboard::pasteIntoAnotherWindow()
{
    MainWindow a;
    QVERIFY(a.loadFile(bankSample));
    a.show();
    QVERIFY(QTest::qWaitForWindowActive(&a));
    selectElements(
        a.scene(),
        { QStringLiteral("interview"), QStringLiteral("docver"), QStringLiteral("underwrite") },
        {});
    press(a, QKeySequence::Copy);

    MainWindow b; // a new blueprint with the standard lanes
    b.show();
    b.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&b));
    const QByteArray empty = nativeBytes(*b.document());
    press(b, QKeySequence::Paste);
    const Blueprint &pasted = b.document()->blueprint();
    QCOMPARE(int(pasted.graph.stepCount()), 3);
    QCOMPARE(int(pasted.graph.flowCount()), 2); // interview->docver, docver->underwrite
    for (const Step *s : pasted.graph.steps()) {
        QVERIFY(pasted.lane(s->lane));
        QVERIFY(b.scene()->stepItem(s->id));
    }
    QStringList titles;
    for (const Step *s : pasted.graph.steps())
        titles << s->title;
    QCOMPARE(titles,
             QStringList({ QStringLiteral("Loan interview"), QStringLiteral("Verify documents"),
                           QStringLiteral("Underwrite loan") }));
    // Lanes are matched by kind: the interview stays frontstage, the others backstage.
    QCOMPARE(pasted.lane(pasted.graph.steps()[0]->lane)->kind, LaneKind::Frontstage);
    QCOMPARE(pasted.lane(pasted.graph.steps()[1]->lane)->kind, LaneKind::Backstage);
    QCOMPARE(a.document()->undoStack()->count(), 0);
    QTest::keySequence(&b, QKeySequence(QKeySequence::Undo));
    QCOMPARE(nativeBytes(*b.document()), empty);
    QTest::keySequence(&b, QKeySequence(QKeySequence::Redo));
    QCOMPARE(int(pasted.graph.stepCount()), 3);
}

void TestClipboard::duplicateIsOneStep()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    Document *doc = w.document();
    const QByteArray before = nativeBytes(*doc);
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    selectElements(w.scene(), { QStringLiteral("credit"), QStringLiteral("manual_lookup") }, {});
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_D));
    QCOMPARE(int(doc->blueprint().graph.stepCount()), 20);
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->text(0), QStringLiteral("Duplicate"));
    // The clipboard is left alone.
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something else"));
    const CanvasSelection copies = selectionOf(w.scene());
    QCOMPARE(copies.steps.size(), 2);
    QCOMPARE(copies.flows.size(), 1); // the failure flow credit -> manual lookup
    const QByteArray after = nativeBytes(*doc);
    press(w, QKeySequence::Undo);
    QCOMPARE(nativeBytes(*doc), before);
    press(w, QKeySequence::Redo);
    QCOMPARE(nativeBytes(*doc), after);
}

void TestClipboard::selectAllThenDelete()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    Document *doc = w.document();
    const QByteArray before = nativeBytes(*doc);
    w.view()->setFocus();
    press(w, QKeySequence::SelectAll);
    QCOMPARE(selectionOf(w.scene()).steps.size(), 18);
    press(w, QKeySequence::Delete);
    QCOMPARE(int(doc->blueprint().graph.stepCount()), 0);
    QCOMPARE(int(doc->blueprint().graph.flowCount()), 0);
    QCOMPARE(doc->undoStack()->count(), 1);
    press(w, QKeySequence::Undo);
    QCOMPARE(nativeBytes(*doc), before);
    QCOMPARE(sortedStepIds(*doc).size(), 18);
}

void TestClipboard::editActionsFollowSelection()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    auto *copy = w.findChild<QAction *>(QStringLiteral("actionCopy"));
    auto *del = w.findChild<QAction *>(QStringLiteral("actionDelete"));
    auto *paste = w.findChild<QAction *>(QStringLiteral("actionPaste"));
    QVERIFY(copy && del && paste);
    QVERIFY(!copy->isEnabled());
    QVERIFY(!del->isEnabled());
    QVERIFY(!paste->isEnabled());
    selectElements(w.scene(), { QStringLiteral("greet") }, {});
    QVERIFY(copy->isEnabled());
    QVERIFY(del->isEnabled());
    copy->trigger();
    QVERIFY(paste->isEnabled());
    selectElements(w.scene(), {}, { QStringLiteral("f1") });
    QVERIFY(!copy->isEnabled()); // flows alone are not copied
    QVERIFY(del->isEnabled());
}

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
