#pragma once

#include <QDialog>

class QTextBrowser;

namespace bp {

/// Help → User Guide: docs/user-guide.md (embedded as a resource) rendered from Markdown.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    /// The embedded user guide, as Markdown (empty if the resource is missing).
    static QString userGuideMarkdown();

private:
    QTextBrowser *m_browser;
};

} // namespace bp
