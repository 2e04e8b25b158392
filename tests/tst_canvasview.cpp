// The canvas view through its real widgets: Ctrl+wheel zoom, wheel scrolling, zoom keys, the
// zoom slider, fit and zoom to selection, centring on an element, panning with the middle
// button and Space+drag, the grid, the overview, the selection API; and 10,000 steps.

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/overviewwidget.h"
#include "canvas/stepitem.h"
#include "canvas/zoomslider.h"
#include "commands/changecommands.h"
#include "document/document.h"
#include "generate/generator.h"
#include "testutil.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSlider>
#include <QtTest>

using namespace bp;

namespace {

struct Canvas
{
    Document document;
    QWidget window;
    DiagramScene *scene;
    DiagramView *view;

    explicit Canvas(Blueprint bp = test::sampleBlueprint())
        : document(std::move(bp))
    {
        scene = new DiagramScene(&document, &window);
        view = new DiagramView(scene, &window);
        view->setGeometry(0, 0, 900, 600);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view->resetZoom();
        view->setFocus();
    }
    QPointF visibleCentre() const { return view->mapToScene(view->viewport()->rect().center()); }
    void wheel(QPoint pos, int delta, Qt::KeyboardModifiers mods)
    {
        QWheelEvent event(QPointF(pos), QPointF(view->viewport()->mapToGlobal(pos)), QPoint(),
                          QPoint(0, delta), Qt::NoButton, mods, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &event);
    }
};

} // namespace

class TestCanvasView : public QObject
{
    Q_OBJECT

private slots:
    void ctrlWheelZoomsAtPointer();
    void plainWheelScrolls();
    void zoomKeysAndFit();
    void zoomSliderFollowsBothWays();
    void zoomToSelection();
    void centreOnSelectsAndCentres();
    void middleButtonAndSpaceDragPan();
    void gridShowsDots();
    void overviewShowsAndMovesViewport();
    void selectionApi();
    void tenThousandStepsMoveQuickly();
};

void TestCanvasView::ctrlWheelZoomsAtPointer()
{
    Canvas c;
    c.view->setZoom(2.0); // big enough to scroll
    const QPoint pos(300, 200);
    const QPointF under = c.view->mapToScene(pos);
    c.wheel(pos, 120, Qt::ControlModifier);
    QVERIFY(qAbs(c.view->zoom() - 2.5) < 1e-9);
    // The point under the pointer stays under it.
    QVERIFY(QLineF(c.view->mapToScene(pos), under).length() < 2.0);
    c.wheel(pos, -120, Qt::ControlModifier);
    QVERIFY(qAbs(c.view->zoom() - 2.0) < 1e-9);
}

void TestCanvasView::plainWheelScrolls()
{
    Canvas c;
    c.view->setZoom(2.0);
    QScrollBar *v = c.view->verticalScrollBar();
    QScrollBar *h = c.view->horizontalScrollBar();
    v->setValue(v->minimum());
    h->setValue(h->minimum());
    c.wheel(QPoint(300, 200), -120, {});
    QCOMPARE(c.view->zoom(), 2.0);
    QVERIFY(v->value() > v->minimum());
    c.wheel(QPoint(300, 200), -120, Qt::ShiftModifier);
    QVERIFY(h->value() > h->minimum());
    QCOMPARE(c.view->zoom(), 2.0);
}

void TestCanvasView::zoomKeysAndFit()
{
    Canvas c;
    QTest::keyClick(c.view, Qt::Key_Plus);
    QVERIFY(qAbs(c.view->zoom() - 1.25) < 1e-9);
    QTest::keyClick(c.view, Qt::Key_Minus);
    QTest::keyClick(c.view, Qt::Key_Minus);
    QVERIFY(qAbs(c.view->zoom() - 0.8) < 1e-9);
    c.view->fitToWindow();
    const QRectF visible = c.view->mapToScene(c.view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(c.scene->diagramRect()));
    QSignalSpy spy(c.view, &DiagramView::zoomChanged);
    c.view->setZoom(100);
    QCOMPARE(c.view->zoom(), DiagramView::maxZoom());
    c.view->setZoom(0);
    QCOMPARE(c.view->zoom(), DiagramView::minZoom());
    QCOMPARE(spy.size(), 2);
}

void TestCanvasView::zoomSliderFollowsBothWays()
{
    Canvas c;
    ZoomSlider slider(c.view);
    QCOMPARE(slider.text(), ZoomSlider::tr("%1 %").arg(100));
    c.view->setZoom(2.0);
    QCOMPARE(slider.slider()->value(), 100); // hundredths of a doubling
    QCOMPARE(slider.text(), ZoomSlider::tr("%1 %").arg(200));
    slider.slider()->setValue(-100);
    QVERIFY(qAbs(c.view->zoom() - 0.5) < 1e-9);
    QCOMPARE(slider.text(), ZoomSlider::tr("%1 %").arg(50));
    slider.show();
    QTest::keyClick(slider.slider(), Qt::Key_PageUp);
    QVERIFY(c.view->zoom() > 0.5);
}

void TestCanvasView::zoomToSelection()
{
    Canvas c;
    c.view->fitToWindow();
    c.view->selectElements({ QStringLiteral("interview") });
    c.view->zoomToSelection();
    QCOMPARE(c.view->zoom(), 2.0); // the limit for one step
    const QRectF visible = c.view->mapToScene(c.view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(c.scene->stepItem(QStringLiteral("interview"))->sceneBoundingRect()));
    QVERIFY(!visible.contains(c.scene->stepItem(QStringLiteral("done"))->sceneBoundingRect()));
}

void TestCanvasView::centreOnSelectsAndCentres()
{
    Canvas c;
    c.view->setZoom(3.0);
    c.view->centreOn(QStringLiteral("done"));
    QCOMPARE(c.view->selectedStepIds(), QVector<ElementId> { QStringLiteral("done") });
    QVERIFY(QLineF(c.visibleCentre(),
                   c.scene->stepItem(QStringLiteral("done"))->sceneBoundingRect().center())
                .length()
            < 2.0);
    c.view->centreOn(QStringLiteral("f3"));
    QCOMPARE(c.view->selectedFlowIds(), QVector<ElementId> { QStringLiteral("f3") });
    QVERIFY(c.view->selectedStepIds().isEmpty());
}

void TestCanvasView::middleButtonAndSpaceDragPan()
{
    Canvas c;
    c.view->setZoom(3.0);
    c.view->centerOn(c.scene->diagramRect().center());
    const QPointF before = c.visibleCentre();
    QWidget *vp = c.view->viewport();
    QTest::mousePress(vp, Qt::MiddleButton, {}, QPoint(400, 300));
    QTest::mouseMove(vp, QPoint(350, 280));
    QTest::mouseMove(vp, QPoint(300, 260));
    QTest::mouseRelease(vp, Qt::MiddleButton, {}, QPoint(300, 260));
    const QPointF after = c.visibleCentre();
    QVERIFY2(qAbs((after - before).x() - 100 / 3.0) < 1.0, qPrintable(QString::number(after.x())));
    QVERIFY(qAbs((after - before).y() - 40 / 3.0) < 1.0);
    // Space + left drag pans too, and selects nothing.
    QTest::keyPress(c.view, Qt::Key_Space);
    QTest::mousePress(vp, Qt::LeftButton, {}, QPoint(300, 260));
    QTest::mouseMove(vp, QPoint(340, 260));
    QTest::mouseMove(vp, QPoint(400, 260));
    QTest::mouseRelease(vp, Qt::LeftButton, {}, QPoint(400, 260));
    QTest::keyRelease(c.view, Qt::Key_Space);
    QVERIFY(qAbs((c.visibleCentre() - after).x() + 100 / 3.0) < 1.0);
    QVERIFY(c.view->selectedStepIds().isEmpty());
    QCOMPARE(c.document.undoStack()->count(), 0);
}

void TestCanvasView::gridShowsDots()
{
    Canvas c;
    c.view->setZoom(1.0);
    const QImage without = c.view->grab().toImage();
    c.view->setGridVisible(true);
    QVERIFY(c.scene->isGridVisible());
    const QImage with = c.view->grab().toImage();
    QVERIFY(with != without);
    c.view->setGridVisible(false);
    QCOMPARE(c.view->grab().toImage(), without);
}

void TestCanvasView::overviewShowsAndMovesViewport()
{
    Canvas c;
    OverviewWidget overview(c.view);
    overview.resize(300, 150);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    c.view->setZoom(3.0);
    c.view->centerOn(c.scene->diagramRect().topLeft());
    const QRectF area = overview.diagramArea();
    QVERIFY(!area.isEmpty());
    QVERIFY(area.contains(overview.viewportRect().center())
            || overview.viewportRect().intersects(area));
    // A press on the right of the overview brings the right of the diagram into view.
    const QPointF target(area.left() + area.width() * 0.7, area.center().y());
    QTest::mouseClick(&overview, Qt::LeftButton, {}, target.toPoint());
    QVERIFY(QLineF(overview.viewportRect().center(), target).length() < 12);
    QVERIFY(c.visibleCentre().x() > c.scene->diagramRect().center().x());
    const QImage shot = overview.grab().toImage();
    QDir().mkpath(QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR));
    QVERIFY(shot.save(QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR "/overview.png")));
}

void TestCanvasView::selectionApi()
{
    Canvas c;
    QSignalSpy spy(c.scene, &DiagramScene::selectionIdsChanged);
    c.view->selectElements({ QStringLiteral("check"), QStringLiteral("greet"), QStringLiteral("f1"),
                             QStringLiteral("nope") });
    QCOMPARE(spy.size(), 1); // once, not once per item
    // Creation order, whatever the order asked.
    QCOMPARE(c.view->selectedStepIds(),
             (QVector<ElementId> { QStringLiteral("greet"), QStringLiteral("check") }));
    QCOMPARE(c.view->selectedFlowIds(), QVector<ElementId> { QStringLiteral("f1") });
    c.view->selectAll();
    QCOMPARE(c.view->selectedStepIds().size(), 6);
    QCOMPARE(c.view->selectedFlowIds().size(), 5);
    QCOMPARE(spy.size(), 2);
}

void TestCanvasView::tenThousandStepsMoveQuickly()
{
    QElapsedTimer timer;
    timer.start();
    Canvas c(generateBlueprint(10'000, 3));
    qInfo("10,000 steps: scene built and shown in %lld ms", timer.elapsed());
    c.view->fitToWindow();
    QCoreApplication::processEvents();
    c.view->setZoom(1.0);
    const Step *s = c.document.blueprint().graph.steps()[5000];
    c.view->centerOn(c.scene->stepCenter(s->id));
    QCoreApplication::processEvents();
    const QString id = s->id;
    // Ten moves and their repaints; each must stay well under a frame on the CI machine.
    QImage image(c.view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    timer.restart();
    for (int i = 1; i <= 10; ++i) {
        Step moved = *c.document.blueprint().graph.step(id);
        moved.pos.rx() += 16;
        c.document.undoStack()->push(new ChangeStepsCommand(&c.document, { moved }, QString()));
        QPainter p(&image);
        c.view->render(&p);
    }
    const double perMove = timer.elapsed() / 10.0;
    qInfo("10,000 steps: %.1f ms per move and repaint", perMove);
    QVERIFY2(perMove < 100, qPrintable(QString::number(perMove)));
}

QTEST_MAIN(TestCanvasView)
#include "tst_canvasview.moc"
