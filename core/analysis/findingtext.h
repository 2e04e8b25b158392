#pragma once

#include "analysis/finding.h"

#include <QString>

/// @file findingtext.h
/// The words a user reads for a finding: a plain-language message that quotes the figures, and
/// a suggestion of what to do (add a server, add a recovery path, poka-yoke…). One place for
/// every code, translated (context bp::FindingText).

namespace bp::analysis {

class Snapshot;

/// Message and suggestion of one finding.
struct FindingText
{
    QString title; ///< short name of the code, e.g. "Wait point"
    QString message; ///< complete sentence with the element's title and the figures
    QString suggestion; ///< what to do about it; may be empty
};

/// The short name of a finding code, translated, e.g. "High risk priority" for FMEA_RPN (the
/// title describeFinding() gives); an unknown code is returned as it is.
QString findingTitle(const QString &code);

/// Words for @p finding; element ids are shown as the titles @p snapshot has for them (steps and
/// pools), else as ids. Unknown codes get a neutral text naming the code.
FindingText describeFinding(const Finding &finding, const Snapshot &snapshot);

} // namespace bp::analysis
