#pragma once

#include <QWidget>

namespace bp {

class Style;

/// The legend of the analysis overlay in a corner of the canvas (bottom left), painted by the
/// core's paintOverlayLegend() so that it matches exports. Mouse events pass through.
class OverlayLegend : public QWidget
{
    Q_OBJECT

public:
    /// A legend over @p viewport, following its size.
    OverlayLegend(const Style *style, QWidget *viewport);

    void setCriticalPathShown(bool shown);
    bool isCriticalPathShown() const { return m_criticalPath; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    const Style *m_style;
    bool m_criticalPath = false;
};

} // namespace bp
