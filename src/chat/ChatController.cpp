#include "chat/ChatController.h"

#include "chat/PeerNames.h"
#include "common/AppInfo.h"
#include "common/Logging.h"
#include "crypto/SafetyNumber.h"
#include "net/MessageCodec.h"
#include "net/PeerServer.h"
#include "net/PeerSession.h"
#include "net/Protocol.h"
#include "storage/KnownPeers.h"

#include <QNetworkInterface>
#include <QPointer>
#include <QSet>
#include <QUuid>

namespace securechat::chat {

namespace {

// What an unapproved peer may send before the user decides; more closes the conversation.
constexpr int kMaxHeldMessages = 1000;
constexpr qint64 kMaxHeldBytes = 8 * net::kMaxTextBytes;
// Texts wait in the conversation's queue (Sending) while TLS has this much still to send, so a
// burst of large messages does not pile up in socket buffers.
constexpr qint64 kMaxUnsentBytes = net::PeerSession::kTextQueueBytes;

qint64 historyCost(const ChatMessage &message)
{
    return qint64(message.body.size()) * 2 + 256;
}

net::PeerSession::Options sessionOptions(
    const crypto::Identity &me, const net::SessionTimeouts &timeouts)
{
    net::PeerSession::Options options;
    options.identity = me;
    options.timeouts = timeouts;
    options.software = QStringLiteral("%1 %2").arg(
        QLatin1StringView(appinfo::kName), QLatin1StringView(appinfo::kVersion));
    options.capabilities = { QStringLiteral("receipts"), QStringLiteral("typing") };
    return options;
}

} // namespace

struct ChatController::Conversation {
    ConversationId id = 0;
    QPointer<net::PeerSession> session;
    ConversationState state = ConversationState::Connecting;
    PeerInfo peer;
    crypto::Fingerprint expected;
    QList<ChatMessage> messages;
    QHash<QString, qsizetype> outgoingIndex; // message id -> position since the conversation began
    QSet<QString> receivedIds; // of the messages still in the history
    qsizetype dropped = 0; // messages removed from the front of the history
    qint64 historyBytes = 0;

    ChatMessage *outgoing(const QString &messageId)
    {
        const qsizetype position = outgoingIndex.value(messageId, -1) - dropped;
        return position >= 0 && position < messages.size() ? &messages[position] : nullptr;
    }
    QList<net::Text> held; // received while waiting for the user's decision
    qint64 heldBytes = 0;
    QList<QString> queued; // outgoing ids waiting for Ready
    QList<crypto::Fingerprint> replacedKeys; // old keys that acceptChangedKey() forgets
    QString closeReason;
    CloseCause closeCause = CloseCause::None;
};

ChatController::ChatController(
    const crypto::Identity &me, storage::KnownPeers *knownPeers, QObject *parent)
    : QObject(parent)
    , m_me(me)
    , m_myFingerprint(me.fingerprint())
    , m_knownPeers(knownPeers)
{ }

ChatController::~ChatController()
{
    // Sessions are children; they must not call back into a half-destroyed controller.
    for (const auto &conversation : std::as_const(m_conversations)) {
        if (conversation->session)
            conversation->session->disconnect(this);
    }
    for (net::PeerSession *session : std::as_const(m_pendingIncoming))
        session->disconnect(this);
}

bool ChatController::listen(const QHostAddress &address, quint16 port, QString *error)
{
    stopListening();
    auto *server = new net::PeerServer(sessionOptions(m_me, m_timeouts), this);
    connect(server, &net::PeerServer::sessionStarted, this, &ChatController::onIncomingSession);
    if (!server->listen(address, port)) {
        const QString where = address.toString();
        QString reason;
        switch (server->serverError()) {
        case QAbstractSocket::AddressInUseError:
            reason = tr("Port %1 is already in use on %2. Choose another port, or "
                                   "quit the program that is using it.")
                                    .arg(port)
                                    .arg(where);
            break;
        case QAbstractSocket::SocketAddressNotAvailableError:
            reason
                = tr("The address %1 does not belong to this computer, so SecureChat cannot "
                     "listen on it.")
                      .arg(where);
            break;
        case QAbstractSocket::SocketAccessError:
            reason = tr("Listening on port %1 needs special privileges. Choose a "
                                   "port above 1023.")
                                    .arg(port);
            break;
        default:
            reason = tr("Cannot listen on %1 port %2: %3")
                                    .arg(where)
                                    .arg(port)
                                    .arg(server->errorString());
            break;
        }
        qCWarning(lcChat) << "cannot listen on" << where << port << server->errorString();
        delete server;
        if (error)
            *error = reason;
        return false;
    }
    m_server = server;
    qCInfo(lcChat) << "listening on" << address.toString() << server->serverPort();
    emit listeningChanged(true);
    return true;
}

void ChatController::stopListening()
{
    if (!m_server)
        return;
    m_server->close();
    // Sessions already accepted live on as the controller's children.
    m_server->disconnect(this);
    m_server->deleteLater();
    m_server = nullptr;
    emit listeningChanged(false);
}

bool ChatController::isListening() const
{
    return m_server && m_server->isListening();
}

QList<QHostAddress> ChatController::listeningAddresses() const
{
    if (!isListening())
        return {};
    const QHostAddress bound = m_server->serverAddress();
    const bool any = bound == QHostAddress::Any;
    const bool any4 = bound == QHostAddress::AnyIPv4;
    const bool any6 = bound == QHostAddress::AnyIPv6;
    if (!any && !any4 && !any6)
        return { bound };
    QList<QHostAddress> result;
    const auto all = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : all) {
        const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
        if (any || (any4 && v4) || (any6 && !v4))
            result.append(address);
    }
    return result;
}

quint16 ChatController::listeningPort() const
{
    return isListening() ? m_server->serverPort() : quint16(0);
}

ConversationId ChatController::connectToPeer(
    const QString &host, quint16 port, const crypto::Fingerprint &expected)
{
    net::PeerSession::Options options = sessionOptions(m_me, m_timeouts);
    options.expectedFingerprint = expected;
    auto *session = new net::PeerSession(options, this);
    const ConversationId id = addConversation(session, false);
    Conversation &conversation = *find(id);
    conversation.peer.address = host;
    conversation.peer.port = port;
    conversation.expected = expected;
    emit conversationAdded(id);
    session->connectToHost(host, port);
    return id;
}

void ChatController::onIncomingSession(net::PeerSession *session)
{
    session->setParent(this);
    m_pendingIncoming.append(session);
    // An incoming connection becomes a conversation only once the peer has introduced itself;
    // scanners and broken clients never show up as conversations.
    connect(session, &net::PeerSession::established, this, [this, session] {
        m_pendingIncoming.removeOne(session);
        session->disconnect(this);
        const ConversationId id = addConversation(session, true);
        Conversation &conversation = *find(id);
        conversation.peer.address = session->peerAddress();
        conversation.peer.port = session->peerPort();
        conversation.state = ConversationState::Handshaking;
        emit conversationAdded(id);
        onSessionEstablished(id);
    });
    connect(session, &net::PeerSession::closed, this, [this, session](const QString &reason) {
        m_pendingIncoming.removeOne(session);
        const QString address = session->peerAddress();
        session->deleteLater();
        emit incomingFailed(address, reason);
        checkAllClosed();
    });
}

ConversationId ChatController::addConversation(net::PeerSession *session, bool incoming)
{
    auto conversation = std::make_shared<Conversation>();
    conversation->id = m_nextId++;
    conversation->session = session;
    conversation->peer.incoming = incoming;
    const ConversationId id = conversation->id;
    m_conversations.insert(id, conversation);
    m_order.append(id);

    connect(session, &net::PeerSession::stateChanged, this, [this, id](net::PeerSession::State s) {
        Conversation *c = find(id);
        if (c && c->state == ConversationState::Connecting
            && (s == net::PeerSession::State::Handshaking
                || s == net::PeerSession::State::AwaitingHello))
            setState(*c, ConversationState::Handshaking);
    });
    connect(session, &net::PeerSession::encrypted, this, [this, id, session] {
        Conversation *c = find(id);
        if (!c)
            return;
        c->peer.fingerprint = session->peerFingerprint();
        c->peer.safetyNumber = crypto::safetyNumber(m_myFingerprint, c->peer.fingerprint);
        c->peer.tlsProtocol = session->tlsProtocolName();
        c->peer.tlsCipher = session->tlsCipherName();
        emit peerChanged(id);
    });
    if (!incoming)
        connect(session, &net::PeerSession::established, this,
            [this, id] { onSessionEstablished(id); });
    connect(session, &net::PeerSession::textReceived, this,
        [this, id](const net::Text &text) { onTextReceived(id, text.id, text.body, text.time); });
    connect(session, &net::PeerSession::receiptReceived, this,
        [this, id](const QString &messageId) { onReceiptReceived(id, messageId); });
    connect(session, &net::PeerSession::typingReceived, this, [this, id](bool typing) {
        const Conversation *c = find(id);
        if (c && c->state == ConversationState::Ready)
            emit peerTyping(id, typing);
    });
    connect(session, &net::PeerSession::closed, this,
        [this, id](const QString &reason) { onSessionClosed(id, reason); });
    connect(session, &net::PeerSession::writeProgress, this, [this, id] {
        if (Conversation *c = find(id); c && !c->queued.isEmpty())
            flushOutgoing(*c);
    });
    return id;
}

ChatController::Conversation *ChatController::find(ConversationId id)
{
    const auto it = m_conversations.constFind(id);
    return it == m_conversations.constEnd() ? nullptr : it->get();
}

const ChatController::Conversation *ChatController::find(ConversationId id) const
{
    const auto it = m_conversations.constFind(id);
    return it == m_conversations.constEnd() ? nullptr : it->get();
}

void ChatController::setState(Conversation &conversation, ConversationState state)
{
    if (conversation.state == state)
        return;
    conversation.state = state;
    emit stateChanged(conversation.id, state);
}

void ChatController::onSessionEstablished(ConversationId id)
{
    Conversation *c = find(id);
    if (!c || !c->session)
        return;
    net::PeerSession *session = c->session;
    PeerInfo &peer = c->peer;
    peer.displayName = session->peerHello().name.trimmed();
    peer.software = session->peerHello().software;
    peer.fingerprint = session->peerFingerprint();
    peer.safetyNumber = crypto::safetyNumber(m_myFingerprint, peer.fingerprint);
    peer.tlsProtocol = session->tlsProtocolName();
    peer.tlsCipher = session->tlsCipherName();

    std::optional<storage::KnownPeers::Peer> known;
    QList<storage::KnownPeers::Peer> conflicts;
    if (m_knownPeers) {
        known = m_knownPeers->find(peer.fingerprint);
        if (!known) {
            // Incoming connections come from ephemeral ports (and several people may share an
            // address), so only the name can reveal a changed key for them.
            const QString address = peer.incoming
                ? QString()
                : QStringLiteral("%1:%2").arg(peer.address).arg(peer.port);
            conflicts = m_knownPeers->conflicting(peer.displayName, address, peer.fingerprint);
        }
    }
    peer.known = known.has_value();
    peer.verified = known && known->verified;
    peer.confusableWith = confusableContact(peer);
    const bool expectedMatch = !c->expected.isNull() && c->expected == peer.fingerprint;

    if (known) {
        rememberPeer(*c);
        emit peerChanged(id);
        becomeReady(*c);
    } else if (!conflicts.isEmpty() && !expectedMatch) {
        peer.previousFingerprint = conflicts.constFirst().fingerprint;
        for (const auto &old : std::as_const(conflicts))
            c->replacedKeys.append(old.fingerprint);
        emit peerChanged(id);
        setState(*c, ConversationState::KeyChanged);
    } else if (peer.incoming || (m_confirmNewOutgoing && !expectedMatch)) {
        emit peerChanged(id);
        setState(*c, ConversationState::AwaitingApproval);
    } else {
        // Outgoing to a new peer: trust on first use. A fingerprint the user gave and the peer
        // matched counts as checked out of band.
        for (const auto &old : std::as_const(conflicts))
            c->replacedKeys.append(old.fingerprint);
        peer.verified = expectedMatch;
        for (const auto &old : std::as_const(c->replacedKeys)) {
            QString error;
            if (m_knownPeers && !m_knownPeers->forget(old, &error))
                emit warning(error);
        }
        peer.confusableWith = confusableContact(peer);
        rememberPeer(*c);
        emit peerChanged(id);
        becomeReady(*c);
    }
}

QString ChatController::confusableContact(const PeerInfo &peer) const
{
    if (!m_knownPeers || peer.displayName.isEmpty())
        return {};
    const QString skeleton = nameSkeleton(peer.displayName);
    const auto all = m_knownPeers->all();
    for (const auto &contact : all) {
        if (contact.fingerprint != peer.fingerprint && nameSkeleton(contact.name) == skeleton)
            return contact.name;
    }
    return {};
}

void ChatController::rememberPeer(Conversation &conversation)
{
    if (!m_knownPeers)
        return;
    PeerInfo &info = conversation.peer;
    storage::KnownPeers::Peer peer;
    const auto existing = m_knownPeers->find(info.fingerprint);
    if (existing)
        peer = *existing;
    peer.fingerprint = info.fingerprint;
    peer.name = info.displayName;
    peer.verified = peer.verified || info.verified;
    if (!info.incoming)
        peer.lastAddress = QStringLiteral("%1:%2").arg(info.address).arg(info.port);
    else if (!existing)
        peer.lastAddress = info.address;
    peer.lastSeen = QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_knownPeers->remember(peer, &error))
        emit warning(tr("Could not remember %1's key: %2").arg(info.displayName, error));
    else if (!existing && !peer.verified)
        info.known = false; // remembered now, but it was new in this conversation
}

void ChatController::becomeReady(Conversation &conversation)
{
    setState(conversation, ConversationState::Ready);
    const ConversationId id = conversation.id;
    const QList<net::Text> held = std::exchange(conversation.held, {});
    conversation.heldBytes = 0;
    for (const net::Text &text : held) {
        Conversation *c = find(id);
        if (!c || c->state != ConversationState::Ready)
            return;
        deliver(*c,
            ChatMessage { text.id, false, c->peer.displayName, text.body, text.time,
                DeliveryState::Delivered });
    }
    if (Conversation *c = find(id))
        flushOutgoing(*c);
}

void ChatController::flushOutgoing(Conversation &conversation)
{
    while (!conversation.queued.isEmpty() && conversation.session
        && conversation.state == ConversationState::Ready
        && conversation.session->bytesToWrite() < kMaxUnsentBytes) {
        const QString messageId = conversation.queued.takeFirst();
        ChatMessage *message = conversation.outgoing(messageId);
        if (!message)
            continue;
        if (!conversation.session->sendText(
                net::Text { message->id, message->body, message->time })) {
            conversation.queued.prepend(messageId);
            return;
        }
        message->delivery = DeliveryState::Sent;
        emit deliveryChanged(conversation.id, messageId, DeliveryState::Sent);
    }
}

void ChatController::onTextReceived(
    ConversationId id, const QString &messageId, const QString &body, const QDateTime &time)
{
    Conversation *c = find(id);
    if (!c)
        return;
    switch (c->state) {
    case ConversationState::Ready:
        deliver(*c,
            ChatMessage {
                messageId, false, c->peer.displayName, body, time, DeliveryState::Delivered });
        break;
    case ConversationState::AwaitingApproval:
    case ConversationState::KeyChanged:
        c->held.append(net::Text { messageId, body, time });
        c->heldBytes += body.size() * 2;
        if (c->held.size() > kMaxHeldMessages || c->heldBytes > kMaxHeldBytes) {
            c->session->close(QLatin1StringView(net::ByeReason::kRejected),
                tr("%1 sent too much before you accepted the conversation, so it was closed.")
                    .arg(c->peer.displayName),
                QStringLiteral("too many messages before approval"));
        }
        break;
    default:
        break;
    }
}

void ChatController::deliver(Conversation &conversation, const ChatMessage &message)
{
    if (conversation.session)
        conversation.session->sendReceipt(message.id);
    // TLS rules out replays; a repeated id is the peer's bug, shown once.
    if (conversation.receivedIds.contains(message.id))
        return;
    conversation.receivedIds.insert(message.id);
    appendToHistory(conversation, message);
    emit messageReceived(conversation.id, message);
}

void ChatController::appendToHistory(Conversation &conversation, const ChatMessage &message)
{
    conversation.messages.append(message);
    conversation.historyBytes += historyCost(message);
    m_totalHistoryBytes += historyCost(message);
    while (conversation.historyBytes > m_historyLimitBytes
        && dropOldestMessage(conversation, true)) { }
    trimTotalHistory();
}

bool ChatController::dropOldestMessage(Conversation &conversation, bool keepNewest)
{
    // Never a message still waiting to be sent, and (while the conversation is open) never
    // the newest.
    if (conversation.messages.isEmpty() || (keepNewest && conversation.messages.size() == 1)
        || conversation.messages.constFirst().delivery == DeliveryState::Sending)
        return false;
    const ChatMessage &oldest = conversation.messages.constFirst();
    conversation.historyBytes -= historyCost(oldest);
    m_totalHistoryBytes -= historyCost(oldest);
    if (oldest.outgoing)
        conversation.outgoingIndex.remove(oldest.id);
    else
        conversation.receivedIds.remove(oldest.id);
    conversation.messages.removeFirst();
    ++conversation.dropped;
    return true;
}

void ChatController::trimTotalHistory()
{
    if (m_totalHistoryBytes <= m_totalHistoryLimitBytes)
        return;
    for (const bool closed : { true, false }) {
        for (const ConversationId id : std::as_const(m_order)) {
            Conversation *c = find(id);
            if (!c || (c->state == ConversationState::Closed) != closed)
                continue;
            const qsizetype before = c->messages.size();
            while (m_totalHistoryBytes > m_totalHistoryLimitBytes
                && dropOldestMessage(*c, !closed)) { }
            if (closed && c->messages.size() != before)
                c->messages.squeeze();
            if (m_totalHistoryBytes <= m_totalHistoryLimitBytes)
                return;
        }
    }
}

void ChatController::setTotalHistoryLimitBytes(qint64 bytes)
{
    m_totalHistoryLimitBytes = bytes;
    trimTotalHistory();
}

qint64 ChatController::unsentBytes(ConversationId id) const
{
    const Conversation *c = find(id);
    return c && c->session ? c->session->bytesToWrite() : 0;
}

void ChatController::onReceiptReceived(ConversationId id, const QString &messageId)
{
    Conversation *c = find(id);
    if (!c)
        return;
    ChatMessage *message = c->outgoing(messageId);
    if (!message || message->delivery == DeliveryState::Delivered)
        return;
    message->delivery = DeliveryState::Delivered;
    emit deliveryChanged(id, messageId, DeliveryState::Delivered);
}

void ChatController::onSessionClosed(ConversationId id, const QString &reason)
{
    Conversation *c = find(id);
    if (!c)
        return;
    c->closeReason = reason;
    c->closeCause = c->session ? c->session->closeCause() : CloseCause::NetworkError;
    if (c->session)
        c->session->deleteLater();
    c->session = nullptr;
    c->held.clear();
    setState(*c, ConversationState::Closed);
    c = find(id);
    if (!c)
        return;
    const QList<QString> queued = std::exchange(c->queued, {});
    for (const QString &messageId : queued) {
        if (ChatMessage *message = c->outgoing(messageId)) {
            message->delivery = DeliveryState::Failed;
            emit deliveryChanged(id, messageId, DeliveryState::Failed);
        }
    }
    // Nothing can arrive for a closed conversation any more: keep only its messages.
    c->outgoingIndex = {};
    c->receivedIds = {};
    c->messages.squeeze();
    emit conversationClosed(id, reason);
    checkAllClosed();
}

QString ChatController::sendText(ConversationId id, const QString &body)
{
    Conversation *c = find(id);
    if (!c || c->state == ConversationState::Closed || !c->session
        || body.toUtf8().size() > net::kMaxTextBytes)
        return {};
    ChatMessage message;
    message.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.outgoing = true;
    message.senderName = m_me.displayName;
    message.body = body;
    message.time = QDateTime::currentDateTimeUtc();
    message.delivery = DeliveryState::Sending;
    if (c->state == ConversationState::Ready && c->queued.isEmpty()
        && c->session->bytesToWrite() < kMaxUnsentBytes
        && c->session->sendText(net::Text { message.id, message.body, message.time }))
        message.delivery = DeliveryState::Sent;
    else
        c->queued.append(message.id);
    c->outgoingIndex.insert(message.id, c->dropped + c->messages.size());
    appendToHistory(*c, message);
    emit messageSent(id, message);
    return message.id;
}

void ChatController::setTyping(ConversationId id, bool typing)
{
    Conversation *c = find(id);
    if (c && c->state == ConversationState::Ready && c->session)
        c->session->sendTyping(typing);
}

void ChatController::acceptPeer(ConversationId id)
{
    Conversation *c = find(id);
    if (!c || c->state != ConversationState::AwaitingApproval)
        return;
    rememberPeer(*c);
    emit peerChanged(id);
    becomeReady(*c);
}

void ChatController::rejectPeer(ConversationId id)
{
    Conversation *c = find(id);
    if (!c || !c->session
        || (c->state != ConversationState::AwaitingApproval
            && c->state != ConversationState::KeyChanged))
        return;
    c->session->close(QLatin1StringView(net::ByeReason::kRejected),
        tr("You declined the conversation with %1.").arg(c->peer.displayName),
        QStringLiteral("declined"));
}

void ChatController::acceptChangedKey(ConversationId id)
{
    Conversation *c = find(id);
    if (!c || c->state != ConversationState::KeyChanged)
        return;
    if (m_knownPeers) {
        for (const auto &old : std::as_const(c->replacedKeys)) {
            QString error;
            if (!m_knownPeers->forget(old, &error))
                emit warning(error);
        }
    }
    c->peer.verified = false;
    c->peer.confusableWith = confusableContact(c->peer); // the replaced contact is gone
    rememberPeer(*c);
    emit peerChanged(id);
    becomeReady(*c);
}

void ChatController::setVerified(ConversationId id, bool verified)
{
    Conversation *c = find(id);
    if (!c || c->peer.fingerprint.isNull())
        return;
    if (m_knownPeers && m_knownPeers->find(c->peer.fingerprint)) {
        QString error;
        if (!m_knownPeers->setVerified(c->peer.fingerprint, verified, &error)) {
            emit warning(error);
            return;
        }
    }
    c->peer.verified = verified;
    emit peerChanged(id);
}

void ChatController::closeConversation(ConversationId id)
{
    Conversation *c = find(id);
    if (!c || !c->session)
        return;
    c->session->close(
        QLatin1StringView(net::ByeReason::kClosed), tr("You closed the conversation."));
}

void ChatController::closeAll()
{
    m_closingAll = true;
    const QList<net::PeerSession *> pending = m_pendingIncoming;
    for (net::PeerSession *session : pending)
        session->abort(tr("SecureChat is closing."));
    for (const ConversationId id : std::as_const(m_order)) {
        Conversation *c = find(id);
        if (c && c->session)
            c->session->close(
                QLatin1StringView(net::ByeReason::kShutdown), tr("You closed all conversations."));
    }
    checkAllClosed();
}

void ChatController::checkAllClosed()
{
    if (!m_closingAll || !m_pendingIncoming.isEmpty())
        return;
    for (const auto &conversation : std::as_const(m_conversations)) {
        if (conversation->state != ConversationState::Closed)
            return;
    }
    m_closingAll = false;
    emit allClosed();
}

QList<ConversationId> ChatController::conversations() const
{
    return m_order;
}

ConversationState ChatController::state(ConversationId id) const
{
    const Conversation *c = find(id);
    return c ? c->state : ConversationState::Closed;
}

PeerInfo ChatController::peer(ConversationId id) const
{
    const Conversation *c = find(id);
    return c ? c->peer : PeerInfo();
}

QList<ChatMessage> ChatController::messages(ConversationId id) const
{
    const Conversation *c = find(id);
    return c ? c->messages : QList<ChatMessage>();
}

QString ChatController::closeReason(ConversationId id) const
{
    const Conversation *c = find(id);
    return c ? c->closeReason : QString();
}

CloseCause ChatController::closeCause(ConversationId id) const
{
    const Conversation *c = find(id);
    return c ? c->closeCause : CloseCause::None;
}

} // namespace securechat::chat
