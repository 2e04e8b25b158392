#include "presentationwindow.h"

#include "noteswindow.h"
#include "walkthrough/framepainter.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextOption>

#include <cmath>

namespace bp {

namespace {

QFont pixelFont(double pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(std::max(8, qRound(pixels)));
    font.setBold(bold);
    return font;
}

const QColor textColor(0x26, 0x2b, 0x33);
const QColor mutedColor(0x5f, 0x66, 0x70);

} // namespace

PresentationWindow::PresentationWindow(const Blueprint &blueprint, bool notesOnSecondScreen,
                                       QWidget *parent)
    : QWidget(parent)
    , m_blueprint(blueprint)
    , m_walkthrough(walkthrough::buildWalkthrough(blueprint))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Presentation — %1").arg(m_blueprint.meta.title));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    m_geometry.rebuild(m_blueprint);
    m_index = m_walkthrough.stops.empty() ? -1 : 0;
    if (notesOnSecondScreen) {
        m_notesWindow = new NotesWindow;
        m_notesWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    syncNotes();
}

PresentationWindow::~PresentationWindow()
{
    if (m_notesWindow)
        m_notesWindow->close();
}

ElementId PresentationWindow::currentStep() const
{
    return m_index >= 0 ? m_walkthrough.stops[size_t(m_index)].step : ElementId();
}

void PresentationWindow::setCurrentIndex(int index)
{
    if (m_walkthrough.stops.empty())
        return;
    index = std::clamp(index, 0, int(m_walkthrough.stops.size()) - 1);
    if (index == m_index)
        return;
    m_index = index;
    syncNotes();
    update();
    emit currentIndexChanged(m_index);
}

void PresentationWindow::next()
{
    setCurrentIndex(m_index + 1);
}

void PresentationWindow::previous()
{
    setCurrentIndex(m_index - 1);
}

void PresentationWindow::revealNextLane()
{
    const int lanes = int(m_blueprint.lanes().size());
    if (m_revealed < 0)
        m_revealed = lanes > 0 ? 1 : -1;
    else if (m_revealed + 1 >= lanes)
        m_revealed = -1; // every lane is out: leave the mode
    else
        ++m_revealed;
    update();
}

void PresentationWindow::hideLastLane()
{
    const int lanes = int(m_blueprint.lanes().size());
    if (m_revealed < 0)
        m_revealed = std::max(0, lanes - 1);
    else
        m_revealed = std::max(0, m_revealed - 1);
    update();
}

bool PresentationWindow::notesVisible() const
{
    return m_notesWindow ? m_notesWindow->isVisible() : m_notesPanel;
}

void PresentationWindow::toggleNotes()
{
    if (m_notesWindow)
        m_notesWindow->setVisible(!m_notesWindow->isVisible());
    else
        m_notesPanel = !m_notesPanel;
    update();
}

void PresentationWindow::toggleLaser()
{
    m_laser = !m_laser;
    if (m_laser) {
        setCursor(Qt::BlankCursor);
        m_laserPos = mapFromGlobal(QCursor::pos());
        if (!rect().contains(m_laserPos))
            m_laserPos = rect().center();
    } else {
        unsetCursor();
    }
    update();
}

walkthrough::FrameOptions PresentationWindow::frameOptions() const
{
    walkthrough::FrameOptions options;
    options.follow = true;
    options.revealedLanes = m_revealed;
    // Step titles at about 60 % of the base text size: readable from the back of a classroom.
    const double titlePixels = m_geometry.style().stepTitleFont().pixelSize();
    options.minScale = unit() * 0.62 / std::max(1.0, titlePixels) * std::pow(1.25, m_zoomStep);
    options.maxScale = std::max(options.maxScale, options.minScale);
    return options;
}

QTransform PresentationWindow::diagramTransform() const
{
    return walkthrough::frameTransform(QRectF(diagramRect()), m_geometry, m_blueprint,
                                       m_walkthrough, m_index, frameOptions());
}

double PresentationWindow::diagramScale() const
{
    return diagramTransform().m11();
}

void PresentationWindow::zoomIn()
{
    if (m_zoomStep >= 6)
        return;
    ++m_zoomStep;
    update();
}

void PresentationWindow::zoomOut()
{
    // Stop once every lane fits the height: further out would change nothing.
    const QRectF target(diagramRect());
    const double laneFit = target.height() / (m_geometry.diagramRect().height() + 16);
    if (diagramScale() <= laneFit * 1.0001 || m_zoomStep <= -12)
        return;
    --m_zoomStep;
    update();
}

void PresentationWindow::resetZoom()
{
    m_zoomStep = 0;
    update();
}

QString PresentationWindow::captionText() const
{
    return m_index >= 0 ? m_walkthrough.stops[size_t(m_index)].caption() : QString();
}

QRect PresentationWindow::captionRect() const
{
    return layout().caption;
}

QRect PresentationWindow::notesRect() const
{
    return layout().notes;
}

QRect PresentationWindow::diagramRect() const
{
    return layout().diagram;
}

int PresentationWindow::unit() const
{
    // A projector at the back of a classroom: about 30 lines of text on the screen.
    return std::max(14, height() / 30);
}

PresentationWindow::Layout PresentationWindow::layout() const
{
    Layout l;
    const int u = unit();
    const int margin = u;
    QRect area = rect().adjusted(margin, margin / 2, -margin, -margin / 2);
    l.header = QRect(area.left(), area.top(), area.width(), qRound(u * 2.9));
    l.footer = QRect(area.left(), area.bottom() - u + 1, area.width(), u);
    QRect middle(area.left(), l.header.bottom() + u / 2, area.width(),
                 l.footer.top() - l.header.bottom() - u);
    if (m_notesPanel && !m_notesWindow) {
        const int width = qRound(middle.width() * 0.3);
        l.notes = QRect(middle.right() - width + 1, middle.top(), width, middle.height());
        middle.setRight(l.notes.left() - u / 2);
    }
    const QString caption = captionText();
    if (!caption.isEmpty()) {
        const int pad = qRound(u * 0.6);
        const int markSpace = qRound(u * 2.2);
        const QFontMetrics metrics(pixelFont(u * 1.05));
        const QRect text
            = metrics.boundingRect(QRect(0, 0, middle.width() - markSpace - 2 * pad, 10000),
                                   Qt::TextWordWrap | Qt::AlignLeft, caption);
        const int height = std::min(text.height() + 2 * pad, middle.height() * 2 / 5);
        l.caption = QRect(middle.left(), middle.bottom() - height + 1, middle.width(), height);
        middle.setBottom(l.caption.top() - u / 2);
    }
    l.diagram = middle;
    return l;
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const Style &style = m_geometry.style();
    painter.fillRect(rect(), style.canvasColor());
    const Layout l = layout();
    const int u = unit();
    const int count = int(m_walkthrough.stops.size());
    const walkthrough::Stop *stop = m_index >= 0 ? &m_walkthrough.stops[size_t(m_index)] : nullptr;

    // Header: the blueprint, then where we are.
    painter.setFont(pixelFont(u * 0.8));
    painter.setPen(mutedColor);
    const QRect titleLine(l.header.left(), l.header.top(), l.header.width(), qRound(u * 1.1));
    painter.drawText(
        titleLine, Qt::AlignLeft | Qt::AlignVCenter,
        painter.fontMetrics().elidedText(m_walkthrough.title, Qt::ElideRight, titleLine.width()));
    const QRect stepLine(l.header.left(), titleLine.bottom() + 1, l.header.width(),
                         l.header.bottom() - titleLine.bottom());
    painter.setFont(pixelFont(u * 1.45, true));
    painter.setPen(textColor);
    const QString heading = stop ? tr("%1 / %2   %3").arg(m_index + 1).arg(count).arg(stop->title)
                                 : tr("This blueprint has no steps to walk through.");
    painter.drawText(stepLine, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(heading, Qt::ElideRight, stepLine.width()));

    walkthrough::paintFrame(&painter, l.diagram, m_geometry, m_blueprint, m_walkthrough, m_index,
                            frameOptions());

    if (stop && !l.caption.isEmpty()) {
        const bool fail = stop->pause.failPoint;
        painter.setPen(Qt::NoPen);
        painter.setBrush(fail ? QColor(0xfb, 0xe9, 0xe1) : QColor(0xfd, 0xf3, 0xde));
        painter.drawRoundedRect(l.caption, u * 0.3, u * 0.3);
        painter.fillRect(
            QRect(l.caption.left(), l.caption.top(), qMax(4, u / 4), l.caption.height()),
            fail ? Style::okabeVermillion() : Style::okabeOrange());
        const int pad = qRound(u * 0.6);
        const QPointF markCentre(l.caption.left() + u * 1.3, l.caption.top() + pad + u * 0.6);
        if (stop->pause.failPoint)
            walkthrough::paintPauseMark(&painter, markCentre, u * 1.3, true);
        if (stop->pause.waitPoint)
            walkthrough::paintPauseMark(
                &painter, markCentre + QPointF(0, stop->pause.failPoint ? u * 1.5 : 0), u * 1.3,
                false);
        painter.setFont(pixelFont(u * 1.05));
        painter.setPen(textColor);
        const QRect text = l.caption.adjusted(qRound(u * 2.2) + pad, pad, -pad, -pad);
        painter.drawText(text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, stop->caption());
    }

    if (!l.notes.isEmpty()) {
        painter.setPen(QPen(QColor(0xc8, 0xcc, 0xd2), 1));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(l.notes, u * 0.3, u * 0.3);
        const QRect inner = l.notes.adjusted(u * 3 / 4, u / 2, -u * 3 / 4, -u / 2);
        painter.setFont(pixelFont(u * 0.8, true));
        painter.setPen(mutedColor);
        const QRect label(inner.left(), inner.top(), inner.width(), qRound(u * 1.3));
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, tr("Speaker notes"));
        const QRect body = inner.adjusted(0, label.height() + u / 3, 0, 0);
        const QString notes = stop ? stop->notes : QString();
        painter.setFont(pixelFont(u * 0.9));
        painter.setPen(notes.isEmpty() ? mutedColor : textColor);
        painter.drawText(body, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                         notes.isEmpty() ? tr("No notes for this step.") : notes);
    }

    painter.setFont(pixelFont(u * 0.6));
    painter.setPen(mutedColor);
    painter.drawText(l.footer, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("→ next   ← back   L lanes   + − 0 zoom   N notes   P pointer   Esc end"));
    if (m_revealed >= 0)
        painter.drawText(l.footer, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Lanes %1 of %2").arg(m_revealed).arg(m_blueprint.lanes().size()));

    if (m_laser) {
        const double r = u * 0.32;
        QRadialGradient glow(m_laserPos, r * 2.2);
        glow.setColorAt(0.0, QColor(255, 30, 30, 200));
        glow.setColorAt(0.45, QColor(255, 30, 30, 120));
        glow.setColorAt(1.0, QColor(255, 30, 30, 0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(glow);
        painter.drawEllipse(QPointF(m_laserPos), r * 2.2, r * 2.2);
        painter.setBrush(QColor(235, 0, 0));
        painter.drawEllipse(QPointF(m_laserPos), r, r);
    }
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        previous();
        return;
    case Qt::Key_Home:
        setCurrentIndex(0);
        return;
    case Qt::Key_End:
        setCurrentIndex(int(m_walkthrough.stops.size()) - 1);
        return;
    case Qt::Key_L:
        if (event->modifiers() & Qt::ShiftModifier)
            hideLastLane();
        else
            revealNextLane();
        return;
    case Qt::Key_N:
        toggleNotes();
        return;
    case Qt::Key_P:
        toggleLaser();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        return;
    case Qt::Key_0:
        resetZoom();
        return;
    case Qt::Key_Escape:
        emit finished();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        next();
    else if (event->button() == Qt::RightButton)
        previous();
}

void PresentationWindow::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_laser)
        return;
    m_laserPos = event->position().toPoint();
    update();
}

void PresentationWindow::syncNotes()
{
    if (!m_notesWindow)
        return;
    const walkthrough::Stop *stop = m_index >= 0 ? &m_walkthrough.stops[size_t(m_index)] : nullptr;
    const walkthrough::Stop *following
        = m_index >= 0 && m_index + 1 < int(m_walkthrough.stops.size())
        ? &m_walkthrough.stops[size_t(m_index + 1)]
        : nullptr;
    m_notesWindow->showStop(stop, following, m_index, int(m_walkthrough.stops.size()));
}

} // namespace bp
