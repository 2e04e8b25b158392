// Editing on the canvas through the real widgets (QTest mouse and key events on the view):
// palette and double-click creation, connecting, moving with snapping and lane change, rubber
// band and Ctrl+click, in-place rename, nudging, Delete, lanes (reorder, resize, context menu),
// each one undo step that undoes and redoes; and a screenshot after editing.

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/flowitem.h"
#include "canvas/inlineeditor.h"
#include "canvas/palettetoolbar.h"
#include "canvas/stepitem.h"
#include "document/document.h"
#include "testutil.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMimeData>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace bp;

namespace {

// A window with a palette and a view on the sample blueprint, at 100 % zoom, scrolled to the
// top-left corner of the diagram.
struct Canvas
{
    Document document { test::sampleBlueprint() };
    QMainWindow window;
    DiagramScene *scene = new DiagramScene(&document, &window);
    DiagramView *view = new DiagramView(scene, &window);
    PaletteToolBar *palette = new PaletteToolBar(view, &window);

    Canvas()
    {
        window.setCentralWidget(view);
        window.addToolBar(Qt::LeftToolBarArea, palette);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view->resetZoom();
        view->centerOn(QPointF(550, 330));
        view->setFocus();
        QApplication::setActiveWindow(&window);
    }
    QWidget *viewport() const { return view->viewport(); }
    QPoint at(QPointF scenePos) const { return view->mapFromScene(scenePos); }
    QPointF centre(const QString &step) const { return scene->stepCenter(step); }
    const Step *step(const QString &id) const { return document.blueprint().graph.step(id); }
    const LaneBox &lane(const QString &id) const { return *scene->geometry().lane(id); }
    int undoCount() { return document.undoStack()->count(); }
    void undo() { document.undoStack()->undo(); }
    void redo() { document.undoStack()->redo(); }

    // A left-button drag through a few intermediate points, as a hand would do it.
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers mods = {})
    {
        hover(from, true);
        QTest::mousePress(viewport(), Qt::LeftButton, mods, at(from));
        for (int i = 1; i <= 5; ++i)
            hover(from + (to - from) * (i / 5.0));
        QTest::mouseRelease(viewport(), Qt::LeftButton, mods, at(to));
    }
    // Moves the pointer there (and lets the move arrive before the next one). With no button
    // held, the move is sent straight to the viewport: QTest drops a plain move that follows a
    // double-click of an earlier test.
    void hover(QPointF scenePos, bool noButton = false)
    {
        if (noButton) {
            const QPoint pos = at(scenePos);
            QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(viewport()->mapToGlobal(pos)),
                             Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(viewport(), &move);
        } else {
            QTest::mouseMove(viewport(), at(scenePos));
        }
        QCoreApplication::processEvents();
    }
    // A point in the band of @p laneId with no item on it.
    QPointF emptyPointIn(const QString &laneId, double fromX = 200) const
    {
        const LaneBox &l = lane(laneId);
        for (double x = fromX; x < 2000; x += 8)
            for (double y = l.top + 20; y < l.bottom() - 20; y += 8)
                if (scene->items(QRectF(x - 6, y - 6, 12, 12)).size() == 1) // the lanes only
                    return { x, y };
        return {};
    }
};

QStringList ids(const QVector<ElementId> &v)
{
    return QStringList(v.begin(), v.end());
}

// The only step that is not in @p before.
QString newStep(const Document &doc, const QStringList &before)
{
    for (const Step *s : doc.blueprint().graph.steps())
        if (!before.contains(s->id))
            return s->id;
    return {};
}

} // namespace

class TestCanvasEditing : public QObject
{
    Q_OBJECT

private slots:
    void createFromPaletteClick();
    void createByDroppingPaletteEntry();
    void createByDoubleClickThenRename();
    void connectByDraggingTheHandle();
    void connectWithConnectTool();
    void moveIsOneUndoStepAndSnaps();
    void moveIntoAnotherLane();
    void rubberBandSelects();
    void ctrlClickToggles();
    void renameInPlaceWithF2();
    void escapeCancelsRename();
    void nudgeWithArrows();
    void deleteKeyDeletesSelection();
    void reorderLaneByDraggingHeader();
    void laneContextMenuMovesDown();
    void resizeLaneByDraggingBorder();
    void screenshotAfterEditing();
};

void TestCanvasEditing::createFromPaletteClick()
{
    Canvas c;
    const QStringList before = test::idsOf(c.document.blueprint().graph.steps());
    auto *button = c.palette->findChild<QToolButton *>(QStringLiteral("palette-decision"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(c.view->tool(), DiagramView::Tool::Create);
    QCOMPARE(c.view->createKind(), StepKind::Decision);
    const QPointF where = c.emptyPointIn(QStringLiteral("support"));
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(where));
    const QString id = newStep(c.document, before);
    QVERIFY(!id.isEmpty());
    QCOMPARE(c.step(id)->kind, StepKind::Decision);
    QCOMPARE(c.step(id)->lane, QStringLiteral("support"));
    QCOMPARE(c.undoCount(), 1);
    QCOMPARE(c.view->tool(), DiagramView::Tool::Select); // one placement per palette click
    QVERIFY(c.palette->selectAction()->isChecked());
    QCOMPARE(ids(c.view->selectedStepIds()), QStringList { id });
    QVERIFY(QLineF(c.centre(id), where).length() < DiagramScene::gridSize * 2);
    c.undo();
    QVERIFY(!c.step(id));
    QVERIFY(!c.scene->stepItem(id));
    c.redo();
    QVERIFY(c.scene->stepItem(id));
}

void TestCanvasEditing::createByDroppingPaletteEntry()
{
    Canvas c;
    const QStringList before = test::idsOf(c.document.blueprint().graph.steps());
    const QPointF where = c.emptyPointIn(QStringLiteral("evidence"), 500);
    std::unique_ptr<QMimeData> mime(PaletteToolBar::mimeDataFor(StepKind::Evidence));
    const QPoint pos = c.at(where);
    QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(c.viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(c.viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(c.viewport(), &drop);
    const QString id = newStep(c.document, before);
    QVERIFY(!id.isEmpty());
    QCOMPARE(c.step(id)->kind, StepKind::Evidence);
    QCOMPARE(c.step(id)->lane, QStringLiteral("evidence"));
    QCOMPARE(c.undoCount(), 1);
    c.undo();
    QVERIFY(!c.step(id));
}

void TestCanvasEditing::createByDoubleClickThenRename()
{
    Canvas c;
    const QStringList before = test::idsOf(c.document.blueprint().graph.steps());
    const QPointF where = c.emptyPointIn(QStringLiteral("support"));
    QTest::mouseDClick(c.viewport(), Qt::LeftButton, {}, c.at(where));
    const QString id = newStep(c.document, before);
    QVERIFY(!id.isEmpty());
    QCOMPARE(c.step(id)->kind, StepKind::Action);
    QCOMPARE(c.step(id)->lane, QStringLiteral("support"));
    // The new step's title is open for typing.
    QLineEdit *editor = c.view->inlineEditor();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Archive file"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(c.step(id)->title, QStringLiteral("Archive file"));
    QVERIFY(!c.view->inlineEditor());
    QCOMPARE(c.undoCount(), 2); // add, rename
    c.undo();
    QCOMPARE(c.step(id)->title, DiagramView::tr("New step"));
    c.undo();
    QVERIFY(!c.step(id));
    c.redo();
    c.redo();
    QCOMPARE(c.step(id)->title, QStringLiteral("Archive file"));
}

void TestCanvasEditing::connectByDraggingTheHandle()
{
    Canvas c;
    const int flows = int(c.document.blueprint().graph.flowCount());
    const QRectF greet = c.scene->stepItem(QStringLiteral("greet"))->geometry().shape;
    const QPointF handle(greet.right() + 12, greet.center().y());
    // Hovering the step shows its handle; the drag starts on the handle.
    c.hover(greet.center(), true);
    c.drag(handle, c.centre(QStringLiteral("check")));
    QCOMPARE(int(c.document.blueprint().graph.flowCount()), flows + 1);
    const QVector<ElementId> selected = c.view->selectedFlowIds();
    QCOMPARE(selected.size(), 1);
    const Flow *f = c.document.blueprint().graph.flow(selected.first());
    QCOMPARE(f->from, QStringLiteral("greet"));
    QCOMPARE(f->to, QStringLiteral("check"));
    QCOMPARE(f->kind, FlowKind::Flow);
    QVERIFY(c.scene->flowItem(f->id));
    QCOMPARE(c.step(QStringLiteral("greet"))->pos, QPointF(160, 60)); // nothing moved
    QCOMPARE(c.undoCount(), 1);
    c.undo();
    QCOMPARE(int(c.document.blueprint().graph.flowCount()), flows);
    c.redo();
    QCOMPARE(int(c.document.blueprint().graph.flowCount()), flows + 1);
}

void TestCanvasEditing::connectWithConnectTool()
{
    Canvas c;
    c.palette->connectAction()->trigger();
    QCOMPARE(c.view->tool(), DiagramView::Tool::Connect);
    c.drag(c.centre(QStringLiteral("start")), c.centre(QStringLiteral("check")));
    const QVector<ElementId> selected = c.view->selectedFlowIds();
    QCOMPARE(selected.size(), 1);
    const Flow *f = c.document.blueprint().graph.flow(selected.first());
    QCOMPARE(f->from, QStringLiteral("start"));
    QCOMPARE(f->to, QStringLiteral("check"));
    // Dropping on empty space connects nothing; evidence steps connect with evidence links.
    c.drag(c.centre(QStringLiteral("start")), c.emptyPointIn(QStringLiteral("support")));
    QCOMPARE(c.undoCount(), 1);
    c.drag(c.centre(QStringLiteral("ticket")), c.centre(QStringLiteral("interview")));
    QCOMPARE(c.undoCount(), 2);
    QCOMPARE(c.document.blueprint().graph.flow(c.view->selectedFlowIds().first())->kind,
             FlowKind::Evidence);
}

void TestCanvasEditing::moveIsOneUndoStepAndSnaps()
{
    Canvas c;
    const QByteArray original = test::nativeBytes(c.document);
    const QPointF from = c.centre(QStringLiteral("interview"));
    c.drag(from, from + QPointF(93, 5));
    const Step *s = c.step(QStringLiteral("interview"));
    QCOMPARE(c.undoCount(), 1);
    QCOMPARE(s->lane, QStringLiteral("front"));
    QCOMPARE(std::fmod(s->pos.x(), DiagramScene::gridSize), 0.0); // on the grid
    QCOMPARE(s->pos.y(), c.lane(QStringLiteral("front")).height / 2); // the lane's middle
    QVERIFY(s->pos.x() > 280 + 60);
    // The item follows the model.
    QCOMPARE(c.scene->stepItem(s->id)->geometry().shape.center(), c.centre(s->id));
    c.undo();
    QCOMPARE(test::nativeBytes(c.document), original);
    c.redo();
    QVERIFY(c.step(QStringLiteral("interview"))->pos.x() > 340);
}

void TestCanvasEditing::moveIntoAnotherLane()
{
    Canvas c;
    const QByteArray original = test::nativeBytes(c.document);
    const QPointF from = c.centre(QStringLiteral("check"));
    const LaneBox &support = c.lane(QStringLiteral("support"));
    c.drag(from, QPointF(from.x() + 40, support.top + support.height / 2 + 3));
    const Step *s = c.step(QStringLiteral("check"));
    QCOMPARE(s->lane, QStringLiteral("support"));
    QCOMPARE(c.undoCount(), 1);
    QVERIFY(c.scene->geometry().bandRect(support).contains(c.centre(s->id)));
    c.undo();
    QCOMPARE(c.step(QStringLiteral("check"))->lane, QStringLiteral("back"));
    QCOMPARE(test::nativeBytes(c.document), original);
    c.redo();
    QCOMPARE(c.step(QStringLiteral("check"))->lane, QStringLiteral("support"));
}

void TestCanvasEditing::rubberBandSelects()
{
    Canvas c;
    const QRectF greet = c.scene->stepItem(QStringLiteral("greet"))->sceneBoundingRect();
    const QRectF interview = c.scene->stepItem(QStringLiteral("interview"))->sceneBoundingRect();
    // From an empty point below-right of both to above-left of both.
    const QPointF a(interview.right() + 6, interview.bottom() + 6);
    const QPointF b(greet.left() + 20, greet.top() - 6);
    QCOMPARE(c.scene->items(QRectF(a - QPointF(2, 2), QSizeF(4, 4))).size(), 1);
    c.drag(a, b);
    QVERIFY(ids(c.view->selectedStepIds()).contains(QStringLiteral("greet")));
    QVERIFY(ids(c.view->selectedStepIds()).contains(QStringLiteral("interview")));
    QVERIFY(!ids(c.view->selectedStepIds()).contains(QStringLiteral("check")));
    QCOMPARE(c.undoCount(), 0); // selecting is not an edit
}

void TestCanvasEditing::ctrlClickToggles()
{
    Canvas c;
    QSignalSpy spy(c.scene, &DiagramScene::selectionIdsChanged);
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(c.centre(QStringLiteral("greet"))));
    QCOMPARE(ids(c.view->selectedStepIds()), QStringList { QStringLiteral("greet") });
    QVERIFY(!spy.isEmpty());
    QCOMPARE(spy.last().at(0).value<QVector<ElementId>>().value(0), QStringLiteral("greet"));
    QTest::mouseClick(c.viewport(), Qt::LeftButton, Qt::ControlModifier,
                      c.at(c.centre(QStringLiteral("interview"))));
    QCOMPARE(ids(c.view->selectedStepIds()),
             (QStringList { QStringLiteral("greet"), QStringLiteral("interview") }));
    QTest::mouseClick(c.viewport(), Qt::LeftButton, Qt::ControlModifier,
                      c.at(c.centre(QStringLiteral("greet"))));
    QCOMPARE(ids(c.view->selectedStepIds()), QStringList { QStringLiteral("interview") });
    // A plain click on one of several selected steps selects it alone.
    c.view->selectElements({ QStringLiteral("greet"), QStringLiteral("interview") });
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(c.centre(QStringLiteral("greet"))));
    QCOMPARE(ids(c.view->selectedStepIds()), QStringList { QStringLiteral("greet") });
    QCOMPARE(c.undoCount(), 0);
}

void TestCanvasEditing::renameInPlaceWithF2()
{
    Canvas c;
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(c.centre(QStringLiteral("greet"))));
    QTest::keyClick(c.view, Qt::Key_F2);
    QLineEdit *editor = c.view->inlineEditor();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("Greet and triage"));
    QTest::keyClicks(editor, QStringLiteral("Welcome"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(c.step(QStringLiteral("greet"))->title, QStringLiteral("Welcome"));
    QCOMPARE(c.undoCount(), 1);
    c.undo();
    QCOMPARE(c.step(QStringLiteral("greet"))->title, QStringLiteral("Greet and triage"));
    c.redo();
    QCOMPARE(c.step(QStringLiteral("greet"))->title, QStringLiteral("Welcome"));
    // Double-click opens the same editor.
    QTest::mouseDClick(c.viewport(), Qt::LeftButton, {},
                       c.at(c.centre(QStringLiteral("interview"))));
    QVERIFY(c.view->inlineEditor());
    QCOMPARE(c.view->inlineEditor()->text(), QStringLiteral("Loan interview"));
}

void TestCanvasEditing::escapeCancelsRename()
{
    Canvas c;
    c.view->selectElements({ QStringLiteral("greet") });
    QTest::keyClick(c.view, Qt::Key_F2);
    QLineEdit *editor = c.view->inlineEditor();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Oops"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!c.view->inlineEditor());
    QCOMPARE(c.step(QStringLiteral("greet"))->title, QStringLiteral("Greet and triage"));
    QCOMPARE(c.undoCount(), 0);
}

void TestCanvasEditing::nudgeWithArrows()
{
    Canvas c;
    c.view->selectElements({ QStringLiteral("greet"), QStringLiteral("interview") });
    QTest::keyClick(c.view, Qt::Key_Right);
    QCOMPARE(c.step(QStringLiteral("greet"))->pos, QPointF(164, 60));
    QCOMPARE(c.step(QStringLiteral("interview"))->pos, QPointF(284, 60));
    QTest::keyClick(c.view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(c.step(QStringLiteral("greet"))->pos, QPointF(164, 86)); // kept inside the lane
    QTest::keyClick(c.view, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(c.step(QStringLiteral("greet"))->pos, QPointF(132, 86));
    QCOMPARE(c.undoCount(), 3);
    c.undo();
    c.undo();
    c.undo();
    QCOMPARE(c.step(QStringLiteral("greet"))->pos, QPointF(160, 60));
    c.redo();
    QCOMPARE(c.step(QStringLiteral("greet"))->pos, QPointF(164, 60));
}

void TestCanvasEditing::deleteKeyDeletesSelection()
{
    Canvas c;
    const QByteArray original = test::nativeBytes(c.document);
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {},
                      c.at(c.centre(QStringLiteral("interview"))));
    QTest::keyClick(c.view, Qt::Key_Delete);
    QVERIFY(!c.step(QStringLiteral("interview")));
    QVERIFY(!c.document.blueprint().graph.flow(QStringLiteral("f2")));
    QVERIFY(!c.scene->flowItem(QStringLiteral("f3")));
    QCOMPARE(c.undoCount(), 1);
    c.undo();
    QCOMPARE(test::nativeBytes(c.document), original);
    QVERIFY(c.scene->stepItem(QStringLiteral("interview")));
    c.redo();
    QVERIFY(!c.step(QStringLiteral("interview")));
}

void TestCanvasEditing::reorderLaneByDraggingHeader()
{
    Canvas c;
    const LaneBox support = c.lane(QStringLiteral("support"));
    const LaneBox back = c.lane(QStringLiteral("back"));
    const QPointF from(60, support.top + support.height / 2);
    c.drag(from, QPointF(60, back.top + 6)); // near the gap above the backstage lane
    QCOMPARE(c.document.blueprint().laneIndex(QStringLiteral("support")), 3);
    QCOMPARE(c.document.blueprint().laneIndex(QStringLiteral("back")), 4);
    // Steps move with their lane.
    QVERIFY(c.centre(QStringLiteral("check")).y() > c.lane(QStringLiteral("support")).top);
    QCOMPARE(c.undoCount(), 1);
    c.undo();
    QCOMPARE(c.document.blueprint().laneIndex(QStringLiteral("support")), 4);
    c.redo();
    QCOMPARE(c.document.blueprint().laneIndex(QStringLiteral("support")), 3);
}

void TestCanvasEditing::laneContextMenuMovesDown()
{
    Canvas c;
    const LaneBox customer = c.lane(QStringLiteral("customer"));
    bool triggered = false;
    QTimer::singleShot(0, [&triggered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        const QList<QAction *> actions = menu->actions();
        for (QAction *a : actions) {
            if (a->text() == DiagramView::tr("Move &Down")) {
                triggered = true;
                a->trigger();
            }
        }
        menu->close();
    });
    const QPoint pos = c.at(QPointF(60, customer.top + customer.height / 2));
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, c.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(c.viewport(), &event);
    QVERIFY(triggered);
    QCOMPARE(c.document.blueprint().laneIndex(QStringLiteral("customer")), 2);
    QCOMPARE(c.undoCount(), 1);
    c.undo();
    QCOMPARE(c.document.blueprint().laneIndex(QStringLiteral("customer")), 1);
}

void TestCanvasEditing::resizeLaneByDraggingBorder()
{
    Canvas c;
    const LaneBox front = c.lane(QStringLiteral("front"));
    const double checkY = c.centre(QStringLiteral("check")).y();
    c.hover(QPointF(700, front.bottom()), true);
    QCOMPARE(c.viewport()->cursor().shape(), Qt::SizeVerCursor);
    c.drag(QPointF(700, front.bottom()), QPointF(700, front.bottom() + 40));
    QCOMPARE(c.document.blueprint().lane(QStringLiteral("front"))->height, front.height + 40);
    QCOMPARE(c.centre(QStringLiteral("check")).y(), checkY + 40); // the lanes below move down
    QCOMPARE(c.undoCount(), 1); // the whole drag
    c.undo();
    QCOMPARE(c.document.blueprint().lane(QStringLiteral("front"))->height, front.height);
    QCOMPARE(c.centre(QStringLiteral("check")).y(), checkY);
}

void TestCanvasEditing::screenshotAfterEditing()
{
    Canvas c;
    c.scene->setGridVisible(true);
    // A new decision after the credit check, connected to it, and a renamed step.
    c.palette->createAction(StepKind::Decision)->trigger();
    const QPointF check = c.centre(QStringLiteral("check"));
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(check + QPointF(160, 0)));
    const QString decision = c.view->selectedStepIds().value(0);
    QVERIFY(!decision.isEmpty());
    c.palette->connectAction()->trigger();
    c.drag(check, c.centre(decision));
    c.view->setSelectTool();
    c.view->selectElements({ QStringLiteral("greet") });
    QTest::keyClick(c.view, Qt::Key_F2);
    QTest::keyClicks(c.view->inlineEditor(), QStringLiteral("Welcome and triage"));
    QTest::keyClick(c.view->inlineEditor(), Qt::Key_Return);
    c.view->selectElements({ QStringLiteral("interview") });
    c.hover(c.centre(QStringLiteral("check")), true);
    QCoreApplication::processEvents();
    const QImage image = c.window.grab().toImage();
    QDir().mkpath(QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR));
    const QString path = QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR "/canvas-edited.png");
    QVERIFY(image.save(path));
    qInfo("screenshot written to %s", qPrintable(path));
    QCOMPARE(c.undoCount(), 3);
}

QTEST_MAIN(TestCanvasEditing)
#include "tst_canvasediting.moc"
