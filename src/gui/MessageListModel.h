// SPDX-License-Identifier: MIT
#pragma once

#include "chat/ChatTypes.h"
#include "gui/TransferCard.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QModelIndexList>
#include <QSet>

namespace securechat::gui {

// The rows a MessageView shows: a contiguous window of one conversation's messages, oldest
// first, with the conversation's file transfers as cards among them at the time they were
// offered, optionally followed by one trailing note (why the conversation ended). The window
// can grow at either end (older pages while the user scrolls up, newer ones while they scroll
// back down) and be trimmed at either end, so a long history never has to be in memory at once;
// a transfer gets its row when the window reaches its time. A receipt or a transfer's progress
// changes one row and tells the view about that row only.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        // bool: the row starts a new day (the first row, or a day other than the row above's).
        NewDayRole = Qt::UserRole + 1,
        // bool: the trailing note, not a message.
        TrailingNoteRole,
        // chat::DeliveryState as int. dataChanged names it when only the delivery state
        // changed, which never changes a row's height.
        DeliveryRole,
        // bool: a file transfer's card (transferCard()).
        TransferRole,
        // qint64: a card's bytes done. dataChanged names it when only the progress (and speed)
        // changed, which never changes the row's height.
        ProgressRole,
    };

    explicit MessageListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Replaces everything. hasOlder / hasNewer: more messages exist before the first / after the
    // last one given (in the history database).
    void setMessages(const QList<chat::ChatMessage> &messages, bool hasOlder, bool hasNewer);
    void clear();
    // Adds older messages (oldest first) above the first row.
    void prependOlder(const QList<chat::ChatMessage> &messages, bool hasOlder);
    // Adds newer messages (oldest first) below the last message row.
    void appendNewer(const QList<chat::ChatMessage> &messages, bool hasNewer);
    // A message just written or received. Ignored when the window does not reach the newest
    // message (it is read again when the user scrolls there) or when the id is already shown,
    // whose row is then updated. False when no row was added.
    bool addMessage(const chat::ChatMessage &message);
    // The delivery state of the shown message with this id changed. False when it is not shown.
    bool setDelivery(const QString &messageId, chat::DeliveryState state);
    // Removes count message rows from the top (oldest) or the bottom (newest) of the window.
    void dropOldest(int count);
    void dropNewest(int count);
    // The trailing note; empty removes it.
    void setNote(const QString &note);

    // All the conversation's transfers (any order); each gets a row while the window reaches
    // its time. Call before setMessages.
    void setTransfers(const QList<TransferCard> &cards);
    // A transfer was added or changed (state, reason, folder): its row is redrawn, or added when
    // the window reaches its time.
    void updateTransfer(const TransferCard &card);
    // Only the bytes done and the speed changed: one row redrawn, no relayout.
    void setProgress(
        chat::TransferHandle handle, qint64 done, double bytesPerSecond, bool stalled = false);
    bool isTransfer(int row) const;
    const TransferCard &transferCard(int row) const;
    bool showsTransfer(chat::TransferHandle handle) const { return m_shownCards.contains(handle); }
    // Row of the transfer's card, -1 when it is not shown.
    int rowOfTransfer(chat::TransferHandle handle) const;

    // Rows above the trailing note: messages and transfer cards.
    int messageCount() const { return int(m_rows.size()); }
    // The row's message; for a card, a stand-in with its time and an id of its own.
    const chat::ChatMessage &message(int row) const { return m_rows.at(row).message; }
    // Where the window starts and ends in the history database (0 when no stored message).
    qint64 firstSeq() const;
    qint64 lastSeq() const;
    bool isNote(int row) const { return row == m_rows.size() && !m_note.isEmpty(); }
    QString note() const { return m_note; }
    bool hasOlder() const { return m_hasOlder; }
    bool hasNewer() const { return m_hasNewer; }
    // Row of the message with this id, -1 when it is not shown. Searches from the newest row,
    // where receipts land.
    int rowOf(const QString &messageId) const;

    // One row as plain text: "Alice, 14:02 · delivered" and the body on the next line; a note
    // is its text alone.
    QString rowText(int row) const;
    // The rows as text in the order shown, one block each, separated by blank lines (what
    // Ctrl+C copies).
    QString text(const QModelIndexList &rows) const;
    // Everything shown, as text.
    QString plainText() const;

private:
    struct Row {
        chat::ChatMessage message;
        chat::TransferHandle transfer = 0;
    };
    bool startsDay(int row) const;
    static Row cardRow(const TransferCard &card);
    // messages with the cards not shown yet whose time is in [from, to) (invalid: open) merged
    // in by time.
    QList<Row> merged(
        const QList<chat::ChatMessage> &messages, const QDateTime &from, const QDateTime &to);
    void forget(int first, int count);

    QList<Row> m_rows;
    QHash<chat::TransferHandle, TransferCard> m_cards;
    QSet<chat::TransferHandle> m_shownCards;
    QString m_note;
    bool m_hasOlder = false;
    bool m_hasNewer = false;
};

} // namespace securechat::gui
