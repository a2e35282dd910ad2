// SPDX-License-Identifier: MIT
#include "ChatTestSupport.h"
#include "chat/HostAddresses.h"

#include <QTcpServer>

using namespace securechat;
using namespace securechat::test;
using chat::ConversationState;
using chat::HostAddress;
using storage::ContactStore;

namespace {

ContactStore::Verification verificationOf(const Node &node, Who who)
{
    const auto contact = node.contacts->find(identity(who).fingerprint());
    REQUIRE(contact);
    return contact->verification;
}

// Connects who with the invite and waits until the host holds the session for its user;
// returns the host's conversation.
chat::ConversationId heldAtHost(Node &host, Node &guest, const crypto::Invite &invite)
{
    const auto guestId = guest->connectWithInvite(invite);
    REQUIRE(guestId != 0);
    const auto hostId = host.waitForPeer(guest.me);
    REQUIRE(hostId != 0);
    REQUIRE(host.waitForState(hostId, ConversationState::AwaitingApproval));
    CHECK_FALSE(host.contacts->find(identity(guest.me).fingerprint()));
    // The guest checked the host's key against the invite all the same.
    REQUIRE(guest.waitForState(guestId, ConversationState::Ready));
    CHECK(verificationOf(guest, Who::Host) == ContactStore::Verification::Invite);
    return hostId;
}

quint16 unusedPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

TEST_CASE("An invite lets its holder in without a prompt, once, both verified by invite",
    "[chat][invite]")
{
    Node host(Who::Host);
    Node alice(Who::Alice);
    Node bob(Who::Bob);
    QString error;
    CHECK_FALSE(host->createInvite(3600, &error));
    CHECK(error.contains(QStringLiteral("host")));
    host.listen();
    const auto invite = host->createInvite(3600, &error);
    REQUIRE(invite);
    REQUIRE_FALSE(invite->addresses.isEmpty());
    CHECK(invite->addresses.constFirst().address == QHostAddress(QHostAddress::LocalHost));
    CHECK(invite->addresses.constFirst().port == host.port());
    CHECK(invite->hostFingerprint == identity(Who::Host).fingerprint());
    CHECK(host.invites->openCount(QDateTime::currentDateTimeUtc()) == 1);

    // The link travels as text; the guest reads it back.
    const auto parsed = crypto::Invite::parse(invite->toUri());
    REQUIRE(parsed.invite);
    const auto aliceId = alice->connectWithInvite(*parsed.invite);
    const auto hostId = host.waitForPeer(Who::Alice);
    REQUIRE(hostId != 0);
    REQUIRE(host.waitForState(hostId, ConversationState::Ready));
    REQUIRE(alice.waitForState(aliceId, ConversationState::Ready));
    CHECK(host->peer(hostId).verifiedByInvite);
    CHECK(host->peer(hostId).inviteProblem.isEmpty());
    CHECK(alice->peer(aliceId).verifiedByInvite);
    CHECK(verificationOf(host, Who::Alice) == ContactStore::Verification::Invite);
    CHECK(verificationOf(alice, Who::Host) == ContactStore::Verification::Invite);
    CHECK(host.invites->openCount(QDateTime::currentDateTimeUtc()) == 0);

    QSignalSpy received(host.controller.get(), &chat::ChatController::messageReceived);
    alice->sendText(aliceId, QStringLiteral("hello via invite"));
    REQUIRE(received.wait(kWaitMs));

    // Bob got hold of the same link later: it has been used, so his user decides.
    const auto bobAtHost = heldAtHost(host, bob, *parsed.invite);
    CHECK(host->peer(bobAtHost).inviteProblem.contains(QStringLiteral("already used")));
    CHECK_FALSE(host->peer(bobAtHost).verified);
}

TEST_CASE(
    "Expired and forged invites fall back to the approval prompt and say why", "[chat][invite]")
{
    Node host(Who::Host);
    Node alice(Who::Alice);
    host.listen();
    const QList<crypto::InviteAddress> here { { QHostAddress(QHostAddress::LocalHost),
        host.port() } };

    SECTION("expired")
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const crypto::Invite expired = crypto::Invite::create(
            identity(Who::Host).fingerprint(), QStringLiteral("Host"), here, now.addSecs(-60));
        QString error;
        REQUIRE(host.invites->add(expired, now.addSecs(-3600), &error));
        const auto hostId = heldAtHost(host, alice, expired);
        CHECK(host->peer(hostId).inviteProblem.contains(QStringLiteral("expired")));
        host->acceptPeer(hostId);
        REQUIRE(host.waitForState(hostId, ConversationState::Ready));
        CHECK(verificationOf(host, Who::Alice) == ContactStore::Verification::None);
    }
    SECTION("forged: a secret this host never issued")
    {
        const crypto::Invite forged = crypto::Invite::create(identity(Who::Host).fingerprint(),
            QStringLiteral("Host"), here, QDateTime::currentDateTimeUtc().addSecs(3600));
        const auto hostId = heldAtHost(host, alice, forged);
        CHECK(host->peer(hostId).inviteProblem.contains(QStringLiteral("did not make")));
    }
}

TEST_CASE("An invite naming another key is refused before anything is sent", "[chat][invite]")
{
    Node host(Who::Host);
    Node alice(Who::Alice);
    host.listen();
    QSignalSpy incoming(host.controller.get(), &chat::ChatController::conversationAdded);
    const crypto::Invite wrongKey = crypto::Invite::create(identity(Who::Bob).fingerprint(),
        QStringLiteral("Bob"), { { QHostAddress(QHostAddress::LocalHost), host.port() } },
        QDateTime::currentDateTimeUtc().addSecs(3600));
    const auto aliceId = alice->connectWithInvite(wrongKey);
    REQUIRE(QTest::qWaitFor(
        [&] { return alice->closeCause(aliceId) == chat::CloseCause::FingerprintMismatch; }, kWaitMs));
    CHECK(alice.contacts->all().isEmpty());
    CHECK(incoming.isEmpty());
}

TEST_CASE(
    "A guest tries the invite's addresses in turn and says which one worked", "[chat][invite]")
{
    Node host(Who::Host);
    Node alice(Who::Alice);
    host.listen();
    QString error;
    auto invite = host->createInvite(3600, &error);
    REQUIRE(invite);
    const quint16 closed = unusedPort();
    invite->addresses.prepend({ QHostAddress(QHostAddress::LocalHost), closed });
    QSignalSpy attempts(alice.controller.get(), &chat::ChatController::addressAttempted);
    const auto aliceId = alice->connectWithInvite(*invite);
    REQUIRE(alice.waitForState(aliceId, ConversationState::Ready));
    REQUIRE(attempts.size() == 3);
    CHECK(attempts.at(0).at(2).toUInt() == closed);
    CHECK_FALSE(attempts.at(0).at(3).toBool());
    CHECK(attempts.at(1).at(2).toUInt() == host.port());
    CHECK_FALSE(attempts.at(1).at(3).toBool());
    CHECK(attempts.at(2).at(2).toUInt() == host.port());
    CHECK(attempts.at(2).at(3).toBool());
    CHECK(host.waitForState(host.waitForPeer(Who::Alice), ConversationState::Ready));
}

TEST_CASE("Host addresses are ranked most useful first", "[chat][invite][addresses]")
{
    const auto a = [](const char *text) {
        return QHostAddress(QString::fromLatin1(text));
    };
    const QList<QHostAddress> local { a("127.0.0.1"), a("fe80::1%1"), a("192.168.1.20"), a("::1"),
        a("2001:db8::5"), a("fd00::7"), a("198.51.100.9"), a("0.0.0.0"), a("224.0.0.1"),
        a("192.168.1.20") };
    const auto ranked = chat::rankHostAddresses(
        local, 47000, { a("203.0.113.7"), 40123, HostAddress::Reach::External });
    QStringList shown;
    for (const HostAddress &entry : ranked)
        shown << chat::hostAndPort(entry.address, entry.port);
    CHECK(shown
        == QStringList { QStringLiteral("203.0.113.7:40123"), QStringLiteral("[2001:db8::5]:47000"),
            QStringLiteral("198.51.100.9:47000"), QStringLiteral("[fd00::7]:47000"),
            QStringLiteral("192.168.1.20:47000"), QStringLiteral("[fe80::1%1]:47000"),
            QStringLiteral("[::1]:47000"), QStringLiteral("127.0.0.1:47000") });
    CHECK(ranked.at(5).reach == HostAddress::Reach::LinkLocal);
    // No mapping: no external entry.
    CHECK(chat::rankHostAddresses({ a("192.168.1.20") }, 47000).size() == 1);
}
