// BPMN import: the analysis settings our exporter keeps as <bs:analysis> in the process's
// extension elements. A BPMN file is foreign input, so a bad value is a warning and is ignored
// (like the other bs: attributes), never a refusal.

#include "analysisattributes.h"
#include "bpmnreader_p.h"

namespace bp::bpmn {

void Importer::readOurAnalysis(const pugi::xml_node &node)
{
    AnalysisSettings settings;
    for (pugi::xml_attribute a : node.attributes()) {
        QString problem;
        if (detail::readAnalysisAttribute(a.name(), a.value(), settings, problem)
            == detail::AnalysisAttribute::Bad)
            m_ctx.warning(
                m_ctx.attrOffset(node, a.name()),
                ImportTr::tr("blueprint attribute %1=%2 is not valid and is ignored")
                    .arg(QString::fromUtf8(a.name()), quoted(QString::fromUtf8(a.value()))));
    }
    const auto given = [&node](const char *name) {
        return bool(node.attribute(name));
    };
    if (const std::optional<detail::AnalysisProblem> p
        = detail::checkAnalysisBands(settings, given)) {
        m_ctx.warning(m_ctx.attrOffset(node, p->attribute),
                      ImportTr::tr("%1; the utilisation bands are ignored").arg(p->message));
        const AnalysisSettings defaults;
        settings.busy = defaults.busy;
        settings.high = defaults.high;
        settings.critical = defaults.critical;
    }
    m_bp.analysisSettings = settings;
}

} // namespace bp::bpmn
