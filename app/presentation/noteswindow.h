#pragma once

#include "walkthrough/walkthrough.h"

#include <QWidget>

class QLabel;

namespace bp {

/// The presenter's view on the second screen: the current step, its caption, the speaker notes
/// (the step's description) and what comes next.
class NotesWindow : public QWidget
{
    Q_OBJECT

public:
    explicit NotesWindow(QWidget *parent = nullptr);

    /// Shows stop @p index of @p count; @p following is the next stop (null at the end).
    void showStop(const walkthrough::Stop *stop, const walkthrough::Stop *following, int index,
                  int count);

    QString notesText() const;

private:
    QLabel *m_heading;
    QLabel *m_caption;
    QLabel *m_notes;
    QLabel *m_next;
};

} // namespace bp
