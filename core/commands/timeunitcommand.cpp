#include "timeunitcommand.h"

#include <QCoreApplication>

namespace bp {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::DocumentCommands)
};

// Whole seconds per unit: converting through them rounds at most once (90 min → 5400 s → 1.5 h).
double secondsPer(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Seconds:
        return 1.0;
    case TimeUnit::Minutes:
        return 60.0;
    case TimeUnit::Hours:
        return 3600.0;
    }
    return 60.0;
}

std::optional<double> convert(std::optional<double> value, TimeUnit from, TimeUnit to)
{
    return value ? std::optional<double>(convertDuration(*value, from, to)) : std::nullopt;
}
} // namespace

double convertDuration(double value, TimeUnit from, TimeUnit to)
{
    if (from == to)
        return value;
    return value * secondsPer(from) / secondsPer(to);
}

ChangeTimeUnitCommand::ChangeTimeUnitCommand(Document *document, TimeUnit unit,
                                             QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Change time unit"), parent)
    , m_document(document)
    , m_metaBefore(document->blueprint().meta)
    , m_metaAfter(m_metaBefore)
    , m_demandBefore(document->blueprint().demand)
    , m_demandAfter(m_demandBefore)
{
    const TimeUnit from = m_metaBefore.timeUnit;
    m_metaAfter.timeUnit = unit;
    if (from == unit) {
        setObsolete(true);
        return;
    }
    if (m_demandAfter)
        m_demandAfter->journeyTolerance = convert(m_demandAfter->journeyTolerance, from, unit);
    for (const Step *step : document->blueprint().graph.steps()) {
        Step s = *step;
        s.time = convertDuration(s.time, from, unit);
        s.tolerance = convert(s.tolerance, from, unit);
        s.executionTolerance = convert(s.executionTolerance, from, unit);
        if (s == *step)
            continue; // no duration (or only zeros)
        m_stepsBefore.push_back(*step);
        m_stepsAfter.push_back(std::move(s));
    }
}

void ChangeTimeUnitCommand::redo()
{
    // The unit first, so that the steps redraw their badges in it.
    m_document->setMeta(m_metaAfter);
    if (m_demandAfter != m_demandBefore)
        m_document->setDemand(m_demandAfter);
    if (!m_stepsAfter.empty())
        m_document->updateSteps(m_stepsAfter);
}

void ChangeTimeUnitCommand::undo()
{
    m_document->setMeta(m_metaBefore);
    if (m_demandAfter != m_demandBefore)
        m_document->setDemand(m_demandBefore);
    if (!m_stepsBefore.empty())
        m_document->updateSteps(m_stepsBefore);
}

} // namespace bp
