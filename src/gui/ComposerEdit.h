// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace securechat::gui {

// The message editor: Enter sends, Shift+Enter (or Ctrl+Enter) inserts a line break. Files
// pasted or dropped into it (local file addresses on the clipboard) are handed on to be sent
// rather than inserted as text.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);

    // The local files named in source (dragged or on the clipboard); empty when none.
    static QStringList localFiles(const QMimeData *source);

signals:
    void sendRequested();
    void filesPasted(const QStringList &paths);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace securechat::gui
