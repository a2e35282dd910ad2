// SPDX-License-Identifier: MIT
#include "ChatTestSupport.h"

using namespace securechat;
using namespace securechat::test;
using chat::ConversationState;

namespace {

int receivedCount(const Node &node, chat::ConversationId id)
{
    const auto messages = node->messages(id);
    return int(std::count_if(messages.begin(), messages.end(), [](const chat::ChatMessage &m) {
        return !m.outgoing && m.kind == chat::ChatMessage::Kind::Text;
    }));
}

quint16 localAddress(const Node &host)
{
    return host.port();
}

} // namespace

TEST_CASE("Trust on first use: a new host is remembered, then known", "[chat][trust]")
{
    Node host(Who::Host);
    Node alice(Who::Alice);
    host.listen();

    const auto aliceId = alice->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    const auto hostId = host.waitForConversation();
    REQUIRE(hostId != 0);
    // The host holds the unknown incoming peer; the connecting side trusts on first use.
    REQUIRE(host.waitForState(hostId, ConversationState::AwaitingApproval));
    REQUIRE(alice.waitForState(aliceId, ConversationState::Ready));
    CHECK_FALSE(alice->peer(aliceId).known);
    const auto remembered = alice.contacts->find(identity(Who::Host).fingerprint());
    REQUIRE(remembered.has_value());
    CHECK(remembered->name == QStringLiteral("Host"));
    REQUIRE_FALSE(remembered->addresses.isEmpty());
    CHECK(remembered->addresses.first().host == QStringLiteral("127.0.0.1"));
    CHECK(remembered->addresses.first().port == host.port());
    CHECK(remembered->addresses.first().weConnected);
    CHECK_FALSE(remembered->isVerified());

    // Nothing the unapproved peer sends is delivered before the user accepts.
    QSignalSpy received(host.controller.get(), &chat::ChatController::messageReceived);
    alice->sendText(aliceId, QStringLiteral("one"));
    alice->sendText(aliceId, QStringLiteral("two"));
    QTest::qWait(200); // a window in which nothing must happen; not a synchronisation
    CHECK(received.isEmpty());
    CHECK(host->messages(hostId).isEmpty());
    CHECK_FALSE(host.contacts->find(identity(Who::Alice).fingerprint()).has_value());
    host->acceptPeer(hostId);
    REQUIRE(host.waitForState(hostId, ConversationState::Ready));
    REQUIRE(QTest::qWaitFor([&] { return received.size() == 2; }, kWaitMs));
    CHECK(host->messages(hostId).at(0).body == QStringLiteral("one"));
    CHECK(host->messages(hostId).at(1).body == QStringLiteral("two"));
    CHECK(host.contacts->find(identity(Who::Alice).fingerprint()).has_value());

    alice->setVerified(aliceId, true);
    CHECK(alice->peer(aliceId).verified);
    CHECK(alice.contacts->find(identity(Who::Host).fingerprint())->isVerified());
    alice->closeConversation(aliceId);
    REQUIRE(host.waitForState(hostId, ConversationState::Closed));

    // Second time: both sides know each other, nobody is asked, verified sticks, and it is the
    // same conversation on both sides.
    const auto again = alice->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    const auto hostAgain = host.waitForPeer(Who::Alice);
    REQUIRE(hostAgain == hostId);
    CHECK(host->conversations().size() == 1);
    REQUIRE(host.waitForState(hostAgain, ConversationState::Ready));
    REQUIRE(alice.waitForState(again, ConversationState::Ready));
    CHECK(alice->peer(again).known);
    CHECK(alice->conversations().size() == 1);
    CHECK(alice->messages(again).size() == alice->messages(aliceId).size());
    CHECK(alice->peer(again).verified);
    CHECK(host->peer(hostAgain).known);
    CHECK_FALSE(host->peer(hostAgain).verified);
}

TEST_CASE(
    "An unknown incoming peer can be rejected; none of its messages is delivered", "[chat][trust]")
{
    Node host(Who::Host);
    Node alice(Who::Alice);
    host.listen();
    QSignalSpy received(host.controller.get(), &chat::ChatController::messageReceived);
    const auto aliceId = alice->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    const auto hostId = host.waitForConversation();
    REQUIRE(host.waitForState(hostId, ConversationState::AwaitingApproval));
    REQUIRE(alice.waitForState(aliceId, ConversationState::Ready));
    alice->sendText(aliceId, QStringLiteral("let me in"));
    host->rejectPeer(hostId);
    REQUIRE(alice.waitForState(aliceId, ConversationState::Closed));
    CHECK(alice->closeReason(aliceId) == QStringLiteral("Host declined the conversation."));
    CHECK(alice->closeCause(aliceId) == chat::CloseCause::DeclinedByPeer);
    REQUIRE(host.waitForState(hostId, ConversationState::Closed));
    CHECK(host->closeReason(hostId) == QStringLiteral("You declined the conversation with Alice."));
    CHECK(host->closeCause(hostId) == chat::CloseCause::DeclinedHere);
    CHECK(received.isEmpty());
    CHECK(host->messages(hostId).isEmpty());
    CHECK_FALSE(host.contacts->find(identity(Who::Alice).fingerprint()).has_value());
}

TEST_CASE("A host whose key changed is held until the user accepts the new key", "[chat][trust]")
{
    Node mallory(Who::Mallory); // calls herself Bob
    Node alice(Who::Alice);
    mallory.listen();
    knowPeer(alice, Who::Bob, localAddress(mallory));

    const auto aliceId = alice->connectToPeer(QStringLiteral("127.0.0.1"), mallory.port());
    REQUIRE(alice.waitForState(aliceId, ConversationState::KeyChanged));
    const chat::PeerInfo info = alice->peer(aliceId);
    CHECK(info.previousFingerprint == identity(Who::Bob).fingerprint());
    CHECK(info.fingerprint == identity(Who::Mallory).fingerprint());
    CHECK_FALSE(info.known);

    const auto malloryId = mallory.waitForConversation();
    REQUIRE(mallory.waitForState(malloryId, ConversationState::AwaitingApproval));
    mallory->acceptPeer(malloryId);
    REQUIRE(mallory.waitForState(malloryId, ConversationState::Ready));
    // Alice said she holds the session for her user's decision about a changed key.
    REQUIRE(QTest::qWaitFor(
        [&] { return mallory->peer(malloryId).heldByPeer == chat::HeldByPeer::KeyChangePending; },
        kWaitMs));
    mallory->sendText(malloryId, QStringLiteral("it's me, Bob, honest"));
    // Held: neither delivered nor acknowledged, and the sender keeps it queued, not "sent".
    QTest::qWait(200); // a window in which nothing must happen; not a synchronisation
    CHECK(receivedCount(alice, aliceId) == 0);
    CHECK(mallory->messages(malloryId).first().delivery == chat::DeliveryState::Queued);
    CHECK(alice->state(aliceId) == ConversationState::KeyChanged);

    SECTION("accepting the new key replaces the old one and delivers what was held")
    {
        alice->acceptChangedKey(aliceId);
        REQUIRE(QTest::qWaitFor(
            [&] { return mallory->peer(malloryId).heldByPeer == chat::HeldByPeer::No; }, kWaitMs));
        REQUIRE(alice.waitForState(aliceId, ConversationState::Ready));
        REQUIRE(QTest::qWaitFor([&] { return receivedCount(alice, aliceId) == 1; }, kWaitMs));
        CHECK_FALSE(alice.contacts->find(identity(Who::Bob).fingerprint()).has_value());
        const auto now = alice.contacts->find(identity(Who::Mallory).fingerprint());
        REQUIRE(now.has_value());
        CHECK(now->name == QStringLiteral("Bob"));
        REQUIRE(QTest::qWaitFor(
            [&] {
                return mallory->messages(malloryId).first().delivery
                    == chat::DeliveryState::Delivered;
            },
            kWaitMs));
    }
    SECTION("rejecting it closes the conversation and keeps the old key")
    {
        alice->rejectPeer(aliceId);
        REQUIRE(mallory.waitForState(malloryId, ConversationState::Closed));
        CHECK(
            mallory->closeReason(malloryId) == QStringLiteral("Alice declined the conversation."));
        CHECK(alice.contacts->find(identity(Who::Bob).fingerprint()).has_value());
        CHECK_FALSE(alice.contacts->find(identity(Who::Mallory).fingerprint()).has_value());
        CHECK(receivedCount(alice, aliceId) == 0);
    }
}

TEST_CASE("An incoming peer using a known name with another key is held", "[chat][trust]")
{
    Node host(Who::Host);
    Node mallory(Who::Mallory);
    host.listen();
    knowPeer(host, Who::Bob);
    const auto malloryId = mallory->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    const auto hostId = host.waitForConversation();
    REQUIRE(host.waitForState(hostId, ConversationState::KeyChanged));
    CHECK(host->peer(hostId).previousFingerprint == identity(Who::Bob).fingerprint());
    // Approving as if new is not possible: only acceptChangedKey or rejectPeer move it.
    host->acceptPeer(hostId);
    CHECK(host->state(hostId) == ConversationState::KeyChanged);
    host->rejectPeer(hostId);
    REQUIRE(mallory.waitForState(malloryId, ConversationState::Closed));
    CHECK(mallory->closeReason(malloryId) == QStringLiteral("Host declined the conversation."));
}

TEST_CASE("An expected fingerprint that does not match refuses the connection", "[chat][trust]")
{
    Node host(Who::Host);
    Node alice(Who::Alice);
    host.listen();
    QSignalSpy incomingFailed(host.controller.get(), &chat::ChatController::incomingFailed);
    const auto id = alice->connectToPeer(
        QStringLiteral("127.0.0.1"), host.port(), identity(Who::Bob).fingerprint());
    REQUIRE(alice.waitForState(id, ConversationState::Closed));
    const QString reason = alice->closeReason(id);
    CHECK(reason.contains(identity(Who::Bob).fingerprint().grouped()));
    CHECK(reason.contains(identity(Who::Host).fingerprint().grouped()));
    CHECK(reason.contains(QStringLiteral("expected")));
    CHECK(alice->closeCause(id) == chat::CloseCause::FingerprintMismatch);
    // Nothing reached the host's user: no conversation, no hello.
    REQUIRE((incomingFailed.size() == 1 || incomingFailed.wait(kWaitMs)));
    CHECK(host->conversations().isEmpty());
    CHECK_FALSE(alice.contacts->find(identity(Who::Host).fingerprint()).has_value());
}

TEST_CASE("An expected fingerprint that matches marks the peer verified", "[chat][trust]")
{
    Node host(Who::Host);
    Node alice(Who::Alice);
    host.listen();
    const auto expected
        = crypto::Fingerprint::fromString(identity(Who::Host).fingerprint().grouped().toLower());
    REQUIRE(expected.has_value());
    const auto id = alice->connectToPeer(QStringLiteral("127.0.0.1"), host.port(), *expected);
    REQUIRE(alice.waitForState(id, ConversationState::Ready));
    CHECK(alice->peer(id).verified);
    CHECK(alice.contacts->find(identity(Who::Host).fingerprint())->isVerified());
}

TEST_CASE("Confirming new outgoing peers holds them like incoming ones", "[chat][trust]")
{
    Node host(Who::Host);
    Node alice(Who::Alice);
    host.listen();
    alice->setConfirmNewOutgoing(true);
    const auto id = alice->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    REQUIRE(alice.waitForState(id, ConversationState::AwaitingApproval));
    CHECK_FALSE(alice.contacts->find(identity(Who::Host).fingerprint()).has_value());
    alice->acceptPeer(id);
    REQUIRE(alice.waitForState(id, ConversationState::Ready));
    CHECK(alice.contacts->find(identity(Who::Host).fingerprint()).has_value());

    // A matching expected fingerprint needs no confirmation.
    const auto again = alice->connectToPeer(
        QStringLiteral("127.0.0.1"), host.port(), identity(Who::Host).fingerprint());
    REQUIRE(alice.waitForState(again, ConversationState::Ready));
}

TEST_CASE("Without a known-peers store every peer is new", "[chat][trust]")
{
    chat::ChatController host(identity(Who::Host), nullptr);
    chat::ChatController alice(identity(Who::Alice), nullptr);
    host.setTimeouts(testTimeouts());
    alice.setTimeouts(testTimeouts());
    REQUIRE(host.listen(QHostAddress::LocalHost, 0));
    const auto id = alice.connectToPeer(QStringLiteral("localhost"), host.listeningPort());
    REQUIRE(QTest::qWaitFor([&] { return host.conversations().size() == 1; }, kWaitMs));
    const auto hostId = host.conversations().first();
    REQUIRE(QTest::qWaitFor(
        [&] { return host.state(hostId) == ConversationState::AwaitingApproval; }, kWaitMs));
    host.acceptPeer(hostId);
    REQUIRE(QTest::qWaitFor([&] { return alice.state(id) == ConversationState::Ready; }, kWaitMs));
}
