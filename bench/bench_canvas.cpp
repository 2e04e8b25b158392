// Canvas benchmark: scene build, full repaint at fit-to-window, one move (command + repaint of
// the changed region) and hit-testing, at 1,000, 10,000 and 100,000 steps, with the scene index
// off (NoIndex) and on (BspTreeIndex). Figures are medians, also given as ratios against a
// baseline measured in the same run: painting the whole blueprint straight through the core
// painters (paintDiagram, no scene) at the same scale. Usage: bench_canvas [max steps]

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/stepitem.h"
#include "commands/changecommands.h"
#include "document/document.h"
#include "generate/generator.h"
#include "render/painters.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace bp;

namespace {

const QSize viewSize(1600, 900);

double ms(const std::function<void()> &fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return double(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Figures
{
    double baseline = 0, build = 0, repaint = 0, move = 0, hit = 0, indexBuild = 0;
};

Figures run(const Blueprint &blueprint, QGraphicsScene::ItemIndexMethod index, int reps)
{
    Figures f;
    Document doc(blueprint);
    QImage image(viewSize, QImage::Format_ARGB32_Premultiplied);

    // Baseline: the core painters alone, whole diagram at the fit scale.
    {
        SceneGeometry g;
        g.rebuild(doc.blueprint());
        const QRectF r = g.diagramRect();
        const double s = std::min(viewSize.width() / r.width(), viewSize.height() / r.height());
        std::vector<double> t;
        for (int i = 0; i < reps; ++i)
            t.push_back(ms([&] {
                QPainter p(&image);
                p.setRenderHint(QPainter::Antialiasing);
                p.scale(s, s);
                p.translate(-r.topLeft());
                paintDiagram(&p, Style(), g, doc.blueprint(), s);
            }));
        f.baseline = median(t);
    }

    DiagramScene *scene = nullptr;
    f.build = ms([&] {
        scene = new DiagramScene(&doc);
        scene->setItemIndexMethod(index);
    });
    DiagramView view(scene);
    view.resize(viewSize);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.show();
    QCoreApplication::processEvents();
    // The BSP tree is built lazily, on the first lookup.
    f.indexBuild = ms([&] { scene->items(QPointF(0, 0)); });

    view.fitToWindow();
    {
        std::vector<double> t;
        for (int i = 0; i < reps; ++i)
            t.push_back(ms([&] {
                QPainter p(&image);
                view.render(&p, QRectF(), view.viewport()->rect());
            }));
        f.repaint = median(t);
    }

    // One step in the middle, at 100 %: move it, then repaint what changed on screen.
    const std::vector<const Step *> steps = doc.blueprint().graph.steps();
    const ElementId id = steps[steps.size() / 2]->id;
    view.setZoom(1.0);
    view.centerOn(scene->stepCenter(id));
    {
        std::vector<double> t;
        for (int i = 0; i < 21; ++i) {
            t.push_back(ms([&] {
                StepItem *item = scene->stepItem(id);
                QRectF dirty = item->sceneBoundingRect();
                Step moved = *doc.blueprint().graph.step(id);
                moved.pos.rx() += (i % 2 ? -16 : 16);
                doc.undoStack()->push(new ChangeStepsCommand(&doc, { moved }, QString()));
                dirty |= item->sceneBoundingRect();
                dirty.adjust(-200, -200, 200, 200); // its flows
                const QRect region = view.mapFromScene(dirty).boundingRect();
                QPainter p(&image);
                view.render(&p, QRectF(region), region);
            }));
        }
        f.move = median(t);
    }

    // Hit-testing: what hovering asks on every mouse move.
    {
        std::vector<double> t;
        for (int i = 0; i < 21; ++i) {
            const QPointF at = scene->stepCenter(steps[(steps.size() * size_t(i)) / 21]->id);
            t.push_back(ms([&] { scene->items(at); }));
        }
        f.hit = median(t);
    }
    delete scene;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int maxSteps = argc > 1 ? std::atoi(argv[1]) : 100'000;
    std::printf("%-8s %-6s %10s %10s %10s %10s %10s %10s   %s\n", "steps", "index", "baseline",
                "build", "repaint", "move", "hit-test", "idx build",
                "build/base repaint/base move/base");
    for (int n : { 1'000, 10'000, 100'000 }) {
        if (n > maxSteps)
            break;
        const Blueprint bp = generateBlueprint(n, 1);
        const int reps = n >= 100'000 ? 3 : 5;
        for (auto index : { QGraphicsScene::NoIndex, QGraphicsScene::BspTreeIndex }) {
            const Figures f = run(bp, index, reps);
            std::printf(
                "%-8d %-6s %8.1fms %8.1fms %8.1fms %8.2fms %8.3fms %8.1fms   %.2f %.2f %.4f\n", n,
                index == QGraphicsScene::NoIndex ? "none" : "bsp", f.baseline, f.build, f.repaint,
                f.move, f.hit, f.indexBuild, f.build / f.baseline, f.repaint / f.baseline,
                f.move / f.baseline);
            std::fflush(stdout);
        }
    }
    return 0;
}
