#pragma once

// Helpers for the suites that drive the analysis in the editor (tst_analysisui,
// tst_analysissettings).

#include "analysis/analysiscontroller.h"
#include "analysis/analysisui.h"
#include "mainwindow.h"

#include <QElapsedTimer>
#include <QtTest>

#include <memory>

namespace bp::test {

inline AnalysisController *controllerOf(MainWindow &w)
{
    return w.analysis()->controller();
}

/// Waits until the analysis of the current document state is applied.
inline bool settle(MainWindow &w, int timeoutMs = 20000)
{
    AnalysisController *c = controllerOf(w);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (!c->isBusy() && c->result())
            return true;
        QTest::qWait(20);
    }
    return false;
}

inline std::shared_ptr<const analysis::AnalysisResult> resultOf(MainWindow &w)
{
    return controllerOf(w)->result();
}

} // namespace bp::test
