// SPDX-License-Identifier: MIT
#pragma once

#include "chat/ChatController.h"
#include "gui/TransferCard.h"

#include <functional>
#include <memory>

#include <QSet>
#include <QWidget>

class QLabel;
class QTimer;

namespace Ui {
class ConversationPage;
}

namespace securechat::gui {

// One conversation on screen: header (name, verification, presence), the key-changed and
// approval banners, the messages, the typing notice and the composer. Follows the controller's
// signals for the conversation it shows; the window only chooses which one that is.
class ConversationPage : public QWidget
{
    Q_OBJECT
public:
    // controller must outlive the page.
    explicit ConversationPage(chat::ChatController *controller, QWidget *parent = nullptr);
    ~ConversationPage() override;

    chat::ConversationId conversation() const { return m_current; }
    // Shows another conversation (0: none): the composer and the message view start empty.
    void setConversation(chat::ConversationId id);
    // Redraws the header, banners and composer state from the controller.
    void refresh();
    // Shows a stored message (a search hit) in the middle of the view, selected, and gives the
    // view the focus. False when the conversation does not hold it.
    bool showMessage(const QString &messageId, qint64 seq);
    // Puts the keyboard focus in the message box when a message can be written now.
    void focusComposerIfWritable();
    // Tells the peer we stopped typing (before another conversation is shown or on quit).
    void stopTyping();
    // Offers these files to the shown contact (the attach button, a drop, a paste); says in the
    // status bar why one could not be offered.
    void sendFiles(const QStringList &paths);

    // The dialogs that choose files to send and where to save a received file, as a path
    // (tests replace them): empty when the user cancelled.
    using FileChooser = std::function<QStringList(QWidget *parent)>;
    using SaveChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;
    void setFileChooser(FileChooser chooser) { m_chooseFiles = std::move(chooser); }
    void setSaveChooser(SaveChooser chooser) { m_chooseSavePath = std::move(chooser); }

signals:
    void verifyRequested();
    // The user asked to reconnect; the conversation to show is id.
    void conversationRequested(securechat::chat::ConversationId id);
    // Something the user should read in passing (e.g. a message that could not be sent).
    void statusMessage(const QString &text, int timeoutMs);
    // The TLS version and cipher of the shown conversation; empty when no session is up.
    void securityChanged(const QString &summary);

private:
    void onMessageReceived(chat::ConversationId id);
    void onPeerTyping(chat::ConversationId id, bool typing);
    void sendCurrentMessage();
    void reconnectCurrent();
    void onComposerChanged();
    void updateMessages();
    void chooseFilesToSend();
    void onTransferAction(chat::TransferHandle handle, TransferAction action);

    std::unique_ptr<Ui::ConversationPage> m_ui;
    chat::ChatController *m_controller;
    QTimer *m_typingIdle;
    QLabel *m_historyIcon; // shown when the peer says it keeps the conversation
    chat::ConversationId m_current = 0;
    chat::ConversationId m_typingSentFor = 0;
    QSet<chat::ConversationId> m_peerTyping;
    FileChooser m_chooseFiles;
    SaveChooser m_chooseSavePath;
};

} // namespace securechat::gui
