// SPDX-License-Identifier: MIT
#include "storage/HistoryKeyStore.h"

#include "CatchQtStrings.h"
#include "TestFiles.h"
#include "TestIdentity.h"

#include <catch2/catch_test_macros.hpp>

#include <QFileInfo>
#include <QTemporaryDir>

using securechat::storage::HistoryKeyStore;
using KeyError = HistoryKeyStore::Error;
using securechat::test::aliceIdentity;
using securechat::test::bobIdentity;
using securechat::test::readFile;
using securechat::test::writeFile;

TEST_CASE("HistoryKeyStore creates a random key sealed to the identity and reads it back",
    "[storage][historykey]")
{
    QTemporaryDir dir;
    HistoryKeyStore store(dir.path());
    CHECK(store.load(aliceIdentity()).error == KeyError::NoKey);
    const auto created = store.loadOrCreate(aliceIdentity());
    REQUIRE(created.error == KeyError::None);
    CHECK(created.key.size() == 32);
    CHECK(store.keyFilePath() == dir.filePath(QStringLiteral("history.key")));
    CHECK(QFileInfo(store.keyFilePath()).permissions()
        == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK_FALSE(readFile(store.keyFilePath()).contains(created.key));

    const auto loaded = HistoryKeyStore(dir.path()).loadOrCreate(aliceIdentity());
    REQUIRE(loaded.error == KeyError::None);
    CHECK(loaded.key == created.key);

    QTemporaryDir other;
    CHECK(HistoryKeyStore(other.path()).create(aliceIdentity()).key != created.key);
}

TEST_CASE("HistoryKeyStore never replaces a key file", "[storage][historykey]")
{
    QTemporaryDir dir;
    HistoryKeyStore store(dir.path());
    REQUIRE(store.create(aliceIdentity()).error == KeyError::None);
    const QByteArray before = readFile(store.keyFilePath());
    const auto again = store.create(aliceIdentity());
    CHECK(again.error == KeyError::AlreadyExists);
    CHECK(again.key.isEmpty());
    CHECK_FALSE(again.message.isEmpty());
    CHECK(readFile(store.keyFilePath()) == before);
}

TEST_CASE("HistoryKeyStore tells a wrong identity from a damaged file", "[storage][historykey]")
{
    QTemporaryDir dir;
    HistoryKeyStore store(dir.path());
    REQUIRE(store.create(aliceIdentity()).error == KeyError::None);
    const QByteArray before = readFile(store.keyFilePath());

    const auto wrong = store.loadOrCreate(bobIdentity());
    CHECK(wrong.error == KeyError::WrongIdentity);
    CHECK(wrong.key.isEmpty());
    CHECK(wrong.message.contains(QStringLiteral("another identity")));
    CHECK(readFile(store.keyFilePath()) == before);

    QByteArray damaged = before;
    damaged[damaged.size() - 5] = char(damaged.at(damaged.size() - 5) ^ 0x01);
    writeFile(store.keyFilePath(), damaged);
    CHECK(store.load(aliceIdentity()).error == KeyError::Corrupt);

    writeFile(store.keyFilePath(), "not a key at all");
    CHECK(store.load(aliceIdentity()).error == KeyError::Corrupt);
    CHECK(readFile(store.keyFilePath()) == "not a key at all");
}
