// The native reader's <analysis> element: the document's analysis thresholds
// (docs/format-extensions.md). Values out of range are errors, like every other attribute.

#include "nativereader_p.h"

#include "analysisattributes.h"

#include <cstring>

namespace bp::detail {

void Reader::readAnalysis(pugi::xml_node node)
{
    AnalysisSettings settings;
    bool valid = true;
    for (pugi::xml_attribute a : node.attributes()) {
        QString problem;
        switch (readAnalysisAttribute(a.name(), a.value(), settings, problem)) {
        case AnalysisAttribute::Read:
            break;
        case AnalysisAttribute::Bad:
            m_ctx.error(m_ctx.attrOffset(node, a.name()), problem);
            valid = false;
            break;
        case AnalysisAttribute::Unknown:
            unknownAttribute(node, a, settings.extras);
            break;
        }
    }
    m_ctx.checkDuplicateAttributes(node);
    // The order of the bands only means something once each band is valid on its own.
    if (valid) {
        const auto given = [&node](const char *name) {
            return bool(node.attribute(name));
        };
        if (const std::optional<AnalysisProblem> p = checkAnalysisBands(settings, given))
            m_ctx.error(m_ctx.attrOffset(node, p->attribute), p->message);
    }
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element)
            unknownChild(child, node, nullptr);
    m_bp.analysisSettings = settings;
}

} // namespace bp::detail
