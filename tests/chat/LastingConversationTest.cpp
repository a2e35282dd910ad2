// SPDX-License-Identifier: MIT
#include "ChatTestSupport.h"

using namespace securechat;
using namespace securechat::test;
using chat::ConversationState;
using chat::DeliveryState;

namespace {

QStringList texts(const Node &node, chat::ConversationId id, bool outgoing)
{
    QStringList bodies;
    for (const auto &message : node->messages(id)) {
        if (message.kind == chat::ChatMessage::Kind::Text && message.outgoing == outgoing)
            bodies << message.body;
    }
    return bodies;
}

} // namespace

TEST_CASE(
    "History survives a restart and a reconnect continues the same conversation", "[chat][lasting]")
{
    Node host(Who::Host, Keeps::History);
    Node alice(Who::Alice, Keeps::History);
    host.listen();
    const quint16 port = host.port();
    const auto [aliceId, hostId] = connectAndAccept(alice, host);
    alice->sendText(aliceId, QStringLiteral("before the restart"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return texts(host, hostId, false)
                == QStringList { QStringLiteral("before the restart") };
        },
        kWaitMs));
    REQUIRE(QTest::qWaitFor(
        [&] { return alice->messages(aliceId).last().delivery == DeliveryState::Delivered; },
        kWaitMs));

    // Both programs quit and start again.
    alice.restart();
    host.restart();
    REQUIRE(host->listen(QHostAddress::LocalHost, port));
    const auto hostConversation = host->conversationOf(identity(Who::Alice).fingerprint());
    const auto aliceConversation = alice->conversationOf(identity(Who::Host).fingerprint());
    REQUIRE(hostConversation != 0);
    REQUIRE(aliceConversation != 0);
    CHECK(host->conversations() == QList<chat::ConversationId> { hostConversation });
    CHECK(host->state(hostConversation) == ConversationState::Closed);
    CHECK(texts(host, hostConversation, false)
        == QStringList { QStringLiteral("before the restart") });
    CHECK(alice->messages(aliceConversation).last().delivery == DeliveryState::Delivered);
    CHECK(host->keepsHistory(hostConversation));

    // Alice comes back by name: no approval, the same conversation on both sides.
    QString error;
    REQUIRE(alice->connectNow(aliceConversation, &error));
    REQUIRE(alice.waitForState(aliceConversation, ConversationState::Ready));
    REQUIRE(host.waitForState(hostConversation, ConversationState::Ready));
    CHECK(host->conversations().size() == 1);
    alice->sendText(aliceConversation, QStringLiteral("after the restart"));
    REQUIRE(
        QTest::qWaitFor([&] { return texts(host, hostConversation, false).size() == 2; }, kWaitMs));
    CHECK(texts(host, hostConversation, false).last() == QStringLiteral("after the restart"));
}

TEST_CASE("Texts written while the contact is away are stored and go out, in order, when they "
          "are back",
    "[chat][lasting]")
{
    Node host(Who::Host, Keeps::History);
    Node alice(Who::Alice, Keeps::History);
    host.listen();
    const quint16 port = host.port();
    const auto [aliceId, hostId] = connectAndAccept(alice, host);
    alice->closeConversation(aliceId);
    REQUIRE(alice.waitForState(aliceId, ConversationState::Closed));
    REQUIRE(host.waitForState(hostId, ConversationState::Closed));
    host->stopListening();

    QSignalSpy received(host.controller.get(), &chat::ChatController::messageReceived);
    for (const char *text : { "one", "two", "three" })
        REQUIRE_FALSE(alice->sendText(aliceId, QString::fromLatin1(text)).isEmpty());
    for (const auto &message : alice->messages(aliceId)) {
        if (message.outgoing)
            CHECK(message.delivery == DeliveryState::Queued);
    }
    // Still queued after a restart: the outbox is in the history database.
    alice.restart();
    const auto again = alice->conversationOf(identity(Who::Host).fingerprint());
    REQUIRE(again != 0);
    CHECK(texts(alice, again, true)
        == QStringList({ QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three") }));

    REQUIRE(host->listen(QHostAddress::LocalHost, port));
    QString error;
    REQUIRE(alice->connectNow(again, &error));
    REQUIRE(QTest::qWaitFor([&] { return received.size() == 3; }, kWaitMs));
    CHECK(texts(host, hostId, false)
        == QStringList({ QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three") }));
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto messages = alice->messages(again);
            return std::all_of(messages.begin(), messages.end(), [](const auto &m) {
                return !m.outgoing || m.delivery == DeliveryState::Delivered;
            });
        },
        kWaitMs));
    // Delivered is final and persisted.
    alice.restart();
    for (const auto &message :
        alice->messages(alice->conversationOf(identity(Who::Host).fingerprint()))) {
        if (message.outgoing)
            CHECK(message.delivery == DeliveryState::Delivered);
    }
}

TEST_CASE("A contact we dialled is reconnected to after a drop, with backoff", "[chat][lasting]")
{
    Node host(Who::Host);
    Node alice(Who::Alice);
    alice->setReconnectScale(0.05); // about 50 ms instead of about a second
    host.listen();
    const quint16 port = host.port();
    const auto [aliceId, hostId] = connectAndAccept(alice, host);
    alice->setConversationOpen(aliceId, true);

    // The host vanishes without a goodbye (its program is killed, say).
    QSignalSpy scheduled(alice.controller.get(), &chat::ChatController::reconnectScheduled);
    host.restart();
    REQUIRE(alice.waitForState(aliceId, ConversationState::Closed));
    REQUIRE((scheduled.size() > 0 || scheduled.wait(kWaitMs)));
    CHECK(scheduled.first().at(1).toInt() < 1000);
    // Attempts fail while it is away, each scheduling the next one later.
    REQUIRE(QTest::qWaitFor([&] { return scheduled.size() >= 3; }, kWaitMs));
    CHECK(scheduled.at(2).at(1).toInt() > scheduled.at(0).at(1).toInt());

    // Back on the same port: Alice gets in by herself, into the same conversation.
    REQUIRE(host->listen(QHostAddress::LocalHost, port));
    REQUIRE(alice.waitForState(aliceId, ConversationState::Ready, 20000));
    const auto atHost = host->conversationOf(identity(Who::Alice).fingerprint());
    REQUIRE(host.waitForState(atHost, ConversationState::Ready));
    CHECK(alice->conversations().size() == 1);

    // A deliberate goodbye is respected: no reconnection.
    scheduled.clear();
    host->closeConversation(atHost);
    REQUIRE(alice.waitForState(aliceId, ConversationState::Closed));
    CHECK_FALSE(alice->isReconnectScheduled(aliceId));
}

TEST_CASE("The connecting side learns that it is held, and its texts stay queued until accepted",
    "[chat][lasting][approval]")
{
    Node host(Who::Host);
    Node alice(Who::Alice);
    host.listen();
    QSignalSpy held(alice.controller.get(), &chat::ChatController::heldByPeerChanged);
    const auto aliceId = alice->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    const auto hostId = host.waitForPeer(Who::Alice);
    REQUIRE(hostId != 0);
    REQUIRE(host.waitForState(hostId, ConversationState::AwaitingApproval));
    REQUIRE((held.size() > 0 || held.wait(kWaitMs)));
    CHECK(held.first().at(1).value<chat::HeldByPeer>() == chat::HeldByPeer::AwaitingApproval);
    CHECK(alice->peer(aliceId).heldByPeer == chat::HeldByPeer::AwaitingApproval);

    alice->sendText(aliceId, QStringLiteral("please let me in"));
    CHECK(alice->messages(aliceId).last().delivery == DeliveryState::Queued);

    QSignalSpy received(host.controller.get(), &chat::ChatController::messageReceived);
    host->acceptPeer(hostId);
    REQUIRE(QTest::qWaitFor(
        [&] { return alice->peer(aliceId).heldByPeer == chat::HeldByPeer::No; }, kWaitMs));
    REQUIRE((received.size() > 0 || received.wait(kWaitMs)));
    CHECK(received.first().at(1).value<chat::ChatMessage>().body
        == QStringLiteral("please let me in"));
    REQUIRE(QTest::qWaitFor(
        [&] { return alice->messages(aliceId).last().delivery == DeliveryState::Delivered; },
        kWaitMs));
}

TEST_CASE("When both sides connect at once, both keep the same one session", "[chat][lasting]")
{
    Node host(Who::Host);
    Node alice(Who::Alice);
    host.listen();
    alice.listen();
    const auto [aliceId, hostId] = connectAndAccept(alice, host);
    REQUIRE(alice->openSessions() == 1);

    // The host now dials Alice while Alice's session to it is up: two sessions, one rule.
    const auto dialled = host->connectToPeer(QStringLiteral("127.0.0.1"), alice.port());
    REQUIRE(QTest::qWaitFor(
        [&] {
            return alice->openSessions() == 1 && host->openSessions() == 1
                && alice->state(aliceId) == ConversationState::Ready
                && host->state(hostId) == ConversationState::Ready;
        },
        kWaitMs));
    CHECK(host->conversations() == QList<chat::ConversationId> { hostId });
    CHECK(host->state(dialled) == ConversationState::Ready); // merged: the same conversation
    // The survivor was opened by the side with the lower fingerprint, as seen from both sides.
    const bool hostOpensSurvivor
        = identity(Who::Host).fingerprint().toHex() < identity(Who::Alice).fingerprint().toHex();
    CHECK(alice->peer(aliceId).incoming == hostOpensSurvivor);
    CHECK(host->peer(hostId).incoming == !hostOpensSurvivor);

    // And it carries the conversation both ways, once.
    QSignalSpy atHost(host.controller.get(), &chat::ChatController::messageReceived);
    QSignalSpy atAlice(alice.controller.get(), &chat::ChatController::messageReceived);
    alice->sendText(aliceId, QStringLiteral("from alice"));
    host->sendText(hostId, QStringLiteral("from host"));
    REQUIRE((atHost.size() > 0 || atHost.wait(kWaitMs)));
    REQUIRE((atAlice.size() > 0 || atAlice.wait(kWaitMs)));
    CHECK(texts(host, hostId, false) == QStringList { QStringLiteral("from alice") });
    CHECK(texts(alice, aliceId, false) == QStringList { QStringLiteral("from host") });
}
