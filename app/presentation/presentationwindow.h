#pragma once

#include "model/blueprint.h"
#include "noteswindow.h"
#include "render/scenegeometry.h"
#include "walkthrough/framepainter.h"
#include "walkthrough/walkthrough.h"

#include <QPointer>
#include <QWidget>

namespace bp {

/// The presentation mode for trainers: a full-screen window that walks through the customer
/// journey of a blueprint (walkthrough::journeyOrder()), one stop at a time.
///
/// Keys (what a presentation clicker sends included): Right, Space, PageDown, Down or a left
/// click go to the next stop; Left, PageUp, Up, Backspace or a right click to the previous one;
/// Home and End to the first and last. At a fail point or a wait point a caption box says why.
/// L reveals the lanes one by one from the top (hidden lanes are blank; once every lane is
/// shown the next L leaves that mode), Shift+L hides the lowest revealed lane. N toggles the
/// speaker notes: a window on the second screen when there is one, else a panel on the right.
/// P toggles a laser pointer (a red dot following the mouse, cursor hidden). The diagram starts
/// at a readable zoom (step titles about 60 % of the base text size, however large the
/// blueprint) and follows the current stop; + and − zoom in and out (out as far as every lane
/// fitting the height), 0 goes back to the readable zoom. Esc ends the presentation
/// (finished()).
///
/// The window paints a copy of the blueprint through the core painters (framepainter.h), so the
/// editor underneath is never touched.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    /// A presentation of @p blueprint. With @p notesOnSecondScreen the notes go to a window of
    /// their own (NotesWindow) instead of the panel.
    explicit PresentationWindow(const Blueprint &blueprint, bool notesOnSecondScreen = false,
                                QWidget *parent = nullptr);
    ~PresentationWindow() override;

    const walkthrough::Walkthrough &walkthrough() const { return m_walkthrough; }
    /// Index of the current stop (−1 when the blueprint has no steps).
    int currentIndex() const { return m_index; }
    /// Id of the current step (empty when there is none).
    ElementId currentStep() const;
    void setCurrentIndex(int index);

    /// Lanes shown from the top, or −1 when every lane is shown.
    int revealedLanes() const { return m_revealed; }
    /// Whether the notes are shown (panel, or the second-screen window).
    bool notesVisible() const;
    /// The notes window on the second screen, or null.
    NotesWindow *notesWindow() const { return m_notesWindow; }
    bool laserActive() const { return m_laser; }
    /// Where the laser dot is, in widget coordinates.
    QPoint laserPosition() const { return m_laserPos; }

    /// The text of the caption box shown now (empty when there is none).
    QString captionText() const;
    /// The rectangle of the caption box, the notes panel and the diagram (widget coordinates).
    QRect captionRect() const;
    QRect notesRect() const;
    QRect diagramRect() const;
    /// Scene-to-screen scale of the diagram now (1: 100 %).
    double diagramScale() const;
    /// Scene-to-widget transform of the diagram now.
    QTransform diagramTransform() const;
    /// Zoom steps away from the readable zoom (each one ×1.25).
    int zoomStep() const { return m_zoomStep; }

public slots:
    void next();
    void previous();
    void revealNextLane();
    void hideLastLane();
    void toggleNotes();
    void toggleLaser();
    void zoomIn();
    void zoomOut();
    void resetZoom();

signals:
    void currentIndexChanged(int index);
    /// Esc was pressed: the presentation is over.
    void finished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    struct Layout
    {
        QRect header, diagram, caption, notes, footer;
    };
    Layout layout() const;
    int unit() const; ///< base text size in pixels, from the window height
    void syncNotes();
    walkthrough::FrameOptions frameOptions() const;

    Blueprint m_blueprint;
    SceneGeometry m_geometry;
    walkthrough::Walkthrough m_walkthrough;
    int m_index = -1;
    int m_revealed = -1;
    int m_zoomStep = 0;
    bool m_notesPanel = false;
    bool m_laser = false;
    QPoint m_laserPos;
    QPointer<NotesWindow> m_notesWindow;
};

} // namespace bp
