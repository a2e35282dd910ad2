// SPDX-License-Identifier: MIT
#include "ChatTestSupport.h"

using namespace securechat;
using namespace securechat::test;
using chat::ConversationState;
using chat::DeliveryState;

namespace {

std::optional<chat::ChatMessage> findText(
    const Node &node, chat::ConversationId id, const QString &body)
{
    for (const auto &message : node->messages(id)) {
        if (message.kind == chat::ChatMessage::Kind::Text && message.body == body)
            return message;
    }
    return std::nullopt;
}

qsizetype countText(const Node &node, chat::ConversationId id, const QString &body)
{
    qsizetype count = 0;
    for (const auto &message : node->messages(id))
        count += message.kind == chat::ChatMessage::Kind::Text && message.body == body;
    return count;
}

// The database may not grow by a single page from now on, as on a full disk.
void fillDisk(Node &node)
{
    auto &database = node.history->database();
    const qint64 pages = database.queryInt(QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages > 0);
    storage::HistoryStore::Error error;
    REQUIRE(database.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages), &error));
}

void freeDisk(Node &node)
{
    storage::HistoryStore::Error error;
    REQUIRE(node.history->database().exec(
        QStringLiteral("PRAGMA max_page_count = 1073741823"), &error));
}

} // namespace

TEST_CASE("A received text that cannot be stored is not acknowledged and arrives once there is "
          "room; a text that cannot be stored is not sent",
    "[chat][diskfull]")
{
    Node host(Who::Host, Keeps::History);
    Node alice(Who::Alice, Keeps::History);
    host.listen();
    const auto [aliceId, hostId] = connectAndAccept(alice, host);
    const QString before = QStringLiteral("stored before the disk filled up");
    alice->sendText(aliceId, before);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto sent = findText(alice, aliceId, before);
            return sent && sent->delivery == DeliveryState::Delivered;
        },
        kWaitMs));

    fillDisk(host);
    QSignalSpy hostWarnings(host.controller.get(), &chat::ChatController::warning);
    // Larger than any free space left in the file: it needs new pages.
    const QString big = QStringLiteral("too big for a full disk ") + QString(60000, u'x');
    const QString bigId = alice->sendText(aliceId, big);
    REQUIRE_FALSE(bigId.isEmpty());
    REQUIRE(hostWarnings.wait(kWaitMs));
    CHECK(hostWarnings.constLast().constFirst().toString().contains(QStringLiteral("not")));
    CHECK_FALSE(findText(host, hostId, big));

    // The host's own text cannot be stored either: refused with a reason, nothing sent.
    hostWarnings.clear();
    CHECK(host->sendText(hostId, QStringLiteral("no room for this ") + QString(60000, u'y'))
              .isEmpty());
    REQUIRE(hostWarnings.size() == 1);
    CHECK(hostWarnings.constFirst().constFirst().toString().contains(QStringLiteral("saved")));

    // Room again. The host's next text is a marker: whatever it sent before (a receipt for the
    // big text would be) has reached Alice once the marker has.
    QSignalSpy aliceReceived(alice.controller.get(), &chat::ChatController::messageReceived);
    freeDisk(host);
    REQUIRE_FALSE(host->sendText(hostId, QStringLiteral("marker")).isEmpty());
    REQUIRE(aliceReceived.wait(kWaitMs));
    const auto pending = findText(alice, aliceId, big);
    REQUIRE(pending);
    CHECK(pending->delivery == DeliveryState::Sent); // no receipt: still in Alice's outbox

    // Nothing stored before is lost.
    CHECK(host.history->find(identity(Who::Alice).fingerprint(), findText(host, hostId, before)->id)
              .has_value());

    // Alice reconnects; the unacknowledged text goes out again and is stored once.
    alice->closeConversation(aliceId);
    REQUIRE(alice.waitForState(aliceId, ConversationState::Closed));
    REQUIRE(host.waitForState(hostId, ConversationState::Closed));
    QString error;
    REQUIRE(alice->connectNow(aliceId, &error));
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto sent = findText(alice, aliceId, big);
            return sent && sent->delivery == DeliveryState::Delivered;
        },
        kWaitMs));
    CHECK(countText(host, hostId, big) == 1);
    CHECK(countText(host, hostId, before) == 1);
    CHECK(host.history->find(identity(Who::Alice).fingerprint(), bigId)->body == big);
}
