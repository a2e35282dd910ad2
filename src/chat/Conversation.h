// SPDX-License-Identifier: MIT
#pragma once

#include "chat/ChatTypes.h"
#include "crypto/Invite.h"
#include "net/Messages.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

namespace securechat::net {
class PeerSession;
}
namespace securechat::storage {
class HistoryStore;
}

namespace securechat::chat {

// One conversation: a contact's lasting one, or a peer's that is still waiting for the user's
// decision (not yet a contact). Holds what is shown (the newest messages, a bounded cache of
// the history), the outbox (outgoing texts without a receipt, in order), what an unapproved
// peer sent, and the session attached now, if any. Writes through to the history database
// when it is persistent; otherwise nothing of it touches the disk. No signals: the controller
// wires sessions to conversations and tells the front ends.
class Conversation
{
public:
    // How many messages the cache keeps at most, and by default how many bytes of text.
    static constexpr int kCachedMessages = 2000;
    static constexpr qint64 kCachedBytes = qint64(64) << 20;
    qint64 cacheLimitBytes = kCachedBytes;
    // What loadHistory() reads at start, per contact: one screen's worth; older messages stay
    // in the database until asked for.
    static constexpr int kLoadedAtStart = 200;

    explicit Conversation(ConversationId id)
        : m_id(id)
    { }
    Conversation(const Conversation &) = delete;
    Conversation &operator=(const Conversation &) = delete;

    ConversationId id() const { return m_id; }

    PeerInfo peer;
    ConversationState state = ConversationState::Connecting;
    QPointer<net::PeerSession> session;
    bool isContact = false;
    bool open = false; // the user has it on screen: keep reconnecting while it is
    bool lastSessionOutgoing = false;
    bool heldHere = false; // this side held the current session for its user's decision
    crypto::Fingerprint expected; // of the session being set up (outgoing)
    crypto::Fingerprint replaces; // KeyChanged: the contact this key would replace
    // Outgoing through an invite: its secret (proved in the hello) and the addresses not
    // tried yet, in order.
    QByteArray inviteSecret;
    QList<crypto::InviteAddress> untriedAddresses;
    QString closeReason;
    CloseCause closeCause = CloseCause::None;
    QTimer *reconnectTimer = nullptr; // owned by the controller
    // What this side last told the session about keeping history (docs/protocol.md 4.8).
    QPointer<net::PeerSession> historyAnnouncedTo;
    bool historyAnnounced = false;
    int reconnectFailures = 0;

    // Persistence. store may be null (memory only); a non-persistent conversation keeps
    // everything in memory (an unaccepted peer, or a contact whose history is "keep nothing").
    void setHistory(storage::HistoryStore *store, bool persistent);
    bool isPersistent() const { return m_store && m_persistent; }
    // Loads the newest messages (when persistent) and the whole outbox of the contact from
    // the database.
    bool loadHistory(QString *error);
    // Up to limit stored messages before seq (older) or after it, oldest first, read from the
    // history database; empty when the conversation is not kept there or on an error.
    QList<ChatMessage> storedPage(qint64 seq, bool older, int limit, QString *error) const;

    const QList<ChatMessage> &messages() const { return m_messages; }

    enum class Received { New, Duplicate, Conflict, Failed };
    // Commits a received text (to the database when persistent) before the caller acknowledges
    // it. Duplicate: already stored (acknowledge again, show nothing); Conflict: the same id
    // came with another body (the first stays; acknowledge, show nothing); Failed: not stored
    // (do not acknowledge). A stored message gets its seq.
    Received receive(ChatMessage &message, QString *error);
    // The same for texts that arrived together, committed in one transaction (one result per
    // message, in order): all are stored or, when the commit fails, none (all Failed).
    QList<Received> receiveAll(QList<ChatMessage> &messages, QString *error);

    // Stores a new outgoing text as Queued and appends it to the outbox; message gets its seq.
    bool addOutgoing(ChatMessage &message, QString *error);
    // Moves a message forward (Queued -> Sent -> Delivered, or Failed); Delivered is final.
    // True when it changed.
    bool setDelivery(const QString &messageId, DeliveryState state, QString *error);
    // A text of the outbox (no receipt yet, not failed); null for any other id.
    const ChatMessage *outgoing(const QString &messageId) const;
    // Outgoing texts that have no receipt yet, oldest first.
    const QList<QString> &outbox() const { return m_outbox; }
    // Of the outbox, those not yet handed to the current session (resent after a reconnect).
    // It may still name texts whose receipt came meanwhile: outgoing() tells them apart.
    QList<QString> unsent;

    // An inline note (key changed, verified, session started or ended).
    ChatMessage addNote(ChatMessage::Kind kind, const QString &text, QString *error);

    // Texts received in this event-loop turn, committed together before their receipts go out.
    QList<ChatMessage> arriving;
    bool arrivingScheduled = false;

    // What an unapproved peer sent, delivered once the user accepts.
    QList<net::Text> held;
    qint64 heldBytes = 0;

    // What the cache holds, as counted against the limits.
    qint64 cachedBytes() const { return m_cachedBytes; }
    // Drops the oldest cached message (never one still to be sent, and with keepNewest never
    // the last one); false when there is nothing to drop.
    bool dropOldest(bool keepNewest);

    // Forgets the cache and outbox (the history was deleted).
    void clear();

private:
    void appendToCache(const ChatMessage &message);
    void clearCache();
    ChatMessage *cached(const QString &messageId, bool outgoing);

    ConversationId m_id;
    storage::HistoryStore *m_store = nullptr;
    bool m_persistent = false;
    QList<ChatMessage> m_messages;
    qint64 m_cachedBytes = 0;
    // Where each cached message is, by id: its serial number, counted from the first message
    // ever cached (m_firstSerial is the serial of m_messages.first()). A receipt then finds its
    // message at once instead of searching a burst of thousands.
    qint64 m_firstSerial = 0;
    QHash<QString, qint64> m_incomingAt;
    QHash<QString, qint64> m_outgoingAt;
    QList<QString> m_outbox;
    QHash<QString, ChatMessage> m_outboxMessages; // the outbox, also when no longer cached
    // Memory-only conversations: the ids already shown, the newest kRememberedIds of them, kept
    // longer than the messages so that resent texts are recognised.
    static constexpr int kRememberedIds = 16384;
    QSet<QString> m_receivedIds;
    QList<QString> m_receivedOrder;
};

} // namespace securechat::chat
