// SPDX-License-Identifier: MIT
#include "chat/PeerNames.h"

#include "ChatTestSupport.h"

using namespace securechat;
using namespace securechat::test;
using chat::namesConfusable;
using chat::nameSkeleton;

TEST_CASE("Names that look like a contact's name have the same skeleton", "[chat][names]")
{
    const QString legit = QStringLiteral("Legit");
    CHECK(namesConfusable(QStringLiteral("Le\u200bgit"), legit)); // zero-width space
    CHECK(namesConfusable(QStringLiteral("Le\u00adgit\u2060"), legit)); // soft hyphen, word joiner
    CHECK(namesConfusable(QStringLiteral("L\u0435git"), legit)); // Cyrillic ie
    CHECK(namesConfusable(QStringLiteral("\u041b\u0435git"), QStringLiteral("\u041b\u0435git")));
    CHECK(namesConfusable(QStringLiteral("LEGIT"), legit));
    CHECK(namesConfusable(QStringLiteral("\uff2c\uff45\uff47\uff49\uff54"), legit)); // fullwidth
    CHECK(namesConfusable(QStringLiteral("\u0392\u039f\u0392"), QStringLiteral("bob"))); // Greek
    CHECK(namesConfusable(QStringLiteral("P\u0430ypal"), QStringLiteral("PayPal")));
    CHECK(namesConfusable(QStringLiteral("Legit\ufe0f"), legit)); // variation selector
    CHECK(namesConfusable(QStringLiteral("  Ann   Lee "), QStringLiteral("Ann Lee")));
    CHECK(namesConfusable(QStringLiteral("Bi11"), QStringLiteral("Bill")));
    CHECK(namesConfusable(QStringLiteral("Mike"), QStringLiteral("rnike")));
    CHECK(namesConfusable(QStringLiteral("Zo\u00eb"), QStringLiteral("Zoe\u0308")));

    CHECK_FALSE(namesConfusable(QStringLiteral("Alice"), legit));
    CHECK_FALSE(namesConfusable(QStringLiteral("Legitimate"), legit));
    CHECK_FALSE(namesConfusable(QStringLiteral("Zo\u00eb"), QStringLiteral("Zoe")));
    CHECK_FALSE(namesConfusable(QStringLiteral("Ann Lee"), QStringLiteral("AnnLee")));
    CHECK_FALSE(namesConfusable(QStringLiteral("\u041c\u0430\u0448\u0430"), legit));
    CHECK(nameSkeleton(QStringLiteral("L\u0435\u200bGIT")) == QStringLiteral("legit"));
}

TEST_CASE("The short fingerprint is the first two groups", "[chat][names]")
{
    const auto fingerprint = crypto::Fingerprint::fromString(
        QStringLiteral("984264cdc66b1a076d3ec87fdf0689521639fcdc5916aa9b56d5ae438e9c9593"));
    REQUIRE(fingerprint);
    CHECK(chat::shortFingerprint(*fingerprint) == QStringLiteral("9842 64CD"));
    CHECK(chat::shortFingerprint({}).isEmpty());
}

TEST_CASE("A peer whose name looks like a known contact's is flagged with that contact's name",
    "[chat][names]")
{
    Node host(Who::Host);
    host.listen();
    storage::ContactStore::Contact bob;
    bob.fingerprint = identity(Who::Bob).fingerprint();
    bob.name = identity(Who::Bob).displayName;
    QString error;
    REQUIRE(host.contacts->add(bob, &error));

    crypto::Identity lookAlike = identity(Who::Carol);
    lookAlike.displayName = QStringLiteral("B\u043eb"); // Cyrillic o
    chat::ChatController impostor(lookAlike, nullptr);
    impostor.setTimeouts(testTimeouts());
    impostor.connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    const auto impostorId = host.waitForConversation();
    REQUIRE(host.waitForState(impostorId, chat::ConversationState::AwaitingApproval));
    CHECK(host->peer(impostorId).confusableWith == QStringLiteral("Bob"));
    CHECK_FALSE(host->peer(impostorId).known);

    Node alice(Who::Alice);
    alice->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    const auto aliceId = host.waitForConversation(2);
    REQUIRE(host.waitForState(aliceId, chat::ConversationState::AwaitingApproval));
    CHECK(host->peer(aliceId).confusableWith.isEmpty());
}
