// SPDX-License-Identifier: MIT
#include "storage/HistoryStore.h"

#include "storage/PrivateFiles.h"

#include <algorithm>
#include <array>
#include <limits>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

namespace securechat::storage {

namespace {

using Statement = SqlCipherDatabase::Statement;
using Step = Statement::Step;

void setError(HistoryStore::Error *error, const HistoryStore::Error &value)
{
    if (error)
        *error = value;
}

qint64 toStoredTime(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromStoredTime(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC) : QDateTime();
}

// --- Migrations: each brings the schema from version N to N + 1, inside a transaction. ------

bool createVersion1(SqlCipherDatabase &db, HistoryStore::Error *error)
{
    // Contacts are numbered so that each message row carries an integer, not 64 hex digits.
    // AUTOINCREMENT keeps seq from ever being reused, so paging by seq cannot skip or repeat.
    // The search index holds only text messages and is kept in sync by triggers.
    return db.exec(QStringLiteral(R"sql(
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            fingerprint TEXT NOT NULL UNIQUE);
        CREATE TABLE messages (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            contact INTEGER NOT NULL,
            msg_id TEXT NOT NULL,
            direction INTEGER NOT NULL,
            kind INTEGER NOT NULL,
            body TEXT NOT NULL,
            sender_time INTEGER NOT NULL,
            stored_time INTEGER NOT NULL,
            delivery INTEGER NOT NULL,
            UNIQUE (contact, msg_id));
        CREATE INDEX messages_by_contact ON messages (contact, seq);
        CREATE INDEX messages_outbox ON messages (contact, seq)
            WHERE direction = 1 AND delivery IN (0, 1);
        CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY,
            contact INTEGER NOT NULL,
            msg_id TEXT NOT NULL,
            body TEXT NOT NULL,
            noted_time INTEGER NOT NULL);
        CREATE INDEX conflicts_by_contact ON conflicts (contact);
        CREATE VIRTUAL TABLE messages_fts USING fts5 (
            body, content = 'messages', content_rowid = 'seq',
            tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages WHEN new.kind = 0 BEGIN
            INSERT INTO messages_fts (rowid, body) VALUES (new.seq, new.body);
        END;
        CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages WHEN old.kind = 0 BEGIN
            INSERT INTO messages_fts (messages_fts, rowid, body)
                VALUES ('delete', old.seq, old.body);
        END;
    )sql"),
        error);
}

using Migration = bool (*)(SqlCipherDatabase &, HistoryStore::Error *);
constexpr std::array<Migration, HistoryStore::kSchemaVersion> kMigrations = { &createVersion1 };

// Plain words for FTS5: each whitespace-separated word becomes a quoted string (inner quotes
// doubled), so that no operator, column filter, prefix star or NEAR() is ever interpreted.
// Words without a letter or digit would be empty to the tokenizer and are dropped.
QString ftsQuery(const QString &text, HistoryStore::SearchMode mode)
{
    QStringList words;
    for (const QString &word :
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (!std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        words.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
    }
    // "word"* matches every word that starts with it: what is being typed.
    if (mode == HistoryStore::SearchMode::LastWordPrefix && !words.isEmpty())
        words.last().append(QLatin1Char('*'));
    return words.join(QLatin1Char(' '));
}

} // namespace

HistoryStore::HistoryStore(std::unique_ptr<SqlCipherDatabase> database)
    : m_database(std::move(database))
{ }

QString HistoryStore::defaultPath(const QString &profileDir)
{
    return QDir(PrivateFiles::resolveProfileDir(profileDir)).filePath(QStringLiteral("history.db"));
}

std::unique_ptr<HistoryStore> HistoryStore::open(
    const QString &path, const QByteArray &key, Error *error)
{
    SqlCipherDatabase::OpenOptions options;
    options.newestUserVersion = kSchemaVersion;
    auto database = SqlCipherDatabase::open(path, key, options, error);
    if (!database)
        return nullptr;
    std::unique_ptr<HistoryStore> store(new HistoryStore(std::move(database)));
    if (!store->migrate(error))
        return nullptr;
    return store;
}

std::unique_ptr<HistoryStore> HistoryStore::openReader(
    const QString &path, const QByteArray &key, Error *error)
{
    SqlCipherDatabase::OpenOptions options;
    options.create = false;
    options.newestUserVersion = kSchemaVersion;
    auto database = SqlCipherDatabase::open(path, key, options, error);
    if (!database)
        return nullptr;
    if (database->userVersion() != kSchemaVersion) {
        setError(error,
            SqlCipherDatabase::makeError(ErrorKind::Failed,
                tr("The history database %1 has not been set up yet.")
                    .arg(QDir::toNativeSeparators(path))));
        return nullptr;
    }
    return std::unique_ptr<HistoryStore>(new HistoryStore(std::move(database)));
}

bool HistoryStore::migrate(Error *error)
{
    for (int version = m_database->userVersion(); version < kSchemaVersion; ++version) {
        SqlCipherDatabase::Transaction transaction(*m_database, error);
        if (!transaction.isActive() || !kMigrations[size_t(version)](*m_database, error)
            || !m_database->exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1), error)
            || !transaction.commit(error))
            return false;
    }
    return true;
}

qint64 HistoryStore::contactId(const crypto::Fingerprint &contact, bool create, Error *error)
{
    if (contact.isNull())
        return 0;
    if (const auto found = m_contactIds.constFind(contact); found != m_contactIds.cend())
        return *found;
    const QString hex = contact.toHex();
    if (create) {
        Statement insert = m_database->cached(
            "INSERT INTO contacts (fingerprint) VALUES (?1) ON CONFLICT DO NOTHING", error);
        if (!insert.isValid() || !insert.bind(1, hex).run(error))
            return 0;
    }
    Statement select = m_database->cached("SELECT id FROM contacts WHERE fingerprint = ?1", error);
    if (!select.isValid())
        return 0;
    select.bind(1, hex);
    const Step step = select.step(error);
    if (step != Step::Row)
        return 0;
    // Cached only once it surely exists; a row inserted in a transaction that is rolled back
    // later must not stay in the cache, so append() caches after its commit.
    const qint64 id = select.int64(0);
    if (!create)
        m_contactIds.insert(contact, id);
    return id;
}

HistoryStore::AppendResult HistoryStore::append(
    const crypto::Fingerprint &contact, const Message &message)
{
    return appendAll(contact, { message }).constFirst();
}

// One savepoint for the whole batch: a savepoint per message would copy every page it touches
// into the statement journal first.
QList<HistoryStore::AppendResult> HistoryStore::appendAll(
    const crypto::Fingerprint &contact, const QList<Message> &messages)
{
    QList<AppendResult> results;
    results.reserve(messages.size());
    const auto failAll = [&](const Error &error) {
        results.clear();
        for (qsizetype i = 0; i < messages.size(); ++i) {
            AppendResult failed;
            failed.error = error;
            results.append(failed);
        }
        return results;
    };
    if (contact.isNull()
        || std::any_of(messages.cbegin(), messages.cend(),
            [](const Message &message) { return message.id.isEmpty(); })) {
        return failAll(SqlCipherDatabase::makeError(
            ErrorKind::Failed, tr("A message without a contact or an id cannot be stored.")));
    }
    Error error;
    SqlCipherDatabase::Transaction transaction(*m_database, &error);
    if (!transaction.isActive())
        return failAll(error);
    const qint64 id = contactId(contact, true, &error);
    if (!id)
        return failAll(error);
    for (const Message &message : messages) {
        AppendResult result = insertMessage(id, message);
        if (result.outcome == Outcome::Failed)
            return failAll(result.error);
        results.append(result);
    }
    if (!transaction.commit(&error))
        return failAll(error);
    // Only now: a contact row created inside a rolled-back transaction would be gone again.
    m_contactIds.insert(contact, id);
    return results;
}

HistoryStore::AppendResult HistoryStore::insertMessage(qint64 contactRow, const Message &message)
{
    AppendResult result;
    Statement insert = m_database->cached(
        "INSERT INTO messages (contact, msg_id, direction, kind, body, sender_time, stored_time, "
        "delivery) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (contact, msg_id) DO "
        "NOTHING",
        &result.error);
    if (!insert.isValid())
        return result;
    const QDateTime stored
        = message.storedTime.isValid() ? message.storedTime : QDateTime::currentDateTimeUtc();
    insert.bind(1, contactRow)
        .bind(2, message.id)
        .bind(3, qint64(message.direction))
        .bind(4, qint64(message.kind))
        .bind(5, message.body)
        .bind(6, toStoredTime(message.senderTime))
        .bind(7, toStoredTime(stored))
        .bind(8, qint64(message.delivery));
    if (!insert.run(&result.error))
        return result;
    insert = Statement();

    if (m_database->changes() == 1) {
        result.seq = m_database->lastInsertRowId();
        result.outcome = Outcome::Stored;
        return result;
    }
    Statement existing = m_database->cached(
        "SELECT seq, body FROM messages WHERE contact = ?1 AND msg_id = ?2", &result.error);
    if (!existing.isValid())
        return result;
    existing.bind(1, contactRow).bind(2, message.id);
    if (existing.step(&result.error) != Step::Row)
        return result;
    result.seq = existing.int64(0);
    const bool sameBody = existing.text(1) == message.body;
    existing = Statement();
    if (sameBody) {
        result.outcome = Outcome::Duplicate;
        return result;
    }
    Statement note = m_database->cached(
        "INSERT INTO conflicts (contact, msg_id, body, noted_time) VALUES (?1, ?2, ?3, ?4)",
        &result.error);
    if (!note.isValid()
        || !note.bind(1, contactRow)
                .bind(2, message.id)
                .bind(3, message.body)
                .bind(4, toStoredTime(QDateTime::currentDateTimeUtc()))
                .run(&result.error))
        return result;
    result.outcome = Outcome::Conflict;
    return result;
}

bool HistoryStore::setDelivery(
    const crypto::Fingerprint &contact, const QString &id, Delivery state, Error *error)
{
    const qint64 contactRow = contactId(contact, false, error);
    if (!contactRow)
        return false;
    Statement update = m_database->cached("UPDATE messages SET delivery = ?3 WHERE contact = ?1 "
                                          "AND msg_id = ?2 AND delivery != 2 AND delivery != ?3",
        error);
    if (!update.isValid()
        || !update.bind(1, contactRow).bind(2, id).bind(3, qint64(state)).run(error))
        return false;
    return m_database->changes() > 0;
}

QList<HistoryStore::Message> HistoryStore::readMessages(Statement &statement, Error *error)
{
    QList<Message> messages;
    Step step;
    while ((step = statement.step(error)) == Step::Row) {
        Message message;
        message.seq = statement.int64(0);
        message.id = statement.text(1);
        message.direction = Direction(statement.int64(2));
        message.kind = Kind(statement.int64(3));
        message.body = statement.text(4);
        message.senderTime = fromStoredTime(statement.int64(5));
        message.storedTime = fromStoredTime(statement.int64(6));
        message.delivery = Delivery(statement.int64(7));
        messages.append(message);
    }
    if (step == Step::Error)
        return {};
    return messages;
}

QList<HistoryStore::Message> HistoryStore::outbox(const crypto::Fingerprint &contact, Error *error)
{
    const qint64 id = contactId(contact, false, error);
    if (!id)
        return {};
    Statement select = m_database->cached(
        "SELECT seq, msg_id, direction, kind, body, sender_time, stored_time, delivery FROM "
        "messages WHERE contact = ?1 AND direction = 1 AND delivery IN (0, 1) ORDER BY seq",
        error);
    if (!select.isValid())
        return {};
    select.bind(1, id);
    return readMessages(select, error);
}

QList<HistoryStore::Message> HistoryStore::newest(
    const crypto::Fingerprint &contact, int limit, Error *error)
{
    return before(contact, std::numeric_limits<qint64>::max(), limit, error);
}

QList<HistoryStore::Message> HistoryStore::before(
    const crypto::Fingerprint &contact, qint64 seq, int limit, Error *error)
{
    QList<Message> messages = page(contact, seq, limit, true, error);
    std::reverse(messages.begin(), messages.end());
    return messages;
}

QList<HistoryStore::Message> HistoryStore::after(
    const crypto::Fingerprint &contact, qint64 seq, int limit, Error *error)
{
    return page(contact, seq, limit, false, error);
}

// Up to limit messages next to seq, nearest first: older ones (newest first) or newer ones.
QList<HistoryStore::Message> HistoryStore::page(
    const crypto::Fingerprint &contact, qint64 seq, int limit, bool older, Error *error)
{
    const qint64 id = contactId(contact, false, error);
    if (!id || limit <= 0)
        return {};
    Statement select = m_database->cached(older
            ? "SELECT seq, msg_id, direction, kind, body, sender_time, stored_time, delivery FROM "
              "messages WHERE contact = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT ?3"
            : "SELECT seq, msg_id, direction, kind, body, sender_time, stored_time, delivery FROM "
              "messages WHERE contact = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
        error);
    if (!select.isValid())
        return {};
    select.bind(1, id).bind(2, seq).bind(3, qint64(limit));
    return readMessages(select, error);
}

std::optional<HistoryStore::Message> HistoryStore::lastMessage(
    const crypto::Fingerprint &contact, Error *error)
{
    const QList<Message> last = newest(contact, 1, error);
    if (last.isEmpty())
        return std::nullopt;
    return last.first();
}

std::optional<HistoryStore::Message> HistoryStore::find(
    const crypto::Fingerprint &contact, const QString &id, Error *error)
{
    const qint64 contactRow = contactId(contact, false, error);
    if (!contactRow)
        return std::nullopt;
    Statement select = m_database->cached(
        "SELECT seq, msg_id, direction, kind, body, sender_time, stored_time, delivery FROM "
        "messages WHERE contact = ?1 AND msg_id = ?2",
        error);
    if (!select.isValid())
        return std::nullopt;
    select.bind(1, contactRow).bind(2, id);
    const QList<Message> found = readMessages(select, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<HistoryStore::Conflict> HistoryStore::conflicts(
    const crypto::Fingerprint &contact, Error *error)
{
    const qint64 id = contactId(contact, false, error);
    if (!id)
        return {};
    Statement select = m_database->cached(
        "SELECT msg_id, body, noted_time FROM conflicts WHERE contact = ?1 ORDER BY id", error);
    if (!select.isValid())
        return {};
    select.bind(1, id);
    QList<Conflict> result;
    while (select.step(error) == Step::Row)
        result.append({ select.text(0), select.text(1), fromStoredTime(select.int64(2)) });
    return result;
}

QList<HistoryStore::SearchHit> HistoryStore::search(const QString &text,
    const crypto::Fingerprint &contact, int limit, Error *error, SearchMode mode)
{
    const QString query = ftsQuery(text, mode);
    if (query.isEmpty() || limit <= 0)
        return {};
    qint64 contactRow = 0;
    if (!contact.isNull()) {
        contactRow = contactId(contact, false, error);
        if (!contactRow)
            return {};
    }
    // snippet(): column 0, hit markers, an ellipsis where text was cut, at most 12 words.
    Statement select = contactRow
        ? m_database->cached("SELECT m.seq, c.fingerprint, m.msg_id, "
                             "snippet(messages_fts, 0, char(2), char(3), '…', 12), m.stored_time, "
                             "m.sender_time "
                             "FROM messages_fts JOIN messages m ON m.seq = messages_fts.rowid "
                             "JOIN contacts c ON c.id = m.contact "
                             "WHERE messages_fts MATCH ?1 AND m.contact = ?2 "
                             "ORDER BY messages_fts.rowid DESC LIMIT ?3",
            error)
        : m_database->cached("SELECT m.seq, c.fingerprint, m.msg_id, "
                             "snippet(messages_fts, 0, char(2), char(3), '…', 12), m.stored_time, "
                             "m.sender_time "
                             "FROM messages_fts JOIN messages m ON m.seq = messages_fts.rowid "
                             "JOIN contacts c ON c.id = m.contact "
                             "WHERE messages_fts MATCH ?1 AND ?2 = 0 "
                             "ORDER BY messages_fts.rowid DESC LIMIT ?3",
            error);
    if (!select.isValid())
        return {};
    select.bind(1, query).bind(2, contactRow).bind(3, qint64(limit));
    QList<SearchHit> hits;
    Step step;
    while ((step = select.step(error)) == Step::Row) {
        SearchHit hit;
        hit.seq = select.int64(0);
        hit.contact
            = crypto::Fingerprint::fromString(select.text(1)).value_or(crypto::Fingerprint());
        hit.id = select.text(2);
        hit.snippet = select.text(3);
        hit.storedTime = fromStoredTime(select.int64(4));
        hit.senderTime = fromStoredTime(select.int64(5));
        hits.append(hit);
    }
    return step == Step::Error ? QList<SearchHit>() : hits;
}

bool HistoryStore::eraseFreedText(Error *error)
{
    // FTS5 only marks deleted rows in newer index segments; the words stay in the old segments
    // until they are merged. 'optimize' merges everything into one segment without them.
    return m_database->exec(
               QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('optimize')"), error)
        && m_database->checkpointTruncate(error);
}

bool HistoryStore::deleteContactHistory(const crypto::Fingerprint &contact, Error *error)
{
    Error lookupError;
    const qint64 id = contactId(contact, false, &lookupError);
    if (!id) {
        setError(error, lookupError);
        // Nothing stored is nothing to delete.
        return !contact.isNull() && lookupError.kind == ErrorKind::None;
    }
    {
        SqlCipherDatabase::Transaction transaction(*m_database, error);
        Statement messages = m_database->cached("DELETE FROM messages WHERE contact = ?1", error);
        if (!transaction.isActive() || !messages.isValid() || !messages.bind(1, id).run(error))
            return false;
        messages = Statement();
        Statement noted = m_database->cached("DELETE FROM conflicts WHERE contact = ?1", error);
        if (!noted.isValid() || !noted.bind(1, id).run(error))
            return false;
        noted = Statement();
        Statement row = m_database->cached("DELETE FROM contacts WHERE id = ?1", error);
        if (!row.isValid() || !row.bind(1, id).run(error))
            return false;
        row = Statement();
        if (!transaction.commit(error))
            return false;
    }
    m_contactIds.remove(contact);
    return eraseFreedText(error);
}

qint64 HistoryStore::purgeOlderThan(
    const crypto::Fingerprint &contact, const QDateTime &cutoff, Error *error)
{
    const qint64 id = contactId(contact, false, error);
    if (!id || !cutoff.isValid())
        return 0;
    Statement purge
        = m_database->cached("DELETE FROM messages WHERE contact = ?1 AND stored_time < ?2 "
                             "AND NOT (direction = 1 AND delivery IN (0, 1))",
            error);
    if (!purge.isValid() || !purge.bind(1, id).bind(2, toStoredTime(cutoff)).run(error))
        return -1;
    purge = Statement();
    const qint64 removed = m_database->changes();
    if (removed > 0 && !eraseFreedText(error))
        return -1;
    return removed;
}

qint64 HistoryStore::messageCount(const crypto::Fingerprint &contact)
{
    if (contact.isNull())
        return m_database->queryInt(QStringLiteral("SELECT count(*) FROM messages"), 0);
    const qint64 id = contactId(contact, false, nullptr);
    if (!id)
        return 0;
    Statement count
        = m_database->cached("SELECT count(*) FROM messages WHERE contact = ?1", nullptr);
    if (!count.isValid() || count.bind(1, id).step(nullptr) != Step::Row)
        return 0;
    return count.int64(0);
}

HistoryStore::Sizes HistoryStore::sizes()
{
    Sizes sizes;
    sizes.databaseBytes = QFileInfo(m_database->path()).size();
    sizes.walBytes = QFileInfo(m_database->path() + QStringLiteral("-wal")).size();
    sizes.pageCount = m_database->queryInt(QStringLiteral("PRAGMA page_count"), 0);
    sizes.freePages = m_database->queryInt(QStringLiteral("PRAGMA freelist_count"), 0);
    return sizes;
}

bool HistoryStore::renameContact(
    const crypto::Fingerprint &from, const crypto::Fingerprint &to, QString *error)
{
    Error failure;
    Statement update = m_database->cached(
        "UPDATE contacts SET fingerprint = ?2 WHERE fingerprint = ?1", &failure);
    if (!update.isValid() || !update.bind(1, from.toHex()).bind(2, to.toHex()).run(&failure)) {
        if (error)
            *error = failure.message;
        return false;
    }
    m_contactIds.remove(from);
    m_contactIds.remove(to);
    return true;
}

} // namespace securechat::storage
