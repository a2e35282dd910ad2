// SPDX-License-Identifier: MIT
#include "storage/HistoryStore.h"

#include "CatchQtStrings.h"
#include "TestFiles.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

using securechat::crypto::Fingerprint;
using securechat::storage::HistoryStore;
using Message = HistoryStore::Message;
using Outcome = HistoryStore::Outcome;
using ErrorKind = HistoryStore::ErrorKind;

namespace {

using securechat::test::readFile;
using securechat::test::writeFile;

const QByteArray kKey(32, '\x11');
const QByteArray kOtherKey(32, '\x22');

Fingerprint contact(char fill)
{
    return Fingerprint::fromBytes(QByteArray(Fingerprint::kSize, fill));
}

Message text(const QString &id, const QString &body,
    HistoryStore::Direction direction = HistoryStore::Direction::Incoming,
    HistoryStore::Delivery delivery = HistoryStore::Delivery::Delivered)
{
    Message message;
    message.id = id;
    message.body = body;
    message.direction = direction;
    message.delivery = delivery;
    message.senderTime = QDateTime::fromMSecsSinceEpoch(1732860000123, QTimeZone::UTC);
    message.storedTime = QDateTime::fromMSecsSinceEpoch(1732860000456, QTimeZone::UTC);
    return message;
}

std::unique_ptr<HistoryStore> openStore(const QString &path, const QByteArray &key = kKey)
{
    HistoryStore::Error error;
    auto store = HistoryStore::open(path, key, &error);
    INFO(error.message.toStdString());
    REQUIRE(store);
    return store;
}

void storeAll(HistoryStore &store, const Fingerprint &who, const QList<Message> &messages)
{
    for (const Message &message : messages) {
        const auto result = store.append(who, message);
        INFO(result.error.message.toStdString());
        REQUIRE(result.outcome == Outcome::Stored);
    }
}

// A database that holds something, closed again.
QString filledDatabase(const QTemporaryDir &dir, int count = 300)
{
    const QString path = dir.filePath(QStringLiteral("history.db"));
    auto store = openStore(path);
    QList<Message> messages;
    for (int i = 0; i < count; ++i)
        messages.append(text(QStringLiteral("m%1").arg(i),
            QStringLiteral("message number %1 with some padding text to fill pages %2")
                .arg(i)
                .arg(QString(200, QLatin1Char('x')))));
    storeAll(*store, contact('a'), messages);
    return path;
}

// Opening path must fail with kind and leave the file exactly as it was.
void expectRefused(const QString &path, const QByteArray &key, ErrorKind kind)
{
    const QByteArray before = readFile(path);
    REQUIRE_FALSE(before.isEmpty());
    HistoryStore::Error error;
    CHECK_FALSE(HistoryStore::open(path, key, &error));
    CHECK(error.kind == kind);
    CHECK_FALSE(error.message.isEmpty());
    CHECK(readFile(path) == before);
}

} // namespace

TEST_CASE("HistoryStore stores messages and reads them back after a restart", "[storage][history]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    const QList<Message> sent = { text(QStringLiteral("a1"), QStringLiteral("hi")),
        text(QStringLiteral("a2"), QStringLiteral("how are you?\nfine"),
            HistoryStore::Direction::Outgoing, HistoryStore::Delivery::Sent) };
    Message note;
    note.id = QStringLiteral("note-1");
    note.kind = HistoryStore::Kind::KeyChanged;
    note.body = QStringLiteral("key changed");
    note.storedTime = QDateTime::fromMSecsSinceEpoch(1732860000999, QTimeZone::UTC);
    {
        auto store = openStore(path);
        storeAll(*store, contact('a'), sent);
        storeAll(*store, contact('a'), { note });
        CHECK(HistoryStore::defaultPath(dir.path()) == path);
    }
    auto reopened = openStore(path);
    const QList<Message> read = reopened->newest(contact('a'), 10);
    REQUIRE(read.size() == 3);
    for (int i = 0; i < 2; ++i) {
        Message expected = sent.at(i);
        expected.seq = read.at(i).seq;
        CHECK(read.at(i) == expected);
    }
    CHECK(read.at(2).kind == HistoryStore::Kind::KeyChanged);
    CHECK_FALSE(read.at(2).senderTime.isValid());
    CHECK(read.at(0).seq < read.at(1).seq);
    CHECK(reopened->lastMessage(contact('a'))->id == QStringLiteral("note-1"));
    CHECK(reopened->newest(contact('b'), 10).isEmpty());
    CHECK_FALSE(reopened->lastMessage(contact('b')));
    CHECK(reopened->messageCount() == 3);
    CHECK(reopened->messageCount(contact('a')) == 3);
    // Notes are not searchable, text is.
    CHECK(reopened->search(QStringLiteral("changed"), {}, 10).isEmpty());
    CHECK(reopened->search(QStringLiteral("fine"), {}, 10).size() == 1);
}

TEST_CASE("HistoryStore refuses a wrong key and leaves the file untouched", "[storage][history]")
{
    QTemporaryDir dir;
    const QString path = filledDatabase(dir);
    expectRefused(path, kOtherKey, ErrorKind::NotADatabase);
    // The right key still works afterwards.
    CHECK(openStore(path)->messageCount() == 300);
}

TEST_CASE("HistoryStore reports a garbage file, a truncated file and a newer file apart, and "
          "modifies none",
    "[storage][history]")
{
    QTemporaryDir dir;
    SECTION("garbage")
    {
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QByteArray garbage;
        for (int i = 0; i < 20000; ++i)
            garbage.append(char((i * 7919) % 251));
        writeFile(path, garbage);
        expectRefused(path, kKey, ErrorKind::NotADatabase);
    }
    SECTION("truncated")
    {
        const QString path = filledDatabase(dir);
        QByteArray content = readFile(path);
        REQUIRE(content.size() > 16 * 4096);
        content.truncate(content.size() / 2 / 4096 * 4096);
        writeFile(path, content);
        expectRefused(path, kKey, ErrorKind::Corrupt);
    }
    SECTION("newer schema version")
    {
        const QString path = filledDatabase(dir);
        {
            auto store = openStore(path);
            HistoryStore::Error error;
            REQUIRE(store->database().exec(
                QStringLiteral("PRAGMA user_version = %1").arg(HistoryStore::kSchemaVersion + 1),
                &error));
        }
        expectRefused(path, kKey, ErrorKind::NewerSchema);
    }
}

TEST_CASE("HistoryStore keeps the first of two messages with one id and reports conflicts",
    "[storage][history]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    qint64 firstSeq = 0;
    {
        auto store = openStore(path);
        const auto first
            = store->append(contact('a'), text(QStringLiteral("x"), QStringLiteral("one")));
        REQUIRE(first.outcome == Outcome::Stored);
        firstSeq = first.seq;
        const auto again
            = store->append(contact('a'), text(QStringLiteral("x"), QStringLiteral("one")));
        CHECK(again.outcome == Outcome::Duplicate);
        CHECK(again.seq == firstSeq);
        // The same id from another contact is another message.
        CHECK(store->append(contact('b'), text(QStringLiteral("x"), QStringLiteral("one"))).outcome
            == Outcome::Stored);
    }
    auto store = openStore(path); // deduplication holds across restarts
    CHECK(store->append(contact('a'), text(QStringLiteral("x"), QStringLiteral("one"))).outcome
        == Outcome::Duplicate);
    const auto conflict
        = store->append(contact('a'), text(QStringLiteral("x"), QStringLiteral("two")));
    CHECK(conflict.outcome == Outcome::Conflict);
    CHECK(conflict.seq == firstSeq);
    CHECK(store->find(contact('a'), QStringLiteral("x"))->body == QStringLiteral("one"));
    const auto conflicts = store->conflicts(contact('a'));
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().id == QStringLiteral("x"));
    CHECK(conflicts.first().body == QStringLiteral("two"));
    CHECK(store->messageCount(contact('a')) == 1);
    CHECK(store->search(QStringLiteral("two"), {}, 10).isEmpty());
}

TEST_CASE("HistoryStore outbox lists undelivered outgoing messages in order", "[storage][history]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("history.db")));
    const auto out = HistoryStore::Direction::Outgoing;
    const auto queued = HistoryStore::Delivery::Queued;
    for (int i = 1; i <= 5; ++i)
        storeAll(*store, contact('a'),
            { text(QStringLiteral("o%1").arg(i), QStringLiteral("out"), out, queued) });
    storeAll(*store, contact('a'), { text(QStringLiteral("in1"), QStringLiteral("incoming")) });
    storeAll(
        *store, contact('b'), { text(QStringLiteral("b1"), QStringLiteral("other"), out, queued) });
    HistoryStore::Error error;
    CHECK(store->setDelivery(
        contact('a'), QStringLiteral("o2"), HistoryStore::Delivery::Delivered, &error));
    CHECK(store->setDelivery(
        contact('a'), QStringLiteral("o3"), HistoryStore::Delivery::Sent, &error));
    CHECK(store->setDelivery(
        contact('a'), QStringLiteral("o4"), HistoryStore::Delivery::Failed, &error));
    // Delivered is final; unknown ids change nothing.
    CHECK_FALSE(store->setDelivery(
        contact('a'), QStringLiteral("o2"), HistoryStore::Delivery::Sent, &error));
    CHECK_FALSE(store->setDelivery(
        contact('a'), QStringLiteral("nope"), HistoryStore::Delivery::Sent, &error));
    CHECK(error.kind == ErrorKind::None);

    QStringList ids;
    for (const Message &message : store->outbox(contact('a')))
        ids.append(message.id);
    CHECK(ids == QStringList { QStringLiteral("o1"), QStringLiteral("o3"), QStringLiteral("o5") });
    CHECK(store->find(contact('a'), QStringLiteral("o2"))->delivery
        == HistoryStore::Delivery::Delivered);
    CHECK(store->outbox(contact('c')).isEmpty());
}

TEST_CASE("HistoryStore pages backwards without gaps or repeats", "[storage][history]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("history.db")));
    QStringList expected;
    for (int i = 0; i < 257; ++i) {
        const QString id = QStringLiteral("p%1").arg(i);
        storeAll(*store, contact('a'), { text(id, QStringLiteral("page body %1").arg(i)) });
        expected.append(id);
        if (i % 3 == 0) // interleaved with another conversation
            storeAll(*store, contact('b'), { text(id, QStringLiteral("other")) });
    }
    QStringList seen;
    QList<Message> page = store->newest(contact('a'), 50);
    for (int pages = 0; !page.isEmpty() && pages < 100; ++pages) {
        REQUIRE(page.size() <= 50);
        QStringList ids;
        for (const Message &message : page)
            ids.append(message.id);
        seen = ids + seen;
        page = store->before(contact('a'), page.first().seq, 50);
    }
    CHECK(seen == expected);

    // And forwards again from the oldest, as a view that dropped its newer rows reads them.
    QStringList forwards;
    page = store->after(contact('a'), 0, 50);
    for (int pages = 0; !page.isEmpty() && pages < 100; ++pages) {
        REQUIRE(page.size() <= 50);
        for (const Message &message : page)
            forwards.append(message.id);
        page = store->after(contact('a'), page.last().seq, 50);
    }
    CHECK(forwards == expected);
    CHECK(store->after(contact('z'), 0, 50).isEmpty());
}

TEST_CASE("HistoryStore search finds words newest first, marks hits and takes any input",
    "[storage][history]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("history.db")));
    storeAll(*store, contact('a'),
        { text(QStringLiteral("1"), QStringLiteral("Hello world, how is the weather?")),
            text(QStringLiteral("2"), QStringLiteral("nothing to see")),
            text(QStringLiteral("3"), QStringLiteral("The WORLD says hello again")),
            text(QStringLiteral("4"), QStringLiteral("a \"quoted\" NEAR(thing) with * and OR")) });
    storeAll(*store, contact('b'),
        { text(QStringLiteral("1"), QStringLiteral("hello from bob's world")) });

    const auto hits = store->search(QStringLiteral("hello world"), {}, 10);
    REQUIRE(hits.size() == 3);
    CHECK(hits.at(0).contact == contact('b'));
    CHECK(hits.at(1).id == QStringLiteral("3"));
    CHECK(hits.at(2).id == QStringLiteral("1"));
    CHECK(hits.at(2).snippet.contains(
        HistoryStore::kHitStart + QStringLiteral("Hello") + HistoryStore::kHitEnd));
    CHECK(store->search(QStringLiteral("hello world"), contact('a'), 10).size() == 2);
    CHECK(store->search(QStringLiteral("hello world"), contact('a'), 1).first().id
        == QStringLiteral("3"));
    CHECK(store->search(QStringLiteral("hello"), contact('z'), 10).isEmpty());
    CHECK(store->search(QStringLiteral("WéATHER"), {}, 10).size() == 1); // case and accents folded

    const QStringList hostile = { QStringLiteral("\""), QStringLiteral("*"),
        QStringLiteral("NEAR("), QStringLiteral("NEAR(thing"), QStringLiteral("foo\"bar"),
        QStringLiteral("hello OR"), QStringLiteral("AND"), QStringLiteral("body:hello"),
        QStringLiteral("-hello"), QStringLiteral("^hello"), QStringLiteral("((("),
        QStringLiteral("'; DROP TABLE messages; --"), QStringLiteral("quoted\" OR \"x"),
        QStringLiteral("hel*"), QStringLiteral("{body}: x"), QString(), QStringLiteral("   "),
        QStringLiteral("\"\"\"\""), QString(5000, QLatin1Char('a')) };
    for (const QString &query : hostile) {
        INFO(query.left(40).toStdString());
        HistoryStore::Error error;
        store->search(query, {}, 10, &error);
        CHECK(error.kind == ErrorKind::None);
    }
    // Operators are plain words.
    CHECK(store->search(QStringLiteral("NEAR(thing"), {}, 10).size() == 1);
    CHECK(store->search(QStringLiteral("\"quoted\" OR"), {}, 10).size() == 1);
    CHECK(store->search(QStringLiteral("hello OR nothing"), {}, 10).isEmpty());
    CHECK(store->messageCount() == 5);
}

TEST_CASE("HistoryStore deleting a conversation really removes its text", "[storage][history]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    const QByteArray marker = "qqjvmarkerzz";
    const QByteArray markerTail = "jvmarkerzz"; // survives FTS5's term prefix compression
    const QString countSql = QStringLiteral(
        "SELECT count(*) FROM messages_fts_data WHERE instr(block, CAST('%1' AS BLOB)) > 0")
                                 .arg(QString::fromLatin1(markerTail));
    {
        auto store = openStore(path);
        for (int i = 0; i < 50; ++i) {
            storeAll(*store, contact('a'),
                { text(QStringLiteral("a%1").arg(i),
                    QStringLiteral("secret %1 number %2")
                        .arg(QString::fromLatin1(marker))
                        .arg(i)) });
            storeAll(*store, contact('b'),
                { text(QStringLiteral("b%1").arg(i), QStringLiteral("keep this %1").arg(i)) });
        }
        REQUIRE(store->search(QString::fromLatin1(marker), {}, 100).size() == 50);
        REQUIRE(store->database().queryInt(countSql) > 0);
        // Encrypted at rest: the marker never appears in the raw files.
        CHECK_FALSE(readFile(path).contains(markerTail));
        CHECK_FALSE(readFile(path + QStringLiteral("-wal")).contains(markerTail));

        HistoryStore::Error error;
        REQUIRE(store->deleteContactHistory(contact('a'), &error));
        CHECK(store->messageCount(contact('a')) == 0);
        CHECK(store->conflicts(contact('a')).isEmpty());
        CHECK(store->database().queryInt(countSql) == 0);
        CHECK(store->database().queryInt(QStringLiteral(
                  "SELECT count(*) FROM messages WHERE instr(body, 'jvmarkerzz') > 0"))
            == 0);
        CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        CHECK_FALSE(readFile(path).contains(markerTail));
        // The other conversation is intact and still searchable.
        CHECK(store->messageCount(contact('b')) == 50);
        CHECK(store->search(QStringLiteral("keep"), {}, 100).size() == 50);
        // Deleting again, or deleting someone never stored, is not an error.
        CHECK(store->deleteContactHistory(contact('a'), &error));
    }
    auto fresh = openStore(path);
    CHECK(fresh->search(QString::fromLatin1(marker), {}, 100).isEmpty());
    CHECK(fresh->search(QStringLiteral("secret"), {}, 100).isEmpty());
    CHECK(fresh->messageCount() == 50);
    // The conversation can start again.
    storeAll(*fresh, contact('a'), { text(QStringLiteral("a0"), QStringLiteral("new start")) });
}

TEST_CASE("HistoryStore purges a conversation's messages older than a date", "[storage][history]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("history.db")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int day = 0; day < 10; ++day) {
        Message message
            = text(QStringLiteral("d%1").arg(day), QStringLiteral("day %1 oldword").arg(day));
        message.storedTime = now.addDays(-day);
        storeAll(*store, contact('a'), { message });
        message.id = QStringLiteral("other%1").arg(day);
        storeAll(*store, contact('b'), { message });
    }
    HistoryStore::Error error;
    CHECK(store->purgeOlderThan(contact('a'), now.addDays(-3).addSecs(-60), &error) == 6);
    CHECK(store->messageCount(contact('a')) == 4);
    CHECK(store->messageCount(contact('b')) == 10);
    CHECK(store->search(QStringLiteral("oldword"), contact('a'), 100).size() == 4);
    CHECK(store->purgeOlderThan(contact('a'), now.addDays(-3).addSecs(-60), &error) == 0);
    CHECK(store->purgeOlderThan(contact('a'), now.addSecs(60), &error) == 4);
    CHECK(error.kind == ErrorKind::None);
}

TEST_CASE("HistoryStore reports a full disk clearly and keeps what it had", "[storage][history]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("history.db")));
    storeAll(*store, contact('a'), { text(QStringLiteral("kept"), QStringLiteral("this stays")) });
    HistoryStore::Error error;
    const qint64 pages = store->database().queryInt(QStringLiteral("PRAGMA page_count"));
    REQUIRE(store->database().exec(
        QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2), &error));
    HistoryStore::AppendResult result;
    for (int i = 0; i < 200 && result.error.kind == ErrorKind::None; ++i)
        result = store->append(contact('a'),
            text(QStringLiteral("big%1").arg(i),
                QStringLiteral("filler %1 ").arg(i) + QString(3000, QLatin1Char('y'))));
    CHECK(result.outcome == Outcome::Failed);
    CHECK(result.error.kind == ErrorKind::DiskFull);
    CHECK(result.error.message.contains(QStringLiteral("full")));
    CHECK(store->find(contact('a'), QStringLiteral("kept"))->body == QStringLiteral("this stays"));
    CHECK(store->search(QStringLiteral("stays"), {}, 10).size() == 1);
    const qint64 stored = store->messageCount(contact('a'));
    CHECK(stored >= 1);
    // Nothing half-written: every stored message is complete and searchable.
    CHECK(qint64(store->newest(contact('a'), 1000).size()) == stored);
}

TEST_CASE("A reader connection searches on another thread what the writer has committed",
    "[storage][history][search]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    HistoryStore::Error error;
    CHECK_FALSE(HistoryStore::openReader(path, kKey, &error)); // never creates the file
    CHECK(error.kind == ErrorKind::IoError);
    CHECK_FALSE(QFileInfo::exists(path));

    auto writer = openStore(path);
    storeAll(*writer, contact('a'), { text(QStringLiteral("m1"), QStringLiteral("the red kite")) });
    CHECK_FALSE(HistoryStore::openReader(path, kOtherKey, &error));
    auto reader = HistoryStore::openReader(path, kKey, &error);
    INFO(error.message.toStdString());
    REQUIRE(reader);

    QList<HistoryStore::SearchHit> hits;
    QThread *ranOn = nullptr;
    const auto searchElsewhere = [&](const QString &words) {
        std::unique_ptr<QThread> thread(QThread::create([&] {
            ranOn = QThread::currentThread();
            hits = reader->search(words, {}, 10);
        }));
        thread->start();
        REQUIRE(thread->wait(10000));
        CHECK(ranOn != QThread::currentThread());
    };
    searchElsewhere(QStringLiteral("kite"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().id == QStringLiteral("m1"));
    CHECK(hits.first().senderTime == QDateTime::fromMSecsSinceEpoch(1732860000123, QTimeZone::UTC));
    CHECK(hits.first().storedTime == QDateTime::fromMSecsSinceEpoch(1732860000456, QTimeZone::UTC));
    // While typing: the last word may be the start of one, the others are whole words.
    using Mode = HistoryStore::SearchMode;
    CHECK(reader->search(QStringLiteral("red ki"), {}, 10).isEmpty());
    CHECK(reader->search(QStringLiteral("red ki"), {}, 10, nullptr, Mode::LastWordPrefix).size() == 1);
    CHECK(reader->search(QStringLiteral("re kite"), {}, 10, nullptr, Mode::LastWordPrefix).isEmpty());
    CHECK(reader->search(QStringLiteral("ki\"*"), {}, 10, nullptr, Mode::LastWordPrefix).size() == 1);
    // What the writer commits later is found by the open reader too.
    storeAll(*writer, contact('b'), { text(QStringLiteral("m2"), QStringLiteral("a kite again")) });
    searchElsewhere(QStringLiteral("kite"));
    CHECK(hits.size() == 2);
}
