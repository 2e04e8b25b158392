#pragma once

#include <QPointF>
#include <QString>
#include <QVector>

#include <optional>
#include <utility>

/// @file types.h
/// Plain value types of a blueprint (format.md, docs/format-extensions.md). No signals, no Qt
/// object model: these are copied into commands, snapshots and the clipboard freely.

namespace bp {

/// Identity of every element (lane, pool, step, flow). Unique in a document; see ids.h.
using ElementId = QString;

/// Kind of a lane; top to bottom in a standard blueprint.
enum class LaneKind { PhysicalEvidence, Customer, Frontstage, Backstage, Support, Other };

/// Kind of a step; decides its shape and its routing semantics (analysis.md §1).
enum class StepKind { Start, End, Action, Decision, Fork, Join, Evidence };

/// Kind of a flow. `Evidence` links take no part in routing.
enum class FlowKind { Flow, Rework, Failure, Evidence };

/// Unit of every duration in a file.
enum class TimeUnit { Seconds, Minutes, Hours };

/// Unit of the arrival rate (customers per ...).
enum class RateUnit { Second, Minute, Hour, Day };

/// Number of parallel servers: a positive count, or infinitely many (self-service, no queue).
struct Servers
{
    int count = 1;
    bool infinite = false;

    static Servers unlimited() { return { 0, true }; }
    static Servers of(int n) { return { n, false }; }
    friend bool operator==(const Servers &, const Servers &) = default;
};

/// Attributes and foreign elements the reader did not know, kept so that saving does not lose
/// them (format.md: forward compatibility).
struct Extras
{
    QVector<std::pair<QString, QString>> attributes; ///< name, value, in reading order
    QVector<QByteArray> elements; ///< serialised foreign-namespace elements
    bool empty() const { return attributes.isEmpty() && elements.isEmpty(); }
    friend bool operator==(const Extras &, const Extras &) = default;
};

/// A horizontal band of the blueprint.
struct Lane
{
    ElementId id;
    LaneKind kind = LaneKind::Other;
    QString title;
    double height = 120.0;
    Extras extras;
    friend bool operator==(const Lane &, const Lane &) = default;
};

/// A group of interchangeable servers shared by several steps.
struct Pool
{
    ElementId id;
    QString title;
    Servers servers;
    Extras extras;
    friend bool operator==(const Pool &, const Pool &) = default;
};

/// Arrivals of customers (optional; queueing analysis needs it).
struct Demand
{
    std::optional<double> arrivalRate; ///< customers per `per`
    RateUnit per = RateUnit::Hour;
    double arrivalScv = 1.0;
    std::optional<double> journeyTolerance; ///< in the document's time unit
    double serviceLevel = 0.8;
    Extras extras;
    friend bool operator==(const Demand &, const Demand &) = default;
};

/// A step (vertex of the blueprint graph). Every attribute of format.md plus layout.
struct Step
{
    ElementId id;
    ElementId lane;
    StepKind kind = StepKind::Action;
    QString title;
    QString description;
    double time = 0.0;
    double scv = 1.0;
    std::optional<Servers> servers; ///< unset: the lane kind's default (see effectiveServers)
    ElementId pool; ///< empty: no pool
    std::optional<double> tolerance;
    std::optional<double> executionTolerance;
    std::optional<bool> customerPresent; ///< unset: the lane kind's default
    double pFail = 0.0;
    std::optional<int> severity;
    std::optional<int> occurrence;
    std::optional<int> detection;
    std::optional<double> entry;
    QPointF pos; ///< centre; x from the lane header, y from the top of the lane
    Extras extras;
    quint64 order = 0; ///< creation order; decides the order in saved files

    friend bool operator==(const Step &, const Step &) = default;
};

/// A flow (edge of the blueprint graph).
struct Flow
{
    ElementId id;
    ElementId from;
    ElementId to;
    FlowKind kind = FlowKind::Flow;
    std::optional<double> p; ///< unset: 1 when it is the only routing flow of its source
    QString label;
    QVector<QPointF> waypoints;
    Extras extras;
    quint64 order = 0; ///< creation order; decides the order in saved files

    friend bool operator==(const Flow &, const Flow &) = default;
};

/// Document-level properties.
struct Meta
{
    QString title;
    TimeUnit timeUnit = TimeUnit::Minutes;
    QString description;
    friend bool operator==(const Meta &, const Meta &) = default;
};

/// Whether a flow of this kind routes customers (is part of the traffic equations).
inline bool isRouting(FlowKind k)
{
    return k != FlowKind::Evidence;
}

/// Default servers for a step in a lane of this kind (format.md: inf in customer and
/// physical-evidence lanes, 1 elsewhere).
inline Servers defaultServers(LaneKind k)
{
    return (k == LaneKind::Customer || k == LaneKind::PhysicalEvidence) ? Servers::unlimited()
                                                                        : Servers::of(1);
}

/// Default of `customer-present` for a lane of this kind.
inline bool defaultCustomerPresent(LaneKind k)
{
    return k == LaneKind::Customer || k == LaneKind::Frontstage;
}

} // namespace bp
