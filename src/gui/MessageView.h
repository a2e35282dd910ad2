#pragma once

#include <ChatController.h>

#include <QTextBrowser>

namespace securechat::gui {

// Shows one conversation: sender, time and delivery state above each message, the text
// selectable, links clickable, long lines wrapped. Message bodies are HTML-escaped; the only
// markup is what this class adds.
class MessageView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MessageView(QWidget *parent = nullptr);

    // Replaces the view's content. note (may be empty) is shown after the last message, e.g. why
    // the conversation ended.
    void showMessages(const QList<chat::ChatMessage> &messages, const QString &note = {});
    // The messages' plain text as shown (for tests and accessibility checks).
    QString plainText() const { return toPlainText(); }

    // Escapes text and turns http(s) addresses into links.
    static QString bodyToHtml(const QString &body);
};

} // namespace securechat::gui
