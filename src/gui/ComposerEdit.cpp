// SPDX-License-Identifier: MIT
#include "gui/ComposerEdit.h"

#include <QKeyEvent>

namespace securechat::gui {

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter) {
        const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::NoModifier) {
            event->accept();
            emit sendRequested();
            return;
        }
        if (modifiers & (Qt::ShiftModifier | Qt::ControlModifier)) {
            event->accept();
            insertPlainText(QStringLiteral("\n"));
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace securechat::gui
