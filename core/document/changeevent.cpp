#include "changeevent.h"

namespace bp {

ChangeEvent::StepAspects diffAspects(const Step &before, const Step &after)
{
    ChangeEvent::StepAspects aspects;
    if (before.pos != after.pos || before.lane != after.lane)
        aspects |= ChangeEvent::StepAspect::Geometry;
    if (before.title != after.title || before.description != after.description)
        aspects |= ChangeEvent::StepAspect::Text;
    if (before.kind != after.kind)
        aspects |= ChangeEvent::StepAspect::Appearance;
    Step a = before;
    Step b = after;
    a.pos = b.pos;
    a.lane = b.lane;
    a.title = b.title;
    a.description = b.description;
    a.kind = b.kind;
    if (!(a == b))
        aspects |= ChangeEvent::StepAspect::Figures;
    return aspects;
}

} // namespace bp
