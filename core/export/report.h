#pragma once

#include "diagramexport.h"
#include "reviewdata.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// @file report.h
/// The review report: the summary figures (capacity, bottleneck, flow time, P(failure-free)),
/// the findings ranked by severity, the per-step table, the FMEA register and the line
/// crossings, with the diagram and its analysis overlay. As one self-contained HTML file
/// (inline CSS and SVG, no external resources; well-formed XHTML) or as a PDF.

namespace bp::exporting {

/// What the report says about where it comes from.
struct ReportOptions
{
    QString fileName; ///< the blueprint's file (shown, never linked)
    QDateTime date; ///< invalid: now
};

/// The report as an XHTML document (UTF-8). Every user text is escaped.
QByteArray reportHtml(const Blueprint &blueprint, const ReviewData &review,
                      const ReportOptions &options = {});

/// The report as a PDF: a landscape A4 page with the diagram and its overlay, then the figures
/// and tables on portrait A4 pages.
ExportResult reportPdf(const Blueprint &blueprint, const ReviewData &review,
                       const ReportOptions &options = {});

} // namespace bp::exporting
