#pragma once

#include "model/types.h"

#include <QGraphicsView>
#include <QPointer>

#include <functional>

#include <optional>
#include <vector>

namespace bp {

class DiagramScene;
class Document;
class InlineEditor;
struct LaneBox;

/// The view of a DiagramScene and the editing gestures on it.
///
/// View: Ctrl+wheel zooms at the pointer, the wheel scrolls (Shift+wheel sideways), the middle
/// button or Space+drag pans; fit to window, zoom to selection, centre on an element.
///
/// Editing (every change is one command on the document's undo stack): the select tool moves
/// steps (snapping to the grid and to lanes; dropping in another lane moves the step there),
/// selects with a rubber band or Ctrl+click, connects by dragging from the handle of a hovered
/// step; the connect tool connects from anywhere on a step; a create tool places a step of its
/// kind with a click (steps also come by double-clicking a lane or by dropping a palette entry).
/// F2 or a double-click renames in place, arrows nudge (Shift: further), Delete deletes. Lanes:
/// drag a header to reorder, drag a lane's lower border to resize, double-click a header to
/// rename, context menu for the rest.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    /// What a left-button press on the canvas does.
    enum class Tool { Select, Connect, Create };

    explicit DiagramView(QGraphicsScene *scene, QWidget *parent = nullptr);
    ~DiagramView() override;

    DiagramScene *diagramScene() const;

    /// The current zoom factor (1 = 100 %).
    double zoom() const;
    /// Sets the zoom (clamped to minZoom()..maxZoom()), keeping the centre of the view in place.
    void setZoom(double zoom);
    static double minZoom();
    static double maxZoom();
    /// Fits the diagram as soon as the view has its real size (now if it is already shown).
    void requestFit();

    Tool tool() const { return m_tool; }
    /// Kind of step the create tool places.
    StepKind createKind() const { return m_createKind; }

    /// Ids of the selected steps and flows (see DiagramScene).
    QVector<ElementId> selectedStepIds() const;
    QVector<ElementId> selectedFlowIds() const;
    void selectElements(const QVector<ElementId> &ids);
    /// Selects the step or flow @p id alone and scrolls it into the middle of the view.
    void centreOn(const ElementId &id);

    /// The MIME type of a palette entry dragged onto the canvas (the step kind's file name).
    static QString stepKindMimeType();

    /// The editor of an in-place rename, while one is open.
    InlineEditor *inlineEditor() const;

    /// Viewport pixels in the bottom-right corner that a widget over the canvas covers (the
    /// analysis legend). fitToWindow() keeps the diagram clear of them, below or beside it,
    /// whichever costs less zoom; a view still showing its last fit fits again when they change.
    void setCornerReserve(QSize size);
    QSize cornerReserve() const { return m_cornerReserve; }

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void resetZoom();
    void zoomToSelection();
    void selectAll();
    void setGridVisible(bool visible);
    void setSelectTool();
    void setConnectTool();
    void setCreateTool(bp::StepKind kind);
    /// Deletes the selected steps (with their flows) and flows: one command.
    void deleteSelection();
    /// Opens the in-place editor on the title of step @p id.
    void renameStep(const ElementId &id);
    /// Opens the in-place editor on the title of lane @p id.
    void renameLane(const ElementId &id);
    /// Adds a lane of the same kind as lane @p nextTo, above or below it, and starts renaming it.
    void addLane(const ElementId &nextTo, bool below);
    void removeLane(const ElementId &id);
    /// Moves a lane up (@p delta < 0) or down.
    void moveLane(const ElementId &id, int delta);
    /// Lays the whole blueprint out again (core/layout): one command.
    void autoArrange();

signals:
    void zoomChanged(double zoom);
    void toolChanged(bp::DiagramView::Tool tool, bp::StepKind kind);
    /// The visible part of the scene moved or changed size (for the overview).
    void visibleRectChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    enum class Gesture { None, Pan, Move, Connect, LaneResize, LaneReorder };

    Document *document() const;
    void setTool(Tool tool, StepKind kind);
    void zoomBy(double factor);
    // Gestures (diagramediting.cpp).
    bool startGesture(QMouseEvent *event);
    void continueGesture(QMouseEvent *event);
    void finishGesture(QMouseEvent *event);
    void cancelGesture();
    void moveSelection(QPointF delta, bool snap, quint64 gesture);
    void nudge(int key, bool far);
    void createStep(StepKind kind, QPointF scenePos, bool rename);
    void connectSteps(const ElementId &from, const ElementId &to);
    /// The lane whose lower border is within a few pixels of @p viewPos.
    const LaneBox *laneBorderAt(QPoint viewPos) const;
    /// Where a flow dragged from the handle of step @p id starts (scene).
    QPointF handleCenter(const ElementId &id) const;
    bool isOnHandle(const ElementId &id, QPointF scenePos) const;
    void updateHover(QPoint viewPos);
    void updateCursor(QPoint viewPos);
    /// Index a lane dragged by its header would take when dropped at scene y @p y.
    int laneDropIndex(double y) const;
    void openEditor(const QRectF &sceneRect, const QString &text, const QFont &font,
                    std::function<void(const QString &)> commit);
    void closeEditor();
    void invalidateOverlay();

    Tool m_tool = Tool::Select;
    StepKind m_createKind = StepKind::Action;
    bool m_fitPending = false;
    QSize m_cornerReserve;
    /// Zoom and scroll position right after the last fit, to tell whether the view still shows it.
    struct FitState
    {
        double zoom = 0;
        int x = 0;
        int y = 0;
    };
    std::optional<FitState> m_fit;
    bool m_spaceHeld = false;

    Gesture m_gesture = Gesture::None;
    QPoint m_pressView; ///< where the gesture began, in view coordinates
    QPointF m_pressScene;
    QPoint m_lastView;
    bool m_dragged = false; ///< moved past the drag distance
    quint64 m_gestureId = 0;
    ElementId m_gestureStep; ///< the pressed step (move) or the source (connect)
    ElementId m_gestureLane; ///< the lane resized or reordered
    double m_laneStartHeight = 0;
    std::vector<Step> m_moveStart; ///< the moved steps as they were at the press
    QPointF m_connectEnd; ///< scene position of the pointer during a connect drag
    ElementId m_connectTarget;
    int m_laneDropIndex = -1;
    ElementId m_hoverStep; ///< the step under the pointer, which shows its connection handle

    QPointer<InlineEditor> m_editor;
};

} // namespace bp
