// The legend of the analysis overlay in the editor: in the bottom-right corner of the canvas,
// over no lane header and (after a fit) no step; folded and unfolded by its toggle or its title
// line, remembered in the settings.

#include "analysis/analysisui.h"
#include "analysis/overlaylegend.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/stepitem.h"
#include "document/document.h"
#include "guitestutil.h"
#include "mainwindow.h"

#include <QToolButton>

using namespace bp;

class TestOverlayLegend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_settings = test::isolateSettings(); }
    void foldsAndLeavesTheLaneHeadersFree();

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

void TestOverlayLegend::foldsAndLeavesTheLaneHeadersFree()
{
    MainWindow w;
    QVERIFY(w.loadFile(test::samplePath("bank-loan.blueprint")));
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    OverlayLegend *legend = w.analysis()->legend();
    QTRY_VERIFY_WITH_TIMEOUT(legend->isVisible(), 20000); // the analysis ran
    w.view()->fitToWindow();
    QVERIFY(!legend->isCollapsed());
    QWidget *viewport = w.view()->viewport();
    // In the bottom-right corner, over no lane header.
    const QRect placed = legend->geometry();
    QVERIFY(viewport->rect().contains(placed));
    QVERIFY(placed.right() > viewport->width() - 20);
    QVERIFY(placed.bottom() > viewport->height() - 20);
    for (int x = placed.left(); x <= placed.right(); x += 4) {
        for (int y = placed.top(); y <= placed.bottom(); y += 4)
            QVERIFY(!w.scene()->laneHeaderAt(w.view()->mapToScene(QPoint(x, y))));
    }
    // Fitted, the diagram keeps clear of it.
    const auto clearOfSteps = [&w](const QRect &legendRect) {
        for (const Step *step : w.document()->blueprint().graph.steps()) {
            const QRectF item = w.scene()->stepItem(step->id)->sceneBoundingRect();
            if (w.view()->mapFromScene(item).boundingRect().intersects(legendRect))
                return false;
        }
        return true;
    };
    QVERIFY(clearOfSteps(placed));
    QCOMPARE(w.view()->cornerReserve(), legend->footprint());

    // The toggle folds it to its title line, still in the corner.
    QTest::mouseClick(legend->toggleButton(), Qt::LeftButton);
    QVERIFY(legend->isCollapsed());
    QVERIFY(legend->height() < placed.height() / 3);
    QCOMPARE(legend->geometry().bottom(), placed.bottom());
    QCOMPARE(legend->geometry().right(), placed.right());
    QVERIFY(legend->isVisible());
    QCOMPARE(w.view()->cornerReserve(), legend->footprint()); // and the fit follows
    QVERIFY(clearOfSteps(legend->geometry()));
    // Remembered: a new legend starts folded.
    {
        QWidget host;
        host.resize(400, 300);
        OverlayLegend other(&w.scene()->style(), &host);
        QVERIFY(other.isCollapsed());
    }
    // A click on the title line unfolds it; a click on its body does not fold it.
    QTest::mouseClick(legend, Qt::LeftButton, {}, QPoint(12, legend->height() / 2));
    QVERIFY(!legend->isCollapsed());
    QCOMPARE(legend->geometry(), placed);
    QVERIFY(clearOfSteps(placed));
    QTest::mouseClick(legend, Qt::LeftButton, {}, QPoint(12, legend->height() - 12));
    QVERIFY(!legend->isCollapsed());
    QVERIFY(!QSettings().value(QStringLiteral("analysis/legendCollapsed")).toBool());
}

QTEST_MAIN(TestOverlayLegend)
#include "tst_overlaylegend.moc"
