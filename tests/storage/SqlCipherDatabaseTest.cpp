// SPDX-License-Identifier: MIT
#include "storage/SqlCipherDatabase.h"

#include "CatchQtStrings.h"
#include "TestFiles.h"

#include <catch2/catch_test_macros.hpp>

#include <QFileInfo>
#include <QTemporaryDir>

using securechat::storage::SqlCipherDatabase;
using ErrorKind = SqlCipherDatabase::ErrorKind;

namespace {

const QByteArray kKey(SqlCipherDatabase::kKeySize, '\x5a');

std::unique_ptr<SqlCipherDatabase> openDatabase(
    const QString &path, SqlCipherDatabase::Error *error)
{
    return SqlCipherDatabase::open(path, kKey, {}, error);
}

constexpr QFile::Permissions kGroupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

} // namespace

TEST_CASE("SqlCipherDatabase is really SQLCipher, in WAL mode, with secure_delete and 0600 files",
    "[storage][sqlcipher]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db/test.db"));
    SqlCipherDatabase::Error error;
    auto db = openDatabase(path, &error);
    REQUIRE(db);
    CHECK(error.kind == ErrorKind::None);
    CHECK_FALSE(db->cipherVersion().isEmpty());
    CHECK(db->queryText(QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    CHECK(db->queryInt(QStringLiteral("PRAGMA secure_delete")) == 1);
    REQUIRE(
        db->exec(QStringLiteral("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('a')"), &error));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        INFO(suffix.toStdString());
        REQUIRE(QFileInfo::exists(path + suffix));
        CHECK_FALSE(QFileInfo(path + suffix).permissions() & kGroupOrOther);
    }
    // The header of a plain SQLite file is not there: the first page is encrypted.
    db.reset();
    CHECK_FALSE(securechat::test::readFile(path).startsWith("SQLite format 3"));
}

TEST_CASE("SqlCipherDatabase refuses a key of the wrong size", "[storage][sqlcipher]")
{
    QTemporaryDir dir;
    SqlCipherDatabase::Error error;
    CHECK_FALSE(SqlCipherDatabase::open(
        dir.filePath(QStringLiteral("x.db")), QByteArray(16, 'k'), {}, &error));
    CHECK(error.kind == ErrorKind::Failed);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.db"))));
}

TEST_CASE(
    "SqlCipherDatabase transactions roll back unless committed, and nest", "[storage][sqlcipher]")
{
    QTemporaryDir dir;
    SqlCipherDatabase::Error error;
    auto db = openDatabase(dir.filePath(QStringLiteral("t.db")), &error);
    REQUIRE(db);
    REQUIRE(db->exec(QStringLiteral("CREATE TABLE t (x INTEGER)"), &error));
    {
        SqlCipherDatabase::Transaction transaction(*db, &error);
        REQUIRE(transaction.isActive());
        REQUIRE(db->exec(QStringLiteral("INSERT INTO t VALUES (1)"), &error));
    }
    CHECK(db->queryInt(QStringLiteral("SELECT count(*) FROM t")) == 0);
    {
        SqlCipherDatabase::Transaction outer(*db, &error);
        REQUIRE(db->exec(QStringLiteral("INSERT INTO t VALUES (1)"), &error));
        {
            SqlCipherDatabase::Transaction inner(*db, &error);
            REQUIRE(db->exec(QStringLiteral("INSERT INTO t VALUES (2)"), &error));
        }
        {
            SqlCipherDatabase::Transaction inner(*db, &error);
            REQUIRE(db->exec(QStringLiteral("INSERT INTO t VALUES (3)"), &error));
            REQUIRE(inner.commit(&error));
        }
        REQUIRE(outer.commit(&error));
    }
    CHECK(db->queryText(QStringLiteral("SELECT group_concat(x) FROM t ORDER BY x"))
        == QStringLiteral("1,3"));
}

TEST_CASE("SqlCipherDatabase statements bind and read every type", "[storage][sqlcipher]")
{
    QTemporaryDir dir;
    SqlCipherDatabase::Error error;
    auto db = openDatabase(dir.filePath(QStringLiteral("s.db")), &error);
    REQUIRE(db);
    REQUIRE(db->exec(QStringLiteral("CREATE TABLE t (i INTEGER, s TEXT, b BLOB, n TEXT)"), &error));
    auto insert = db->cached("INSERT INTO t VALUES (?1, ?2, ?3, ?4)", &error);
    REQUIRE(insert.isValid());
    const QString text = QStringLiteral("Grüße \U0001F600");
    const QByteArray blob("\0\1\2", 3);
    REQUIRE(insert.bind(1, qint64(1) << 40).bind(2, text).bind(3, blob).bindNull(4).run(&error));
    auto select = db->prepare(QStringLiteral("SELECT i, s, b, n FROM t"), &error);
    REQUIRE(select.step(&error) == SqlCipherDatabase::Statement::Step::Row);
    CHECK(select.int64(0) == qint64(1) << 40);
    CHECK(select.text(1) == text);
    CHECK(select.blob(2) == blob);
    CHECK(select.isNull(3));
    CHECK(select.step(&error) == SqlCipherDatabase::Statement::Step::Done);

    auto bad = db->prepare(QStringLiteral("SELECT nonsense FROM nowhere"), &error);
    CHECK_FALSE(bad.isValid());
    CHECK(error.kind == ErrorKind::Failed);
    CHECK_FALSE(error.message.isEmpty());
}
