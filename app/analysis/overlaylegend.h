#pragma once

#include <QWidget>

class QToolButton;

namespace bp {

class Style;

/// The legend of the analysis overlay in the bottom-right corner of the canvas, where it covers
/// no lane header, painted by the core's paintOverlayLegend() so that it matches exports.
///
/// A click on its title line or on its toggle button folds it to the title line and back; the
/// choice is remembered (QSettings). Other mouse and wheel events pass through to the canvas.
class OverlayLegend : public QWidget
{
    Q_OBJECT

public:
    /// A legend over @p viewport, following its size.
    OverlayLegend(const Style *style, QWidget *viewport);

    void setCriticalPathShown(bool shown);
    bool isCriticalPathShown() const { return m_criticalPath; }

    /// Folds the legend to its title line, or unfolds it; remembered for the next start.
    void setCollapsed(bool collapsed);
    bool isCollapsed() const { return m_collapsed; }
    QToolButton *toggleButton() const { return m_toggle; }
    /// The corner of the viewport the legend takes, its margins included (for
    /// DiagramView::setCornerReserve()).
    QSize footprint() const;

signals:
    /// The legend changed its size (folded, unfolded, with or without the critical path).
    void footprintChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    void updateToggle();

    const Style *m_style;
    QToolButton *m_toggle;
    bool m_criticalPath = false;
    bool m_collapsed = false;
};

} // namespace bp
