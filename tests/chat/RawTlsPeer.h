// SPDX-License-Identifier: MIT
#pragma once

#include "ChatTestSupport.h"
#include "net/FrameCodec.h"
#include "net/MessageCodec.h"
#include "net/Protocol.h"

#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QtEndian>

namespace securechat::test {

// Short deadlines, so that tests with peers that stall end quickly.
inline net::SessionTimeouts hostileTimeouts()
{
    net::SessionTimeouts timeouts = testTimeouts();
    timeouts.handshakeMs = 1500;
    timeouts.helloMs = 1500;
    timeouts.pingIntervalMs = 250;
    timeouts.silenceMs = 1200;
    timeouts.frameMs = 1500;
    timeouts.writeStallMs = 1500;
    return timeouts;
}

// A frame around any payload, well-formed or not.
inline QByteArray frame(const QByteArray &payload)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), bytes.data());
    return bytes + payload;
}

inline QByteArray helloFrame(qint64 version = net::kProtocolVersion)
{
    return frame(net::MessageCodec::encode(net::Hello {
        version, QStringLiteral("Eve"), QStringLiteral("raw test peer"), {}, {} }));
}

// Hands the descriptor of each accepted TCP connection to whoever asks, so that a RawTlsPeer
// can run the server side of TLS on it.
class RawTlsServer : public QTcpServer
{
public:
    bool listenOnLoopback() { return listen(QHostAddress::LocalHost, 0); }
    bool waitForDescriptor(int ms)
    {
        return QTest::qWaitFor([&] { return !m_descriptors.isEmpty(); }, ms);
    }
    qintptr takeDescriptor() { return m_descriptors.takeFirst(); }

protected:
    void incomingConnection(qintptr descriptor) override { m_descriptors.append(descriptor); }

private:
    QList<qintptr> m_descriptors;
};

// One end of a TLS connection that does whatever the test tells it, with no protocol logic of
// its own: as a client (connectTo) or as a server (acceptFrom).
class RawTlsPeer
{
public:
    explicit RawTlsPeer(const crypto::Identity *me, QSsl::SslProtocol protocol = QSsl::TlsV1_3)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setProtocol(protocol);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (me) {
            config.setLocalCertificate(me->sslCertificate());
            config.setPrivateKey(me->sslKey());
        }
        socket.setSslConfiguration(config);
    }

    bool connectTo(quint16 port)
    {
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        QSignalSpy failed(&socket, &QSslSocket::errorOccurred);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return QTest::qWaitFor([&] { return !encrypted.isEmpty() || !failed.isEmpty(); }, kWaitMs)
            && !encrypted.isEmpty();
    }

    // The server side of TLS on the server's next connection.
    bool acceptFrom(RawTlsServer &server)
    {
        if (!server.waitForDescriptor(kWaitMs) || !socket.setSocketDescriptor(server.takeDescriptor()))
            return false;
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        QSignalSpy failed(&socket, &QSslSocket::errorOccurred);
        socket.startServerEncryption();
        return QTest::qWaitFor([&] { return !encrypted.isEmpty() || !failed.isEmpty(); }, kWaitMs)
            && !encrypted.isEmpty();
    }

    void send(const QByteArray &bytes) { socket.write(bytes); }

    // Everything not yet gone out to the network, before and after encryption.
    qint64 unsent() const { return socket.bytesToWrite() + socket.encryptedBytesToWrite(); }

    // Decodes what has arrived so far into received.
    void pump()
    {
        codec.append(socket.readAll());
        while (auto payload = codec.next()) {
            auto decoded = net::MessageCodec::decode(*payload);
            if (decoded.message)
                received.append(*decoded.message);
        }
    }

    // Waits until a message of type T has arrived (and returns the first), or nothing.
    template <typename T> std::optional<T> waitFor(int ms = kWaitMs)
    {
        std::optional<T> found;
        const bool arrived = QTest::qWaitFor(
            [&] {
                pump();
                for (const auto &message : received) {
                    if (const auto *typed = std::get_if<T>(&message)) {
                        found = *typed;
                        return true;
                    }
                }
                return false;
            },
            ms);
        return arrived ? found : std::nullopt;
    }

    // Reads until the other side closes the connection; returns the messages it sent.
    QList<net::Message> readUntilClosed()
    {
        CHECK(QTest::qWaitFor(
            [&] { return socket.state() == QAbstractSocket::UnconnectedState; }, kWaitMs));
        pump();
        return received;
    }

    QSslSocket socket;
    net::FrameCodec codec { net::kMaxFrameBytes };
    QList<net::Message> received;
};

} // namespace securechat::test
