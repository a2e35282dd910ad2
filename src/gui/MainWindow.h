// SPDX-License-Identifier: MIT
#pragma once

#include "chat/ChatController.h"
#include "chat/HistorySearch.h"
#include "crypto/Identity.h"

#include <memory>

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QMenu;

namespace Ui {
class MainWindow;
}

namespace securechat::chat {
class Profile;
}

namespace securechat::gui {

class ConversationListModel;
class ConversationPage;
class HostConnectDialog;
class InviteDialog;
class Notifier;
class SearchPanel;

// The chat window: conversations on the left, the selected one on the right (ConversationPage);
// listening address and the current conversation's TLS parameters in the status bar. Shows the
// started profile's ChatController and asks the user; the profile decides and owns everything else.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // profile must be started (Profile::start) and outlive the window.
    explicit MainWindow(chat::Profile *profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    chat::ChatController *controller() const { return m_controller; }
    chat::ConversationId currentConversation() const;
    void selectConversation(chat::ConversationId id);
    Notifier *notifier() const { return m_notifier; }

    // Opens the host/connect dialog (non-modal, deleted when closed) and returns it.
    HostConnectDialog *openHostConnectDialog(bool host);
    // While hosting (the action is disabled otherwise).
    InviteDialog *openInviteDialog();
    // An invite link from outside (the command line, a link clicked in another program): the
    // Connect dialog with it filled in, so that the user sees whose it is and decides.
    HostConnectDialog *openInviteLink(const QString &link);
    // Shows the window in front of others (a second start with this profile asked for it).
    void bringToFront();
    void openVerifyDialog();
    // Ctrl+F / Ctrl+Shift+F: the search panel, searching the current conversation or all.
    SearchPanel *openSearch(bool allConversations);
    SearchPanel *searchPanel() const { return m_search; }
    // Shows a stored message in its conversation, selected (a search result was opened).
    bool showMessage(chat::ConversationId id, const QString &messageId, qint64 seq);
    // Selects the conversation below (step 1) or above (-1) the current one in the list, from
    // the last to the first and back.
    void selectNextConversation(int step);
    // The menu of a conversation's row in the list (also its context menu): open, connect now,
    // verify, rename, show fingerprint, delete history, remove contact. What does not apply is
    // disabled; what cannot be undone asks first (a window-modal message box). The caller owns
    // the menu.
    QMenu *conversationMenu(chat::ConversationId id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Left of the status bar's message and between it and the encryption label.
    static constexpr int kStatusMessageMarginPx = 16;

    // A temporary message in the status bar, elided to the room it has (whole in the tooltip).
    void showStatus(const QString &message, int timeoutMs = 0);
    void onConversationAdded(chat::ConversationId id);
    void onStateChanged(chat::ConversationId id, chat::ConversationState state);
    void onMessageReceived(chat::ConversationId id, const chat::ChatMessage &message);
    void onConversationClosed(chat::ConversationId id, const QString &reason);
    void onCurrentRowChanged(const QModelIndex &current);
    void showConversation(chat::ConversationId id);
    void updateWindowTitle();
    void updateListeningStatus();
    void updateActions();
    void finishQuit();
    void saveWindowState();
    void followConnection(HostConnectDialog *dialog, chat::ConversationId id);
    void restoreWindowState();
    void updateWelcome();
    void renameContact(chat::ConversationId id);
    void showFingerprint(chat::ConversationId id);
    void applyFilter();
    void addRetentionMenu(QMenu *menu, chat::ConversationId id);
    void askFirst(chat::ConversationId id, const QString &name, const QString &text,
        const QString &button,
        bool (chat::ChatController::*action)(chat::ConversationId, QString *));

    std::unique_ptr<Ui::MainWindow> m_ui;
    chat::Profile *m_profile;
    chat::ChatController *m_controller;
    ConversationListModel *m_model;
    Notifier *m_notifier;
    QLabel *m_listeningLabel;
    QLineEdit *m_filter = nullptr;
    QLabel *m_tlsLabel;
    ConversationPage *m_page;
    chat::HistorySearch *m_historySearch = nullptr;
    SearchPanel *m_search = nullptr;
    bool m_quitting = false;
    bool m_readyToClose = false;
};

} // namespace securechat::gui
