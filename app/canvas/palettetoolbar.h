#pragma once

#include "model/types.h"

#include <QToolBar>

class QActionGroup;
class QMimeData;

namespace bp {

class DiagramView;

/// The palette: the select and connect tools and one entry per kind of step. Click an entry,
/// then click on the canvas to place it; or drag an entry onto the canvas.
class PaletteToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit PaletteToolBar(DiagramView *view, QWidget *parent = nullptr);

    /// The action of the entry for @p kind.
    QAction *createAction(StepKind kind) const;
    QAction *selectAction() const { return m_select; }
    QAction *connectAction() const { return m_connect; }
    /// What a drag of the entry for @p kind carries (DiagramView accepts it).
    static QMimeData *mimeDataFor(StepKind kind);
    /// Translated name of a kind of step, as the palette shows it.
    static QString kindName(StepKind kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DiagramView *m_view;
    QActionGroup *m_group;
    QAction *m_select = nullptr;
    QAction *m_connect = nullptr;
    QHash<QObject *, StepKind> m_buttonKinds;
    QPoint m_pressPos;
    QObject *m_pressed = nullptr;
};

} // namespace bp
