#pragma once

#include "model/types.h"
#include "presentationwindow.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QRect>
#include <QVector>

namespace bp {

class MainWindow;

/// What the editor window looked like before a presentation, so that leaving it returns
/// exactly there: zoom, scroll position, selection, docks and toolbars, window state.
struct EditorState
{
    double zoom = 1.0;
    int horizontalScroll = 0;
    int verticalScroll = 0;
    QVector<ElementId> selection; ///< selected steps, then flows
    QByteArray dockState; ///< QMainWindow::saveState()
    Qt::WindowStates windowState;
    QRect geometry; ///< normal geometry of the window

    static EditorState capture(const MainWindow *window);
    void restore(MainWindow *window) const;
    friend bool operator==(const EditorState &, const EditorState &) = default;
};

/// Starts and ends the presentation of one editor window: the walkthrough goes full screen on
/// the window's screen in a window of its own (the speaker notes on a second screen when there
/// is one), and Esc brings the editor back as it was.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    explicit PresentationMode(MainWindow *window);
    ~PresentationMode() override;

    bool isActive() const { return m_presentation != nullptr; }
    /// The presentation window while presenting, else null.
    PresentationWindow *presentation() const { return m_presentation; }
    /// The editor state recorded when the presentation started.
    const EditorState &savedState() const { return m_saved; }

    /// Starts presenting the window's blueprint (does nothing while already presenting).
    void start();
    /// Ends the presentation and restores the editor.
    void stop();

signals:
    void started();
    void stopped();

private:
    MainWindow *m_window;
    QPointer<PresentationWindow> m_presentation;
    EditorState m_saved;
};

} // namespace bp
