#pragma once

#include "walkthrough.h"

#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

/// @file handout.h
/// Walkthrough handouts: one page per stop (title, the diagram with the stop highlighted, the
/// fail-point or wait-point caption, the speaker notes, the page number), as one PDF or as one
/// PNG per stop. No widgets: usable from the editor and from the command line.

namespace bp {
class SceneGeometry;
}

namespace bp::walkthrough {

/// Outcome of writing a handout.
struct HandoutResult
{
    bool ok = false;
    QString error; ///< translated, names the file; empty when ok
    int pages = 0; ///< pages (PDF) or images (PNG) written
    QStringList files; ///< the files written
};

/// Paints the handout page of stop @p index into @p page (any device: PDF, image, screen).
void paintHandoutPage(QPainter *painter, const QRectF &page, const SceneGeometry &geometry,
                      const Blueprint &blueprint, const Walkthrough &walkthrough, int index);

/// Writes the handout of @p walkthrough (built from @p blueprint) as a landscape A4 PDF with
/// one page per stop to @p path, atomically (the file holds the old or the complete new PDF).
HandoutResult writeHandoutPdf(const Blueprint &blueprint, const Walkthrough &walkthrough,
                              const QString &path);

/// Writes one PNG per stop, @p width pixels wide with the proportions of an A4 page, into
/// @p folder (created when missing), named `NN-stepid.png` in walkthrough order (NN from 01);
/// each file is written atomically.
HandoutResult writeHandoutPngs(const Blueprint &blueprint, const Walkthrough &walkthrough,
                               const QString &folder, int width = 1600);

/// The file name of the PNG of stop @p index (e.g. `03-interview.png`).
QString handoutPngName(const Walkthrough &walkthrough, int index);

} // namespace bp::walkthrough
