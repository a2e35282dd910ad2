// SPDX-License-Identifier: MIT
#pragma once

#include "chat/ChatController.h"

#include <QTextBrowser>

namespace securechat::gui {

// Shows one conversation: sender, time and delivery state above each message, the text
// selectable, links clickable, long lines wrapped. Message bodies are HTML-escaped; the only
// markup is what this class adds. New messages are appended without disturbing the reader's
// selection or scroll position; other changes redraw the conversation.
class MessageView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MessageView(QWidget *parent = nullptr);

    // Shows messages (the whole conversation so far). note (may be empty) is shown after the
    // last message, e.g. why the conversation ended.
    void showMessages(const QList<chat::ChatMessage> &messages, const QString &note = {});
    // Forgets what is shown, e.g. when another conversation is selected.
    void clearMessages();
    // The messages' plain text as shown (for tests and accessibility checks).
    QString plainText() const { return toPlainText(); }

    // Escapes text and turns http(s) addresses into links.
    static QString bodyToHtml(const QString &body);

private:
    struct Shown {
        QString id;
        chat::DeliveryState delivery;
    };
    QString messageHtml(const chat::ChatMessage &message) const;
    void appendBlock(const QString &html, bool first, int topMargin);

    QList<Shown> m_shown;
    QString m_note;
};

} // namespace securechat::gui
