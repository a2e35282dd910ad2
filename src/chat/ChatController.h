#pragma once

#include "crypto/Fingerprint.h"
#include "crypto/Identity.h"
#include "net/CloseCause.h"
#include "net/SessionTimeouts.h"

#include <memory>

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace securechat::storage {
class KnownPeers;
}

namespace securechat::net {
class PeerServer;
class PeerSession;
struct Hello;
} // namespace securechat::net

namespace securechat::chat {

using ConversationId = quint64;
using CloseCause = net::CloseCause;

enum class ConversationState {
    Connecting, // TCP connection being set up (outgoing only)
    Handshaking, // TLS handshake and protocol hellos
    AwaitingApproval, // incoming unknown peer: nothing is delivered until acceptPeer()
    KeyChanged, // a known name or address came back with another key: until acceptChangedKey()
    Ready, // messages flow
    Closed // final; conversationClosed() carried the reason
};

enum class DeliveryState {
    Sending, // queued (conversation not ready yet, or not yet handed to TLS)
    Sent, // handed to the TLS connection
    Delivered, // the peer's receipt arrived
    Failed // the conversation closed before the message could be sent
};

struct PeerInfo {
    QString displayName;
    crypto::Fingerprint fingerprint;
    QString address; // host name or address as typed (outgoing) or the peer's IP (incoming)
    quint16 port = 0;
    bool incoming = false;
    bool known = false; // in KnownPeers before this conversation started
    bool verified = false;
    crypto::Fingerprint previousFingerprint; // non-null when state == KeyChanged
    QString safetyNumber;
    QString tlsProtocol;
    QString tlsCipher;
    QString software; // from the peer's hello
    // The name of a known contact with ANOTHER key whose name looks like this peer's
    // (namesConfusable in chat/PeerNames.h); empty when there is none.
    QString confusableWith;
};

struct ChatMessage {
    QString id;
    bool outgoing = false;
    QString senderName;
    QString body;
    QDateTime time; // the sender's clock for received messages, ours for sent ones
    DeliveryState delivery = DeliveryState::Sending;
};

// Owns the listener and every PeerSession and makes the trust decisions (KnownPeers: trust on
// first use, hard stop on a changed key). No widgets: the GUI and the CLI drive the same object.
// Every function is non-blocking; results arrive as signals.
class ChatController : public QObject
{
    Q_OBJECT
public:
    // knownPeers is not owned and must outlive the controller; it may be null (nothing is
    // remembered, every peer is new).
    ChatController(
        const crypto::Identity &me, storage::KnownPeers *knownPeers, QObject *parent = nullptr);
    ~ChatController() override;

    const crypto::Identity &identity() const { return m_me; }
    // The name sent in hellos from now on (sessions already established keep the old one).
    void setDisplayName(const QString &name) { m_me.displayName = name; }
    crypto::Fingerprint fingerprint() const { return m_myFingerprint; }

    // Test hook and tuning knob: deadlines for sessions created from now on.
    void setTimeouts(const net::SessionTimeouts &timeouts) { m_timeouts = timeouts; }
    net::SessionTimeouts timeouts() const { return m_timeouts; }

    // QHostAddress::Any listens on IPv4 and IPv6, AnyIPv4 / AnyIPv6 on one of them. Port 0
    // picks a free port (see listeningPort()). Returns false with a reason a person can act on
    // when the port is in use or the address is not available.
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    void stopListening();
    bool isListening() const;
    // The concrete addresses a peer can reach (the interfaces' addresses when listening on
    // Any / AnyIPv4 / AnyIPv6).
    QList<QHostAddress> listeningAddresses() const;
    quint16 listeningPort() const;

    // Starts an outgoing conversation. With a non-null expected fingerprint, a peer presenting
    // any other key is refused before anything is sent to it.
    ConversationId connectToPeer(
        const QString &host, quint16 port, const crypto::Fingerprint &expected = {});

    // Returns the new message's id, or an empty string when the conversation is closed or
    // unknown or the body exceeds net::kMaxTextBytes of UTF-8. Messages written before the
    // conversation is ready, or while about 1 MiB is still waiting to go out, are queued
    // (Sending) and sent in order as soon as possible.
    QString sendText(ConversationId id, const QString &body);
    void setTyping(ConversationId id, bool typing);

    void acceptPeer(ConversationId id); // AwaitingApproval -> Ready; remembers the peer
    void rejectPeer(ConversationId id); // AwaitingApproval or KeyChanged -> Closed (bye)
    void acceptChangedKey(ConversationId id); // KeyChanged -> Ready; replaces the old key
    void setVerified(ConversationId id, bool verified);

    void closeConversation(ConversationId id); // sends bye
    void closeAll(); // bye to everyone; emits allClosed() once every session has closed

    QList<ConversationId> conversations() const;
    ConversationState state(ConversationId id) const; // Closed for unknown ids
    PeerInfo peer(ConversationId id) const;
    // The conversation's history, oldest first. Only the newest messages up to
    // historyLimitBytes() of text are kept per conversation, and totalHistoryLimitBytes() for
    // all conversations together (the oldest messages of closed conversations go first, then
    // the oldest of open ones), so peers cannot fill memory without end, even by reconnecting.
    QList<ChatMessage> messages(ConversationId id) const;
    static constexpr qint64 kDefaultHistoryLimitBytes = qint64(64) << 20;
    static constexpr qint64 kDefaultTotalHistoryLimitBytes = qint64(256) << 20;
    void setHistoryLimitBytes(qint64 bytes) { m_historyLimitBytes = bytes; }
    qint64 historyLimitBytes() const { return m_historyLimitBytes; }
    void setTotalHistoryLimitBytes(qint64 bytes);
    qint64 totalHistoryLimitBytes() const { return m_totalHistoryLimitBytes; }
    // What the kept history of all conversations costs, as counted against the limits.
    qint64 totalHistoryBytes() const { return m_totalHistoryBytes; }
    // Bytes handed to the conversation's connection that have not gone out yet (0 once closed).
    qint64 unsentBytes(ConversationId id) const;
    QString closeReason(ConversationId id) const;
    CloseCause closeCause(ConversationId id) const; // None while open

    // When true, a new peer this side connects to is also held in AwaitingApproval (the CLI
    // without --accept-new); by default it is trusted on first use.
    void setConfirmNewOutgoing(bool confirm) { m_confirmNewOutgoing = confirm; }

signals:
    void listeningChanged(bool listening);
    void conversationAdded(securechat::chat::ConversationId id);
    void stateChanged(
        securechat::chat::ConversationId id, securechat::chat::ConversationState state);
    void peerChanged(securechat::chat::ConversationId id);
    void messageReceived(
        securechat::chat::ConversationId id, const securechat::chat::ChatMessage &message);
    void messageSent(
        securechat::chat::ConversationId id, const securechat::chat::ChatMessage &message);
    void deliveryChanged(securechat::chat::ConversationId id, const QString &messageId,
        securechat::chat::DeliveryState state);
    void peerTyping(securechat::chat::ConversationId id, bool typing);
    // reason is readable by a person
    void conversationClosed(securechat::chat::ConversationId id, const QString &reason);
    void allClosed();
    // An incoming connection that never became a conversation (not TLS 1.3, no certificate,
    // garbage, stalled, ...): address of the peer and why it was dropped.
    void incomingFailed(const QString &address, const QString &reason);
    // Something the user should know that does not end a conversation (e.g. the known-peers
    // file could not be written).
    void warning(const QString &message);

private:
    struct Conversation;

    ConversationId addConversation(net::PeerSession *session, bool incoming);
    void onIncomingSession(net::PeerSession *session);
    Conversation *find(ConversationId id);
    const Conversation *find(ConversationId id) const;
    void setState(Conversation &conversation, ConversationState state);
    void onSessionEstablished(ConversationId id);
    void onTextReceived(
        ConversationId id, const QString &messageId, const QString &body, const QDateTime &time);
    void onReceiptReceived(ConversationId id, const QString &messageId);
    void onSessionClosed(ConversationId id, const QString &reason);
    void deliver(Conversation &conversation, const ChatMessage &message);
    void appendToHistory(Conversation &conversation, const ChatMessage &message);
    bool dropOldestMessage(Conversation &conversation, bool keepNewest);
    void trimTotalHistory();
    void becomeReady(Conversation &conversation);
    void flushOutgoing(Conversation &conversation);
    void rememberPeer(Conversation &conversation);
    QString confusableContact(const PeerInfo &peer) const;
    void checkAllClosed();

    crypto::Identity m_me;
    crypto::Fingerprint m_myFingerprint;
    storage::KnownPeers *m_knownPeers = nullptr;
    net::SessionTimeouts m_timeouts;
    net::PeerServer *m_server = nullptr;
    ConversationId m_nextId = 1;
    QHash<ConversationId, std::shared_ptr<Conversation>> m_conversations;
    QList<ConversationId> m_order;
    QList<net::PeerSession *> m_pendingIncoming;
    bool m_closingAll = false;
    bool m_confirmNewOutgoing = false;
    qint64 m_historyLimitBytes = kDefaultHistoryLimitBytes;
    qint64 m_totalHistoryLimitBytes = kDefaultTotalHistoryLimitBytes;
    qint64 m_totalHistoryBytes = 0;
};

} // namespace securechat::chat

Q_DECLARE_METATYPE(securechat::chat::ConversationState)
Q_DECLARE_METATYPE(securechat::chat::DeliveryState)
Q_DECLARE_METATYPE(securechat::chat::ChatMessage)
Q_DECLARE_METATYPE(securechat::chat::PeerInfo)
