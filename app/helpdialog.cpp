#include "helpdialog.h"

#include "i18n/translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bp {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("Blueprint Studio User Guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    const QString markdown = userGuideMarkdown();
    if (markdown.isEmpty())
        m_browser->setPlainText(tr("The user guide is missing from this build."));
    else
        m_browser->setMarkdown(markdown); // the cursor, and so the view, at the top
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 720);
}

namespace {

// The guide in the language of the interface (docs/user-guide.zh_CN.md, …), or the English one
// when there is no translation of it.
QString userGuidePath()
{
    const QString translation = i18n::installedTranslation();
    if (!translation.isEmpty()) {
        const QString translated = QStringLiteral(":/docs/user-guide.%1.md").arg(translation);
        if (QFile::exists(translated))
            return translated;
    }
    return QStringLiteral(":/docs/user-guide.md");
}

} // namespace

QString HelpDialog::userGuideMarkdown()
{
    QFile file(userGuidePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace bp
