// SPDX-License-Identifier: MIT
#pragma once

#include "chat/ChatTypes.h"
#include "chat/Conversation.h"
#include "chat/FileTransfers.h"
#include "chat/HostAddresses.h"
#include "chat/MessageIds.h"
#include "chat/ReconnectBackoff.h"
#include "crypto/Fingerprint.h"
#include "crypto/Identity.h"
#include "crypto/Invite.h"
#include "net/SessionTimeouts.h"
#include "storage/ContactStore.h"
#include "storage/Settings.h"

#include <memory>
#include <optional>
#include <unordered_map>

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QTimer;

namespace securechat::storage {
class HistoryStore;
class InviteStore;
} // namespace securechat::storage

namespace securechat::net {
class PeerServer;
class PeerSession;
struct Text;
} // namespace securechat::net

namespace securechat::chat {

// A registry that wires sessions to conversations. Each contact has exactly one lasting
// conversation (created at start for every stored contact); a session (one PeerSession)
// attaches to it once it is established and trusted (TrustPolicy), and detaches when it ends.
// Peers that are not contacts yet get a conversation of their own that lasts until the user
// accepts it (it then becomes the new contact's, or merges into the contact whose key changed)
// or until it ends (then it is removed). Failed connection attempts leave nothing behind but
// conversationClosed/conversationRemoved. No widgets: the GUI and the CLI drive the same
// object. Every function is non-blocking; results arrive as signals.
class ChatController : public QObject
{
    Q_OBJECT
public:
    // contacts and history are not owned and must outlive the controller. Either may be null:
    // without contacts nothing is remembered (every peer is new); without history, messages
    // live in memory only.
    ChatController(const crypto::Identity &me, storage::ContactStore *contacts,
        storage::HistoryStore *history = nullptr, QObject *parent = nullptr);
    ~ChatController() override;

    const crypto::Identity &identity() const { return m_me; }
    // File transfers with contacts; sessions are handed to it while they are ready.
    FileTransfers *files() const { return m_files; }
    crypto::Fingerprint fingerprint() const { return m_myFingerprint; }
    // The name sent in hellos from now on (sessions already established keep the old one).
    void setDisplayName(const QString &name) { m_me.displayName = name; }

    // Test hook and tuning knob: deadlines for sessions created from now on.
    void setTimeouts(const net::SessionTimeouts &timeouts) { m_timeouts = timeouts; }
    net::SessionTimeouts timeouts() const { return m_timeouts; }
    // How much text each conversation keeps in memory, and all of them together (the rest is in
    // the history database, or gone when it is kept in memory only), so that peers cannot fill
    // memory without end, even by reconnecting. Offline conversations give way first.
    static constexpr qint64 kDefaultHistoryLimitBytes = Conversation::kCachedBytes;
    static constexpr qint64 kDefaultTotalHistoryLimitBytes = qint64(256) << 20;
    void setHistoryLimitBytes(qint64 bytes);
    qint64 historyLimitBytes() const { return m_cacheLimitBytes; }
    void setTotalHistoryLimitBytes(qint64 bytes);
    qint64 totalHistoryLimitBytes() const { return m_totalLimitBytes; }
    qint64 totalHistoryBytes() const;
    // Bytes handed to the conversation's connection that have not gone out yet (0 when offline).
    qint64 unsentBytes(ConversationId id) const;
    // Test hook: the first reconnection delay (default ReconnectBackoff's, about 1 s).
    void setReconnectScale(double scale) { m_reconnectScale = scale; }

    // QHostAddress::Any listens on IPv4 and IPv6, AnyIPv4 / AnyIPv6 on one of them. Port 0
    // picks a free port (see listeningPort()). Returns false with a reason a person can act on
    // when the port is in use or the address is not available.
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    void stopListening();
    bool isListening() const;
    QList<QHostAddress> listeningAddresses() const;
    quint16 listeningPort() const;
    // The router's address and port forwarded to this host (set by port mapping; a null
    // address clears it): first in hostAddresses() and in new invites.
    void setExternalAddress(const QHostAddress &address, quint16 port);
    // Where peers can reach this host while it listens, most useful first (HostAddresses.h).
    QList<HostAddress> hostAddresses() const;

    // Where issued invites are kept (not owned, must outlive the controller). Without it no
    // invite is made and invite proofs of incoming peers are not looked at.
    void setInviteStore(storage::InviteStore *invites) { m_invites = invites; }
    // A new invite to this host, valid for validitySeconds, remembered as issued. nullopt with a
    // reason when not listening, without an address to offer, or when it cannot be stored.
    std::optional<crypto::Invite> createInvite(qint64 validitySeconds, QString *error = nullptr);
    // Connects through an invite: tries its addresses in order until one answers, expects the
    // invite's host key (any other is refused, no trust on first use) and proves holding the
    // invite in the hello. The host becomes a contact verified by invite.
    ConversationId connectWithInvite(const crypto::Invite &invite);

    // Connects to host:port. With a non-null expected fingerprint, a peer presenting any other
    // key is refused before anything is sent to it, and when it is a contact's key the attempt
    // belongs to that contact's conversation. Otherwise the attempt gets a conversation of its
    // own until the peer has introduced itself.
    ConversationId connectToPeer(
        const QString &host, quint16 port, const crypto::Fingerprint &expected = {});
    // A contact we last reached by connecting: connect again now, at the address that worked.
    // False (with a reason) when there is no such address.
    bool connectNow(ConversationId id, QString *error = nullptr);
    // While a conversation is open on screen its contact is reconnected to after a drop.
    void setConversationOpen(ConversationId id, bool open);
    bool isReconnectScheduled(ConversationId id) const;
    // Sessions being set up or up, with contacts or not (for diagnostics and tests).
    qsizetype openSessions() const;

    // Returns the new message's id, or an empty string when the conversation is unknown or
    // has ended, the body exceeds net::kMaxTextBytes of UTF-8, or it could not be stored (a
    // warning says why). A contact's texts are stored first (Queued) and go out, in order, as
    // soon as a trusted session is up and the connection has room.
    QString sendText(ConversationId id, const QString &body);
    void setTyping(ConversationId id, bool typing);
    void acceptPeer(ConversationId id); // AwaitingApproval -> Ready; the peer becomes a contact
    void rejectPeer(ConversationId id); // AwaitingApproval or KeyChanged -> bye; removed
    void acceptChangedKey(ConversationId id); // KeyChanged -> merged into the contact; Ready
    void setVerified(ConversationId id, bool verified);
    bool setNickname(ConversationId id, const QString &nickname, QString *error = nullptr);
    // Ends the session, deletes the contact and its whole history.
    bool removeContact(ConversationId id, QString *error = nullptr);
    // Deletes the history, keeps the contact.
    bool deleteHistory(ConversationId id, QString *error = nullptr);
    void closeConversation(ConversationId id); // sends bye; a contact's conversation stays
    void closeAll(); // bye to everyone; emits allClosed() once every session has closed

    QList<ConversationId> conversations() const;
    // The conversation of a contact; 0 when the fingerprint is not a contact's.
    ConversationId conversationOf(const crypto::Fingerprint &contact) const;
    ConversationState state(ConversationId id) const; // Closed for unknown ids
    PeerInfo peer(ConversationId id) const;
    // The newest messages (up to Conversation::kCachedMessages), oldest first; older ones are
    // in the history database.
    QList<ChatMessage> messages(ConversationId id) const;
    // Pages through the stored history for views of long conversations: up to limit messages
    // stored before (older) or after seq, oldest first; empty when there are none or the
    // conversation is not kept on disk (a read error is reported through warning()).
    QList<ChatMessage> storedMessages(ConversationId id, qint64 seq, bool older, int limit);
    QString closeReason(ConversationId id) const;
    CloseCause closeCause(ConversationId id) const; // None while a session is up
    // Whether messages are being written to disk (false: memory only, e.g. history is
    // unavailable or the contact's retention is "keep nothing").
    bool keepsHistory(ConversationId id) const;

    // History retention (docs/security.md, "Retention"). A contact whose own retention is
    // Default follows defaultRetention() (the Profile sets it from Settings). Changes take
    // effect at once and last (the contact's choice is saved in contacts.json):
    // - Keep / KeepDays: new messages are written to the history database. KeepDays then at
    //   once deletes the messages stored more than days ago (texts still waiting for a receipt
    //   excepted), and again at start and once a day while running; ask the user first.
    // - KeepNothing: nothing new of the conversation is written to disk from then on. What is
    //   already stored is NOT deleted (texts still queued there are still sent and their
    //   delivery noted); ask the user whether to delete it too with deleteHistory().
    // historyChanged() follows when stored messages were deleted.
    using Retention = storage::Settings::HistoryRetention;
    void setDefaultRetention(const Retention &retention);
    Retention defaultRetention() const { return m_defaultRetention; }
    // False with a reason for a conversation that is not a contact's, KeepDays with days
    // outside 1..ContactStore::kMaxRetentionDays, or when contacts.json cannot be written
    // (then nothing changed).
    bool setRetention(ConversationId id, storage::ContactStore::Retention mode, int days,
        QString *error = nullptr);
    // The contact's own choice (mode Default: it follows the default, as for non-contacts).
    Retention retention(ConversationId id) const;
    // What applies to the conversation now, Default resolved; KeepNothing for a peer that is
    // not a contact (nothing of it is written to disk).
    Retention effectiveRetention(ConversationId id) const;
    // Deletes, for every contact kept for a number of days, what was stored before now - days.
    // Runs at start and once a day; a test may call it with a later now. Returns how many
    // messages went, -1 when the database failed (a warning says why).
    qint64 purgeExpiredHistory(const QDateTime &now = QDateTime::currentDateTimeUtc());
    static constexpr int kPurgeIntervalMs = 24 * 60 * 60 * 1000;

    // When true, a new peer this side connects to is also held in AwaitingApproval (the CLI
    // without --accept-new); by default it is trusted on first use.
    void setConfirmNewOutgoing(bool confirm) { m_confirmNewOutgoing = confirm; }

signals:
    void listeningChanged(bool listening);
    void conversationAdded(securechat::chat::ConversationId id);
    // The conversation is gone (an attempt that failed, a request that ended or was declined,
    // a removed contact). When it merged into another, that one's id is given, else 0.
    void conversationRemoved(
        securechat::chat::ConversationId id, securechat::chat::ConversationId mergedInto);
    void stateChanged(
        securechat::chat::ConversationId id, securechat::chat::ConversationState state);
    void peerChanged(securechat::chat::ConversationId id);
    void messageReceived(
        securechat::chat::ConversationId id, const securechat::chat::ChatMessage &message);
    void messageSent(
        securechat::chat::ConversationId id, const securechat::chat::ChatMessage &message);
    // The application put a note into the conversation (key changed, verified).
    void noteAdded(securechat::chat::ConversationId id, const securechat::chat::ChatMessage &note);
    void deliveryChanged(securechat::chat::ConversationId id, const QString &messageId,
        securechat::chat::DeliveryState state);
    void peerTyping(securechat::chat::ConversationId id, bool typing);
    // A session (or an attempt) ended; reason is readable by a person.
    void conversationClosed(securechat::chat::ConversationId id, const QString &reason);
    void reconnectScheduled(securechat::chat::ConversationId id, int delayMs);
    // An invite's address is being tried (the first, or the next after one did not answer);
    // connected once the conversation is past Connecting.
    void addressAttempted(
        securechat::chat::ConversationId id, const QString &host, quint16 port, bool connected);
    // The other side holds us for its user's decision (or stopped holding us).
    void heldByPeerChanged(securechat::chat::ConversationId id, securechat::chat::HeldByPeer held);
    void allClosed();
    // An incoming connection that never became a conversation (not TLS 1.3, no certificate,
    // garbage, stalled, ...): address of the peer and why it was dropped.
    void incomingFailed(const QString &address, const QString &reason);
    // Something the user should know that does not end a conversation (e.g. the contacts file
    // or the history database could not be written).
    void warning(const QString &message);
    // Stored messages of the conversation were deleted (deleteHistory, retention); what
    // messages() returns was reloaded.
    void historyChanged(securechat::chat::ConversationId id);

private:
    struct Ended {
        QString reason;
        CloseCause cause = CloseCause::None;
    };

    Conversation *find(ConversationId id);
    const Conversation *find(ConversationId id) const;
    ConversationId resolve(ConversationId id) const;
    Conversation &createConversation();
    Conversation *contactConversation(const crypto::Fingerprint &fingerprint);
    void loadContacts();
    void applyRetention(Conversation &conversation);
    void announceHistory(Conversation &conversation);
    qint64 purgeExpired(Conversation &conversation, const QDateTime &now);
    void fillFromContact(Conversation &conversation, const storage::ContactStore::Contact &contact);
    void removeConversation(ConversationId id, ConversationId mergedInto);

    net::PeerSession *startOutgoing(Conversation &conversation, const QString &host, quint16 port,
        const crypto::Fingerprint &expected);
    void attach(Conversation &conversation, net::PeerSession *session);
    Conversation *owner(net::PeerSession *session);
    void onIncomingSession(net::PeerSession *session);
    void onSessionEstablished(net::PeerSession *session);
    void onTextReceived(net::PeerSession *session, const net::Text &text);
    void onReceiptReceived(net::PeerSession *session, const QString &messageId);
    void onApprovalReceived(net::PeerSession *session, const QString &state);
    void holdHere(Conversation &conversation, ConversationState state);
    void onSessionClosed(net::PeerSession *session, const QString &reason);

    void setState(Conversation &conversation, ConversationState state);
    void updatePeerFromSession(Conversation &conversation, net::PeerSession *session);
    bool makeContact(Conversation &conversation, storage::ContactStore::Verification verification);
    storage::ContactStore::Verification verificationOf(const Conversation &conversation) const;
    // Incoming: whether the peer's hello proves an open invite (then used up); otherwise says
    // in peer.inviteProblem why the invite it presented did not count.
    bool redeemInvite(Conversation &conversation, net::PeerSession *session);
    bool tryNextAddress(Conversation &conversation);
    void verifyByInvite(Conversation &conversation);
    void mergeInto(Conversation &from, Conversation &into, bool keyChanged);
    void adoptOutbox(Conversation &from, Conversation &into);
    bool keepsOnlyOneSession(Conversation &conversation, net::PeerSession *incoming);
    void becomeReady(Conversation &conversation);
    void deliver(Conversation &conversation, const ChatMessage &message);
    void receiveSoon(Conversation &conversation, const ChatMessage &message);
    void deliverArriving(Conversation &conversation);
    void acknowledge(Conversation &conversation, const ChatMessage &message,
        Conversation::Received result, const QString &error, bool warnWhenFailed);
    void flushOutgoing(Conversation &conversation);
    void attachFiles(Conversation &conversation);
    void noteAddress(Conversation &conversation);
    void scheduleReconnect(Conversation &conversation);
    bool wantsReconnect(const Conversation &conversation) const;
    std::optional<storage::ContactStore::Address> lastDialled(const Conversation &c) const;
    void checkAllClosed();
    void trimTotalHistory();
    QString confusableContact(const PeerInfo &peer) const;

    crypto::Identity m_me;
    crypto::Fingerprint m_myFingerprint;
    storage::ContactStore *m_contacts = nullptr;
    storage::HistoryStore *m_history = nullptr;
    storage::InviteStore *m_invites = nullptr;
    HostAddress m_external;
    net::SessionTimeouts m_timeouts;
    double m_reconnectScale = 1.0;
    qint64 m_cacheLimitBytes = Conversation::kCachedBytes;
    qint64 m_totalLimitBytes = kDefaultTotalHistoryLimitBytes;
    net::PeerServer *m_server = nullptr;
    ConversationId m_nextId = 1;
    MessageIds m_messageIds;
    std::unordered_map<ConversationId, std::unique_ptr<Conversation>> m_conversations;
    QList<ConversationId> m_order;
    QHash<ConversationId, ConversationId> m_mergedInto;
    QHash<ConversationId, Ended> m_ended; // of removed conversations, bounded
    QList<ConversationId> m_endedOrder;
    QHash<crypto::Fingerprint, ConversationId> m_byContact;
    QHash<net::PeerSession *, ConversationId> m_sessions;
    QHash<ConversationId, ReconnectBackoff> m_backoff;
    QList<net::PeerSession *> m_pendingIncoming;
    bool m_closingAll = false;
    bool m_confirmNewOutgoing = false;
    Retention m_defaultRetention;
    QTimer *m_purgeTimer = nullptr;
    FileTransfers *m_files = nullptr;
};

} // namespace securechat::chat
