#include "analysiscontroller.h"
#include "freedoffguithread.h"

#include "document/document.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace bp {

using analysis::AnalysisResult;
using ResultPtr = std::shared_ptr<const AnalysisResult>;

namespace {

// Runs on a worker thread; everything it touches is its own copy (the table is shared and
// immutable).
ResultPtr analyse(analysis::Snapshot snapshot, analysis::Settings settings,
                  std::shared_ptr<const analysis::ActionPriorityTable> table)
{
    return sharedFreedOffGuiThread(
        analysis::runAnalysis(std::move(snapshot), settings, table.get()));
}

// Starts analyse() on the global pool and calls @p done on @p context's thread when it ends.
void runOnPool(QObject *context, analysis::Snapshot snapshot, const analysis::Settings &settings,
               std::shared_ptr<const analysis::ActionPriorityTable> table,
               std::function<void(ResultPtr)> done)
{
    auto *watcher = new QFutureWatcher<ResultPtr>(context);
    QObject::connect(watcher, &QFutureWatcher<ResultPtr>::finished, context,
                     [watcher, done = std::move(done)] {
                         ResultPtr result = watcher->result();
                         watcher->deleteLater();
                         done(std::move(result));
                     });
    watcher->setFuture(QtConcurrent::run(analyse, std::move(snapshot), settings, std::move(table)));
}

} // namespace

AnalysisController::AnalysisController(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_overlay(std::make_shared<const OverlayData>())
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(debounceMs);
    connect(m_timer, &QTimer::timeout, this, &AnalysisController::runNow);
    connect(m_document, &Document::changed, this, &AnalysisController::documentChanged);
    schedule();
}

AnalysisController::~AnalysisController() = default;

bool AnalysisController::isBusy() const
{
    return m_running > 0 || m_timer->isActive();
}

void AnalysisController::schedule()
{
    const bool wasBusy = isBusy();
    m_timer->start();
    if (!wasBusy)
        emit busyChanged(true);
}

void AnalysisController::documentChanged(const ChangeEvent &event)
{
    // New thresholds are one deliberate change (a dialog's OK, an undo): show them at once.
    if (event.kind == ChangeEvent::Kind::AnalysisSettingsChanged)
        runNow();
    else
        schedule();
}

analysis::Settings AnalysisController::settings() const
{
    return analysis::settingsOf(m_document->blueprint());
}

analysis::Snapshot AnalysisController::snapshot() const
{
    return analysis::Snapshot::of(m_document->blueprint());
}

void AnalysisController::runNow()
{
    const bool wasBusy = isBusy();
    m_timer->stop();
    const quint64 generation = ++m_generation;
    ++m_running;
    if (!wasBusy)
        emit busyChanged(true);
    emit started();
    QPointer<AnalysisController> self(this);
    runOnPool(this, snapshot(), settings(), m_table, [self, generation](ResultPtr result) {
        if (self)
            self->apply(generation, std::move(result));
    });
}

void AnalysisController::apply(quint64 generation, ResultPtr result)
{
    --m_running;
    // A newer run is on its way (or done): this result describes an older document.
    if (generation == m_generation) {
        m_applied = generation;
        m_result = std::move(result);
        m_overlay = std::make_shared<const OverlayData>(overlayDataOf(*m_result));
        emit finished(m_result);
    }
    if (!isBusy())
        emit busyChanged(false);
}

void AnalysisController::analyseAsync(analysis::Snapshot snapshot, QObject *context,
                                      std::function<void(ResultPtr)> done)
{
    QPointer<QObject> guard(context);
    runOnPool(this, std::move(snapshot), settings(), m_table,
              [guard, done = std::move(done)](ResultPtr result) {
                  if (guard)
                      done(std::move(result));
              });
}

void AnalysisController::setActionPriorityTable(std::optional<analysis::ActionPriorityTable> table)
{
    m_table = table ? std::make_shared<const analysis::ActionPriorityTable>(*table) : nullptr;
    runNow();
}

} // namespace bp
