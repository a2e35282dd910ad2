// SPDX-License-Identifier: MIT
#include "storage/KnownPeers.h"

#include "CatchQtStrings.h"
#include "TestFiles.h"

#include <sys/stat.h>

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using securechat::crypto::Fingerprint;
using securechat::storage::KnownPeers;
using Peer = KnownPeers::Peer;

namespace {

using securechat::test::readFile;
using securechat::test::writeFile;

Fingerprint fingerprint(char fill)
{
    return Fingerprint::fromBytes(QByteArray(Fingerprint::kSize, fill));
}

Peer peer(char fill, const QString &name, const QString &address)
{
    Peer p;
    p.fingerprint = fingerprint(fill);
    p.name = name;
    p.lastAddress = address;
    return p;
}

} // namespace

TEST_CASE("Known peers persist atomically in a private file", "[storage][known-peers]")
{
    QTemporaryDir temp;
    const QString dir = temp.filePath(QStringLiteral("profile"));
    KnownPeers peers(dir);
    CHECK(peers.all().isEmpty());
    CHECK(peers.loadWarning().isEmpty());
    CHECK_FALSE(peers.find(fingerprint('a')));
    CHECK_FALSE(QFileInfo::exists(peers.filePath())); // nothing written until something changes

    QString error;
    const QDateTime first = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
    Peer alice = peer('a', QStringLiteral("Alice"), QStringLiteral("192.0.2.1"));
    alice.firstSeen = alice.lastSeen = first;
    REQUIRE(peers.remember(alice, &error));
    REQUIRE(
        peers.remember(peer('b', QStringLiteral("Bob"), QStringLiteral("2001:db8::2")), &error));

    struct stat st {
    };
    REQUIRE(::stat(QFile::encodeName(peers.filePath()).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    const QJsonObject root = QJsonDocument::fromJson(readFile(peers.filePath())).object();
    CHECK(root.value(QStringLiteral("format")).toInt() == 1);

    KnownPeers reloaded(dir);
    REQUIRE(reloaded.all().size() == 2);
    CHECK(reloaded.all().at(0).name == QStringLiteral("Alice"));
    CHECK(reloaded.all().at(1).name == QStringLiteral("Bob"));
    const auto found = reloaded.find(fingerprint('a'));
    REQUIRE(found);
    CHECK(*found == alice);
    CHECK(reloaded.find(fingerprint('b'))->firstSeen.isValid());
    CHECK(reloaded.find(fingerprint('b'))->lastAddress == QStringLiteral("2001:db8::2"));
}

TEST_CASE("Updating a peer keeps its first sighting and its verification", "[storage][known-peers]")
{
    QTemporaryDir temp;
    KnownPeers peers(temp.path());
    QString error;
    Peer alice = peer('a', QStringLiteral("Alice"), QStringLiteral("192.0.2.1"));
    alice.firstSeen = alice.lastSeen = QDateTime::currentDateTimeUtc().addDays(-10);
    REQUIRE(peers.remember(alice, &error));
    REQUIRE(peers.setVerified(alice.fingerprint, true, &error));

    Peer later = peer('a', QStringLiteral("Alice B."), QStringLiteral("192.0.2.7"));
    REQUIRE(peers.remember(later, &error)); // verified = false in the update
    const Peer stored = *peers.find(alice.fingerprint);
    CHECK(stored.name == QStringLiteral("Alice B."));
    CHECK(stored.lastAddress == QStringLiteral("192.0.2.7"));
    CHECK(stored.verified);
    CHECK(stored.firstSeen == alice.firstSeen);
    CHECK(stored.lastSeen > alice.lastSeen);

    REQUIRE(peers.setVerified(alice.fingerprint, false, &error));
    CHECK_FALSE(KnownPeers(temp.path()).find(alice.fingerprint)->verified);
    CHECK_FALSE(peers.setVerified(fingerprint('z'), true, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("A known name or address with another key is a conflict", "[storage][known-peers]")
{
    QTemporaryDir temp;
    KnownPeers peers(temp.path());
    QString error;
    REQUIRE(
        peers.remember(peer('a', QStringLiteral("Alice"), QStringLiteral("192.0.2.1")), &error));
    REQUIRE(peers.remember(peer('b', QStringLiteral("Bob"), QStringLiteral("192.0.2.2")), &error));

    // Same key: no conflict, whatever the name and address.
    CHECK(peers.conflicting(QStringLiteral("Alice"), QStringLiteral("192.0.2.1"), fingerprint('a'))
              .isEmpty());
    // Same name, new key (case and spacing do not hide it).
    auto byName = peers.conflicting(
        QStringLiteral(" alice "), QStringLiteral("198.51.100.9"), fingerprint('m'));
    REQUIRE(byName.size() == 1);
    CHECK(byName.first().fingerprint == fingerprint('a'));
    // Same address, new key.
    auto byAddress = peers.conflicting(
        QStringLiteral("Mallory"), QStringLiteral("192.0.2.2"), fingerprint('m'));
    REQUIRE(byAddress.size() == 1);
    CHECK(byAddress.first().fingerprint == fingerprint('b'));
    // Both at once.
    CHECK(peers.conflicting(QStringLiteral("Alice"), QStringLiteral("192.0.2.2"), fingerprint('m'))
              .size()
        == 2);
    // Unknown name and address; empty arguments match nothing.
    CHECK(peers.conflicting(QStringLiteral("Carol"), QStringLiteral("192.0.2.3"), fingerprint('m'))
              .isEmpty());
    CHECK(peers.conflicting(QString(), QString(), fingerprint('m')).isEmpty());
}

TEST_CASE("Peers can be forgotten", "[storage][known-peers]")
{
    QTemporaryDir temp;
    KnownPeers peers(temp.path());
    QString error;
    REQUIRE(peers.remember(peer('a', QStringLiteral("Alice"), QString()), &error));
    REQUIRE(peers.forget(fingerprint('a'), &error));
    CHECK(peers.all().isEmpty());
    CHECK(KnownPeers(temp.path()).all().isEmpty());
    CHECK_FALSE(peers.forget(fingerprint('a'), &error));
    CHECK_FALSE(peers.remember(Peer(), &error));
    CHECK(error.contains(QStringLiteral("fingerprint")));
}

TEST_CASE(
    "An unreadable known-peers file is moved aside, never overwritten", "[storage][known-peers]")
{
    QTemporaryDir temp;
    const QString path = QDir(temp.path()).filePath(QStringLiteral("known-peers.json"));
    const QList<QByteArray> bad = {
        "{ not json",
        "[]",
        R"({"format": 99, "peers": []})",
        R"({"format": 1, "peers": [{"fingerprint": "xyz", "name": "A", "verified": false}]})",
        R"({"format": 1, "peers": [{"fingerprint": ")" + QByteArray(64, 'a')
            + R"(", "name": 5, "verified": false}]})",
    };
    for (const QByteArray &content : bad) {
        INFO(content.toStdString());
        QDir(temp.path()).removeRecursively();
        writeFile(path, content);
        KnownPeers peers(temp.path());
        CHECK(peers.all().isEmpty());
        CHECK(peers.loadWarning().contains(QStringLiteral("could not be read")));
        const QStringList aside
            = QDir(temp.path()).entryList({ QStringLiteral("known-peers.json.unreadable-*") });
        REQUIRE(aside.size() == 1);
        CHECK(readFile(QDir(temp.path()).filePath(aside.first())) == content);
        CHECK_FALSE(QFileInfo::exists(path));

        QString error;
        REQUIRE(peers.remember(peer('a', QStringLiteral("Alice"), QString()), &error));
        CHECK(KnownPeers(temp.path()).all().size() == 1);
        CHECK(readFile(QDir(temp.path()).filePath(aside.first())) == content);
    }
}
