// SPDX-License-Identifier: MIT
#include "ChatTestSupport.h"
#include "net/Protocol.h"

#include <QRandomGenerator>
#include <QSslSocket>

using namespace securechat;
using namespace securechat::test;
using chat::ConversationState;
using chat::DeliveryState;

namespace {

QStringList receivedBodies(const Node &node, chat::ConversationId id)
{
    QStringList bodies;
    const auto messages = node->messages(id);
    for (const auto &message : messages) {
        if (!message.outgoing)
            bodies.append(message.body);
    }
    return bodies;
}

QStringList sampleBodies(int count, const QString &prefix)
{
    QStringList bodies;
    bodies.append(QString()); // empty
    bodies.append(
        QString(net::kMaxTextBytes / 4, QChar(u'\u6f22')).chopped(1) + u'!'); // 3-byte chars
    bodies.append(QStringLiteral("emoji 🙂🔐 and accents àéîõü, newline\nand tab\t"));
    bodies.append(QString(net::kMaxTextBytes, u'x')); // exactly the limit
    for (int i = bodies.size(); i < count; ++i)
        bodies.append(
            QStringLiteral("%1 message %2 %3").arg(prefix).arg(i).arg(QString(i % 300, u'·')));
    return bodies;
}

// Alice connected to a listening host, both ready.
struct ConnectedPair {
    ConnectedPair()
    {
        host.listen();
        std::tie(aliceId, hostId) = connectAndAccept(alice, host);
    }
    Node host { Who::Host };
    Node alice { Who::Alice };
    chat::ConversationId aliceId = 0;
    chat::ConversationId hostId = 0;
};

} // namespace

TEST_CASE("Two controllers exchange thousands of messages both ways, once, in order, intact",
    "[chat][loopback]")
{
    ConnectedPair pair;
    auto &[host, alice, aliceId, hostId] = pair;

    const int count = 2000;
    const QStringList fromAlice = sampleBodies(count, QStringLiteral("alice"));
    const QStringList fromHost = sampleBodies(count, QStringLiteral("host"));
    // All written in one go: TCP merges and splits these into arbitrary segments.
    for (int i = 0; i < count; ++i) {
        REQUIRE_FALSE(alice->sendText(aliceId, fromAlice.at(i)).isEmpty());
        REQUIRE_FALSE(host->sendText(hostId, fromHost.at(i)).isEmpty());
    }
    REQUIRE(QTest::qWaitFor(
        [&] {
            return receivedBodies(host, hostId).size() >= count
                && receivedBodies(alice, aliceId).size() >= count;
        },
        60000));
    CHECK(receivedBodies(host, hostId) == fromAlice);
    CHECK(receivedBodies(alice, aliceId) == fromHost);

    // Every message sent is acknowledged by a receipt.
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto messages = alice->messages(aliceId);
            return std::all_of(messages.begin(), messages.end(), [](const chat::ChatMessage &m) {
                return !m.outgoing || m.delivery == DeliveryState::Delivered;
            });
        },
        kWaitMs));
    const auto received = host->messages(hostId);
    for (const auto &message : received) {
        if (!message.outgoing)
            CHECK(message.senderName == QStringLiteral("Alice"));
    }
    CHECK(host->state(hostId) == ConversationState::Ready);
    CHECK(alice->state(aliceId) == ConversationState::Ready);
}

TEST_CASE("A body over the limit is refused before it is sent", "[chat][loopback]")
{
    ConnectedPair pair;
    auto &[host, alice, aliceId, hostId] = pair;
    CHECK(alice->sendText(aliceId, QString(net::kMaxTextBytes + 1, u'x')).isEmpty());
    // Counted in UTF-8 bytes, not characters.
    CHECK(alice->sendText(aliceId, QString(net::kMaxTextBytes / 2 + 1, QChar(u'é'))).isEmpty());
    CHECK(alice->sendText(aliceId + 1000, QStringLiteral("no such conversation")).isEmpty());
    CHECK(alice->state(aliceId) == ConversationState::Ready);
}

TEST_CASE("Peer information, typing notices and a clean close with reasons", "[chat][loopback]")
{
    ConnectedPair pair;
    auto &[host, alice, aliceId, hostId] = pair;

    const chat::PeerInfo seenByAlice = alice->peer(aliceId);
    const chat::PeerInfo seenByHost = host->peer(hostId);
    CHECK(seenByAlice.displayName == QStringLiteral("Host"));
    CHECK(seenByAlice.fingerprint == identity(Who::Host).fingerprint());
    CHECK(seenByHost.fingerprint == identity(Who::Alice).fingerprint());
    CHECK(seenByHost.incoming);
    CHECK_FALSE(seenByAlice.incoming);
    CHECK(seenByAlice.tlsProtocol == QStringLiteral("TLS 1.3"));
    CHECK(seenByAlice.tlsCipher.startsWith(QStringLiteral("TLS_")));
    CHECK(seenByAlice.safetyNumber.size() == 12 * 5 + 11);
    CHECK(seenByAlice.safetyNumber == seenByHost.safetyNumber);
    CHECK(seenByHost.address == QStringLiteral("127.0.0.1"));
    CHECK(seenByAlice.port == host.port());

    QSignalSpy typing(host.controller.get(), &chat::ChatController::peerTyping);
    alice->setTyping(aliceId, true);
    REQUIRE(typing.wait(kWaitMs));
    CHECK(typing.first().at(1).toBool());
    alice->setTyping(aliceId, false);
    REQUIRE(typing.wait(kWaitMs));
    CHECK_FALSE(typing.last().at(1).toBool());

    QSignalSpy hostClosed(host.controller.get(), &chat::ChatController::conversationClosed);
    QSignalSpy aliceClosed(alice.controller.get(), &chat::ChatController::conversationClosed);
    alice->closeConversation(aliceId);
    REQUIRE((hostClosed.size() > 0 || hostClosed.wait(kWaitMs)));
    REQUIRE((aliceClosed.size() > 0 || aliceClosed.wait(kWaitMs)));
    CHECK(hostClosed.first().at(1).toString() == QStringLiteral("Alice ended the conversation."));
    CHECK(aliceClosed.first().at(1).toString() == QStringLiteral("You closed the conversation."));
    CHECK(host->state(hostId) == ConversationState::Closed);
    CHECK(host->closeCause(hostId) == chat::CloseCause::ClosedByPeer);
    CHECK(alice->closeCause(aliceId) == chat::CloseCause::ClosedHere);
    // A contact's conversation lasts: what is written now waits for the next session.
    const QString queued = alice->sendText(aliceId, QStringLiteral("later"));
    REQUIRE_FALSE(queued.isEmpty());
    CHECK(alice->messages(aliceId).last().delivery == DeliveryState::Queued);
}

TEST_CASE("A host serves three peers at once", "[chat][loopback]")
{
    Node host(Who::Host);
    Node alice(Who::Alice);
    Node bob(Who::Bob);
    Node carol(Who::Carol);
    host.listen();
    // All three connect before any is accepted.
    const auto aliceId = alice->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    const auto bobId = bob->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    const auto carolId = carol->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    REQUIRE(host.waitForConversation(3) != 0);
    const auto hostIds = host->conversations();
    for (const auto id : hostIds) {
        REQUIRE(host.waitForState(id, ConversationState::AwaitingApproval));
        host->acceptPeer(id);
    }
    for (auto [node, id] : { std::pair { &alice, aliceId }, { &bob, bobId }, { &carol, carolId } })
        REQUIRE(node->waitForState(id, ConversationState::Ready));

    alice->sendText(aliceId, QStringLiteral("from alice"));
    bob->sendText(bobId, QStringLiteral("from bob"));
    carol->sendText(carolId, QStringLiteral("from carol"));
    for (const auto id : hostIds)
        host->sendText(id, QStringLiteral("hello everyone"));

    REQUIRE(QTest::qWaitFor(
        [&] {
            int total = 0;
            for (const auto id : hostIds)
                total += int(receivedBodies(host, id).size());
            return total == 3;
        },
        kWaitMs));
    QStringList all;
    for (const auto id : hostIds) {
        const QString name = host->peer(id).displayName;
        const QStringList bodies = receivedBodies(host, id);
        REQUIRE(bodies.size() == 1);
        CHECK(bodies.first() == QStringLiteral("from ") + name.toLower());
    }
    for (auto [node, id] :
        { std::pair { &alice, aliceId }, { &bob, bobId }, { &carol, carolId } }) {
        REQUIRE(QTest::qWaitFor([&] { return receivedBodies(*node, id).size() == 1; }, kWaitMs));
        CHECK(receivedBodies(*node, id) == QStringList { QStringLiteral("hello everyone") });
    }

    // Closing one conversation leaves the others untouched.
    bob->closeConversation(bobId);
    REQUIRE(bob.waitForState(bobId, ConversationState::Closed));
    alice->sendText(aliceId, QStringLiteral("still here"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (const auto id : hostIds) {
                if (receivedBodies(host, id).contains(QStringLiteral("still here")))
                    return true;
            }
            return false;
        },
        kWaitMs));

    QSignalSpy allClosed(host.controller.get(), &chat::ChatController::allClosed);
    QSignalSpy aliceClosed(alice.controller.get(), &chat::ChatController::conversationClosed);
    host->closeAll();
    REQUIRE((allClosed.size() == 1 || allClosed.wait(kWaitMs)));
    REQUIRE((aliceClosed.size() == 1 || aliceClosed.wait(kWaitMs)));
    CHECK(aliceClosed.first().at(1).toString() == QStringLiteral("Host quit SecureChat."));
    REQUIRE(carol.waitForState(carolId, ConversationState::Closed));
}

TEST_CASE("Listening: a port in use is a clear error; IPv6 and both stacks work", "[chat][listen]")
{
    Node first(Who::Host);
    first.listen();
    Node second(Who::Alice);
    QString reason;
    CHECK_FALSE(second->listen(QHostAddress::LocalHost, first.port(), &reason));
    REQUIRE_FALSE(reason.isEmpty());
    CHECK(reason.contains(QStringLiteral("already in use")));
    CHECK(reason.contains(QString::number(first.port())));
    CHECK_FALSE(second->isListening());

    Node v6host(Who::Host);
    QString v6error;
    if (v6host->listen(QHostAddress::LocalHostIPv6, 0, &v6error)) {
        Node alice(Who::Alice);
        const auto id = alice->connectToPeer(QStringLiteral("::1"), v6host.port());
        const auto hostId = v6host.waitForConversation();
        REQUIRE(hostId != 0);
        CHECK(v6host->peer(hostId).address == QStringLiteral("::1"));
        v6host->acceptPeer(hostId);
        REQUIRE(alice.waitForState(id, ConversationState::Ready));
    } else {
        WARN("IPv6 loopback is not available here: " << v6error.toStdString());
    }

    Node dual(Who::Host);
    REQUIRE(dual->listen(QHostAddress::Any, 0));
    CHECK_FALSE(dual->listeningAddresses().isEmpty());
    Node bob(Who::Bob);
    const auto bobId = bob->connectToPeer(QStringLiteral("127.0.0.1"), dual.port());
    const auto dualId = dual.waitForConversation();
    REQUIRE(dualId != 0);
    // An IPv4 peer on a dual-stack socket is shown with its IPv4 address.
    CHECK(dual->peer(dualId).address == QStringLiteral("127.0.0.1"));
    dual->acceptPeer(dualId);
    REQUIRE(bob.waitForState(bobId, ConversationState::Ready));
    dual->stopListening();
    CHECK_FALSE(dual->isListening());
    // The running conversation survives the listener.
    CHECK(dual->state(dualId) == ConversationState::Ready);
}

TEST_CASE("Connecting to a closed port or an unknown host fails with a reason", "[chat][loopback]")
{
    Node alice(Who::Alice);
    Node host(Who::Host);
    host.listen();
    const quint16 port = host.port();
    host->stopListening();
    QSignalSpy closed(alice.controller.get(), &chat::ChatController::conversationClosed);
    const auto id = alice->connectToPeer(QStringLiteral("127.0.0.1"), port);
    REQUIRE(closed.wait(kWaitMs));
    CHECK(alice->state(id) == ConversationState::Closed);
    CHECK(closed.first().at(1).toString().contains(QStringLiteral("refused")));

    const auto id2 = alice->connectToPeer(QStringLiteral("no-such-host.invalid"), 47000);
    REQUIRE(alice.waitForState(id2, ConversationState::Closed));
    CHECK(alice->closeReason(id2).contains(QStringLiteral("no-such-host.invalid")));
}

TEST_CASE(
    "Messages written before the conversation is ready are sent once it is", "[chat][loopback]")
{
    Node host(Who::Host);
    Node alice(Who::Alice);
    host.listen();
    const auto aliceId = alice->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    const QString early = alice->sendText(aliceId, QStringLiteral("early bird"));
    REQUIRE_FALSE(early.isEmpty());
    CHECK(alice->messages(aliceId).first().delivery == DeliveryState::Queued);
    const auto hostId = host.waitForConversation();
    REQUIRE(host.waitForState(hostId, ConversationState::AwaitingApproval));
    host->acceptPeer(hostId);
    REQUIRE(QTest::qWaitFor([&] { return receivedBodies(host, hostId).size() == 1; }, kWaitMs));
    CHECK(receivedBodies(host, hostId).first() == QStringLiteral("early bird"));
    REQUIRE(QTest::qWaitFor(
        [&] { return alice->messages(aliceId).first().delivery == DeliveryState::Delivered; },
        kWaitMs));
}

TEST_CASE("History is capped: the oldest messages go, the newest stay", "[chat][loopback]")
{
    Node host(Who::Host);
    Node alice(Who::Alice);
    host.listen();
    host->setHistoryLimitBytes(64 * 1024);
    alice->setHistoryLimitBytes(64 * 1024);
    const auto [aliceId, hostId] = connectAndAccept(alice, host);
    QSignalSpy received(host.controller.get(), &chat::ChatController::messageReceived);
    const int count = 300;
    for (int i = 0; i < count; ++i)
        alice->sendText(aliceId, QStringLiteral("%1 ").arg(i) + QString(1000, u'h'));
    REQUIRE(QTest::qWaitFor([&] { return received.size() == count; }, kWaitMs));
    // Every message arrived; only about 64 KiB of them are kept.
    const auto kept = host->messages(hostId);
    CHECK(kept.size() < 40);
    CHECK(kept.size() > 20);
    CHECK(kept.last().body.startsWith(QStringLiteral("%1 ").arg(count - 1)));
    // Receipts for messages no longer in the sender's history are ignored; the rest arrive.
    REQUIRE(QTest::qWaitFor(
        [&] { return alice->messages(aliceId).last().delivery == DeliveryState::Delivered; },
        kWaitMs));
    CHECK(alice->messages(aliceId).size() < 40);
    CHECK(alice->state(aliceId) == ConversationState::Ready);
}

TEST_CASE("All conversations together keep at most the total history limit; closed ones give "
          "way first",
    "[chat][loopback]")
{
    Node host(Who::Host);
    host.listen();
    const qint64 perConversation = qint64(1) << 20;
    const qint64 total = qint64(2) << 20;
    host->setHistoryLimitBytes(perConversation);
    host->setTotalHistoryLimitBytes(total);
    const auto keptTextBytes = [&] {
        qint64 bytes = 0;
        for (const auto id : host->conversations()) {
            const auto messages = host->messages(id);
            for (const auto &message : messages)
                bytes += message.body.size() * 2;
        }
        return bytes;
    };
    // Each round a peer sends 1.5 MiB (of UTF-16 text) and leaves, then comes back once more
    // and sends again: one conversation per person, however often they come.
    const int perRound = 12;
    const std::array<Who, 3> peers { Who::Alice, Who::Bob, Who::Carol };
    chat::ConversationId firstHostId = 0;
    chat::ConversationId lastHostId = 0;
    int round = 0;
    for (const Who who : peers) {
        Node peer(who);
        for (int visit = 0; visit < 2; ++visit, ++round) {
            const auto [peerId, hostId] = connectAndAccept(peer, host);
            QSignalSpy received(host.controller.get(), &chat::ChatController::messageReceived);
            for (int i = 0; i < perRound; ++i)
                peer->sendText(peerId, QString(64 * 1024, QChar(u'a' + round)));
            INFO("round " << round);
            REQUIRE(QTest::qWaitFor([&] { return received.size() >= perRound; }, kWaitMs));
            CHECK(received.size() == perRound);
            INFO("round " << round << ": " << keptTextBytes() / 1024 << " KiB kept");
            CHECK(keptTextBytes() <= total);
            CHECK(host->totalHistoryBytes() <= total);
            if (!firstHostId)
                firstHostId = hostId;
            lastHostId = hostId;
            if (who != peers.back() || visit == 0) {
                peer->closeConversation(peerId);
                REQUIRE(host.waitForState(hostId, ConversationState::Closed));
            }
        }
    }
    CHECK(host->conversations().size() == qsizetype(peers.size()));
    // The open conversation kept all it may (7 messages of 128 KiB fit in 1 MiB); the first,
    // offline conversation gave its messages up to make room.
    const auto open = host->messages(lastHostId);
    CHECK(open.size() == 7);
    CHECK(open.last().body.startsWith(QChar(u'a' + round - 1)));
    CHECK(host->messages(firstHostId).size() < 2);
    CHECK(host->totalHistoryBytes() > total - perConversation);
}

TEST_CASE(
    "A burst of large messages waits in the queue, then goes out in order", "[chat][loopback]")
{
    ConnectedPair pair;
    auto &[host, alice, aliceId, hostId] = pair;
    const int count = 40;
    for (int i = 0; i < count; ++i)
        alice->sendText(aliceId, QString::number(i) + QString(net::kMaxTextBytes - 8, u'b'));
    const auto sending = alice->messages(aliceId);
    CHECK(std::count_if(sending.begin(), sending.end(), [](const chat::ChatMessage &m) {
        return m.delivery == DeliveryState::Queued;
    }) > count / 2);
    REQUIRE(QTest::qWaitFor([&] { return receivedBodies(host, hostId).size() == count; }, 30000));
    const QStringList bodies = receivedBodies(host, hostId);
    for (int i = 0; i < count; ++i)
        CHECK(bodies.at(i).startsWith(QString::number(i) + u'b'));
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto messages = alice->messages(aliceId);
            return std::all_of(messages.begin(), messages.end(),
                [](const chat::ChatMessage &m) { return m.delivery == DeliveryState::Delivered; });
        },
        kWaitMs));
}

TEST_CASE("Sessions send without waiting to coalesce segments (Nagle's algorithm off)",
    "[chat][loopback]")
{
    // A text or receipt written behind an unacknowledged segment would otherwise wait for the
    // peer's delayed acknowledgement, and file chunks flowed at a third of the rate.
    ConnectedPair pair;
    for (chat::ChatController *side : { pair.host.operator->(), pair.alice.operator->() }) {
        int connected = 0;
        for (QSslSocket *socket : side->findChildren<QSslSocket *>()) {
            if (socket->state() != QAbstractSocket::ConnectedState)
                continue;
            ++connected;
            CHECK(socket->socketOption(QAbstractSocket::LowDelayOption).toInt() == 1);
        }
        CHECK(connected == 1);
    }
}
