// Palette drops and in-place editing of DiagramView: a step dragged from the palette becomes a
// command on drop; F2 or a double-click opens an inline editor over a step or lane title.

#include "commands/changecommands.h"
#include "commands/elementcommands.h"
#include "commands/lanecommands.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document/document.h"
#include "inlineeditor.h"
#include "model/kinds.h"
#include "model/limits.h"
#include "stepitem.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QScrollBar>

namespace bp {

// ---- drops from the palette ----

void DiagramView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(stepKindMimeType()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void DiagramView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(stepKindMimeType())) {
        DiagramScene *s = diagramScene();
        const QPointF sp = mapToScene(event->position().toPoint());
        if (s && s->laneAtY(sp.y()))
            event->acceptProposedAction();
        else
            event->ignore();
        return;
    }
    QGraphicsView::dragMoveEvent(event);
}

void DiagramView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(stepKindMimeType())) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const auto kind
        = parseStepKind(QString::fromLatin1(event->mimeData()->data(stepKindMimeType())));
    const QPointF sp = mapToScene(event->position().toPoint());
    DiagramScene *s = diagramScene();
    if (!kind || !s || !s->laneAtY(sp.y())) {
        event->ignore();
        return;
    }
    createStep(*kind, sp, false);
    event->acceptProposedAction();
}

// ---- in-place editing ----

void DiagramView::renameStep(const ElementId &id)
{
    DiagramScene *s = diagramScene();
    Document *doc = document();
    StepItem *item = s ? s->stepItem(id) : nullptr;
    const Step *step = doc ? doc->blueprint().graph.step(id) : nullptr;
    if (!item || !step)
        return;
    s->selectElements({ id });
    ensureVisible(item, 40, 40);
    QRectF area = item->geometry().text;
    area.setHeight(std::max(area.height(), 24.0));
    const QFont font
        = item->geometry().textOutside ? s->style().outsideLabelFont() : s->style().stepTitleFont();
    openEditor(area, step->title, font, [this, id](const QString &text) {
        Document *d = document();
        if (!d)
            return;
        if (QUndoCommand *c = makeStepEdit(
                d, { id }, [&text](Step &st) { st.title = text.trimmed(); }, tr("Rename Step")))
            d->undoStack()->push(c);
    });
}

void DiagramView::renameLane(const ElementId &id)
{
    DiagramScene *s = diagramScene();
    Document *doc = document();
    const LaneBox *box = s ? s->geometry().lane(id) : nullptr;
    const Lane *lane = doc ? doc->blueprint().lane(id) : nullptr;
    if (!box || !lane)
        return;
    const QRectF header = s->geometry().headerRect(*box);
    ensureVisible(header, 10, 10);
    const QRectF area(header.left() + 6, header.center().y() - 14, header.width() - 12, 28);
    openEditor(area, lane->title, s->style().laneTitleFont(), [this, id](const QString &text) {
        Document *d = document();
        const Lane *current = d ? d->blueprint().lane(id) : nullptr;
        if (!current || current->title == text.trimmed())
            return;
        Lane renamed = *current;
        renamed.title = text.trimmed();
        d->undoStack()->push(new ChangeLaneCommand(d, renamed, tr("Rename Lane")));
    });
}

void DiagramView::openEditor(const QRectF &sceneRect, const QString &text, const QFont &font,
                             std::function<void(const QString &)> commit)
{
    closeEditor();
    auto *editor = new InlineEditor(viewport());
    QFont f = font;
    f.setPixelSize(std::max(9, int(std::round(font.pixelSize() * zoom()))));
    editor->setFont(f);
    editor->setText(text);
    editor->selectAll();
    QRect r = mapFromScene(sceneRect).boundingRect();
    r.setHeight(std::max(r.height(), editor->sizeHint().height()));
    r.setWidth(std::max(r.width(), 120));
    editor->setGeometry(r);
    m_editor = editor;
    connect(editor, &InlineEditor::committed, this, [this, editor, commit](const QString &t) {
        editor->hide();
        editor->deleteLater();
        if (m_editor == editor)
            m_editor = nullptr;
        setFocus(Qt::OtherFocusReason);
        commit(t);
    });
    connect(editor, &InlineEditor::cancelled, this, [this, editor] {
        editor->hide();
        editor->deleteLater();
        if (m_editor == editor)
            m_editor = nullptr;
        setFocus(Qt::OtherFocusReason);
    });
    editor->show();
    editor->setFocus(Qt::OtherFocusReason);
}

void DiagramView::closeEditor()
{
    if (m_editor)
        m_editor->finish(true); // as leaving the field does
}

} // namespace bp
