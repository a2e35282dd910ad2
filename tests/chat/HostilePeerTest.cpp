#include "ChatTestSupport.h"
#include "net/FrameCodec.h"
#include "net/MessageCodec.h"
#include "net/Protocol.h"

#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QtEndian>

using namespace securechat;
using namespace securechat::test;
using chat::ConversationState;

namespace {

net::SessionTimeouts hostileTimeouts()
{
    net::SessionTimeouts timeouts = testTimeouts();
    timeouts.handshakeMs = 1500;
    timeouts.helloMs = 1500;
    timeouts.pingIntervalMs = 250;
    timeouts.silenceMs = 1200;
    return timeouts;
}

QByteArray frame(const QByteArray &payload)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), bytes.data());
    return bytes + payload;
}

QByteArray helloFrame(qint64 version = net::kProtocolVersion)
{
    return frame(net::MessageCodec::encode(
        net::Hello { version, QStringLiteral("Eve"), QStringLiteral("hostile test client"), {} }));
}

// A TLS client that does whatever the test tells it, with no protocol logic of its own.
class RawTlsClient
{
public:
    explicit RawTlsClient(const crypto::Identity *me, QSsl::SslProtocol protocol = QSsl::TlsV1_3)
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

    void send(const QByteArray &bytes) { socket.write(bytes); }

    // Reads until the host closes the connection; returns the messages it sent.
    QList<net::Message> readUntilClosed()
    {
        CHECK(QTest::qWaitFor(
            [&] { return socket.state() == QAbstractSocket::UnconnectedState; }, kWaitMs));
        net::FrameCodec codec(net::kMaxFrameBytes);
        codec.append(socket.readAll());
        QList<net::Message> messages;
        while (auto payload = codec.next()) {
            auto decoded = net::MessageCodec::decode(*payload);
            if (decoded.message)
                messages.append(*decoded.message);
        }
        return messages;
    }

    QSslSocket socket;
};

struct HostFixture {
    HostFixture()
        : host(Who::Host)
        , failed(host.controller.get(), &chat::ChatController::incomingFailed)
    {
        host->setTimeouts(hostileTimeouts());
        host.listen();
    }

    QString waitForIncomingFailure()
    {
        if (failed.isEmpty() && !failed.wait(kWaitMs))
            return {};
        return failed.takeFirst().at(1).toString();
    }

    // After any abuse, a well-behaved peer still gets through and can talk.
    void checkGoodPeerStillServed()
    {
        Node alice(Who::Alice);
        alice->setTimeouts(hostileTimeouts());
        const auto [aliceId, hostId] = connectAndAccept(alice, host);
        alice->sendText(aliceId, QStringLiteral("still works"));
        REQUIRE(QTest::qWaitFor([&] { return host->messages(hostId).size() == 1; }, kWaitMs));
        CHECK(host->messages(hostId).first().body == QStringLiteral("still works"));
        alice->closeConversation(aliceId);
        REQUIRE(host.waitForState(hostId, ConversationState::Closed));
    }

    Node host;
    QSignalSpy failed;
};

} // namespace

TEST_CASE(
    "Hostile peers before TLS: garbage, plaintext CBOR, HTTP, a silent stall", "[chat][hostile]")
{
    HostFixture fixture;
    QByteArray noise(4096, Qt::Uninitialized);
    for (auto &c : noise)
        c = char(QRandomGenerator::global()->bounded(256));
    const QList<std::pair<const char *, QByteArray>> attacks {
        { "random bytes", noise },
        { "plaintext CBOR", helloFrame() },
        { "an HTTP request", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n" },
        { "a silent stall", {} },
        { "half a TLS ClientHello", QByteArray::fromHex("160301020001000200") },
    };
    for (const auto &[name, bytes] : attacks) {
        INFO(name);
        QTcpSocket attacker;
        attacker.connectToHost(QStringLiteral("127.0.0.1"), fixture.host.port());
        REQUIRE(QSignalSpy(&attacker, &QTcpSocket::connected).wait(kWaitMs));
        attacker.write(bytes);
        const QString reason = fixture.waitForIncomingFailure();
        INFO(reason.toStdString());
        CHECK_FALSE(reason.isEmpty());
        if (bytes.isEmpty() || qstrcmp(name, "half a TLS ClientHello") == 0)
            CHECK(reason.contains(QStringLiteral("not set up within")));
        CHECK(fixture.host->conversations().isEmpty());
    }
    fixture.checkGoodPeerStillServed();
}

TEST_CASE("Hostile peers at the TLS layer: TLS 1.2 only, no client certificate", "[chat][hostile]")
{
    HostFixture fixture;
    SECTION("TLS 1.2 only")
    {
        RawTlsClient attacker(&identity(Who::Mallory), QSsl::TlsV1_2);
        CHECK_FALSE(attacker.connectTo(fixture.host.port()));
        const QString reason = fixture.waitForIncomingFailure();
        INFO(reason.toStdString());
        CHECK(reason.contains(QStringLiteral("TLS handshake failed")));
    }
    SECTION("TLS 1.3 with an expired self-signed certificate")
    {
        crypto::Identity expired = identity(Who::Mallory);
        expired.certificate = crypto::RsaService::makeSelfSignedCertificate(
            expired.privateKey, QDateTime::currentDateTimeUtc().addYears(-30));
        REQUIRE_FALSE(expired.certificate.isNull());
        RawTlsClient attacker(&expired);
        attacker.connectTo(fixture.host.port());
        attacker.send(helloFrame());
        const QString reason = fixture.waitForIncomingFailure();
        INFO(reason.toStdString());
        CHECK(reason.contains(QStringLiteral("certificate was refused")));
        CHECK(reason.contains(QStringLiteral("expired")));
    }
    SECTION("TLS 1.3 without a client certificate")
    {
        RawTlsClient attacker(nullptr);
        // In TLS 1.3 the client finishes first; the host refuses right after.
        attacker.connectTo(fixture.host.port());
        attacker.send(helloFrame());
        const QString reason = fixture.waitForIncomingFailure();
        INFO(reason.toStdString());
        CHECK(reason.contains(QStringLiteral("certificate")));
        CHECK(attacker.readUntilClosed().isEmpty());
    }
    CHECK(fixture.host->conversations().isEmpty());
    fixture.checkGoodPeerStillServed();
}

TEST_CASE("Hostile peers inside TLS before the hello", "[chat][hostile]")
{
    HostFixture fixture;
    const QList<std::tuple<const char *, QByteArray, const char *>> attacks {
        { "an oversized length prefix", QByteArray::fromHex("7fffffff") + "x", "limit" },
        { "a zero length prefix", QByteArray::fromHex("00000000"), "empty frame" },
        { "malformed CBOR", frame(QByteArray::fromHex("a26474797065")), "CBOR" },
        { "a CBOR array", frame(QByteArray::fromHex("8101")), "map" },
        { "text before hello",
            frame(net::MessageCodec::encode(net::Text {
                QStringLiteral("x"), QStringLiteral("hi"), QDateTime::currentDateTimeUtc() })),
            "before the hello" },
        { "an unknown protocol version", helloFrame(2), "version 2" },
        { "nothing (hello never comes)", {}, "did not introduce itself" },
    };
    for (const auto &[name, bytes, expected] : attacks) {
        INFO(name);
        RawTlsClient attacker(&identity(Who::Mallory));
        REQUIRE(attacker.connectTo(fixture.host.port()));
        attacker.send(bytes);
        const QString reason = fixture.waitForIncomingFailure();
        INFO(reason.toStdString());
        CHECK(reason.contains(QString::fromLatin1(expected)));
        // The host said why before closing.
        const QList<net::Message> answer = attacker.readUntilClosed();
        REQUIRE_FALSE(answer.isEmpty());
        REQUIRE(std::holds_alternative<net::Bye>(answer.last()));
        const QString code = std::get<net::Bye>(answer.last()).reason;
        if (qstrcmp(name, "an unknown protocol version") == 0)
            CHECK(code == QStringLiteral("unsupported-version"));
        else if (bytes.isEmpty())
            CHECK(code == QStringLiteral("timeout"));
        else
            CHECK(code == QStringLiteral("protocol-error"));
    }
    CHECK(fixture.host->conversations().isEmpty());
    fixture.checkGoodPeerStillServed();
}

TEST_CASE("Hostile peers inside an established conversation", "[chat][hostile]")
{
    HostFixture fixture;
    const QByteArray tooLongText = net::MessageCodec::encode(net::Text { QStringLiteral("big"),
        QString(net::kMaxTextBytes + 1, u'x'), QDateTime::currentDateTimeUtc() });
    QByteArray wrongType = net::MessageCodec::encode(net::Receipt { QStringLiteral("r") });
    const QList<std::tuple<const char *, QByteArray, bool, const char *>> attacks {
        { "a truncated frame, then disconnect", QByteArray::fromHex("00000064") + "0123456789",
            true, "middle of a message" },
        { "malformed CBOR", frame("\xbf\x64type"), false, "CBOR" },
        { "a text body over the limit", frame(tooLongText), false, "body" },
        { "an unknown message type",
            frame(QByteArray::fromHex("a16474797065646669 6c65").replace(' ', "")), false,
            "unknown message type" },
        { "a mistyped field",
            frame(QByteArray::fromHex("a2647479706566747970696e6766616374697665"
                                      "01")),
            false, "active" },
        { "a second hello", helloFrame(), false, "second hello" },
        // -2^64: major type 1 with the largest argument, which QCborValue reads as 0.
        { "a ping with a negative nonce",
            frame(QByteArray::fromHex("a264747970656470696e67656e6f6e63653bffffffffffffffff")),
            false, "the \"nonce\" field must be an unsigned integer" },
        { "silence (no pongs)", {}, false, "stopped answering" },
    };
    for (const auto &[name, bytes, disconnect, expected] : attacks) {
        INFO(name);
        RawTlsClient attacker(&identity(Who::Mallory));
        REQUIRE(attacker.connectTo(fixture.host.port()));
        attacker.send(helloFrame());
        const qsizetype before = fixture.host->conversations().size();
        const auto id = fixture.host.waitForConversation(before + 1);
        REQUIRE(id != 0);
        // Accepted once, Eve is known from then on.
        if (fixture.host->state(id) == ConversationState::AwaitingApproval)
            fixture.host->acceptPeer(id);
        REQUIRE(fixture.host->state(id) == ConversationState::Ready);
        attacker.send(bytes);
        if (disconnect) {
            REQUIRE(QTest::qWaitFor([&] { return attacker.socket.bytesToWrite() == 0; }, kWaitMs));
            attacker.socket.disconnectFromHost();
        }
        REQUIRE(fixture.host.waitForState(id, ConversationState::Closed));
        INFO(fixture.host->closeReason(id).toStdString());
        CHECK(fixture.host->closeReason(id).contains(QString::fromLatin1(expected)));
        CHECK(fixture.host->messages(id).isEmpty());
    }
    fixture.checkGoodPeerStillServed();
}

TEST_CASE("A flood of stalled connections does not keep a good peer out", "[chat][hostile]")
{
    HostFixture fixture;
    std::vector<std::unique_ptr<QTcpSocket>> stalled;
    for (int i = 0; i < 40; ++i) {
        stalled.push_back(std::make_unique<QTcpSocket>());
        stalled.back()->connectToHost(QStringLiteral("127.0.0.1"), fixture.host.port());
    }
    // Once the pending slots are full, extra connections are dropped at once; when the stalled
    // ones time out the host serves again.
    REQUIRE(QTest::qWaitFor([&] { return fixture.failed.size() >= 32; }, kWaitMs));
    fixture.checkGoodPeerStillServed();
}
