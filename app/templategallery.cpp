#include "templategallery.h"

#include "documentio.h"
#include "io/nativereader.h"
#include "render/scenegeometry.h"
#include "walkthrough/framepainter.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace bp {

namespace {
constexpr int pathRole = Qt::UserRole;
constexpr int descriptionRole = Qt::UserRole + 1;
const QSize thumbnailSize(256, 144);
} // namespace

TemplateGallery::TemplateGallery(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("templateGallery"));
    setWindowTitle(tr("New from Template"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setIconSize(thumbnailSize);
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    m_list->setUniformItemSizes(false);
    m_list->setMinimumWidth(620);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("templateDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setMinimumWidth(280);
    m_details->setMaximumWidth(360);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] { emit templateChosen(selectedPath()); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { accept(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateDetails(); });

    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addWidget(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);

    const auto add = [this](const QString &title, const QString &summary,
                            const QString &description, const QString &path,
                            const Blueprint &blueprint) {
        auto *item
            = new QListWidgetItem(QIcon(QPixmap::fromImage(thumbnail(blueprint, thumbnailSize))),
                                  title + u'\n' + summary, m_list);
        item->setData(pathRole, path);
        item->setData(descriptionRole, description);
        item->setToolTip(description);
        item->setSizeHint(QSize(600, thumbnailSize.height() + 12));
    };
    add(tr("Blank blueprint"), tr("The five standard lanes and the three lines, ready to draw on."),
        tr("An empty blueprint with the lanes physical evidence, customer actions, frontstage, "
           "backstage and support processes, and the lines of interaction, visibility and "
           "internal interaction between them."),
        QString(), newBlueprint());
    const QList<TemplateInfo> templates = availableTemplates();
    for (const TemplateInfo &t : templates) {
        QFile file(t.path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const ReadResult result = readNative(file.readAll());
        if (!result.ok())
            continue;
        const QString description = result.blueprint->meta.description;
        add(t.title, teachingSummary(description), description, t.path, *result.blueprint);
    }
    m_list->setCurrentRow(0);
    resize(1040, 680);
}

QString TemplateGallery::selectedPath() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(pathRole).toString() : QString();
}

QImage TemplateGallery::thumbnail(const Blueprint &blueprint, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    SceneGeometry geometry;
    geometry.rebuild(blueprint);
    QPainter painter(&image);
    const walkthrough::Walkthrough none;
    walkthrough::FrameOptions options;
    options.marks = false;
    walkthrough::paintFrame(&painter, QRectF(QPointF(0, 0), QSizeF(size)), geometry, blueprint,
                            none, -1, options);
    painter.setPen(QColor(0xc8, 0xcc, 0xd2));
    painter.drawRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1));
    return image;
}

QString TemplateGallery::teachingSummary(const QString &description)
{
    const qsizetype teaches = description.indexOf(QStringLiteral("It teaches"));
    const qsizetype start = teaches >= 0 ? teaches : 0;
    qsizetype end = description.indexOf(QStringLiteral(". "), start);
    end = end < 0 ? description.size() : end + 1;
    QString sentence = description.mid(start, end - start).trimmed();
    if (sentence.size() > 220)
        sentence = sentence.left(217) + QStringLiteral("…");
    return sentence;
}

void TemplateGallery::updateDetails()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_details->setText(item ? item->data(descriptionRole).toString() : QString());
    m_create->setEnabled(item != nullptr);
}

} // namespace bp
