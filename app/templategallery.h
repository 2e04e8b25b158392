#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QListWidget;
class QPushButton;

namespace bp {

class Blueprint;

/// The template gallery: "Blank blueprint" first, then every embedded template
/// (availableTemplates()), each with a thumbnail painted by the core painters, its title and
/// what it teaches. Double-click or Create chooses one (templateChosen()).
class TemplateGallery : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateGallery(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    /// Resource path of the selected template; empty for the blank blueprint.
    QString selectedPath() const;

    /// A thumbnail of @p blueprint, @p size pixels, painted like the canvas.
    static QImage thumbnail(const Blueprint &blueprint, const QSize &size);
    /// The sentence of @p description that says what the blueprint teaches ("It teaches …"),
    /// or its first sentence.
    static QString teachingSummary(const QString &description);

signals:
    /// The user chose a template (its resource path; empty for the blank blueprint).
    void templateChosen(const QString &path);

private:
    void updateDetails();

    QListWidget *m_list;
    QLabel *m_details;
    QPushButton *m_create;
};

} // namespace bp
