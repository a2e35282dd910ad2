// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"
#include "crypto/Identity.h"
#include "net/CloseCause.h"
#include "net/FrameCodec.h"
#include "net/Messages.h"
#include "net/Protocol.h"
#include "net/SessionTimeouts.h"

#include <optional>

#include <QElapsedTimer>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

class QSslSocket;
class QTimer;

namespace securechat::crypto {
class CertificateKey;
}

namespace securechat::net {

// One TLS 1.3 connection with a peer, either side. Both sides present their identity
// certificate; a self-signed certificate is accepted by ignoring exactly the errors that come
// from it being self-signed (and, on the connecting side, from its name not being a host name),
// for exactly that certificate. The peer's fingerprint is known before any application data
// is read or written; text, receipts and typing flow only after both hellos. Signal driven,
// no threads, no waitFor*. Every way of ending emits closed(reason) exactly once.
class PeerSession : public QObject
{
    Q_OBJECT
public:
    enum class Role { Client, Server };

    // Texts should be handed over only while less than this is waiting to go out (the chat
    // layer's flow control). Pongs and receipts are written while less than kControlQueueBytes
    // waits, which a peer that reads never reaches; beyond it they are held back (one pong, at
    // most kMaxHeldReceipts receipts, reading pauses when those are full) until the peer reads,
    // or for timeouts.writeStallMs, after which the session ends with bye timeout.
    static constexpr qint64 kTextQueueBytes = qint64(4) << 20;
    static constexpr qint64 kControlQueueBytes = kTextQueueBytes + kMaxFrameBytes + 256 * 1024;
    static constexpr int kMaxHeldReceipts = 1024;
    enum class State { Idle, Connecting, Handshaking, AwaitingHello, Established, Closing, Closed };
    Q_ENUM(State)

    struct Options {
        crypto::Identity identity;
        SessionTimeouts timeouts;
        crypto::Fingerprint expectedFingerprint; // client only: refuse any other key
        // Client only: the secret of the host's invite; the hello then proves holding it.
        QByteArray inviteSecret;
        QString software;
        QStringList capabilities;
    };

    explicit PeerSession(const Options &options, QObject *parent = nullptr);
    ~PeerSession() override;

    // Client side.
    void connectToHost(const QString &host, quint16 port);
    // Server side: takes over a socket accepted by a QTcpServer.
    void acceptSocket(qintptr socketDescriptor);

    Role role() const { return m_role; }
    State state() const { return m_state; }
    bool isEstablished() const { return m_state == State::Established; }
    crypto::Fingerprint peerFingerprint() const { return m_peerFingerprint; }
    QSslCertificate peerCertificate() const { return m_peerCertificate; }
    Hello peerHello() const { return m_peerHello; }
    QString peerAddress() const; // the host as given (client) or the peer's IP (server)
    quint16 peerPort() const;
    QString tlsProtocolName() const;
    QString tlsCipherName() const;
    QString closeReason() const { return m_closeReason; }
    CloseCause closeCause() const { return m_closeCause; }

    // Bytes handed to sendText & co. that have not gone out to the network yet, before and
    // after encryption; see writeProgress().
    qint64 bytesToWrite() const;

    // Accepting side, for PeerServer's choice of whom to drop when its slots are full: whether
    // TLS bytes have come from the peer and the ClientHello has been answered (or is being),
    // and how long ago the handshake last moved on (accepted, ClientHello answered, TLS up).
    bool hasHandshakeProgress() const;
    qint64 msSinceProgress() const { return m_lastProgress.elapsed(); }

    // False unless established (and, for text, unless the message is valid).
    bool sendText(const Text &text);
    bool sendReceipt(const QString &id);
    bool sendTyping(bool active);
    // Tells the peer that this side holds the session for its user (or no longer does); only
    // when the peer's hello listed the "approval" capability. False when not sent.
    bool sendApproval(const QString &state);
    // Tells the peer whether this side writes the conversation to disk; only when the peer's
    // hello listed the "history" capability. False when not sent.
    bool sendHistoryNotice(bool kept);
    bool peerHasCapability(const QString &capability) const;
    // A file transfer message (net::isFileMessage); only when established and the peer's hello
    // listed "files". False when not sent. Flow control is the caller's: chunks should be
    // handed over only while bytesToWrite() is below one chunk, so texts never wait long.
    bool sendFileMessage(const Message &message);
    // Sends a ping now (when established) and returns its nonce, 0 when not sent. The peer
    // answers pings in order, after everything sent before them (one pong may answer several:
    // the newest), so pongReceived(n) says the peer has read all that went out before ping n.
    quint64 sendProbe();

    // Sends bye(reasonCode, peerMessage) when TLS is up, then closes; closed(localReason).
    void close(
        const QString &reasonCode, const QString &localReason, const QString &peerMessage = {});
    // Drops the connection without a bye; closed(reason).
    void abort(const QString &reason, CloseCause cause = CloseCause::ClosedHere);

signals:
    void stateChanged(securechat::net::PeerSession::State state);
    void encrypted(); // TLS is up and peerFingerprint() is known
    void established(); // both hellos exchanged
    void textReceived(const securechat::net::Text &text);
    void receiptReceived(const QString &id);
    void typingReceived(bool active);
    void approvalReceived(const QString &state);
    void historyNoticeReceived(bool kept);
    // Only when this side's capabilities include "files"; otherwise such a message is a
    // protocol error.
    void fileMessageReceived(const securechat::net::Message &message);
    void pongReceived(quint64 nonce);
    void closed(const QString &reason);
    void writeProgress(); // some of bytesToWrite() went out

private:
    void setState(State state);
    void startHandshakeTimer();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void onPingDue();
    void onSilence();
    void onBytesWritten();
    void armSilenceClock(); // ping and silence deadlines from now
    bool sendControl(const Message &message);
    void flushHeldControl();
    void markProgress();
    void disableNagle();
    void handleFrame(const QByteArray &payload);
    void handleMessage(const Message &message);
    void handlePeerBye(const Bye &bye);
    void protocolError(const QString &detail);
    bool sendMessage(const Message &message);
    void setReasonOnce(const QString &reason, CloseCause cause);
    void beginClosing();
    void finish();
    QString peerLabel() const;
    static QString keyRefusal(const crypto::CertificateKey &key);

    Options m_options;
    Role m_role = Role::Client;
    State m_state = State::Idle;
    QSslSocket *m_socket = nullptr;
    QTimer *m_handshakeTimer = nullptr;
    QTimer *m_helloTimer = nullptr;
    QTimer *m_firstBytesTimer = nullptr;
    QTimer *m_pingTimer = nullptr;
    QTimer *m_silenceTimer = nullptr;
    QTimer *m_frameTimer = nullptr;
    QTimer *m_writeStallTimer = nullptr;
    QTimer *m_closeTimer = nullptr;
    QElapsedTimer m_lastProgress;
    bool m_tlsAnswered = false;
    std::optional<quint64> m_heldPong;
    QStringList m_heldReceipts;
    bool m_readPaused = false;
    FrameCodec m_codec;
    QString m_host;
    quint16 m_port = 0;
    QSslCertificate m_peerCertificate;
    crypto::Fingerprint m_peerFingerprint;
    Hello m_peerHello;
    QString m_closeReason;
    CloseCause m_closeCause = CloseCause::None;
    quint64 m_pingNonce = 0;
};

} // namespace securechat::net
