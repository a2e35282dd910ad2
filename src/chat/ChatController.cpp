// SPDX-License-Identifier: MIT
#include "chat/ChatController.h"

#include "chat/PeerNames.h"
#include "chat/TrustPolicy.h"
#include "common/AppInfo.h"
#include "common/Logging.h"
#include "crypto/SafetyNumber.h"
#include "net/MessageCodec.h"
#include "net/PeerServer.h"
#include "net/PeerSession.h"
#include "net/Protocol.h"
#include "storage/HistoryStore.h"
#include "storage/InviteStore.h"

#include <QLocale>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QTimer>

namespace securechat::chat {

namespace {

// What an unapproved peer may send before the user decides; more closes the conversation.
constexpr int kMaxHeldMessages = 1000;
constexpr qint64 kMaxHeldBytes = 8 * net::kMaxTextBytes;
// At most this many received texts share one commit (and wait for it to be acknowledged).
constexpr qsizetype kMaxReceivedPerCommit = 512;
// Texts wait in the outbox while TLS has this much still to send, so a burst of large messages
// does not pile up in socket buffers.
constexpr qint64 kMaxUnsentBytes = net::PeerSession::kTextQueueBytes;
// Reasons of removed conversations kept for closeReason()/closeCause().
constexpr int kMaxEndedKept = 256;

net::PeerSession::Options sessionOptions(
    const crypto::Identity &me, const net::SessionTimeouts &timeouts)
{
    net::PeerSession::Options options;
    options.identity = me;
    options.timeouts = timeouts;
    options.software = QStringLiteral("%1 %2").arg(
        QLatin1StringView(appinfo::kName), QLatin1StringView(appinfo::kVersion));
    options.capabilities = { QStringLiteral("receipts"), QStringLiteral("typing"),
        QLatin1StringView(net::kApprovalCapability), QLatin1StringView(net::kHistoryCapability),
        QLatin1StringView(net::kInviteCapability), QLatin1StringView(net::kFilesCapability) };
    return options;
}

ChatMessage received(const net::Text &text, const QString &sender)
{
    ChatMessage message;
    message.id = text.id;
    message.senderName = sender;
    message.body = text.body;
    message.time = text.time;
    message.delivery = DeliveryState::Delivered;
    return message;
}

// Ends that say nothing about whether the peer is still there: worth trying again.
bool isTransient(CloseCause cause)
{
    return cause == CloseCause::NetworkError || cause == CloseCause::Timeout;
}

} // namespace

ChatController::ChatController(const crypto::Identity &me, storage::ContactStore *contacts,
    storage::HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_me(me)
    , m_myFingerprint(me.fingerprint())
    , m_contacts(contacts)
    , m_history(history)
    , m_purgeTimer(new QTimer(this))
    , m_files(new FileTransfers(this))
{
    connect(m_files, &FileTransfers::warning, this, &ChatController::warning);
    loadContacts();
    m_purgeTimer->setInterval(kPurgeIntervalMs);
    connect(m_purgeTimer, &QTimer::timeout, this, [this] { purgeExpiredHistory(); });
    if (m_history)
        m_purgeTimer->start();
}

ChatController::~ChatController()
{
    // Sessions are children; they must not call back into a half-destroyed controller.
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        it.key()->disconnect(this);
    for (net::PeerSession *session : std::as_const(m_pendingIncoming))
        session->disconnect(this);
}

void ChatController::loadContacts()
{
    if (!m_contacts)
        return;
    const auto all = m_contacts->all();
    for (const auto &contact : all) {
        Conversation &c = createConversation();
        fillFromContact(c, contact);
        c.state = ConversationState::Closed;
        QString error;
        if (!c.loadHistory(&error))
            emit warning(
                tr("The history with %1 could not be read: %2").arg(c.peer.shownName(), error));
        purgeExpired(c, QDateTime::currentDateTimeUtc());
    }
    qCInfo(lcChat) << "loaded" << all.size() << "contacts";
}

void ChatController::fillFromContact(Conversation &c, const storage::ContactStore::Contact &contact)
{
    c.isContact = true;
    c.peer.isContact = true;
    c.peer.known = true;
    c.peer.fingerprint = contact.fingerprint;
    c.peer.displayName = contact.name;
    c.peer.nickname = contact.nickname;
    c.peer.verified = contact.isVerified();
    c.peer.verifiedByInvite = contact.verification == storage::ContactStore::Verification::Invite;
    c.peer.lastSeen = contact.lastSeen;
    c.peer.safetyNumber = crypto::safetyNumber(m_myFingerprint, contact.fingerprint);
    if (!contact.addresses.isEmpty() && c.peer.address.isEmpty()) {
        c.peer.address = contact.addresses.constFirst().host;
        c.peer.port = contact.addresses.constFirst().port;
        c.peer.incoming = !contact.addresses.constFirst().weConnected;
    }
    for (const auto &address : contact.addresses) {
        if (address.weConnected) {
            c.lastSessionOutgoing = address == contact.addresses.constFirst();
            break;
        }
    }
    m_byContact.insert(contact.fingerprint, c.id());
    applyRetention(c);
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
            reason = tr("The address %1 does not belong to this computer, so SecureChat cannot "
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

void ChatController::setExternalAddress(const QHostAddress &address, quint16 port)
{
    m_external = { address, port, HostAddress::Reach::External };
}

QList<HostAddress> ChatController::hostAddresses() const
{
    if (!isListening())
        return {};
    return rankHostAddresses(listeningAddresses(), listeningPort(), m_external);
}

std::optional<crypto::Invite> ChatController::createInvite(qint64 validitySeconds, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!m_invites)
        return fail(tr("Invites cannot be made without a profile to keep them in."));
    if (!isListening())
        return fail(tr("An invite is only useful while you host: start hosting first."));
    QList<crypto::InviteAddress> addresses;
    for (const HostAddress &entry : hostAddresses()) {
        if (entry.reach != HostAddress::Reach::LinkLocal)
            addresses.append({ entry.address, entry.port });
    }
    if (addresses.isEmpty())
        return fail(tr("This computer has no network address a peer could connect to. Connect "
                       "to a network, or host on all addresses, and try again."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const crypto::Invite invite = crypto::Invite::create(
        m_myFingerprint, m_me.displayName, addresses, now.addSecs(validitySeconds));
    QString reason;
    if (!m_invites->add(invite, now, &reason))
        return fail(tr("The invite could not be remembered, so it would not work: %1").arg(reason));
    qCInfo(lcChat) << "invite issued with" << invite.addresses.size() << "addresses, valid for"
                   << validitySeconds << "s";
    return invite;
}

ConversationId ChatController::connectWithInvite(const crypto::Invite &invite)
{
    if (invite.addresses.isEmpty() || invite.hostFingerprint.isNull())
        return 0;
    Conversation *c = contactConversation(invite.hostFingerprint);
    if (c && c->session)
        return c->id(); // already connected or connecting
    if (!c) {
        c = &createConversation();
        c->peer.displayName = invite.hostName;
        c->state = ConversationState::Connecting;
        emit conversationAdded(c->id());
    }
    c->expected = invite.hostFingerprint;
    c->inviteSecret = invite.secret;
    c->untriedAddresses = invite.addresses;
    tryNextAddress(*c);
    return c->id();
}

bool ChatController::tryNextAddress(Conversation &c)
{
    if (c.untriedAddresses.isEmpty())
        return false;
    const crypto::InviteAddress next = c.untriedAddresses.takeFirst();
    c.peer.address = next.address.toString();
    c.peer.port = next.port;
    emit addressAttempted(c.id(), c.peer.address, next.port, false);
    startOutgoing(c, c.peer.address, next.port, c.expected);
    return true;
}

void ChatController::setHistoryLimitBytes(qint64 bytes)
{
    m_cacheLimitBytes = bytes;
    for (auto &entry : m_conversations)
        entry.second->cacheLimitBytes = bytes;
}

void ChatController::setTotalHistoryLimitBytes(qint64 bytes)
{
    m_totalLimitBytes = bytes;
    trimTotalHistory();
}

qint64 ChatController::totalHistoryBytes() const
{
    qint64 total = 0;
    for (const auto &entry : m_conversations)
        total += entry.second->cachedBytes();
    return total;
}

void ChatController::trimTotalHistory()
{
    qint64 total = totalHistoryBytes();
    if (total <= m_totalLimitBytes)
        return;
    for (const bool offline : { true, false }) {
        for (const ConversationId id : std::as_const(m_order)) {
            Conversation *c = find(id);
            if (!c || (c->session == nullptr) != offline)
                continue;
            while (total > m_totalLimitBytes) {
                const qint64 before = c->cachedBytes();
                if (!c->dropOldest(!offline))
                    break;
                total -= before - c->cachedBytes();
            }
            if (total <= m_totalLimitBytes)
                return;
        }
    }
}

qint64 ChatController::unsentBytes(ConversationId id) const
{
    const Conversation *c = find(id);
    return c && c->session ? c->session->bytesToWrite() : 0;
}

QString ChatController::confusableContact(const PeerInfo &peer) const
{
    if (!m_contacts || peer.displayName.isEmpty())
        return {};
    const QString skeleton = nameSkeleton(peer.displayName);
    const auto all = m_contacts->all();
    for (const auto &contact : all) {
        if (contact.fingerprint != peer.fingerprint && nameSkeleton(contact.name) == skeleton)
            return contact.name;
    }
    return {};
}

Conversation &ChatController::createConversation()
{
    const ConversationId id = m_nextId++;
    auto conversation = std::make_unique<Conversation>(id);
    Conversation &c = *conversation;
    c.cacheLimitBytes = m_cacheLimitBytes;
    m_conversations.emplace(id, std::move(conversation));
    m_order.append(id);
    return c;
}

ConversationId ChatController::resolve(ConversationId id) const
{
    // Merges chain at most a few times (attempt -> request -> contact).
    for (int hops = 0; hops < 8; ++hops) {
        const auto merged = m_mergedInto.constFind(id);
        if (merged == m_mergedInto.cend())
            return id;
        id = *merged;
    }
    return id;
}

Conversation *ChatController::find(ConversationId id)
{
    const auto it = m_conversations.find(resolve(id));
    return it == m_conversations.end() ? nullptr : it->second.get();
}

const Conversation *ChatController::find(ConversationId id) const
{
    const auto it = m_conversations.find(resolve(id));
    return it == m_conversations.end() ? nullptr : it->second.get();
}

Conversation *ChatController::contactConversation(const crypto::Fingerprint &fingerprint)
{
    const auto it = m_byContact.constFind(fingerprint);
    return it == m_byContact.cend() ? nullptr : find(*it);
}

ConversationId ChatController::conversationOf(const crypto::Fingerprint &contact) const
{
    return m_byContact.value(contact, 0);
}

void ChatController::removeConversation(ConversationId id, ConversationId mergedInto)
{
    const auto it = m_conversations.find(id);
    if (it == m_conversations.end())
        return;
    Conversation &c = *it->second;
    if (c.isContact && m_byContact.value(c.peer.fingerprint) == id)
        m_byContact.remove(c.peer.fingerprint);
    if (mergedInto) {
        m_mergedInto.insert(id, mergedInto);
    } else {
        m_ended.insert(id, Ended { c.closeReason, c.closeCause });
        m_endedOrder.append(id);
        while (m_endedOrder.size() > kMaxEndedKept)
            m_ended.remove(m_endedOrder.takeFirst());
    }
    if (c.reconnectTimer)
        c.reconnectTimer->deleteLater();
    m_backoff.remove(id);
    m_conversations.erase(it);
    m_order.removeOne(id);
    emit conversationRemoved(id, mergedInto);
}

ConversationId ChatController::connectToPeer(
    const QString &host, quint16 port, const crypto::Fingerprint &expected)
{
    Conversation *c = expected.isNull() ? nullptr : contactConversation(expected);
    if (c && c->session)
        return c->id(); // already connected or connecting
    if (!c) {
        c = &createConversation();
        c->peer.address = host;
        c->peer.port = port;
        c->state = ConversationState::Connecting;
        emit conversationAdded(c->id());
    }
    startOutgoing(*c, host, port, expected);
    return c->id();
}

net::PeerSession *ChatController::startOutgoing(
    Conversation &c, const QString &host, quint16 port, const crypto::Fingerprint &expected)
{
    if (c.reconnectTimer)
        c.reconnectTimer->stop();
    net::PeerSession::Options options = sessionOptions(m_me, m_timeouts);
    options.expectedFingerprint = expected;
    options.inviteSecret = c.inviteSecret;
    auto *session = new net::PeerSession(options, this);
    c.expected = expected;
    c.peer.incoming = false;
    c.closeReason.clear();
    c.closeCause = CloseCause::None;
    attach(c, session);
    setState(c, ConversationState::Connecting);
    qCInfo(lcChat) << "connecting to" << host << port;
    session->connectToHost(host, port);
    return session;
}

bool ChatController::connectNow(ConversationId id, QString *error)
{
    Conversation *c = find(id);
    if (!c || !c->isContact) {
        if (error)
            *error = tr("Only a contact can be reconnected to.");
        return false;
    }
    if (c->session)
        return true;
    const auto address = lastDialled(*c);
    if (!address) {
        if (error)
            *error = tr("%1 has always connected to you; there is no address to connect to. "
                        "Ask them to connect again, or connect to their address.")
                         .arg(c->peer.shownName());
        return false;
    }
    m_backoff[c->id()].reset();
    c->peer.address = address->host;
    c->peer.port = address->port;
    startOutgoing(*c, address->host, address->port, c->peer.fingerprint);
    return true;
}

void ChatController::setConversationOpen(ConversationId id, bool open)
{
    if (Conversation *c = find(id))
        c->open = open;
}

bool ChatController::isReconnectScheduled(ConversationId id) const
{
    const Conversation *c = find(id);
    return c && c->reconnectTimer && c->reconnectTimer->isActive();
}

qsizetype ChatController::openSessions() const
{
    qsizetype count = m_pendingIncoming.size();
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (it.key()->state() != net::PeerSession::State::Closed)
            ++count;
    }
    return count;
}

std::optional<storage::ContactStore::Address> ChatController::lastDialled(
    const Conversation &c) const
{
    if (!m_contacts || !c.isContact)
        return std::nullopt;
    const auto contact = m_contacts->find(c.peer.fingerprint);
    if (!contact)
        return std::nullopt;
    for (const auto &address : contact->addresses) {
        if (address.weConnected)
            return address;
    }
    return std::nullopt;
}

bool ChatController::wantsReconnect(const Conversation &c) const
{
    return c.isContact && c.lastSessionOutgoing && !m_closingAll && isTransient(c.closeCause)
        && (c.open || !c.outbox().isEmpty());
}

void ChatController::scheduleReconnect(Conversation &c)
{
    if (!wantsReconnect(c) || c.session)
        return;
    if (!c.reconnectTimer) {
        c.reconnectTimer = new QTimer(this);
        c.reconnectTimer->setSingleShot(true);
        const ConversationId id = c.id();
        connect(c.reconnectTimer, &QTimer::timeout, this, [this, id] {
            Conversation *conversation = find(id);
            if (conversation && !conversation->session && wantsReconnect(*conversation)) {
                const auto address = lastDialled(*conversation);
                if (address)
                    startOutgoing(*conversation, address->host, address->port,
                        conversation->peer.fingerprint);
            }
        });
    }
    if (c.reconnectTimer->isActive())
        return;
    const int delay = std::max(1,
        int(m_backoff[c.id()].nextDelayMs(QRandomGenerator::global()->generateDouble())
            * m_reconnectScale));
    c.reconnectTimer->start(delay);
    qCInfo(lcChat) << "reconnecting to" << shortFingerprint(c.peer.fingerprint) << "in" << delay
                   << "ms";
    emit reconnectScheduled(c.id(), delay);
}

void ChatController::attach(Conversation &c, net::PeerSession *session)
{
    c.session = session;
    m_sessions.insert(session, c.id());
    connect(
        session, &net::PeerSession::stateChanged, this, [this, session](net::PeerSession::State s) {
            Conversation *conversation = owner(session);
            if (conversation && conversation->session == session
                && conversation->state == ConversationState::Connecting
                && (s == net::PeerSession::State::Handshaking
                    || s == net::PeerSession::State::AwaitingHello))
                setState(*conversation, ConversationState::Handshaking);
        });
    connect(session, &net::PeerSession::encrypted, this, [this, session] {
        Conversation *conversation = owner(session);
        if (!conversation || conversation->session != session)
            return;
        conversation->peer.fingerprint = session->peerFingerprint();
        conversation->peer.safetyNumber
            = crypto::safetyNumber(m_myFingerprint, conversation->peer.fingerprint);
        conversation->peer.tlsProtocol = session->tlsProtocolName();
        conversation->peer.tlsCipher = session->tlsCipherName();
        emit peerChanged(conversation->id());
    });
    if (session->role() == net::PeerSession::Role::Client)
        connect(session, &net::PeerSession::established, this,
            [this, session] { onSessionEstablished(session); });
    connect(session, &net::PeerSession::textReceived, this,
        [this, session](const net::Text &text) { onTextReceived(session, text); });
    connect(session, &net::PeerSession::receiptReceived, this,
        [this, session](const QString &messageId) { onReceiptReceived(session, messageId); });
    connect(session, &net::PeerSession::typingReceived, this, [this, session](bool typing) {
        const Conversation *conversation = owner(session);
        if (conversation && conversation->session == session
            && conversation->state == ConversationState::Ready)
            emit peerTyping(conversation->id(), typing);
    });
    connect(session, &net::PeerSession::approvalReceived, this,
        [this, session](const QString &state) { onApprovalReceived(session, state); });
    connect(session, &net::PeerSession::historyNoticeReceived, this, [this, session](bool kept) {
        Conversation *conversation = owner(session);
        if (!conversation || conversation->session != session
            || conversation->peer.peerKeepsHistory == kept)
            return;
        conversation->peer.peerKeepsHistory = kept;
        emit peerChanged(conversation->id());
    });
    connect(session, &net::PeerSession::closed, this,
        [this, session](const QString &reason) { onSessionClosed(session, reason); });
    connect(session, &net::PeerSession::writeProgress, this, [this, session] {
        Conversation *conversation = owner(session);
        if (!conversation || conversation->session != session)
            return;
        if (!conversation->unsent.isEmpty())
            flushOutgoing(*conversation);
        // Texts first: a chunk goes out only when the connection has nothing else to write.
        if (conversation->unsent.isEmpty() && conversation->isContact)
            m_files->pump(conversation->peer.fingerprint);
    });
    connect(session, &net::PeerSession::pongReceived, this, [this, session](quint64 nonce) {
        const Conversation *conversation = owner(session);
        if (conversation && conversation->session == session && conversation->isContact)
            m_files->onPong(conversation->peer.fingerprint, nonce);
    });
    connect(session, &net::PeerSession::fileMessageReceived, this,
        [this, session](const net::Message &message) {
            const Conversation *conversation = owner(session);
            if (conversation && conversation->session == session && conversation->isContact
                && conversation->state == ConversationState::Ready)
                m_files->handleMessage(conversation->peer.fingerprint, message);
        });
}

Conversation *ChatController::owner(net::PeerSession *session)
{
    const auto it = m_sessions.constFind(session);
    return it == m_sessions.cend() ? nullptr : find(*it);
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
        onSessionEstablished(session);
    });
    connect(session, &net::PeerSession::closed, this, [this, session](const QString &reason) {
        m_pendingIncoming.removeOne(session);
        const QString address = session->peerAddress();
        session->deleteLater();
        qCInfo(lcChat) << "incoming connection from" << address << "dropped, cause"
                       << int(session->closeCause());
        emit incomingFailed(address, reason);
        checkAllClosed();
    });
}

void ChatController::updatePeerFromSession(Conversation &c, net::PeerSession *session)
{
    PeerInfo &peer = c.peer;
    peer.displayName = session->peerHello().name.trimmed();
    peer.software = session->peerHello().software;
    peer.fingerprint = session->peerFingerprint();
    peer.safetyNumber = crypto::safetyNumber(m_myFingerprint, peer.fingerprint);
    peer.tlsProtocol = session->tlsProtocolName();
    peer.tlsCipher = session->tlsCipherName();
    peer.incoming = session->role() == net::PeerSession::Role::Server;
    peer.confusableWith = confusableContact(peer);
    peer.peerKeepsHistory.reset(); // until this session's peer says
    if (peer.incoming) {
        peer.address = session->peerAddress();
        peer.port = session->peerPort();
    }
}

void ChatController::onSessionEstablished(net::PeerSession *session)
{
    const bool incoming = session->role() == net::PeerSession::Role::Server;
    Conversation *attempt = incoming ? nullptr : owner(session);
    if (!incoming && !attempt)
        return;
    if (attempt && !attempt->inviteSecret.isEmpty()) {
        attempt->untriedAddresses.clear();
        emit addressAttempted(attempt->id(), attempt->peer.address, attempt->peer.port, true);
    }

    TrustFacts facts;
    facts.fingerprint = session->peerFingerprint();
    facts.name = session->peerHello().name.trimmed();
    facts.incoming = incoming;
    if (!incoming) {
        facts.host = attempt->peer.address;
        facts.port = attempt->peer.port;
        facts.expected = attempt->expected;
    }
    facts.confirmNewOutgoing = m_confirmNewOutgoing;
    if (m_contacts)
        facts.contacts = m_contacts->all();
    const TrustDecision decision = decideTrust(facts);
    qCInfo(lcChat) << "session with" << shortFingerprint(facts.fingerprint)
                   << (incoming ? "incoming" : "outgoing") << "trust" << int(decision.verdict);

    switch (decision.verdict) {
    case TrustVerdict::Known: {
        Conversation *contact = contactConversation(facts.fingerprint);
        if (!contact)
            return;
        if (attempt && attempt != contact && attempt->session == session) {
            // An attempt to an address that turned out to be a contact's: one conversation.
            m_sessions.insert(session, contact->id());
            attempt->session = nullptr;
            adoptOutbox(*attempt, *contact);
            removeConversation(attempt->id(), contact->id());
        }
        if (!keepsOnlyOneSession(*contact, session))
            return;
        if (incoming)
            attach(*contact, session);
        contact->session = session;
        m_sessions.insert(session, contact->id());
        contact->closeReason.clear();
        contact->closeCause = CloseCause::None;
        updatePeerFromSession(*contact, session);
        contact->peer.known = true;
        contact->lastSessionOutgoing = !incoming;
        if (decision.matchedExpected && !contact->peer.verified) {
            if (attempt && !attempt->inviteSecret.isEmpty())
                verifyByInvite(*contact);
            else
                setVerified(contact->id(), true);
        }
        // A contact is let in by its key; an invite it also holds only adds the verification.
        if (incoming && redeemInvite(*contact, session) && !contact->peer.verified)
            verifyByInvite(*contact);
        contact->peer.inviteProblem.clear();
        noteAddress(*contact);
        emit peerChanged(contact->id());
        becomeReady(*contact);
        return;
    }
    case TrustVerdict::TrustOnFirstUse: {
        Conversation &c = *attempt;
        updatePeerFromSession(c, session);
        c.lastSessionOutgoing = true;
        if (!decision.previous.isNull()) {
            // The user named this key before connecting: it replaces the contact's old one.
            Conversation *old = contactConversation(decision.previous);
            c.replaces = decision.previous;
            if (old) {
                mergeInto(c, *old, true);
                return;
            }
        }
        if (!makeContact(c, verificationOf(c)))
            return;
        emit peerChanged(c.id());
        becomeReady(c);
        return;
    }
    case TrustVerdict::AskUser:
    case TrustVerdict::KeyChanged: {
        Conversation *c = attempt;
        if (incoming) {
            c = &createConversation();
            attach(*c, session);
        }
        updatePeerFromSession(*c, session);
        if (incoming && redeemInvite(*c, session)) {
            // Whoever holds the invite is the person it was given to: a contact of its own,
            // even when its name is a contact's (it did not claim that contact's key).
            emit conversationAdded(c->id());
            makeContact(*c, storage::ContactStore::Verification::Invite);
            QString error;
            emit noteAdded(c->id(),
                c->addNote(ChatMessage::Kind::Verified,
                    tr("%1 came with your invite, so they were let in and marked as verified by "
                       "invite.")
                        .arg(c->peer.displayName),
                    &error));
            emit peerChanged(c->id());
            becomeReady(*c);
            return;
        }
        c->replaces = decision.previous;
        c->peer.previousFingerprint = decision.previous;
        if (incoming)
            emit conversationAdded(c->id());
        emit peerChanged(c->id());
        holdHere(*c,
            decision.verdict == TrustVerdict::KeyChanged ? ConversationState::KeyChanged
                                                         : ConversationState::AwaitingApproval);
        return;
    }
    }
}

// When a contact has two sessions (both sides connected at once, or a reconnect raced an old
// session that has not noticed it died), both sides keep the same one: the session opened by
// the side with the lower fingerprint; of two opened by the same side, the newer. Returns
// false when the new session is the one to go.
bool ChatController::keepsOnlyOneSession(Conversation &contact, net::PeerSession *incoming)
{
    net::PeerSession *current = contact.session;
    if (!current || current == incoming || !current->isEstablished())
        return true;
    const auto opener = [this](net::PeerSession *s) {
        return s->role() == net::PeerSession::Role::Client ? m_myFingerprint : s->peerFingerprint();
    };
    const crypto::Fingerprint currentOpener = opener(current);
    const crypto::Fingerprint newOpener = opener(incoming);
    const bool keepNew = currentOpener == newOpener || newOpener.toHex() < currentOpener.toHex();
    net::PeerSession *loser = keepNew ? current : incoming;
    qCInfo(lcChat) << "two sessions with" << shortFingerprint(contact.peer.fingerprint)
                   << "; keeping the" << (keepNew ? "new" : "existing") << "one";
    m_sessions.remove(loser);
    loser->disconnect(this);
    connect(loser, &net::PeerSession::closed, loser, &QObject::deleteLater);
    loser->close(QLatin1StringView(net::ByeReason::kDuplicate),
        tr("Replaced by another connection."),
        QStringLiteral("another session with you is already open"));
    if (keepNew) {
        contact.session = nullptr;
        // Whatever the old session had not confirmed goes out again on the new one.
        contact.unsent = contact.outbox();
    }
    return keepNew;
}

storage::ContactStore::Verification ChatController::verificationOf(const Conversation &c) const
{
    if (c.expected.isNull() || c.expected != c.peer.fingerprint)
        return storage::ContactStore::Verification::None;
    return c.inviteSecret.isEmpty() ? storage::ContactStore::Verification::SafetyNumber
                                    : storage::ContactStore::Verification::Invite;
}

bool ChatController::redeemInvite(Conversation &c, net::PeerSession *session)
{
    const QByteArray proof = session->peerHello().inviteProof;
    c.peer.inviteProblem.clear();
    if (proof.isEmpty())
        return false;
    const QString name = session->peerHello().name.trimmed();
    if (!m_invites) {
        c.peer.inviteProblem
            = tr("%1 presented an invite, but this profile keeps no invites.").arg(name);
        return false;
    }
    const auto result = m_invites->redeem(
        proof, m_myFingerprint, session->peerFingerprint(), QDateTime::currentDateTimeUtc());
    const QString when
        = QLocale().toString(result.invite.usedAt.toLocalTime(), QLocale::ShortFormat);
    qCInfo(lcChat) << "invite from" << shortFingerprint(session->peerFingerprint()) << "outcome"
                   << int(result.outcome);
    switch (result.outcome) {
    case storage::InviteStore::Outcome::Accepted:
        return true;
    case storage::InviteStore::Outcome::Used:
        c.peer.inviteProblem
            = tr("%1 presented an invite that was already used (on %2). An invite works once: "
                 "accept only if you know who this is.")
                  .arg(name, when);
        break;
    case storage::InviteStore::Outcome::Expired:
        c.peer.inviteProblem
            = tr("%1 presented an invite that expired on %2. Accept only if you know who this "
                 "is, or send them a new invite.")
                  .arg(name,
                      QLocale().toString(
                          result.invite.expires.toLocalTime(), QLocale::ShortFormat));
        break;
    case storage::InviteStore::Outcome::Unknown:
        c.peer.inviteProblem
            = tr("%1 presented an invite that you did not make (forged, or made by another "
                 "profile). Accept only if you know who this is.")
                  .arg(name);
        break;
    case storage::InviteStore::Outcome::Unavailable:
        c.peer.inviteProblem
            = tr("%1 presented an invite, but your invites could not be checked: %2")
                  .arg(name, result.error);
        break;
    }
    return false;
}

void ChatController::verifyByInvite(Conversation &c)
{
    if (m_contacts && c.isContact) {
        if (auto contact = m_contacts->find(c.peer.fingerprint)) {
            contact->verification = storage::ContactStore::Verification::Invite;
            QString error;
            if (!m_contacts->update(*contact, &error))
                emit warning(error);
        }
    }
    c.peer.verified = true;
    c.peer.verifiedByInvite = true;
    QString error;
    emit noteAdded(c.id(),
        c.addNote(ChatMessage::Kind::Verified,
            tr("%1 is verified by invite: their key is the one the invite named.")
                .arg(c.peer.shownName()),
            &error));
    emit peerChanged(c.id());
}

bool ChatController::makeContact(Conversation &c, storage::ContactStore::Verification verification)
{
    const bool verified = verification != storage::ContactStore::Verification::None;
    c.isContact = true;
    c.peer.isContact = true;
    c.peer.verified = verified;
    c.peer.verifiedByInvite = verification == storage::ContactStore::Verification::Invite;
    c.peer.lastSeen = QDateTime::currentDateTimeUtc();
    m_byContact.insert(c.peer.fingerprint, c.id());
    if (m_contacts) {
        storage::ContactStore::Contact contact;
        contact.fingerprint = c.peer.fingerprint;
        contact.name = c.peer.displayName;
        contact.verification = verification;
        contact.firstSeen = contact.lastSeen = c.peer.lastSeen;
        QString error;
        if (const auto existing = m_contacts->find(contact.fingerprint)) {
            contact = *existing; // moved here from a replaced key
            if (verified)
                contact.verification = verification;
            contact.name = c.peer.displayName;
            if (!m_contacts->update(contact, &error))
                emit warning(error);
            c.peer.nickname = contact.nickname;
        } else if (!m_contacts->add(contact, &error)) {
            emit warning(tr("Could not remember %1's key: %2").arg(c.peer.displayName, error));
        }
    }
    applyRetention(c);
    noteAddress(c);
    return true;
}

void ChatController::noteAddress(Conversation &c)
{
    if (!m_contacts || !c.isContact)
        return;
    storage::ContactStore::Address address;
    address.host = c.peer.address;
    address.port = c.peer.incoming ? quint16(0) : c.peer.port;
    address.weConnected = !c.peer.incoming;
    address.at = QDateTime::currentDateTimeUtc();
    c.peer.lastSeen = address.at;
    auto contact = m_contacts->find(c.peer.fingerprint);
    if (!contact)
        return;
    QString error;
    if (contact->name != c.peer.displayName && !c.peer.displayName.isEmpty()) {
        contact->name = c.peer.displayName;
        if (!m_contacts->update(*contact, &error))
            emit warning(error);
    }
    if (!address.host.isEmpty() && !m_contacts->noteAddress(c.peer.fingerprint, address, &error))
        emit warning(error);
}

// Moves a held request (from) into the contact's lasting conversation (into): the contact
// takes the new key when keyChanged, keeps its history and says so inline.
void ChatController::mergeInto(Conversation &from, Conversation &into, bool keyChanged)
{
    net::PeerSession *session = from.session;
    const crypto::Fingerprint oldKey = into.peer.fingerprint;
    const crypto::Fingerprint newKey = from.peer.fingerprint;
    if (into.session && into.session != session) {
        net::PeerSession *old = into.session;
        m_sessions.remove(old);
        old->disconnect(this);
        connect(old, &net::PeerSession::closed, old, &QObject::deleteLater);
        old->close(QLatin1StringView(net::ByeReason::kClosed), tr("Replaced by the new key."));
    }
    if (keyChanged && oldKey != newKey) {
        QString error;
        if (m_history && !m_history->renameContact(oldKey, newKey, &error))
            emit warning(tr("The history with %1 could not be moved to the new key: %2")
                             .arg(into.peer.shownName(), error));
        if (m_contacts) {
            auto contact = m_contacts->find(oldKey).value_or(storage::ContactStore::Contact {});
            contact.fingerprint = newKey;
            contact.name = from.peer.displayName;
            contact.verification = verificationOf(from);
            contact.keyChanges.append({ oldKey, QDateTime::currentDateTimeUtc() });
            if (!m_contacts->remove(oldKey, &error) || !m_contacts->add(contact, &error))
                emit warning(
                    tr("Could not remember %1's new key: %2").arg(from.peer.displayName, error));
        }
        m_files->moveContact(oldKey, newKey);
        m_byContact.remove(oldKey);
        m_byContact.insert(newKey, into.id());
    }
    const QString nickname = into.peer.nickname;
    into.peer = from.peer;
    into.peer.nickname = nickname;
    into.peer.isContact = true;
    into.peer.known = true;
    into.peer.verified = from.expected == newKey;
    into.peer.verifiedByInvite
        = verificationOf(from) == storage::ContactStore::Verification::Invite;
    into.peer.previousFingerprint = {};
    adoptOutbox(from, into);
    into.held = std::exchange(from.held, {});
    into.heldBytes = std::exchange(from.heldBytes, 0);
    into.expected = from.expected;
    into.heldHere = from.heldHere;
    into.lastSessionOutgoing = !from.peer.incoming;
    into.closeReason.clear();
    into.closeCause = CloseCause::None;
    into.session = session;
    if (session)
        m_sessions.insert(session, into.id());
    from.session = nullptr;
    if (keyChanged && oldKey != newKey) {
        QString error;
        emit noteAdded(into.id(),
            into.addNote(ChatMessage::Kind::KeyChanged,
                tr("%1's key changed on %2. The new fingerprint is %3.")
                    .arg(into.peer.displayName,
                        QLocale().toString(QDate::currentDate(), QLocale::LongFormat),
                        newKey.grouped()),
                &error));
    }
    removeConversation(from.id(), into.id());
    into.peer.confusableWith = confusableContact(into.peer); // the replaced contact is gone
    noteAddress(into);
    emit peerChanged(into.id());
    becomeReady(into);
}

// What was written in an attempt or request before it turned out to be a contact's goes into
// the contact's conversation, in order, as if written there.
void ChatController::adoptOutbox(Conversation &from, Conversation &into)
{
    const QList<QString> ids = from.outbox();
    for (const QString &messageId : ids) {
        const ChatMessage *message = from.outgoing(messageId);
        if (!message)
            continue;
        QString error;
        ChatMessage adopted = *message;
        if (!into.addOutgoing(adopted, &error))
            emit warning(
                tr("A message to %1 could not be saved: %2").arg(into.peer.shownName(), error));
    }
}

void ChatController::setState(Conversation &c, ConversationState state)
{
    if (c.state == state)
        return;
    c.state = state;
    emit stateChanged(c.id(), state);
}

// Holds a session for the user's decision, and tells the peer so when it understands it.
void ChatController::holdHere(Conversation &c, ConversationState state)
{
    c.heldHere = true;
    if (c.session)
        c.session->sendApproval(QLatin1StringView(state == ConversationState::KeyChanged
                ? net::ApprovalState::kKeyChangePending
                : net::ApprovalState::kAwaitingApproval));
    setState(c, state);
}

void ChatController::onApprovalReceived(net::PeerSession *session, const QString &state)
{
    Conversation *c = owner(session);
    if (!c || c->session != session)
        return;
    const HeldByPeer held = state == QLatin1StringView(net::ApprovalState::kAwaitingApproval)
        ? HeldByPeer::AwaitingApproval
        : state == QLatin1StringView(net::ApprovalState::kKeyChangePending)
        ? HeldByPeer::KeyChangePending
        : HeldByPeer::No;
    if (c->peer.heldByPeer == held)
        return;
    c->peer.heldByPeer = held;
    qCInfo(lcChat) << "held by" << shortFingerprint(c->peer.fingerprint) << ":" << state;
    const ConversationId id = c->id();
    emit heldByPeerChanged(id, held);
    emit peerChanged(id);
    if (held == HeldByPeer::No) {
        if (Conversation *again = find(id))
            flushOutgoing(*again);
        if (Conversation *again = find(id))
            attachFiles(*again);
    }
}

void ChatController::becomeReady(Conversation &c)
{
    m_backoff[c.id()].reset();
    c.inviteSecret.clear(); // spent: reconnections need no proof
    c.untriedAddresses.clear();
    if (c.heldHere && c.session)
        c.session->sendApproval(QLatin1StringView(net::ApprovalState::kAccepted));
    c.heldHere = false;
    announceHistory(c);
    setState(c, ConversationState::Ready);
    const ConversationId id = c.id();
    Conversation *conversation = find(id);
    if (!conversation || conversation->state != ConversationState::Ready)
        return;
    const QList<net::Text> held = std::exchange(conversation->held, {});
    conversation->heldBytes = 0;
    for (const net::Text &text : held) {
        conversation = find(id);
        if (!conversation || conversation->state != ConversationState::Ready)
            return;
        deliver(*conversation, received(text, conversation->peer.displayName));
    }
    conversation = find(id);
    if (!conversation)
        return;
    // Everything without a receipt goes out again, in order; the peer drops what it already
    // has by id.
    conversation->unsent = conversation->outbox();
    flushOutgoing(*conversation);
    attachFiles(*conversation);
}

void ChatController::attachFiles(Conversation &c)
{
    if (c.isContact && c.session && c.state == ConversationState::Ready
        && c.peer.heldByPeer == HeldByPeer::No)
        m_files->attachSession(c.peer.fingerprint, c.session);
}

void ChatController::flushOutgoing(Conversation &c)
{
    // While the peer's user has not accepted us, texts stay queued here rather than wait,
    // looking sent, in the peer's memory.
    while (!c.unsent.isEmpty() && c.session && c.state == ConversationState::Ready
        && c.peer.heldByPeer == HeldByPeer::No && c.session->bytesToWrite() < kMaxUnsentBytes) {
        const QString messageId = c.unsent.constFirst();
        const ChatMessage *message = c.outgoing(messageId);
        if (!message) {
            c.unsent.removeFirst();
            continue;
        }
        if (!c.session->sendText(net::Text { message->id, message->body, message->time }))
            return;
        c.unsent.removeFirst();
        QString error;
        if (c.setDelivery(messageId, DeliveryState::Sent, &error))
            emit deliveryChanged(c.id(), messageId, DeliveryState::Sent);
        if (!error.isEmpty())
            emit warning(error);
    }
}

void ChatController::onTextReceived(net::PeerSession *session, const net::Text &text)
{
    Conversation *c = owner(session);
    if (!c || c->session != session)
        return;
    switch (c->state) {
    case ConversationState::Ready:
        receiveSoon(*c, received(text, c->peer.displayName));
        break;
    case ConversationState::AwaitingApproval:
    case ConversationState::KeyChanged:
        c->held.append(text);
        c->heldBytes += text.body.size() * 2;
        if (c->held.size() > kMaxHeldMessages || c->heldBytes > kMaxHeldBytes) {
            session->close(QLatin1StringView(net::ByeReason::kRejected),
                tr("%1 sent too much before you accepted the conversation, so it was closed.")
                    .arg(c->peer.displayName),
                QStringLiteral("too many messages before approval"));
        }
        break;
    default:
        break;
    }
}

// Texts that arrive in one event-loop turn (typically one read from the socket) are committed
// in one transaction, then acknowledged: one commit per burst instead of one per text. A
// conversation kept only in memory has nothing to commit, so its texts are delivered at once.
void ChatController::receiveSoon(Conversation &c, const ChatMessage &message)
{
    if (!c.isPersistent() && c.arriving.isEmpty()) {
        deliver(c, message);
        return;
    }
    c.arriving.append(message);
    if (c.arriving.size() >= kMaxReceivedPerCommit) {
        deliverArriving(c);
        return;
    }
    if (c.arrivingScheduled)
        return;
    c.arrivingScheduled = true;
    const ConversationId id = c.id();
    QMetaObject::invokeMethod(
        this,
        [this, id] {
            if (Conversation *conversation = find(id)) {
                conversation->arrivingScheduled = false;
                deliverArriving(*conversation);
            }
        },
        Qt::QueuedConnection);
}

void ChatController::deliverArriving(Conversation &c)
{
    QList<ChatMessage> batch = std::exchange(c.arriving, {});
    if (batch.isEmpty())
        return;
    QString error;
    const QList<Conversation::Received> results = c.receiveAll(batch, &error);
    const ConversationId id = c.id();
    bool warned = false;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        Conversation *conversation = find(id);
        if (!conversation)
            return;
        const bool failed = results.at(i) == Conversation::Received::Failed;
        acknowledge(*conversation, batch.at(i), results.at(i), error, !warned);
        warned = warned || failed;
    }
}

// Nothing is acknowledged before it is committed: the receipt goes out only once the text is
// in the history (or, for a conversation kept in memory, in memory).
void ChatController::deliver(Conversation &c, const ChatMessage &message)
{
    QString error;
    ChatMessage stored = message;
    const Conversation::Received result = c.receive(stored, &error);
    acknowledge(c, stored, result, error, true);
}

void ChatController::acknowledge(Conversation &c, const ChatMessage &message,
    Conversation::Received result, const QString &error, bool warnWhenFailed)
{
    switch (result) {
    case Conversation::Received::New:
        if (c.session)
            c.session->sendReceipt(message.id);
        trimTotalHistory();
        emit messageReceived(c.id(), message);
        break;
    case Conversation::Received::Duplicate:
        if (c.session)
            c.session->sendReceipt(message.id);
        break;
    case Conversation::Received::Conflict:
        if (c.session)
            c.session->sendReceipt(message.id);
        qCWarning(lcChat) << "a message id came again with another body; the first is kept";
        emit warning(tr("%1 sent a message again with different text; the first version is kept.")
                         .arg(c.peer.shownName()));
        break;
    case Conversation::Received::Failed:
        if (!warnWhenFailed)
            break;
        qCWarning(lcChat) << "could not store a received message:" << error;
        emit warning(tr("A message from %1 could not be saved, so it was not accepted: %2. "
                        "It will arrive again when there is room (for example after you free "
                        "disk space).")
                         .arg(c.peer.shownName(), error));
        break;
    }
}

void ChatController::onReceiptReceived(net::PeerSession *session, const QString &messageId)
{
    Conversation *c = owner(session);
    if (!c)
        return;
    QString error;
    if (c->setDelivery(messageId, DeliveryState::Delivered, &error))
        emit deliveryChanged(c->id(), messageId, DeliveryState::Delivered);
    if (!error.isEmpty())
        emit warning(error);
}

void ChatController::onSessionClosed(net::PeerSession *session, const QString &reason)
{
    Conversation *c = owner(session);
    m_sessions.remove(session);
    session->deleteLater();
    if (!c || c->session != session) {
        checkAllClosed();
        return;
    }
    // An invite's address that did not answer: on to the next one.
    if (!c->untriedAddresses.isEmpty() && session->peerFingerprint().isNull()
        && isTransient(session->closeCause())) {
        qCInfo(lcChat) << "no answer at" << c->peer.address << c->peer.port << "; trying the next";
        c->session = nullptr;
        tryNextAddress(*c);
        return;
    }
    c->closeReason = reason;
    c->closeCause = session->closeCause();
    c->session = nullptr;
    c->heldHere = false;
    c->peer.heldByPeer = HeldByPeer::No;
    c->held.clear();
    c->heldBytes = 0;
    qCInfo(lcChat) << "session with" << shortFingerprint(c->peer.fingerprint) << "ended,"
                   << int(c->closeCause);
    const ConversationId id = c->id();
    if (c->isContact)
        m_files->detachSession(c->peer.fingerprint);
    if (c->isContact) {
        c->peer.lastSeen = QDateTime::currentDateTimeUtc();
        c->unsent = c->outbox();
        setState(*c, ConversationState::Closed);
        emit conversationClosed(id, reason);
        if (Conversation *again = find(id))
            scheduleReconnect(*again);
    } else {
        // An attempt or a request that never became a contact: its texts can go nowhere.
        for (const QString &messageId : c->outbox()) {
            QString error;
            if (c->setDelivery(messageId, DeliveryState::Failed, &error))
                emit deliveryChanged(id, messageId, DeliveryState::Failed);
        }
        setState(*c, ConversationState::Closed);
        emit conversationClosed(id, reason);
        removeConversation(id, 0);
    }
    checkAllClosed();
}

QString ChatController::sendText(ConversationId id, const QString &body)
{
    Conversation *c = find(id);
    if (!c || (!c->isContact && c->state == ConversationState::Closed)
        || body.toUtf8().size() > net::kMaxTextBytes)
        return {};
    ChatMessage message;
    message.id = m_messageIds.next();
    message.outgoing = true;
    message.senderName = m_me.displayName;
    message.body = body;
    message.time = QDateTime::currentDateTimeUtc();
    message.delivery = DeliveryState::Queued;
    QString error;
    if (!c->addOutgoing(message, &error)) {
        emit warning(tr("The message was not sent because it could not be saved: %1").arg(error));
        return {};
    }
    trimTotalHistory();
    emit messageSent(c->id(), message);
    if (c->state == ConversationState::Ready)
        flushOutgoing(*c);
    else if (c->isContact && !c->session && c->lastSessionOutgoing)
        scheduleReconnect(*c);
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
    if (!c || c->state != ConversationState::AwaitingApproval || !c->session)
        return;
    // A peer whose name matches an old contact's is still a new person (a KeyChanged would have
    // been raised otherwise); it becomes a contact of its own.
    makeContact(*c, verificationOf(*c));
    emit peerChanged(c->id());
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
    Conversation *old = contactConversation(c->replaces);
    if (!old || old == c) {
        // A contact this run has no conversation for (added meanwhile by another program on
        // the same profile): it moves to the new key all the same.
        QString error;
        if (m_contacts && m_contacts->find(c->replaces)
            && !m_contacts->replaceKey(
                c->replaces, c->peer.fingerprint, c->peer.displayName, &error))
            emit warning(tr("Could not remember %1's new key: %2").arg(c->peer.displayName, error));
        if (m_history && !m_history->renameContact(c->replaces, c->peer.fingerprint, &error))
            emit warning(error);
        m_files->moveContact(c->replaces, c->peer.fingerprint);
        makeContact(*c, storage::ContactStore::Verification::None);
        c->peer.confusableWith = confusableContact(c->peer);
        emit peerChanged(c->id());
        becomeReady(*c);
        return;
    }
    mergeInto(*c, *old, true);
}

void ChatController::setVerified(ConversationId id, bool verified)
{
    Conversation *c = find(id);
    if (!c || c->peer.fingerprint.isNull())
        return;
    if (m_contacts && c->isContact) {
        if (auto contact = m_contacts->find(c->peer.fingerprint)) {
            contact->verification = verified ? storage::ContactStore::Verification::SafetyNumber
                                             : storage::ContactStore::Verification::None;
            QString error;
            if (!m_contacts->update(*contact, &error)) {
                emit warning(error);
                return;
            }
        }
    }
    if (c->peer.verified == verified)
        return;
    c->peer.verified = verified;
    c->peer.verifiedByInvite = false;
    if (c->isContact && verified) {
        QString error;
        emit noteAdded(c->id(),
            c->addNote(ChatMessage::Kind::Verified,
                tr("You marked %1 as verified: the safety numbers matched.")
                    .arg(c->peer.shownName()),
                &error));
    }
    emit peerChanged(c->id());
}

bool ChatController::setNickname(ConversationId id, const QString &nickname, QString *error)
{
    Conversation *c = find(id);
    if (!c || !c->isContact)
        return false;
    c->peer.nickname = nickname.simplified();
    if (m_contacts) {
        if (auto contact = m_contacts->find(c->peer.fingerprint)) {
            contact->nickname = c->peer.nickname;
            if (!m_contacts->update(*contact, error))
                return false;
        }
    }
    emit peerChanged(c->id());
    return true;
}

bool ChatController::deleteHistory(ConversationId id, QString *error)
{
    Conversation *c = find(id);
    if (!c)
        return false;
    if (m_history && c->isContact) {
        storage::HistoryStore::Error failure;
        if (!m_history->deleteContactHistory(c->peer.fingerprint, &failure)) {
            if (error)
                *error = failure.message;
            return false;
        }
    }
    c->clear();
    emit peerChanged(c->id());
    emit historyChanged(c->id());
    return true;
}

ChatController::Retention ChatController::retention(ConversationId id) const
{
    const Conversation *c = find(id);
    if (!c || !c->isContact || !m_contacts)
        return { storage::ContactStore::Retention::Default, 0 };
    const auto contact = m_contacts->find(c->peer.fingerprint);
    if (!contact)
        return { storage::ContactStore::Retention::Default, 0 };
    return { contact->retention, contact->retentionDays };
}

ChatController::Retention ChatController::effectiveRetention(ConversationId id) const
{
    const Conversation *c = find(id);
    if (!c || !c->isContact)
        return { storage::ContactStore::Retention::KeepNothing, 0 };
    const Retention own = retention(id);
    if (own.mode == storage::ContactStore::Retention::Default
        || (own.mode == storage::ContactStore::Retention::KeepDays
            && !storage::ContactStore::isValidRetentionDays(own.days)))
        return m_defaultRetention;
    return own;
}

void ChatController::setDefaultRetention(const Retention &retention)
{
    using Mode = storage::ContactStore::Retention;
    Retention chosen = retention;
    if (chosen.mode == Mode::Default
        || (chosen.mode == Mode::KeepDays
            && !storage::ContactStore::isValidRetentionDays(chosen.days)))
        chosen = Retention();
    if (chosen.mode != Mode::KeepDays)
        chosen.days = 0;
    m_defaultRetention = chosen;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<ConversationId> order = m_order;
    for (const ConversationId id : order) {
        if (Conversation *c = find(id); c && c->isContact) {
            applyRetention(*c);
            purgeExpired(*c, now);
        }
    }
}

bool ChatController::setRetention(
    ConversationId id, storage::ContactStore::Retention mode, int days, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    Conversation *c = find(id);
    if (!c || !c->isContact)
        return fail(tr("Only a contact's history can be kept: accept the peer first."));
    if (mode == storage::ContactStore::Retention::KeepDays
        && !storage::ContactStore::isValidRetentionDays(days))
        return fail(tr("Messages can be kept for 1 to %1 days; choose a number in that range.")
                        .arg(storage::ContactStore::kMaxRetentionDays));
    auto contact = m_contacts ? m_contacts->find(c->peer.fingerprint) : std::nullopt;
    if (!contact)
        return fail(tr("%1 is not in your contacts file, so the choice cannot be remembered. "
                       "Check that the profile folder can be written to, then try again.")
                        .arg(c->peer.shownName()));
    contact->retention = mode;
    contact->retentionDays = mode == storage::ContactStore::Retention::KeepDays ? days : 0;
    if (!m_contacts->update(*contact, error))
        return false;
    applyRetention(*c);
    purgeExpired(*c, QDateTime::currentDateTimeUtc());
    emit peerChanged(c->id());
    return true;
}

qint64 ChatController::purgeExpiredHistory(const QDateTime &now)
{
    qint64 total = 0;
    bool failed = false;
    const QList<ConversationId> order = m_order;
    for (const ConversationId id : order) {
        Conversation *c = find(id);
        if (!c || !c->isContact)
            continue;
        const qint64 removed = purgeExpired(*c, now);
        if (removed < 0)
            failed = true;
        else
            total += removed;
    }
    return failed ? -1 : total;
}

void ChatController::applyRetention(Conversation &c)
{
    c.setHistory(m_history,
        c.isContact
            && effectiveRetention(c.id()).mode != storage::ContactStore::Retention::KeepNothing);
    announceHistory(c);
}

void ChatController::announceHistory(Conversation &c)
{
    if (!c.session || !c.session->isEstablished())
        return;
    const bool kept = c.isPersistent();
    if (c.historyAnnouncedTo == c.session && c.historyAnnounced == kept)
        return;
    if (c.session->sendHistoryNotice(kept)) {
        c.historyAnnouncedTo = c.session;
        c.historyAnnounced = kept;
    }
}

qint64 ChatController::purgeExpired(Conversation &c, const QDateTime &now)
{
    const Retention applied = effectiveRetention(c.id());
    if (!m_history || !c.isContact || applied.mode != storage::ContactStore::Retention::KeepDays)
        return 0;
    storage::HistoryStore::Error failure;
    const qint64 removed
        = m_history->purgeOlderThan(c.peer.fingerprint, now.addDays(-applied.days), &failure);
    if (removed < 0) {
        emit warning(tr("Messages with %1 older than %2 days could not be deleted: %3")
                         .arg(c.peer.shownName())
                         .arg(applied.days)
                         .arg(failure.message));
        return -1;
    }
    if (removed > 0) {
        qCInfo(lcChat) << "retention deleted" << removed << "messages";
        QString error;
        if (!c.loadHistory(&error))
            emit warning(
                tr("The history with %1 could not be read: %2").arg(c.peer.shownName(), error));
        emit historyChanged(c.id());
    }
    return removed;
}

bool ChatController::removeContact(ConversationId id, QString *error)
{
    Conversation *c = find(id);
    if (!c || !c->isContact)
        return false;
    const crypto::Fingerprint fingerprint = c->peer.fingerprint;
    if (!deleteHistory(c->id(), error))
        return false;
    if (m_contacts && m_contacts->find(fingerprint) && !m_contacts->remove(fingerprint, error))
        return false;
    c->isContact = false;
    c->peer.isContact = false;
    m_byContact.remove(fingerprint);
    if (c->session) {
        // Removed when the session has closed.
        c->session->close(
            QLatin1StringView(net::ByeReason::kClosed), tr("You removed this contact."));
        return true;
    }
    c->closeCause = CloseCause::ClosedHere;
    c->closeReason = tr("You removed this contact.");
    removeConversation(c->id(), 0);
    return true;
}

void ChatController::closeConversation(ConversationId id)
{
    Conversation *c = find(id);
    if (!c)
        return;
    if (c->reconnectTimer)
        c->reconnectTimer->stop();
    if (!c->session)
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
    const QList<ConversationId> order = m_order;
    for (const ConversationId id : order) {
        Conversation *c = find(id);
        if (!c)
            continue;
        if (c->reconnectTimer)
            c->reconnectTimer->stop();
        if (c->session)
            c->session->close(
                QLatin1StringView(net::ByeReason::kShutdown), tr("You closed all conversations."));
    }
    checkAllClosed();
}

void ChatController::checkAllClosed()
{
    if (!m_closingAll || !m_pendingIncoming.isEmpty())
        return;
    for (const auto &entry : m_conversations) {
        if (entry.second->session)
            return;
    }
    // Sessions replaced by another one may still be saying goodbye.
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (it.key()->state() != net::PeerSession::State::Closed)
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

namespace {
void fillSenderNames(QList<ChatMessage> &messages, const QString &me, const QString &peer)
{
    for (ChatMessage &message : messages) {
        if (message.kind == ChatMessage::Kind::Text && message.senderName.isEmpty())
            message.senderName = message.outgoing ? me : peer;
    }
}
} // namespace

QList<ChatMessage> ChatController::messages(ConversationId id) const
{
    const Conversation *c = find(id);
    if (!c)
        return {};
    QList<ChatMessage> result = c->messages();
    fillSenderNames(result, m_me.displayName, c->peer.displayName);
    return result;
}

QList<ChatMessage> ChatController::storedMessages(
    ConversationId id, qint64 seq, bool older, int limit)
{
    const Conversation *c = find(id);
    if (!c)
        return {};
    QString error;
    QList<ChatMessage> result = c->storedPage(seq, older, limit, &error);
    if (!error.isEmpty())
        emit warning(
            tr("The history with %1 could not be read: %2").arg(c->peer.shownName(), error));
    fillSenderNames(result, m_me.displayName, c->peer.displayName);
    return result;
}

QString ChatController::closeReason(ConversationId id) const
{
    if (const Conversation *c = find(id))
        return c->closeReason;
    return m_ended.value(resolve(id)).reason;
}

CloseCause ChatController::closeCause(ConversationId id) const
{
    if (const Conversation *c = find(id))
        return c->session ? CloseCause::None : c->closeCause;
    return m_ended.value(resolve(id)).cause;
}

bool ChatController::keepsHistory(ConversationId id) const
{
    const Conversation *c = find(id);
    return c && c->isPersistent();
}

} // namespace securechat::chat
