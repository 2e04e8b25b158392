#include "noteswindow.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bp {

namespace {
QLabel *label(QWidget *parent, int pixels, bool bold = false)
{
    auto *l = new QLabel(parent);
    QFont font = l->font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    l->setFont(font);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return l;
}
} // namespace

NotesWindow::NotesWindow(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("notesWindow"));
    setWindowTitle(tr("Speaker Notes"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(18);
    m_heading = label(this, 34, true);
    m_caption = label(this, 26);
    m_caption->setStyleSheet(QStringLiteral("color: #a0390b;"));
    m_notes = label(this, 28);
    m_next = label(this, 22);
    m_next->setStyleSheet(QStringLiteral("color: #5f6670;"));
    layout->addWidget(m_heading);
    layout->addWidget(m_caption);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_next);
    resize(1024, 768);
}

void NotesWindow::showStop(const walkthrough::Stop *stop, const walkthrough::Stop *following,
                           int index, int count)
{
    m_heading->setText(stop ? tr("%1 / %2   %3").arg(index + 1).arg(count).arg(stop->title)
                            : QString());
    const QString caption = stop ? stop->caption() : QString();
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
    m_notes->setText(stop && !stop->notes.isEmpty() ? stop->notes : tr("No notes for this step."));
    m_next->setText(following ? tr("Next: %1").arg(following->title) : tr("Last step."));
}

QString NotesWindow::notesText() const
{
    return m_notes->text();
}

} // namespace bp
