#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace bp {

class DiagramView;

/// The zoom control of the status bar: zoom out, a slider on a logarithmic scale, zoom in and
/// the zoom in percent. Follows the view both ways.
class ZoomSlider : public QWidget
{
    Q_OBJECT

public:
    explicit ZoomSlider(DiagramView *view, QWidget *parent = nullptr);

    QSlider *slider() const { return m_slider; }
    /// The percentage shown, e.g. "100 %".
    QString text() const;

private:
    void showZoom(double zoom);

    DiagramView *m_view;
    QSlider *m_slider;
    QLabel *m_label;
};

} // namespace bp
