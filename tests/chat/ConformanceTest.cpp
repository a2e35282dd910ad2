// SPDX-License-Identifier: MIT
// docs/protocol.md, section 11, held against the running program: each test vector is sent by a
// raw TLS peer to a real ChatController, once as the host and once as the connecting side, and
// the documented reaction is checked on the wire (the bye, its reason and its message) and in
// the controller.
#include "ChatTestSupport.h"
#include "ProtocolVectors.h"
#include "RawTlsPeer.h"

using namespace securechat;
using namespace securechat::test;
using chat::ConversationState;

namespace {

enum class Role { Host, Client };

// The real program on one side of a connection, the raw peer on the other, past both hellos.
// The raw side's hello is `firstFrame` (a hello vector) or a plain one.
struct Connection {
    Connection(Role role, const QByteArray &firstFrame)
        : node(role == Role::Host ? Who::Host : Who::Alice)
        , raw(&identity(Who::Mallory))
    {
        if (role == Role::Host) {
            node.listen();
            REQUIRE(raw.connectTo(node.port()));
        } else {
            REQUIRE(server.listenOnLoopback());
            node->connectToPeer(QStringLiteral("127.0.0.1"), server.serverPort());
            REQUIRE(raw.acceptFrom(server));
        }
        raw.send(firstFrame.isEmpty() ? helloFrame() : firstFrame);
        REQUIRE(raw.waitFor<net::Hello>());
        id = node.waitForPeer(Who::Mallory);
        REQUIRE(id != 0);
        if (node->state(id) == ConversationState::AwaitingApproval)
            node->acceptPeer(id);
        REQUIRE(node.waitForState(id, ConversationState::Ready));
    }

    // Proof that the session still runs and has handled everything sent before: a ping that
    // comes back.
    bool answersPing(quint64 nonce)
    {
        raw.send(frame(net::MessageCodec::encode(net::Ping { nonce })));
        return QTest::qWaitFor(
            [&] {
                raw.pump();
                return std::any_of(raw.received.cbegin(), raw.received.cend(),
                    [&](const net::Message &message) {
                        const auto *pong = std::get_if<net::Pong>(&message);
                        return pong && pong->nonce == nonce;
                    });
            },
            kWaitMs);
    }

    qsizetype receivedTexts() const
    {
        const auto messages = node->messages(id);
        return std::count_if(messages.cbegin(), messages.cend(), [](const chat::ChatMessage &m) {
            return m.kind == chat::ChatMessage::Kind::Text && !m.outgoing;
        });
    }

    RawTlsServer server;
    Node node;
    RawTlsPeer raw;
    chat::ConversationId id = 0;
};

bool isRefusal(const QString &expect)
{
    return expect.startsWith(QStringLiteral("protocol-error "))
        || expect.startsWith(QStringLiteral("frame-error "));
}

} // namespace

TEST_CASE("Both roles react to every test vector of docs/protocol.md as documented",
    "[chat][conformance]")
{
    const auto vectors = readProtocolVectors(QStringLiteral(SECURECHAT_PROTOCOL_DOC));
    REQUIRE(vectors.size() >= 30);
    for (const Role role : { Role::Host, Role::Client }) {
        for (const auto &vector : vectors) {
            INFO((role == Role::Host ? "as host, vector " : "as client, vector ")
                << vector.name.toStdString() << ", expect " << vector.expect.toStdString());
            const bool isHello = vector.expect == QStringLiteral("hello");
            Connection connection(role, isHello ? vector.frame : QByteArray());
            auto &raw = connection.raw;
            auto &node = connection.node;
            const auto id = connection.id;
            if (isHello) {
                CHECK(connection.answersPing(1));
                continue;
            }
            raw.send(vector.frame);

            if (isRefusal(vector.expect)) {
                const auto received = raw.readUntilClosed();
                REQUIRE_FALSE(received.isEmpty());
                const auto *bye = std::get_if<net::Bye>(&received.last());
                REQUIRE(bye);
                const qsizetype space = vector.expect.indexOf(u' ');
                // A frame error is a protocol error on the wire; its message says which.
                CHECK(bye->reason == QString::fromLatin1(net::ByeReason::kProtocolError));
                CHECK(bye->message == vector.expect.mid(space + 1));
                CHECK(node.waitForState(id, ConversationState::Closed));
                CHECK(node->closeReason(id).contains(vector.expect.mid(space + 1)));
                CHECK(connection.receivedTexts() == 0);
            } else if (vector.expect == QStringLiteral("text")) {
                const auto receipt = raw.waitFor<net::Receipt>();
                REQUIRE(receipt);
                CHECK(QTest::qWaitFor([&] { return connection.receivedTexts() == 1; }, kWaitMs));
                CHECK(connection.answersPing(2));
            } else if (vector.expect == QStringLiteral("ping")) {
                const auto decoded = net::MessageCodec::decode(vector.frame.mid(4));
                REQUIRE(decoded.message);
                const quint64 nonce = std::get<net::Ping>(*decoded.message).nonce;
                const auto pong = raw.waitFor<net::Pong>();
                REQUIRE(pong);
                CHECK(pong->nonce == nonce);
            } else if (vector.expect == QStringLiteral("bye")) {
                CHECK(node.waitForState(id, ConversationState::Closed));
                raw.readUntilClosed();
                CHECK(raw.socket.state() == QAbstractSocket::UnconnectedState);
            } else {
                // receipt, typing, pong, approval: taken in without a reply; the session goes on.
                CHECK(connection.answersPing(3));
                CHECK(node->state(id) == ConversationState::Ready);
            }
        }
    }
}
