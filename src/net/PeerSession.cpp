// SPDX-License-Identifier: MIT
#include "net/PeerSession.h"

#include "common/Logging.h"
#include "crypto/CertificateKey.h"
#include "crypto/Invite.h"
#include "net/MessageCodec.h"
#include "net/Protocol.h"

#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

namespace securechat::net {

namespace {

// Socket read buffer: a flooding peer meets TCP back-pressure instead of filling memory.
constexpr qint64 kReadBufferBytes = 4 * kMaxFrameBytes;
constexpr qint64 kReadChunkBytes = 64 * 1024;

QString seconds(int ms)
{
    return QString::number((ms + 999) / 1000);
}

QString sanitized(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text)
        result.append(c.category() == QChar::Other_Control ? QChar(u' ') : c);
    return result.trimmed();
}

CloseCause causeOfBye(const QString &code, bool sentHere)
{
    if (code == QLatin1StringView(ByeReason::kRejected))
        return sentHere ? CloseCause::DeclinedHere : CloseCause::DeclinedByPeer;
    if (code == QLatin1StringView(ByeReason::kProtocolError)
        || code == QLatin1StringView(ByeReason::kUnsupportedVersion))
        return CloseCause::ProtocolError;
    if (code == QLatin1StringView(ByeReason::kTimeout))
        return CloseCause::Timeout;
    return sentHere ? CloseCause::ClosedHere : CloseCause::ClosedByPeer;
}

} // namespace

PeerSession::PeerSession(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_socket(new QSslSocket(this))
    , m_handshakeTimer(new QTimer(this))
    , m_helloTimer(new QTimer(this))
    , m_firstBytesTimer(new QTimer(this))
    , m_pingTimer(new QTimer(this))
    , m_silenceTimer(new QTimer(this))
    , m_frameTimer(new QTimer(this))
    , m_writeStallTimer(new QTimer(this))
    , m_closeTimer(new QTimer(this))
    , m_codec(kMaxFrameBytes)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_3);
    config.setLocalCertificate(m_options.identity.sslCertificate());
    config.setPrivateKey(m_options.identity.sslKey());
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Trust comes from pinned fingerprints, never from the system's certificate authorities.
    config.setCaCertificates({});
    m_socket->setSslConfiguration(config);
    m_socket->setReadBufferSize(kReadBufferBytes);

    // Each deadline is armed for the moment it falls due (a repeating coarse tick checked
    // against elapsed time would fire up to a whole period late).
    for (QTimer *timer : { m_handshakeTimer, m_helloTimer, m_firstBytesTimer, m_pingTimer,
             m_silenceTimer, m_frameTimer, m_writeStallTimer, m_closeTimer }) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }

    connect(m_socket, &QSslSocket::connected, this, [this] {
        disableNagle();
        setState(State::Handshaking);
    });
    connect(m_socket, &QSslSocket::encrypted, this, &PeerSession::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &PeerSession::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &PeerSession::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &PeerSession::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &PeerSession::onDisconnected);
    connect(m_socket, &QSslSocket::bytesWritten, this, &PeerSession::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this] {
        // On the accepting side the first bytes out answer the peer's ClientHello.
        if (m_role == Role::Server && m_state == State::Handshaking && !m_tlsAnswered) {
            m_tlsAnswered = true;
            m_firstBytesTimer->stop();
            markProgress();
        }
        onBytesWritten();
    });

    connect(m_handshakeTimer, &QTimer::timeout, this, [this] {
        abort(tr("The secure connection was not set up within %1 seconds.")
                  .arg(seconds(m_options.timeouts.handshakeMs)),
            CloseCause::Timeout);
    });
    connect(m_helloTimer, &QTimer::timeout, this, [this] {
        close(QLatin1StringView(ByeReason::kTimeout),
            tr("The peer did not introduce itself within %1 seconds.")
                .arg(seconds(m_options.timeouts.helloMs)),
            QStringLiteral("no hello received in time"));
    });
    connect(m_firstBytesTimer, &QTimer::timeout, this, [this] {
        abort(tr("The secure connection was not set up within %1 seconds: the peer sent no "
                 "TLS greeting.")
                  .arg(seconds(m_options.timeouts.firstBytesMs)),
            CloseCause::Timeout);
    });
    connect(m_pingTimer, &QTimer::timeout, this, &PeerSession::onPingDue);
    connect(m_silenceTimer, &QTimer::timeout, this, &PeerSession::onSilence);
    connect(m_frameTimer, &QTimer::timeout, this, [this] {
        close(QLatin1StringView(ByeReason::kTimeout),
            tr("%1 took more than %2 seconds to send one message, so the conversation was "
               "closed.")
                .arg(peerLabel(), seconds(m_options.timeouts.frameMs)),
            QStringLiteral("a frame took too long to arrive"));
    });
    connect(m_writeStallTimer, &QTimer::timeout, this, [this] {
        close(QLatin1StringView(ByeReason::kTimeout),
            tr("%1 stopped reading what this side sends for %2 seconds, so the conversation "
               "was closed.")
                .arg(peerLabel(), seconds(m_options.timeouts.writeStallMs)),
            QStringLiteral("you did not read for too long"));
    });
    connect(m_closeTimer, &QTimer::timeout, this, [this] {
        m_socket->abort();
        finish();
    });
}

PeerSession::~PeerSession()
{
    // Destroyed without closing (e.g. application shutdown): drop the connection quietly.
    m_socket->disconnect(this);
    m_socket->abort();
}

void PeerSession::connectToHost(const QString &host, quint16 port)
{
    if (m_state != State::Idle)
        return;
    m_role = Role::Client;
    m_host = host;
    m_port = port;
    m_lastProgress.start();
    setState(State::Connecting);
    startHandshakeTimer();
    qCDebug(lcNet) << "connecting to" << host << port;
    m_socket->connectToHostEncrypted(host, port);
}

void PeerSession::acceptSocket(qintptr socketDescriptor)
{
    if (m_state != State::Idle)
        return;
    m_role = Role::Server;
    setState(State::Handshaking);
    if (!m_socket->setSocketDescriptor(socketDescriptor)) {
        abort(
            tr("The incoming connection could not be taken over: %1").arg(m_socket->errorString()),
            CloseCause::NetworkError);
        return;
    }
    QHostAddress address = m_socket->peerAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4);
    m_host = address.toString();
    m_port = m_socket->peerPort();
    disableNagle();
    m_lastProgress.start();
    startHandshakeTimer();
    m_firstBytesTimer->start(m_options.timeouts.firstBytesMs);
    m_socket->startServerEncryption();
}

QString PeerSession::peerAddress() const
{
    return m_host;
}

quint16 PeerSession::peerPort() const
{
    return m_port;
}

QString PeerSession::tlsProtocolName() const
{
    if (!m_socket->isEncrypted())
        return {};
    switch (m_socket->sessionProtocol()) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return tr("unexpected TLS version");
    }
}

QString PeerSession::tlsCipherName() const
{
    return m_socket->isEncrypted() ? m_socket->sessionCipher().name() : QString();
}

qint64 PeerSession::bytesToWrite() const
{
    // QSslSocket moves written data into its TCP socket's buffer (encrypted) at once, so what
    // a peer that does not read leaves waiting is mostly counted there.
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

bool PeerSession::hasHandshakeProgress() const
{
    // Bytes read but not yet processed, or an answer not yet written, count as progress too:
    // the peer has spoken.
    return m_tlsAnswered || m_socket->encryptedBytesAvailable() > 0
        || m_socket->encryptedBytesToWrite() > 0;
}

bool PeerSession::sendText(const Text &text)
{
    if (m_state != State::Established || !MessageCodec::isValidId(text.id)
        || text.body.toUtf8().size() > kMaxTextBytes)
        return false;
    return sendMessage(text);
}

bool PeerSession::sendReceipt(const QString &id)
{
    if (m_state != State::Established || !MessageCodec::isValidId(id))
        return false;
    return sendControl(Receipt { id });
}

bool PeerSession::sendHistoryNotice(bool kept)
{
    if (m_state != State::Established || !peerHasCapability(QLatin1StringView(kHistoryCapability)))
        return false;
    // Sent when a session starts and when the user changes retention: a handful per session.
    return sendMessage(HistoryNotice { kept });
}

bool PeerSession::sendApproval(const QString &state)
{
    if (m_state != State::Established || !peerHasCapability(QLatin1StringView(kApprovalCapability)))
        return false;
    // A handful per session at most: not subject to the control-queue bound.
    return sendMessage(Approval { state });
}

bool PeerSession::sendFileMessage(const Message &message)
{
    if (m_state != State::Established || !isFileMessage(message)
        || !peerHasCapability(QLatin1StringView(kFilesCapability)))
        return false;
    return sendMessage(message);
}

quint64 PeerSession::sendProbe()
{
    if (m_state != State::Established || !sendMessage(Ping { ++m_pingNonce }))
        return 0;
    return m_pingNonce;
}

bool PeerSession::peerHasCapability(const QString &capability) const
{
    return m_peerHello.capabilities.contains(capability);
}

bool PeerSession::sendTyping(bool active)
{
    if (m_state != State::Established)
        return false;
    return sendMessage(Typing { active });
}

void PeerSession::close(
    const QString &reasonCode, const QString &localReason, const QString &peerMessage)
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    const CloseCause cause = causeOfBye(reasonCode, true);
    if (m_state != State::AwaitingHello && m_state != State::Established) {
        abort(localReason, cause);
        return;
    }
    setReasonOnce(localReason, cause);
    sendMessage(Bye { reasonCode, peerMessage.left(kMaxReasonMessageBytes / 4) });
    beginClosing();
}

void PeerSession::abort(const QString &reason, CloseCause cause)
{
    if (m_state == State::Closed)
        return;
    setReasonOnce(reason, cause);
    m_socket->abort();
    finish();
}

void PeerSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void PeerSession::startHandshakeTimer()
{
    m_handshakeTimer->start(m_options.timeouts.handshakeMs);
}

void PeerSession::onEncrypted()
{
    m_handshakeTimer->stop();
    m_firstBytesTimer->stop();
    m_tlsAnswered = true;
    markProgress();
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    if (m_socket->sessionProtocol() != QSsl::TlsV1_3) {
        abort(tr("The peer negotiated an older TLS version; only TLS 1.3 is accepted."),
            CloseCause::TlsFailure);
        return;
    }
    m_peerCertificate = m_socket->peerCertificate();
    const crypto::CertificateKey key = crypto::CertificateKey::fromCertificate(m_peerCertificate);
    if (m_peerCertificate.isNull() || key.isNull()) {
        abort(tr("The peer presented no usable certificate, so it cannot be identified."),
            CloseCause::TlsFailure);
        return;
    }
    if (!key.isAcceptableIdentityKey()) {
        abort(keyRefusal(key), CloseCause::TlsFailure);
        return;
    }
    m_peerFingerprint = crypto::Fingerprint::ofSubjectPublicKeyInfo(key.subjectPublicKeyInfo());
    const crypto::Fingerprint &expected = m_options.expectedFingerprint;
    if (m_role == Role::Client && !expected.isNull() && expected != m_peerFingerprint) {
        abort(tr("The host presented the key %1, but you expected %2. Someone may be "
                 "intercepting the connection, so nothing was sent.")
                  .arg(m_peerFingerprint.grouped(), expected.grouped()),
            CloseCause::FingerprintMismatch);
        return;
    }
    setState(State::AwaitingHello);
    emit encrypted();
    if (m_state != State::AwaitingHello)
        return;
    Hello hello;
    hello.version = kProtocolVersion;
    hello.name = m_options.identity.displayName.trimmed().left(64);
    if (hello.name.isEmpty())
        hello.name = QStringLiteral("?");
    hello.software = m_options.software.left(kMaxSoftwareBytes / 4);
    hello.capabilities = m_options.capabilities;
    if (m_role == Role::Client && !m_options.inviteSecret.isEmpty())
        hello.inviteProof = crypto::Invite::proof(
            m_options.inviteSecret, m_peerFingerprint, m_options.identity.fingerprint());
    sendMessage(hello);
    m_helloTimer->start(m_options.timeouts.helloMs);
    onReadyRead();
}

void PeerSession::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate presented = m_socket->peerCertificate();
    QList<QSslError> expected;
    QStringList refused;
    for (const QSslError &error : errors) {
        const bool selfSigned = error.error() == QSslError::SelfSignedCertificate;
        // Certificates name people, not hosts: the connecting side always sees this one.
        const bool hostName
            = error.error() == QSslError::HostNameMismatch && m_role == Role::Client;
        if (!presented.isNull() && error.certificate() == presented && (selfSigned || hostName))
            expected.append(error);
        else
            refused.append(error.errorString());
    }
    if (presented.isNull()) {
        setReasonOnce(tr("The peer presented no certificate, so it cannot be identified."),
            CloseCause::TlsFailure);
        return;
    }
    // Refused before the handshake completes, so TLS tells the peer too.
    const crypto::CertificateKey key = crypto::CertificateKey::fromCertificate(presented);
    if (!key.isAcceptableIdentityKey()) {
        setReasonOnce(keyRefusal(key), CloseCause::TlsFailure);
        return;
    }
    if (!refused.isEmpty()) {
        // Not ignoring makes Qt fail the handshake; the reason set here is what the user sees.
        setReasonOnce(
            tr("The peer's certificate was refused: %1").arg(refused.join(QStringLiteral("; "))),
            CloseCause::TlsFailure);
        return;
    }
    m_socket->ignoreSslErrors(expected);
}

void PeerSession::onReadyRead()
{
    if (m_state == State::Closing || m_state == State::Closed) {
        m_socket->readAll();
        return;
    }
    // Nothing is read before the peer is identified (TLS up, fingerprint known).
    const auto reading = [this] {
        return m_state == State::AwaitingHello || m_state == State::Established;
    };
    if (!reading())
        return;
    m_readPaused = false;
    for (;;) {
        bool completed = false;
        while (reading()) {
            // A peer that does not read its receipts is not read either (TCP back-pressure).
            if (m_heldReceipts.size() >= kMaxHeldReceipts) {
                m_readPaused = true;
                break;
            }
            const std::optional<QByteArray> frame = m_codec.next();
            if (!frame)
                break;
            completed = true;
            handleFrame(*frame);
        }
        if (m_codec.hasError()) {
            protocolError(m_codec.error());
            return;
        }
        if (!reading())
            return;
        // Only a complete frame is a sign of life; a frame must arrive within frameMs of
        // its first byte.
        if (completed)
            armSilenceClock();
        if (m_readPaused) {
            // Not hearing from the peer is this side's choice now; the write-stall deadline
            // decides instead.
            m_pingTimer->stop();
            m_silenceTimer->stop();
        }
        if (m_codec.pendingBytes() == 0 || m_readPaused)
            m_frameTimer->stop();
        else if (completed || !m_frameTimer->isActive())
            m_frameTimer->start(m_options.timeouts.frameMs);
        if (m_readPaused)
            return;
        const QByteArray chunk = m_socket->read(kReadChunkBytes);
        if (chunk.isEmpty())
            return;
        m_codec.append(chunk);
    }
}

void PeerSession::armSilenceClock()
{
    if (m_state != State::Established)
        return;
    m_pingTimer->start(m_options.timeouts.pingIntervalMs);
    m_silenceTimer->start(m_options.timeouts.silenceMs);
}

void PeerSession::handleFrame(const QByteArray &payload)
{
    MessageCodec::Decoded decoded = MessageCodec::decode(payload);
    if (!decoded.message) {
        protocolError(decoded.error);
        return;
    }
    const Message &message = *decoded.message;
    if (m_state == State::AwaitingHello) {
        const Hello *hello = std::get_if<Hello>(&message);
        if (!hello) {
            if (const Bye *bye = std::get_if<Bye>(&message)) {
                handlePeerBye(*bye);
                return;
            }
            protocolError(tr("a %1 message before the hello").arg(MessageCodec::typeName(message)));
            return;
        }
        m_helloTimer->stop();
        m_peerHello = *hello;
        if (hello->version != kProtocolVersion) {
            close(QLatin1StringView(ByeReason::kUnsupportedVersion),
                tr("The peer speaks protocol version %1, this program speaks version %2. One of "
                   "you needs another version of SecureChat.")
                    .arg(hello->version)
                    .arg(kProtocolVersion),
                QStringLiteral("this peer speaks protocol version %1 only").arg(kProtocolVersion));
            return;
        }
        setState(State::Established);
        markProgress();
        qCInfo(lcNet) << "session established with" << peerAddress()
                      << m_peerFingerprint.toHex().left(8) << m_socket->sessionProtocol()
                      << m_socket->sessionCipher().name() << "peer software" << m_peerHello.software
                      << "capabilities" << m_peerHello.capabilities;
        emit established();
        return;
    }
    handleMessage(message);
}

void PeerSession::handleMessage(const Message &message)
{
    if (const Text *text = std::get_if<Text>(&message)) {
        emit textReceived(*text);
    } else if (const Receipt *receipt = std::get_if<Receipt>(&message)) {
        emit receiptReceived(receipt->id);
    } else if (const Typing *typing = std::get_if<Typing>(&message)) {
        emit typingReceived(typing->active);
    } else if (const Ping *ping = std::get_if<Ping>(&message)) {
        sendControl(Pong { ping->nonce });
    } else if (const Pong *pong = std::get_if<Pong>(&message)) {
        // Receiving it already reset the silence clock.
        emit pongReceived(pong->nonce);
    } else if (const Bye *bye = std::get_if<Bye>(&message)) {
        handlePeerBye(*bye);
    } else if (const Approval *approval = std::get_if<Approval>(&message)) {
        emit approvalReceived(approval->state);
    } else if (const HistoryNotice *notice = std::get_if<HistoryNotice>(&message)) {
        emit historyNoticeReceived(notice->kept);
    } else if (isFileMessage(message)) {
        if (!m_options.capabilities.contains(QLatin1StringView(kFilesCapability))) {
            protocolError(tr("a %1 message, but this side did not offer the \"files\" capability")
                              .arg(MessageCodec::typeName(message)));
            return;
        }
        emit fileMessageReceived(message);
    } else {
        protocolError(tr("a second hello"));
    }
}

void PeerSession::handlePeerBye(const Bye &bye)
{
    const QString name = peerLabel();
    const QString detail = sanitized(bye.message).left(300);
    const QString code = bye.reason;
    QString reason;
    const CloseCause cause = causeOfBye(code, false);
    if (code == QLatin1StringView(ByeReason::kRejected))
        reason = tr("%1 declined the conversation.").arg(name);
    else if (code == QLatin1StringView(ByeReason::kShutdown))
        reason = tr("%1 quit SecureChat.").arg(name);
    else if (code == QLatin1StringView(ByeReason::kProtocolError))
        reason
            = tr("%1's program reported that this side broke the protocol: %2").arg(name, detail);
    else if (code == QLatin1StringView(ByeReason::kUnsupportedVersion))
        reason = tr("%1's program does not speak this protocol version: %2").arg(name, detail);
    else if (code == QLatin1StringView(ByeReason::kTimeout))
        reason = tr("%1's program gave up waiting for this side.").arg(name);
    else if (detail.isEmpty())
        reason = tr("%1 ended the conversation.").arg(name);
    else
        reason = tr("%1 ended the conversation: %2").arg(name, detail);
    setReasonOnce(reason, cause);
    beginClosing();
}

void PeerSession::protocolError(const QString &detail)
{
    close(QLatin1StringView(ByeReason::kProtocolError),
        tr("The peer sent something invalid (%1), so the conversation was closed.").arg(detail),
        detail);
}

bool PeerSession::sendMessage(const Message &message)
{
    const QByteArray frame = FrameCodec::encode(MessageCodec::encode(message), kMaxFrameBytes);
    if (frame.isEmpty())
        return false;
    return m_socket->write(frame) == frame.size();
}

bool PeerSession::sendControl(const Message &message)
{
    flushHeldControl();
    if (m_heldReceipts.isEmpty() && !m_heldPong && bytesToWrite() < kControlQueueBytes)
        return sendMessage(message);
    if (const Pong *pong = std::get_if<Pong>(&message))
        m_heldPong = pong->nonce; // one pong answers them all
    else if (const Receipt *receipt = std::get_if<Receipt>(&message))
        m_heldReceipts.append(receipt->id);
    else
        return false;
    if (!m_writeStallTimer->isActive())
        m_writeStallTimer->start(m_options.timeouts.writeStallMs);
    return true;
}

void PeerSession::flushHeldControl()
{
    if (m_state != State::Established)
        return;
    while (!m_heldReceipts.isEmpty() && bytesToWrite() < kControlQueueBytes)
        sendMessage(Receipt { m_heldReceipts.takeFirst() });
    if (m_heldPong && bytesToWrite() < kControlQueueBytes) {
        sendMessage(Pong { *m_heldPong });
        m_heldPong.reset();
    }
    if (m_heldReceipts.isEmpty() && !m_heldPong)
        m_writeStallTimer->stop();
    if (m_readPaused && m_heldReceipts.size() < kMaxHeldReceipts) {
        m_readPaused = false;
        armSilenceClock();
        QMetaObject::invokeMethod(this, &PeerSession::onReadyRead, Qt::QueuedConnection);
    }
}

void PeerSession::onBytesWritten()
{
    flushHeldControl();
    emit writeProgress();
}

void PeerSession::disableNagle()
{
    // Every message is written whole and at once, so waiting to coalesce segments (Nagle's
    // algorithm) only adds delay: a text or a receipt behind an unacknowledged segment waited
    // for the peer's delayed acknowledgement, and file chunks flowed at a third of the rate.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

void PeerSession::markProgress()
{
    m_lastProgress.start();
}

void PeerSession::setReasonOnce(const QString &reason, CloseCause cause)
{
    if (m_closeReason.isEmpty()) {
        m_closeReason = reason;
        m_closeCause = cause;
    }
}

void PeerSession::beginClosing()
{
    m_helloTimer->stop();
    m_pingTimer->stop();
    m_silenceTimer->stop();
    m_frameTimer->stop();
    m_writeStallTimer->stop();
    setState(State::Closing);
    m_closeTimer->start(m_options.timeouts.closeMs);
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void PeerSession::onSocketError()
{
    if (m_state == State::Closed)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const bool beforeHello = m_state == State::Connecting || m_state == State::Handshaking
        || m_state == State::AwaitingHello;
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        if (beforeHello)
            setReasonOnce(tr("The peer closed the connection before the session was set up "
                             "(it may have refused this side's certificate)."),
                CloseCause::TlsFailure);
        break;
    case QAbstractSocket::ConnectionRefusedError:
        setReasonOnce(tr("Nobody accepts connections at %1 port %2 (connection refused).")
                          .arg(m_host)
                          .arg(m_port),
            CloseCause::NetworkError);
        break;
    case QAbstractSocket::HostNotFoundError:
        setReasonOnce(tr("The host %1 could not be found.").arg(m_host), CloseCause::NetworkError);
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        setReasonOnce(tr("The TLS handshake failed: %1").arg(m_socket->errorString()),
            CloseCause::TlsFailure);
        break;
    default:
        setReasonOnce(
            tr("Network error: %1").arg(m_socket->errorString()), CloseCause::NetworkError);
        break;
    }
    if (m_state == State::Closing || error == QAbstractSocket::RemoteHostClosedError)
        return; // disconnected() follows
    m_socket->abort();
    finish();
}

void PeerSession::onDisconnected()
{
    if (m_state == State::Closed)
        return;
    if (m_codec.pendingBytes() > 0)
        setReasonOnce(
            tr("The connection closed in the middle of a message."), CloseCause::ProtocolError);
    if (m_state == State::Established)
        setReasonOnce(
            tr("The connection to %1 was lost.").arg(peerLabel()), CloseCause::NetworkError);
    else
        setReasonOnce(
            tr("The connection closed before the session was set up."), CloseCause::NetworkError);
    finish();
}

void PeerSession::onPingDue()
{
    if (m_state != State::Established)
        return;
    // A ping behind a full queue would prove nothing; the write-stall deadline covers that.
    if (bytesToWrite() < kControlQueueBytes)
        sendMessage(Ping { ++m_pingNonce });
    m_pingTimer->start(m_options.timeouts.pingIntervalMs);
}

void PeerSession::onSilence()
{
    if (m_state != State::Established)
        return;
    close(QLatin1StringView(ByeReason::kTimeout),
        tr("%1 stopped answering (nothing received for %2 seconds).")
            .arg(peerLabel(), seconds(m_options.timeouts.silenceMs)),
        QStringLiteral("no answer to ping"));
}

void PeerSession::finish()
{
    if (m_state == State::Closed)
        return;
    // Closed first: aborting the socket emits disconnected() synchronously.
    m_state = State::Closed;
    qCInfo(lcNet) << "session with" << peerAddress() << m_peerFingerprint.toHex().left(8)
                  << "closed, cause" << int(m_closeCause);
    m_handshakeTimer->stop();
    m_helloTimer->stop();
    m_firstBytesTimer->stop();
    m_pingTimer->stop();
    m_silenceTimer->stop();
    m_frameTimer->stop();
    m_writeStallTimer->stop();
    m_closeTimer->stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    if (m_closeReason.isEmpty()) {
        m_closeReason = tr("The conversation was closed.");
        m_closeCause = CloseCause::ClosedHere;
    }
    emit stateChanged(State::Closed);
    emit closed(m_closeReason);
}

QString PeerSession::keyRefusal(const crypto::CertificateKey &key)
{
    return tr("The peer's certificate was refused: %1. SecureChat identities are made by "
              "SecureChat; ask the peer to use one.")
        .arg(key.identityKeyProblem());
}

QString PeerSession::peerLabel() const
{
    if (!m_peerHello.name.isEmpty())
        return sanitized(m_peerHello.name);
    return m_role == Role::Client ? m_host : tr("The peer");
}

} // namespace securechat::net
