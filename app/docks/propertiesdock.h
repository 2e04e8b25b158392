#pragma once

#include <QDockWidget>

class QLabel;
class QStackedWidget;

namespace bp {

class DiagramScene;
class Document;
class DocumentPage;
class FlowPage;
class StepPage;

/// Every attribute of the selection, editable: the steps' page, the flows' page, or with
/// nothing selected the document's own (title, time unit, demand, pools). Each edit is one
/// command on the document's undo stack, applied to every selected element. The pages follow
/// the document (also through undo) and the canvas selection.
class PropertiesDock : public QDockWidget
{
    Q_OBJECT

public:
    PropertiesDock(Document *document, DiagramScene *scene, QWidget *parent = nullptr);

    StepPage *stepPage() const { return m_stepPage; }
    FlowPage *flowPage() const { return m_flowPage; }
    DocumentPage *documentPage() const { return m_documentPage; }
    /// The page shown now.
    QWidget *currentPage() const;

    /// Reads the selection and the document again.
    void refresh();

private:
    Document *m_document;
    DiagramScene *m_scene;
    QStackedWidget *m_stack;
    StepPage *m_stepPage;
    FlowPage *m_flowPage;
    DocumentPage *m_documentPage;
    QLabel *m_mixedPage;
};

} // namespace bp
