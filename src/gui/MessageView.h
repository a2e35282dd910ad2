// SPDX-License-Identifier: MIT
#pragma once

#include "chat/ChatController.h"
#include "gui/TransferCard.h"

#include <QElapsedTimer>
#include <QHash>
#include <QListView>

class QTimer;

class QAction;

namespace securechat::gui {

class MessageDelegate;
class MessageListModel;

// Shows one conversation as a list of rows (MessageListModel, drawn by MessageDelegate): day
// separators, sender, time and delivery state above each message, links clickable, long words
// wrapped, notes inline. Built for long histories: it opens on the newest messages, reads older
// pages from the controller while the user scrolls up (the row under the reader stays where it
// was), keeps a bounded window of rows (what falls far out of sight is dropped and read again
// when scrolled back to), and a new message or a receipt touches only its own row. Messages are
// selectable as rows (Shift/Ctrl+click, Ctrl+A); Ctrl+C copies them as text. The contact's file
// transfers are cards among the messages (MessageListModel places them by time): their progress
// redraws only their own row, at most kProgressPerSecond times a second, and their buttons ask
// the page to act (transferActionRequested). Files dropped on the view are handed on
// (filesDropped).
class MessageView : public QListView
{
    Q_OBJECT
public:
    // Rows read per page, and at most in the window.
    static constexpr int kPageSize = 100;
    static constexpr int kMaxRows = 600;
    // Progress redraws per second and transfer, at most.
    static constexpr int kProgressPerSecond = 10;
    // Without progress for this long, a transfer's speed is no longer shown.
    static constexpr int kStalledMs = 2000;

    explicit MessageView(QWidget *parent = nullptr);
    ~MessageView() override;

    // Follows conversation id of controller (which must outlive the view): shows its newest
    // messages and keeps up with new ones, receipts and deleted history. blocked: show nothing
    // of it (an unapproved peer, a changed key). id 0 shows nothing.
    void setConversation(chat::ChatController *controller, chat::ConversationId id, bool blocked);
    chat::ConversationId conversation() const { return m_conversation; }
    // Shows exactly these messages, with no controller behind them (tests, previews).
    void showMessages(const QList<chat::ChatMessage> &messages, const QString &note = {});
    // A line under the last message, e.g. why the conversation ended; empty removes it.
    void setNote(const QString &note);
    void clearMessages();
    // Brings the newest message into view, reading it again when the window was scrolled away.
    void scrollToNewest();
    // Shows the stored message with this id and seq (a search hit) in the middle of the view,
    // selected: the page of history around it is read when it is not shown. False when the
    // conversation does not hold it (any more).
    bool showMessage(const QString &messageId, qint64 seq);

    MessageListModel *messageModel() const { return m_model; }
    // Everything shown, as text (tests and accessibility checks).
    QString plainText() const;
    // The selected messages as text, in the order shown (what Ctrl+C copies).
    QString selectedText() const;
    void copySelection() const;

    // Where a card's button is, in viewport coordinates; empty when the transfer or the button
    // is not shown.
    QRect transferButtonRect(chat::TransferHandle handle, TransferAction action) const;
    // A card's buttons as actions (its context menu); none for other rows.
    QList<QAction *> transferActions(const QModelIndex &index, QObject *parent);
    // Whether files are being dragged over the view (it says where they go).
    bool showsDropHint() const { return m_dropHint; }
    // Progress repaints asked of the view so far (tests and benchmarks).
    int progressRepaints() const { return m_progressRepaints; }

    // Escapes text and turns http(s) addresses into links.
    static QString bodyToHtml(const QString &body);

signals:
    // A link in a message was clicked.
    void linkActivated(const QUrl &url);
    // A button on a transfer's card was clicked.
    void transferActionRequested(securechat::chat::TransferHandle handle, TransferAction action);
    // Local files were dropped on the conversation.
    void filesDropped(const QStringList &paths);

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
        const QList<int> &roles = {}) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void reload();
    void loadOlder();
    void loadNewer();
    void onScrolled(int value);
    void onMessage(chat::ConversationId id, const chat::ChatMessage &message);
    bool isAtBottom() const;
    QString anchorAt(const QPoint &pos) const;
    // The card button under pos: its row and index in the card, or row -1.
    std::pair<int, int> buttonAt(const QPoint &pos) const;
    void setHovered(std::pair<int, int> button);
    TransferCard cardOf(const chat::TransferInfo &info) const;
    void onTransferChanged(chat::TransferHandle handle);
    void onProgress(chat::TransferHandle handle, qint64 done);
    void flushProgress();
    // Runs change (which adds or removes rows) and scrolls so that the first visible message
    // stays where it was on screen.
    template<typename Change> void keepingPosition(Change change);

    MessageListModel *m_model;
    MessageDelegate *m_delegate;
    QAction *m_copy;
    chat::ChatController *m_controller = nullptr;
    chat::ConversationId m_conversation = 0;
    bool m_blocked = false;
    bool m_loading = false;
    QList<QMetaObject::Connection> m_connections;
    struct Speed {
        qint64 atMs = -1; // when done was last measured
        qint64 done = 0;
        double bytesPerSecond = 0;
    };
    QHash<chat::TransferHandle, qint64> m_pendingProgress;
    QHash<chat::TransferHandle, Speed> m_speeds;
    QElapsedTimer m_clock;
    QTimer *m_progressTimer;
    int m_progressRepaints = 0;
    bool m_dropHint = false;
    std::pair<int, int> m_hovered { -1, -1 };
    std::pair<int, int> m_pressed { -1, -1 };
};

} // namespace securechat::gui
