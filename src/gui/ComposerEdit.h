// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace securechat::gui {

// The message editor: Enter sends, Shift+Enter (or Ctrl+Enter) inserts a line break.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);

signals:
    void sendRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace securechat::gui
