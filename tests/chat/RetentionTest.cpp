// SPDX-License-Identifier: MIT
#include "ChatTestSupport.h"

using namespace securechat;
using namespace securechat::test;
using chat::ConversationState;
using chat::DeliveryState;
using Mode = storage::ContactStore::Retention;
using Retention = chat::ChatController::Retention;

namespace {

QStringList texts(const Node &node, chat::ConversationId id)
{
    QStringList bodies;
    for (const auto &message : node->messages(id)) {
        if (message.kind == chat::ChatMessage::Kind::Text)
            bodies << message.body;
    }
    return bodies;
}

// A received text stored daysAgo days ago, straight into the database.
void storeOld(Node &node, Who from, const QString &body, int daysAgo)
{
    storage::HistoryStore::Message message;
    message.id = QStringLiteral("old-") + body;
    message.body = body;
    message.storedTime = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    message.senderTime = message.storedTime;
    REQUIRE(node.history->append(identity(from).fingerprint(), message).outcome
        == storage::HistoryStore::Outcome::Stored);
}

} // namespace

TEST_CASE("Keep nothing stops writing a contact's history at once and deletes nothing",
    "[chat][retention]")
{
    Node host(Who::Host, Keeps::History);
    Node alice(Who::Alice, Keeps::History);
    host.listen();
    const auto [aliceId, hostId] = connectAndAccept(alice, host);
    const crypto::Fingerprint aliceKey = identity(Who::Alice).fingerprint();
    alice->sendText(aliceId, QStringLiteral("stored"));
    REQUIRE(QTest::qWaitFor([&] { return texts(host, hostId).size() == 1; }, kWaitMs));
    const qint64 storedBefore = host.history->messageCount(aliceKey);
    REQUIRE(storedBefore >= 1);

    CHECK(host->retention(hostId) == Retention { Mode::Default, 0 });
    CHECK(host->effectiveRetention(hostId) == Retention { Mode::Keep, 0 });
    // Each side tells the other whether it keeps the conversation (docs/protocol.md 4.8).
    REQUIRE(QTest::qWaitFor(
        [&] { return alice->peer(aliceId).peerKeepsHistory == std::optional<bool>(true); },
        kWaitMs));
    CHECK(host->peer(hostId).peerKeepsHistory == std::optional<bool>(true));
    QString error;
    REQUIRE(host->setRetention(hostId, Mode::KeepNothing, 0, &error));
    CHECK_FALSE(host->keepsHistory(hostId));
    REQUIRE(QTest::qWaitFor(
        [&] { return alice->peer(aliceId).peerKeepsHistory == std::optional<bool>(false); },
        kWaitMs));
    CHECK(host->effectiveRetention(hostId) == Retention { Mode::KeepNothing, 0 });
    alice->sendText(aliceId, QStringLiteral("in memory only"));
    REQUIRE(QTest::qWaitFor([&] { return texts(host, hostId).size() == 2; }, kWaitMs));
    host->sendText(hostId, QStringLiteral("my answer, in memory only"));
    REQUIRE(QTest::qWaitFor([&] { return texts(alice, aliceId).size() == 3; }, kWaitMs));
    CHECK(host.history->messageCount(aliceKey) == storedBefore);
    CHECK(host.history->search(QStringLiteral("memory"), aliceKey, 10).isEmpty());

    // The choice is in contacts.json and applies after a restart.
    host.restart();
    const auto again = host->conversationOf(aliceKey);
    REQUIRE(again != 0);
    CHECK(host->retention(again) == Retention { Mode::KeepNothing, 0 });
    CHECK_FALSE(host->keepsHistory(again));
    CHECK(host.history->messageCount(aliceKey) == storedBefore);

    // Back to keeping: written again.
    REQUIRE(host->setRetention(again, Mode::Keep, 0, &error));
    CHECK(host->keepsHistory(again));
}

TEST_CASE("Keeping a number of days deletes older messages at once and on every purge, never "
          "the outbox",
    "[chat][retention]")
{
    Node host(Who::Host, Keeps::History);
    Node alice(Who::Alice, Keeps::History);
    host.listen();
    const auto [aliceId, hostId] = connectAndAccept(alice, host);
    const crypto::Fingerprint aliceKey = identity(Who::Alice).fingerprint();
    alice->closeConversation(aliceId);
    REQUIRE(host.waitForState(hostId, ConversationState::Closed));
    storeOld(host, Who::Alice, QStringLiteral("ten days ago"), 10);
    storeOld(host, Who::Alice, QStringLiteral("two days ago"), 2);
    // Written while Alice is away: queued, waiting for a receipt.
    REQUIRE_FALSE(host->sendText(hostId, QStringLiteral("queued")).isEmpty());

    QString error;
    CHECK_FALSE(host->setRetention(hostId, Mode::KeepDays, 0, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(host->retention(hostId) == Retention { Mode::Default, 0 });

    QSignalSpy changed(host.controller.get(), &chat::ChatController::historyChanged);
    REQUIRE(host->setRetention(hostId, Mode::KeepDays, 5, &error));
    CHECK(changed.size() == 1);
    CHECK(host.history->find(aliceKey, QStringLiteral("old-ten days ago")) == std::nullopt);
    CHECK(host.history->find(aliceKey, QStringLiteral("old-two days ago")).has_value());
    CHECK(texts(host, hostId).contains(QStringLiteral("two days ago")));
    CHECK_FALSE(texts(host, hostId).contains(QStringLiteral("ten days ago")));

    // The daily purge, a month later: only the text still to be sent is left.
    CHECK(host->purgeExpiredHistory(QDateTime::currentDateTimeUtc().addDays(30)) >= 1);
    CHECK(changed.size() == 2);
    CHECK(host->purgeExpiredHistory(QDateTime::currentDateTimeUtc().addDays(30)) == 0);
    CHECK(texts(host, hostId) == QStringList { QStringLiteral("queued") });
    CHECK(host.history->outbox(aliceKey).size() == 1);

    // A contact that follows the default takes a new default at once.
    storeOld(host, Who::Alice, QStringLiteral("three days ago"), 3);
    REQUIRE(host->setRetention(hostId, Mode::Default, 0, &error));
    CHECK(host.history->find(aliceKey, QStringLiteral("old-three days ago")).has_value());
    host->setDefaultRetention({ Mode::KeepDays, 1 });
    CHECK(host->effectiveRetention(hostId) == Retention { Mode::KeepDays, 1 });
    CHECK(host.history->find(aliceKey, QStringLiteral("old-three days ago")) == std::nullopt);

    // And at start.
    storeOld(host, Who::Alice, QStringLiteral("four days ago"), 4);
    REQUIRE(host->setRetention(hostId, Mode::KeepDays, 3, &error));
    CHECK(host.history->find(aliceKey, QStringLiteral("old-four days ago")) == std::nullopt);
    storeOld(host, Who::Alice, QStringLiteral("five days ago"), 5);
    host.restart();
    CHECK(host.history->find(aliceKey, QStringLiteral("old-five days ago")) == std::nullopt);
    CHECK(host.history->outbox(aliceKey).size() == 1);
}

TEST_CASE("A peer that keeps no history says so", "[chat][retention]")
{
    Node host(Who::Host, Keeps::History);
    Node bob(Who::Bob, Keeps::MemoryOnly);
    host.listen();
    const auto [bobId, hostId] = connectAndAccept(bob, host);
    REQUIRE(QTest::qWaitFor(
        [&] { return host->peer(hostId).peerKeepsHistory == std::optional<bool>(false); },
        kWaitMs));
    REQUIRE(QTest::qWaitFor(
        [&] { return bob->peer(bobId).peerKeepsHistory == std::optional<bool>(true); }, kWaitMs));
}

TEST_CASE("Only a contact's retention can be chosen", "[chat][retention]")
{
    Node host(Who::Host, Keeps::History);
    QString error;
    CHECK_FALSE(host->setRetention(12345, Mode::KeepNothing, 0, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(host->effectiveRetention(12345) == Retention { Mode::KeepNothing, 0 });
}
