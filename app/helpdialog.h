#pragma once

#include <QDialog>

class QTextBrowser;

namespace bp {

/// Help → User Guide: docs/user-guide.md, or its translation docs/user-guide.zh_CN.md or
/// .zh_TW.md when that is the interface language (embedded as resources), rendered from Markdown.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    /// The embedded user guide in the language of the installed translation
    /// (i18n::installedTranslation(); English when there is none), as Markdown (empty if the
    /// resource is missing).
    static QString userGuideMarkdown();

private:
    QTextBrowser *m_browser;
};

} // namespace bp
