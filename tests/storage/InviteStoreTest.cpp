// SPDX-License-Identifier: MIT
#include "storage/InviteStore.h"

#include "CatchQtStrings.h"
#include "TestFiles.h"
#include "storage/PrivateFiles.h"

#include <catch2/catch_test_macros.hpp>

#include <QTemporaryDir>

using securechat::crypto::Fingerprint;
using securechat::crypto::Invite;
using securechat::storage::InviteStore;
using Outcome = InviteStore::Outcome;

namespace {

Fingerprint fingerprint(char fill)
{
    return Fingerprint::fromBytes(QByteArray(Fingerprint::kSize, fill));
}

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1796342400, QTimeZone::UTC);

Invite newInvite(const QDateTime &expires = kNow.addDays(1))
{
    return Invite::create(fingerprint('h'), QStringLiteral("Host"),
        { { QHostAddress(QStringLiteral("192.0.2.1")), 47000 } }, expires);
}

} // namespace

TEST_CASE(
    "An invite is accepted once, then reported as used, also after a restart", "[storage][invite]")
{
    QTemporaryDir dir;
    const Invite invite = newInvite();
    const QByteArray proof = Invite::proof(invite.secret, fingerprint('h'), fingerprint('c'));
    {
        InviteStore store(dir.path());
        QString error;
        REQUIRE(store.add(invite, kNow, &error));
        CHECK(store.openCount(kNow) == 1);
        const auto first = store.redeem(proof, fingerprint('h'), fingerprint('c'), kNow);
        CHECK(first.outcome == Outcome::Accepted);
        CHECK(first.invite.usedBy == fingerprint('c'));
        CHECK(store.openCount(kNow) == 0);
    }
    CHECK(
        securechat::storage::PrivateFiles::isPrivate(dir.filePath(QStringLiteral("invites.json"))));
    InviteStore again(dir.path());
    REQUIRE(again.isReadable());
    const auto second = again.redeem(proof, fingerprint('h'), fingerprint('c'), kNow);
    CHECK(second.outcome == Outcome::Used);
    CHECK(second.invite.usedBy == fingerprint('c'));
}

TEST_CASE("Expired, forged and misbound proofs are not accepted", "[storage][invite]")
{
    QTemporaryDir dir;
    InviteStore store(dir.path());
    const Invite invite = newInvite(kNow.addSecs(60));
    QString error;
    REQUIRE(store.add(invite, kNow, &error));
    const QByteArray proof = Invite::proof(invite.secret, fingerprint('h'), fingerprint('c'));
    CHECK(store.redeem(proof, fingerprint('h'), fingerprint('c'), kNow.addSecs(60)).outcome
        == Outcome::Expired);
    // Bound to both keys: another client or another host does not match.
    CHECK(
        store.redeem(proof, fingerprint('h'), fingerprint('d'), kNow).outcome == Outcome::Unknown);
    CHECK(
        store.redeem(proof, fingerprint('x'), fingerprint('c'), kNow).outcome == Outcome::Unknown);
    CHECK(store.redeem(QByteArray(32, 'p'), fingerprint('h'), fingerprint('c'), kNow).outcome
        == Outcome::Unknown);
    // Still open after all that.
    CHECK(
        store.redeem(proof, fingerprint('h'), fingerprint('c'), kNow).outcome == Outcome::Accepted);
}

TEST_CASE(
    "A damaged invites file is left alone and nothing is issued or accepted", "[storage][invite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("invites.json"));
    for (const QByteArray &content : { QByteArray("{not json"),
             QByteArray(R"({"format":1,"invites":[{"secret":"00","expires":"x","used":false}]})"),
             QByteArray(R"({"format":2,"invites":[]})") }) {
        securechat::test::writeFile(path, content);
        InviteStore store(dir.path());
        CHECK_FALSE(store.isReadable());
        QString error;
        CHECK_FALSE(store.add(newInvite(), kNow, &error));
        CHECK(error.contains(QStringLiteral("invites.json")));
        CHECK(store.redeem(QByteArray(32, 'p'), fingerprint('h'), fingerprint('c'), kNow).outcome
            == Outcome::Unavailable);
        CHECK(securechat::test::readFile(path) == content);
    }
}

TEST_CASE("The store keeps a bounded number of invites, open ones last to go", "[storage][invite]")
{
    QTemporaryDir dir;
    InviteStore store(dir.path());
    QString error;
    const Invite keep = newInvite(kNow.addDays(1));
    REQUIRE(store.add(keep, kNow, &error));
    for (int i = 0; i < InviteStore::kMaxIssued + 10; ++i)
        REQUIRE(store.add(newInvite(kNow.addSecs(-1)), kNow.addSecs(i), &error)); // expired
    CHECK(store.all().size() == InviteStore::kMaxIssued);
    CHECK(store
              .redeem(Invite::proof(keep.secret, fingerprint('h'), fingerprint('c')),
                  fingerprint('h'), fingerprint('c'), kNow)
              .outcome
        == Outcome::Accepted);
    // Invites expired or used more than kKeepDays ago are forgotten.
    REQUIRE(store.add(newInvite(), kNow.addDays(InviteStore::kKeepDays + 1), &error));
    REQUIRE(store.all().size() == 1);
    CHECK(store.all().constFirst().created == kNow.addDays(InviteStore::kKeepDays + 1));
}
