#include "filechangedbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace bp {

FileChangedBar::FileChangedBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_overwrite(new QPushButton(tr("&Overwrite"), this))
    , m_saveAs(new QPushButton(tr("Save &As…"), this))
    , m_close(new QPushButton(tr("&Close"), this))
{
    setObjectName(QStringLiteral("fileChangedBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(255, 243, 205)); // a warning, not an error
    p.setColor(QPalette::WindowText, QColor(60, 45, 0));
    setPalette(p);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_overwrite->setObjectName(QStringLiteral("overwriteButton"));
    m_saveAs->setObjectName(QStringLiteral("saveAsButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_overwrite);
    layout->addWidget(m_saveAs);
    layout->addWidget(m_close);
    connect(m_reload, &QPushButton::clicked, this, &FileChangedBar::reloadRequested);
    connect(m_overwrite, &QPushButton::clicked, this, &FileChangedBar::overwriteRequested);
    connect(m_saveAs, &QPushButton::clicked, this, &FileChangedBar::saveAsRequested);
    connect(m_close, &QPushButton::clicked, this, &FileChangedBar::closeRequested);
    hide();
}

void FileChangedBar::showChange(DiskChange change, const QString &fileName)
{
    m_change = change;
    if (change == DiskChange::Unchanged) {
        hide();
        return;
    }
    const bool deleted = change == DiskChange::Deleted;
    m_label->setText(deleted ? tr("%1 was deleted on disk.").arg(fileName)
                             : tr("%1 changed on disk.").arg(fileName));
    m_reload->setVisible(!deleted);
    m_overwrite->setText(deleted ? tr("&Save") : tr("&Overwrite"));
    m_close->setVisible(deleted);
    show();
}

QString FileChangedBar::text() const
{
    return m_label->text();
}

} // namespace bp
