// SPDX-License-Identifier: MIT
#include "storage/ContactStore.h"

#include "CatchQtStrings.h"
#include "TestFiles.h"

#include <catch2/catch_test_macros.hpp>

#include <QFileInfo>
#include <QTemporaryDir>

using securechat::crypto::Fingerprint;
using securechat::storage::ContactStore;
using securechat::storage::KnownPeers;
using Contact = ContactStore::Contact;

namespace {

using securechat::test::readFile;
using securechat::test::writeFile;

Fingerprint fingerprint(char fill)
{
    return Fingerprint::fromBytes(QByteArray(Fingerprint::kSize, fill));
}

Contact contact(char fill, const QString &name, const QString &nickname = {})
{
    Contact c;
    c.fingerprint = fingerprint(fill);
    c.name = name;
    c.nickname = nickname;
    c.lastSeen = QDateTime::fromMSecsSinceEpoch(1732860000123, QTimeZone::UTC);
    c.firstSeen = c.lastSeen.addDays(-1);
    return c;
}

} // namespace

TEST_CASE(
    "ContactStore adds, updates and removes contacts and keeps them on disk", "[storage][contacts]")
{
    QTemporaryDir dir;
    Contact alice = contact('\x0a', QStringLiteral("Alice"), QStringLiteral("Al"));
    alice.verification = ContactStore::Verification::Invite;
    alice.retention = ContactStore::Retention::KeepDays;
    alice.retentionDays = 30;
    alice.addresses = { { QStringLiteral("10.0.0.2"), 4000, true, alice.lastSeen } };
    alice.keyChanges = { { fingerprint('\x01'), alice.firstSeen } };
    {
        ContactStore store(dir.path());
        CHECK(store.loadError() == ContactStore::LoadError::None);
        QString error;
        REQUIRE(store.add(alice, &error));
        CHECK_FALSE(store.add(alice, &error));
        CHECK_FALSE(error.isEmpty());
        REQUIRE(store.add(contact('\x0b', QStringLiteral("Bob")), &error));
        CHECK_FALSE(store.add(Contact(), &error));
    }
    CHECK(QFileInfo(dir.filePath(QStringLiteral("contacts.json"))).permissions()
        == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    ContactStore store(dir.path());
    REQUIRE(store.all().size() == 2);
    CHECK(store.find(alice.fingerprint) == alice);
    CHECK(store.find(alice.fingerprint)->isVerified());

    QString error;
    Contact changed = alice;
    changed.nickname = QStringLiteral("Ally");
    changed.verification = ContactStore::Verification::None;
    REQUIRE(store.update(changed, &error));
    CHECK(ContactStore(dir.path()).find(alice.fingerprint) == changed);
    CHECK_FALSE(store.update(contact('\x0c', QStringLiteral("Nobody")), &error));

    REQUIRE(store.remove(alice.fingerprint, &error));
    CHECK_FALSE(store.remove(alice.fingerprint, &error));
    CHECK_FALSE(ContactStore(dir.path()).find(alice.fingerprint));
    CHECK(ContactStore(dir.path()).all().size() == 1);
}

TEST_CASE("ContactStore matches nicknames, names and fingerprint prefixes, reporting every "
          "candidate",
    "[storage][contacts]")
{
    QTemporaryDir dir;
    ContactStore store(dir.path());
    QString error;
    REQUIRE(store.add(contact('\xab', QStringLiteral("Alice"), QStringLiteral("Work")), &error));
    REQUIRE(store.add(contact('\xac', QStringLiteral("alice")), &error));
    REQUIRE(store.add(contact('\x12', QStringLiteral("Bob")), &error));

    CHECK(store.match(QStringLiteral("  ALICE ")).size() == 2); // ambiguous
    CHECK(store.match(QStringLiteral("work")).size() == 1);
    CHECK(store.match(QStringLiteral("bob")).first().fingerprint == fingerprint('\x12'));
    CHECK(store.match(QStringLiteral("abab")).first().fingerprint == fingerprint('\xab'));
    CHECK(store.match(QStringLiteral("AB:AB-ab")).size() == 1);
    CHECK(store.match(QStringLiteral("ab")).isEmpty()); // too short to be a fingerprint prefix
    CHECK(store.match(QStringLiteral("carol")).isEmpty());
    CHECK(store.match(QString()).isEmpty());
}

TEST_CASE("ContactStore keeps the most recent addresses first, without repeats, capped",
    "[storage][contacts]")
{
    QTemporaryDir dir;
    ContactStore store(dir.path());
    QString error;
    REQUIRE(store.add(contact('\x0a', QStringLiteral("Alice")), &error));
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1732860000000, QTimeZone::UTC);
    for (int i = 0; i < ContactStore::kMaxAddresses + 3; ++i) {
        REQUIRE(store.noteAddress(fingerprint('\x0a'),
            { QStringLiteral("10.0.0.%1").arg(i), quint16(4000 + i), i % 2 == 0, start.addSecs(i) },
            &error));
    }
    // The same host and port again, in the same direction, moves to the front.
    REQUIRE(store.noteAddress(fingerprint('\x0a'),
        { QStringLiteral("10.0.0.9"), 4009, false, start.addSecs(100) }, &error));
    const auto addresses = ContactStore(dir.path()).find(fingerprint('\x0a'))->addresses;
    REQUIRE(addresses.size() == ContactStore::kMaxAddresses);
    CHECK(addresses.at(0).host == QStringLiteral("10.0.0.9"));
    CHECK(addresses.at(1).host == QStringLiteral("10.0.0.10"));
    CHECK(addresses.at(1).weConnected);
    CHECK(addresses.at(2).host == QStringLiteral("10.0.0.8"));
    CHECK(ContactStore(dir.path()).find(fingerprint('\x0a'))->lastSeen == start.addSecs(100));
    CHECK_FALSE(store.noteAddress(fingerprint('\x0b'), {}, &error));
}

TEST_CASE("ContactStore imports known-peers.json once, losing no pin and no verified mark",
    "[storage][contacts]")
{
    QTemporaryDir dir;
    {
        KnownPeers peers(dir.path());
        QString error;
        KnownPeers::Peer alice { fingerprint('\x0a'), QStringLiteral("Alice"), true,
            QStringLiteral("192.168.1.5:4433"), {}, {} };
        KnownPeers::Peer bob { fingerprint('\x0b'), QStringLiteral("Bob"), false,
            QStringLiteral("fe80::1"), {}, {} };
        REQUIRE(peers.remember(alice, &error));
        REQUIRE(peers.remember(bob, &error));
    }
    const QString knownPath = dir.filePath(QStringLiteral("known-peers.json"));
    const QByteArray knownBefore = readFile(knownPath);

    ContactStore store(dir.path());
    CHECK(store.loadError() == ContactStore::LoadError::None);
    REQUIRE(store.all().size() == 2);
    const Contact alice = *store.find(fingerprint('\x0a'));
    CHECK(alice.name == QStringLiteral("Alice"));
    CHECK(alice.verification == ContactStore::Verification::SafetyNumber);
    REQUIRE(alice.addresses.size() == 1);
    CHECK(alice.addresses.first().host == QStringLiteral("192.168.1.5"));
    CHECK(alice.addresses.first().port == 4433);
    CHECK(alice.firstSeen.isValid());
    const Contact bob = *store.find(fingerprint('\x0b'));
    CHECK_FALSE(bob.isVerified());
    CHECK(bob.addresses.first().host == QStringLiteral("fe80::1"));
    CHECK(readFile(knownPath) == knownBefore);

    // Idempotent: again changes nothing, and a later start does not import again.
    const QByteArray contactsBefore = readFile(store.filePath());
    QString error;
    CHECK(store.importKnownPeers(KnownPeers(dir.path()), &error) == 0);
    CHECK(readFile(store.filePath()) == contactsBefore);
    QString removeError;
    REQUIRE(store.remove(fingerprint('\x0b'), &removeError));
    CHECK_FALSE(ContactStore(dir.path()).find(fingerprint('\x0b')));

    // A verified mark that only KnownPeers has is carried over to an existing contact.
    Contact unverified = alice;
    unverified.verification = ContactStore::Verification::None;
    REQUIRE(store.update(unverified, &error));
    CHECK(store.importKnownPeers(KnownPeers(dir.path()), &error) == 1); // Bob comes back
    CHECK(store.find(fingerprint('\x0a'))->isVerified());
}

TEST_CASE(
    "ContactStore reports a damaged or newer file and never replaces it", "[storage][contacts]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contacts.json"));
    SECTION("damaged")
    {
        writeFile(path, "{ \"format\": 1, \"contacts\": [ { \"fingerprint\": \"zz\" } ] }");
        ContactStore store(dir.path());
        CHECK(store.loadError() == ContactStore::LoadError::Corrupt);
    }
    SECTION("not JSON")
    {
        writeFile(path, "\x01\x02garbage");
        ContactStore store(dir.path());
        CHECK(store.loadError() == ContactStore::LoadError::Corrupt);
    }
    SECTION("one key twice (found by tests/fuzz: regressions/contact_store/same-key-twice)")
    {
        // Saving such a file replaced one entry with the other; neither can be chosen safely.
        QTemporaryDir written;
        ContactStore original(written.path());
        QString error;
        REQUIRE(original.add(contact('\x0a', QStringLiteral("Alice")), &error));
        QByteArray twice = readFile(original.filePath());
        const qsizetype open = twice.indexOf('{', twice.indexOf('['));
        const qsizetype close = twice.lastIndexOf('}', twice.lastIndexOf(']'));
        const QByteArray entry = twice.mid(open, close + 1 - open);
        twice.insert(close + 1, ",\n" + QByteArray(entry).replace("Alice", "Mallory"));
        writeFile(path, twice);
        ContactStore store(dir.path());
        CHECK(store.loadError() == ContactStore::LoadError::Corrupt);
    }
    SECTION("newer")
    {
        writeFile(path, "{ \"format\": 99, \"contacts\": [], \"future\": true }");
        ContactStore store(dir.path());
        CHECK(store.loadError() == ContactStore::LoadError::NewerVersion);
    }
    const QByteArray before = readFile(path);
    ContactStore store(dir.path());
    CHECK_FALSE(store.loadMessage().isEmpty());
    CHECK(store.all().isEmpty());
    QString error;
    CHECK_FALSE(store.add(contact('\x0a', QStringLiteral("Alice")), &error));
    CHECK(error == store.loadMessage());
    CHECK(store.importKnownPeers(KnownPeers(dir.path()), &error) == -1);
    CHECK(readFile(path) == before);
}

TEST_CASE("ContactStore moves a contact to an accepted new key and logs the change",
    "[storage][contacts]")
{
    QTemporaryDir dir;
    ContactStore store(dir.path());
    QString error;
    Contact alice = contact('\x0a', QStringLiteral("Alice"), QStringLiteral("Al"));
    alice.verification = ContactStore::Verification::SafetyNumber;
    alice.retention = ContactStore::Retention::Keep;
    REQUIRE(store.add(alice, &error));
    REQUIRE(store.add(contact('\x0b', QStringLiteral("Bob")), &error));

    CHECK_FALSE(store.replaceKey(fingerprint('\x0a'), fingerprint('\x0b'), {}, &error));
    CHECK_FALSE(store.replaceKey(fingerprint('\x0c'), fingerprint('\x0d'), {}, &error));
    REQUIRE(store.replaceKey(
        fingerprint('\x0a'), fingerprint('\x0e'), QStringLiteral("Alice 2"), &error));

    const ContactStore reloaded(dir.path());
    CHECK_FALSE(reloaded.find(fingerprint('\x0a')));
    const Contact moved = *reloaded.find(fingerprint('\x0e'));
    CHECK(moved.nickname == QStringLiteral("Al"));
    CHECK(moved.name == QStringLiteral("Alice 2"));
    CHECK(moved.retention == ContactStore::Retention::Keep);
    CHECK_FALSE(moved.isVerified());
    REQUIRE(moved.keyChanges.size() == 1);
    CHECK(moved.keyChanges.first().previous == fingerprint('\x0a'));
    CHECK(moved.keyChanges.first().at.isValid());
}
