// The analysis in the editor and threads: it runs off the GUI thread, the newest run wins, and
// the result a new one replaces is freed off the GUI thread too.

#include "analysis/analysiscontroller.h"
#include "analysis/analysisui.h"
#include "analysis/freedoffguithread.h"
#include "analysisuitestutil.h"
#include "document/document.h"
#include "generate/generator.h"
#include "guitestutil.h"
#include "mainwindow.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace bp;
using test::controllerOf;
using test::resultOf;
using test::settle;

namespace {

const QString bankSample = test::samplePath("bank-loan.blueprint");

} // namespace

class TestAnalysisThreads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theAnalysisRunsOffTheGuiThread();
    void resultsAreFreedOffTheGuiThread();

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

void TestAnalysisThreads::initTestCase()
{
    m_settings = test::isolateSettings();
}

namespace {

/// Records the thread it is destroyed on (a moved-from probe records nothing).
struct ThreadProbe
{
    std::shared_ptr<std::atomic<QThread *>> freedOn = std::make_shared<std::atomic<QThread *>>();
    ThreadProbe() = default;
    ThreadProbe(ThreadProbe &&) = default;
    ~ThreadProbe()
    {
        if (freedOn)
            freedOn->store(QThread::currentThread());
    }
};

} // namespace

/// The previous result is dropped on the GUI thread when the next one arrives; freeing it there
/// would take about 30 ms at 100,000 steps. The controller's results are freed on the pool when
/// their last owner lets go on the GUI thread, and where they are when it lets go elsewhere.
void TestAnalysisThreads::resultsAreFreedOffTheGuiThread()
{
    ThreadProbe probe;
    const auto freedOn = probe.freedOn;
    auto shared = sharedFreedOffGuiThread(std::move(probe));
    auto other = shared;
    shared.reset();
    QVERIFY(!freedOn->load()); // another owner is left
    other.reset();
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(freedOn->load());
    QVERIFY(freedOn->load() != QThread::currentThread());

    // Let go on a worker thread: freed there, at once.
    ThreadProbe onWorker;
    const auto workerFreedOn = onWorker.freedOn;
    auto held = sharedFreedOffGuiThread(std::move(onWorker));
    QThread *worker = QThread::create([&held] { held.reset(); });
    worker->start();
    QVERIFY(worker->wait(10000));
    QCOMPARE(workerFreedOn->load(), worker);
    delete worker;

    // The controller lets go of the result a new run replaces (its results are made by
    // sharedFreedOffGuiThread, so that happens on the pool).
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    QVERIFY(settle(w));
    std::weak_ptr<const analysis::AnalysisResult> first = resultOf(w);
    QVERIFY(!first.expired());
    controllerOf(w)->runNow();
    QVERIFY(settle(w));
    QVERIFY(resultOf(w) != first.lock());
    QThreadPool::globalInstance()->waitForDone();
    QTRY_VERIFY(first.expired());
}

void TestAnalysisThreads::theAnalysisRunsOffTheGuiThread()
{
    MainWindow w;
    w.document()->resetBlueprint(generateBlueprint(20000, 7));
    QVERIFY(settle(w, 120000));
    QCOMPARE(resultOf(w)->snapshot.size() > 15000, true);

    // runNow() takes the snapshot and returns; the result arrives later through the event
    // loop, applied by a queued signal. Meanwhile the GUI thread is free.
    AnalysisController *c = controllerOf(w);
    const quint64 applied = c->appliedGeneration();
    QElapsedTimer timer;
    timer.start();
    c->runNow();
    const qint64 returned = timer.elapsed();
    QCOMPARE(c->appliedGeneration(), applied);
    QVERIFY(c->isBusy());
    QVERIFY(w.analysis()->busyLabel()->isVisibleTo(&w) || !w.isVisible());
    // Events keep flowing while the worker runs.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(1);
    QVERIFY(settle(w, 120000));
    const qint64 finished = timer.elapsed();
    QVERIFY(c->appliedGeneration() > applied);
    qDebug("runNow returned after %lld ms, result applied after %lld ms, %d timer ticks between",
           returned, finished, ticks);
    QVERIFY(ticks > 0);
    QVERIFY(returned < finished);

    // A run started while another is on its way wins: the older result is dropped.
    c->runNow();
    c->runNow();
    const quint64 last = applied + 3; // the three runs above
    QVERIFY(settle(w, 120000));
    QCOMPARE(c->appliedGeneration(), last);
}

QTEST_MAIN(TestAnalysisThreads)
#include "tst_analysisthreads.moc"
