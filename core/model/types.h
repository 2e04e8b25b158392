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

/// Which waiting-time formula the queueing analysis uses (analysis.md §3.1 step 5, cli.md
/// `--wait-model`).
enum class WaitModel {
    Auto, ///< exact Erlang C when the inputs are exponential, else Allen–Cunneen with QNA
    Exact, ///< M/M/c (Erlang C) whatever the SCVs say
    AllenCunneenQna, ///< Allen–Cunneen, arrival SCVs from the QNA linking equations
    AllenCunneenPoisson, ///< Allen–Cunneen with ca² = 1 at every step
    SakasegawaQna, ///< Sakasegawa's closed form, arrival SCVs from QNA
};

/// The analysis thresholds and options of one document (the `<analysis>` element,
/// docs/format-extensions.md; analysis.md §3.2: "defaults are configurable per project").
///
/// Every member starts at the spec's default; a document whose settings equal
/// `AnalysisSettings {}` saves no `<analysis>` element. The analysis builds its own settings
/// from these (analysis::settingsOf), converting the backlog horizon to minutes.
struct AnalysisSettings
{
    WaitModel waitModel = WaitModel::Auto;
    double busy = 0.70; ///< BUSY from this implied utilisation, in (0, 1]
    double high = 0.85; ///< HIGH_UTILISATION from here, in [busy, 1]
    double critical = 0.95; ///< CRITICAL_UTILISATION from here, in [high, 1]; UNSTABLE at 1
    int rpnThreshold = 100; ///< FMEA_RPN when RPN ≥ this, 1 to 1000
    int severityThreshold = 9; ///< FMEA_SEVERITY when S ≥ this whatever the RPN, 1 to 10
    double targetUtilisation = 0.85; ///< ρ* for "servers needed for a target", in (0, 1]
    /// H for the fluid backlog of an unstable step, in the document's time unit; unset: the
    /// spec's 8 hours, whatever the unit.
    std::optional<double> backlogHorizon;
    double tieTolerance = 1e-9; ///< |ρa − ρb| ≤ tol·max(1, ρ) is a tie, 0 to 0.01
    int pingPongWindow = 3; ///< k consecutive steps for HANDOFF_PINGPONG, 3 to 1000
    double flexibleRoutingGain = 1.05; ///< FLEXIBLE_ROUTING_GAIN above this × capacity, ≥ 1
    double probabilityTolerance = 1e-9; ///< routing probabilities sum to 1 within this, ≤ 0.01
    Extras extras; ///< unknown attributes of `<analysis>`

    /// Whether nothing differs from a new document's settings (then no element is saved).
    bool isDefault() const { return *this == AnalysisSettings {}; }
    friend bool operator==(const AnalysisSettings &, const AnalysisSettings &) = default;
};

/// The spec's backlog horizon (analysis.md §3.2 UNSTABLE), used when a document sets none.
inline constexpr double defaultBacklogHorizonMinutes = 480.0;

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
