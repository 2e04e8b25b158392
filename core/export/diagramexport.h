#pragma once

#include "model/blueprint.h"
#include "render/analysisoverlay.h"
#include "render/scenegeometry.h"
#include "render/style.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QPainter;
class QPagedPaintDevice;

/// @file diagramexport.h
/// Exports of the diagram (SVG, PNG, PDF) painted with the same painters as the canvas
/// (painters.h, overlay.h). Every exporter builds the whole file in memory; the caller saves the
/// bytes atomically (atomicsave.h).

namespace bp::exporting {

/// File formats of a diagram export.
enum class DiagramFormat { Svg, Png, Pdf };

/// The format of @p path by its extension (svg, png, pdf), if any.
std::optional<DiagramFormat> diagramFormatOf(const QString &path);

/// Paper of a PDF or a print.
enum class PageMode {
    Fit, ///< one page exactly the size of the diagram
    A4, ///< tiled over A4 pages, with overlap and marks
    A3, ///< tiled over A3 pages, with overlap and marks
};

/// What to export and how.
struct ExportOptions
{
    bool overlay = false; ///< paint the analysis overlay and its legend
    bool headers = true; ///< paint the lane header column
    /// Steps to export (with the flows between them); empty: the whole diagram.
    QSet<ElementId> selection;
    double scale = 1.0; ///< PNG: pixels per scene unit (1 = 100 %)
    std::optional<double> dpi; ///< PNG: dots per inch instead of a scale (96 dpi = 100 %)
    bool transparent = false; ///< PNG and SVG: no background around the lanes
    PageMode page = PageMode::Fit; ///< PDF and print
    bool landscape = false; ///< PDF and print on A4/A3
    /// Print: keep the page size and orientation the device has (the user's printer settings)
    /// instead of setting A4/A3; tiling (A4/A3) or fitting (Fit) still follows `page`.
    bool devicePage = false;
    QString fileName; ///< shown in the PDF title block (the blueprint's file)
    QDateTime date; ///< shown in the PDF title block; invalid: now
};

/// Result of an export: the bytes of the file, or a translated error.
struct ExportResult
{
    QByteArray bytes;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Largest PNG that an export will allocate: sides and pixel count (4 bytes per pixel).
inline constexpr int maxImageSide = 20'000;
inline constexpr qint64 maxImagePixels = 200'000'000;

/// A blueprint prepared for painting: the geometry, the overlay, and the picture's layout (which
/// parts of the scene appear where). Picture coordinates start at (0, 0); one unit is one scene
/// unit (a pixel at 100 %).
class DiagramPicture
{
public:
    /// Prepares @p blueprint (copied when a selection is exported) with @p overlay (used only
    /// when options.overlay).
    DiagramPicture(const Blueprint &blueprint, const ExportOptions &options,
                   const OverlayData &overlay = {});
    ~DiagramPicture();

    /// Size of the picture in scene units (diagram, margins and legend).
    QSizeF size() const { return m_size; }
    /// The blueprint's title, or the file name, or "Untitled".
    QString title() const;
    /// Paints the picture at the painter's current transform, from (0, 0) to size(); only the
    /// elements that reach @p exposed (picture coordinates; null: everything), so that a tile
    /// of a long blueprint costs what it shows.
    void paint(QPainter *painter, const QRectF &exposed = {}) const;
    /// Number of steps painted.
    int stepCount() const;

private:
    struct Slice
    {
        QRectF source; ///< scene rectangle
        QPointF target; ///< its top-left corner in the picture
    };
    const Blueprint &blueprint() const;
    void paintScene(QPainter *painter, const QRectF &visible) const;

    /// What paintDiagram() would compute per element, computed once for every page or tile.
    struct PaintedFlow
    {
        const Flow *flow;
        FlowRoute route;
        bool branching;
        QRectF bounds;
    };
    struct PaintedStep
    {
        const Step *step;
        StepGeometry geometry;
        QRectF bounds; ///< with room for the overlay's marks
    };

    const Blueprint *m_source = nullptr;
    std::unique_ptr<Blueprint> m_filtered; ///< the selection, when one is exported
    ExportOptions m_options;
    Style m_style;
    SceneGeometry m_geometry;
    OverlayData m_overlay;
    std::vector<Slice> m_slices;
    std::vector<PaintedFlow> m_flows;
    std::vector<PaintedStep> m_steps;
    QPointF m_legendAt;
    QSizeF m_size;
};

/// An SVG 1.1 document (vectors, text as text) with viewBox, title and description.
ExportResult exportSvg(const DiagramPicture &picture, const ExportOptions &options);
/// A PNG at options.scale (or options.dpi), opaque or transparent. Fails with a clear error
/// beyond maxImageSide or maxImagePixels.
ExportResult exportPng(const DiagramPicture &picture, const ExportOptions &options);
/// A vector PDF: one page fitted to the diagram, or tiled pages of A4/A3 with a title block.
ExportResult exportPdf(const DiagramPicture &picture, const ExportOptions &options);
/// Exports in @p format.
ExportResult exportDiagram(const DiagramPicture &picture, DiagramFormat format,
                           const ExportOptions &options);

/// Paints @p picture on the pages of @p device (a QPdfWriter or a QPrinter) as options.page
/// asks: fitted on one page, or tiled with overlap, crop marks and a title block on every
/// page. The device's page size and orientation are set here for A4/A3; for Fit the device's
/// page is used as it is (the picture scaled to fit). Returns the number of pages.
int paintPages(QPagedPaintDevice *device, const DiagramPicture &picture,
               const ExportOptions &options);

/// Number of tiles (columns, rows) of a picture of @p size on pages of printable @p page size,
/// both in millimetres, with @p overlap millimetres shared by neighbouring tiles.
QSize tileGrid(const QSizeF &size, const QSizeF &page, double overlap);

} // namespace bp::exporting
