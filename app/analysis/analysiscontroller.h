#pragma once

#include "analysis/analysis.h"
#include "render/analysisoverlay.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace bp {

class Document;
struct ChangeEvent;

/// The analysis of one document, kept current while the user edits.
///
/// A short debounce after the last Document::changed, the controller takes a Snapshot on the GUI
/// thread (linear and cheap) and runs runAnalysis() on a worker thread of the global pool. Every
/// run carries a generation number; a result is applied only when no newer run was started, so a
/// slow run can never overwrite a newer one. Results arrive through a queued signal: typing and
/// dragging never wait for the analysis.
///
/// The thresholds and the wait model are the document's own (Blueprint::analysisSettings, saved
/// in the file and changed by ChangeAnalysisSettingsCommand); a change of them analyses again at
/// once, without the debounce.
class AnalysisController : public QObject
{
    Q_OBJECT

public:
    /// Quiet time after the last edit before the analysis runs.
    static constexpr int debounceMs = 400;

    explicit AnalysisController(Document *document, QObject *parent = nullptr);
    ~AnalysisController() override;

    Document *document() const { return m_document; }

    /// The last applied result; null before the first run finished.
    std::shared_ptr<const analysis::AnalysisResult> result() const { return m_result; }
    /// The overlay of the last result (empty before the first run).
    std::shared_ptr<const OverlayData> overlay() const { return m_overlay; }
    /// Whether a run is on its way (or waiting for its debounce).
    bool isBusy() const;
    /// Generation of the last applied result (0: none yet).
    quint64 appliedGeneration() const { return m_applied; }

    /// The settings of the next run: the document's (analysis::settingsOf).
    analysis::Settings settings() const;
    /// Uses @p table for Action Priorities (FMEA_AP_HIGH); unset removes it. Analyses again.
    void setActionPriorityTable(std::optional<analysis::ActionPriorityTable> table);
    bool hasActionPriorityTable() const { return m_table != nullptr; }

    /// The snapshot the next run would analyse.
    analysis::Snapshot snapshot() const;
    /// Runs @p snapshot with the current settings on a worker thread and calls @p done on the
    /// GUI thread with the result, unless @p context is gone by then (what-if runs).
    void analyseAsync(analysis::Snapshot snapshot, QObject *context,
                      std::function<void(std::shared_ptr<const analysis::AnalysisResult>)> done);

public slots:
    /// Starts a run now (skipping the debounce).
    void runNow();
    /// (Re)starts the debounce timer.
    void schedule();

signals:
    /// A run started (busy indicator on).
    void started();
    /// A current result was applied.
    void finished(std::shared_ptr<const analysis::AnalysisResult> result);
    void busyChanged(bool busy);

private:
    void apply(quint64 generation, std::shared_ptr<const analysis::AnalysisResult> result);
    void documentChanged(const ChangeEvent &event);

    Document *m_document;
    QTimer *m_timer;
    std::shared_ptr<const analysis::ActionPriorityTable> m_table;
    std::shared_ptr<const analysis::AnalysisResult> m_result;
    std::shared_ptr<const OverlayData> m_overlay;
    quint64 m_generation = 0; ///< of the last run started
    quint64 m_applied = 0; ///< of the last run applied
    int m_running = 0; ///< runs whose worker has not reported back
};

} // namespace bp
