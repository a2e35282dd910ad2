// SPDX-License-Identifier: MIT
#include "gui/ComposerEdit.h"

#include <QKeyEvent>
#include <QMimeData>

namespace securechat::gui {

QStringList ComposerEdit::localFiles(const QMimeData *source)
{
    QStringList paths;
    if (source && source->hasUrls()) {
        for (const QUrl &url : source->urls()) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        }
    }
    return paths;
}

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

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFiles(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    const QStringList paths = localFiles(source);
    if (paths.isEmpty()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    emit filesPasted(paths);
}

} // namespace securechat::gui
