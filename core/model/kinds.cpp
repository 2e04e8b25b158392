#include "kinds.h"

#include <array>

namespace bp {

namespace {

template<typename E, size_t N> struct Names
{
    std::array<std::pair<E, const char16_t *>, N> items;

    QString name(E e) const
    {
        for (const auto &[k, n] : items) {
            if (k == e)
                return QString::fromUtf16(n);
        }
        return {};
    }
    std::optional<E> parse(QStringView text) const
    {
        for (const auto &[k, n] : items) {
            if (text == QStringView(n))
                return k;
        }
        return std::nullopt;
    }
};

constexpr Names<LaneKind, 6> laneKinds { { {
    { LaneKind::PhysicalEvidence, u"physical-evidence" },
    { LaneKind::Customer, u"customer" },
    { LaneKind::Frontstage, u"frontstage" },
    { LaneKind::Backstage, u"backstage" },
    { LaneKind::Support, u"support" },
    { LaneKind::Other, u"other" },
} } };

constexpr Names<StepKind, 7> stepKinds { { {
    { StepKind::Start, u"start" },
    { StepKind::End, u"end" },
    { StepKind::Action, u"action" },
    { StepKind::Decision, u"decision" },
    { StepKind::Fork, u"fork" },
    { StepKind::Join, u"join" },
    { StepKind::Evidence, u"evidence" },
} } };

constexpr Names<FlowKind, 4> flowKinds { { {
    { FlowKind::Flow, u"flow" },
    { FlowKind::Rework, u"rework" },
    { FlowKind::Failure, u"failure" },
    { FlowKind::Evidence, u"evidence" },
} } };

constexpr Names<TimeUnit, 3> timeUnits { { {
    { TimeUnit::Seconds, u"s" },
    { TimeUnit::Minutes, u"min" },
    { TimeUnit::Hours, u"h" },
} } };

constexpr Names<RateUnit, 4> rateUnits { { {
    { RateUnit::Second, u"s" },
    { RateUnit::Minute, u"min" },
    { RateUnit::Hour, u"h" },
    { RateUnit::Day, u"d" },
} } };

// The spellings of cli.md's `--wait-model`, plus the two variants it does not list.
constexpr Names<WaitModel, 5> waitModels { { {
    { WaitModel::Auto, u"auto" },
    { WaitModel::Exact, u"exact" },
    { WaitModel::AllenCunneenQna, u"allen-cunneen" },
    { WaitModel::AllenCunneenPoisson, u"allen-cunneen-poisson" },
    { WaitModel::SakasegawaQna, u"sakasegawa" },
} } };

} // namespace

QString toString(LaneKind kind)
{
    return laneKinds.name(kind);
}
QString toString(StepKind kind)
{
    return stepKinds.name(kind);
}
QString toString(FlowKind kind)
{
    return flowKinds.name(kind);
}
QString toString(TimeUnit unit)
{
    return timeUnits.name(unit);
}
QString toString(RateUnit unit)
{
    return rateUnits.name(unit);
}
QString toString(WaitModel model)
{
    return waitModels.name(model);
}

std::optional<LaneKind> parseLaneKind(QStringView text)
{
    return laneKinds.parse(text);
}
std::optional<StepKind> parseStepKind(QStringView text)
{
    return stepKinds.parse(text);
}
std::optional<FlowKind> parseFlowKind(QStringView text)
{
    return flowKinds.parse(text);
}
std::optional<TimeUnit> parseTimeUnit(QStringView text)
{
    return timeUnits.parse(text);
}
std::optional<RateUnit> parseRateUnit(QStringView text)
{
    return rateUnits.parse(text);
}
std::optional<WaitModel> parseWaitModel(QStringView text)
{
    return waitModels.parse(text);
}

double minutesPer(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Seconds:
        return 1.0 / 60.0;
    case TimeUnit::Minutes:
        return 1.0;
    case TimeUnit::Hours:
        return 60.0;
    }
    return 1.0;
}

double hoursPer(RateUnit unit)
{
    switch (unit) {
    case RateUnit::Second:
        return 1.0 / 3600.0;
    case RateUnit::Minute:
        return 1.0 / 60.0;
    case RateUnit::Hour:
        return 1.0;
    case RateUnit::Day:
        return 24.0;
    }
    return 1.0;
}

} // namespace bp
