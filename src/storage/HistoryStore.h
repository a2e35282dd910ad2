// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"
#include "storage/SqlCipherDatabase.h"

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace securechat::storage {

// Every conversation's lasting history in one SQLCipher database, history.db, keyed with the
// key HistoryKeyStore keeps. Synchronous and fast (a stored message is one short transaction),
// meant to be called from the GUI thread. Schema: docs/architecture.md.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(securechat::storage::HistoryStore)
public:
    using Error = SqlCipherDatabase::Error;
    using ErrorKind = SqlCipherDatabase::ErrorKind;

    enum class Direction { Incoming = 0, Outgoing = 1 };
    // Text is what people wrote; the others are notes the application puts into the
    // conversation. Only text is searchable.
    enum class Kind {
        Text = 0,
        KeyChanged = 1,
        Verified = 2,
        SessionStarted = 3,
        SessionEnded = 4
    };
    enum class Delivery { Queued = 0, Sent = 1, Delivered = 2, Failed = 3 };

    struct Message {
        qint64 seq = 0; // assigned by append, increasing, never reused
        QString id; // the protocol's message id, unique per contact
        Direction direction = Direction::Incoming;
        Kind kind = Kind::Text;
        QString body;
        QDateTime senderTime; // the sender's clock; may be invalid
        QDateTime storedTime; // set by append when invalid
        Delivery delivery = Delivery::Delivered;
        friend bool operator==(const Message &, const Message &) = default;
    };

    enum class Outcome { Stored, Duplicate, Conflict, Failed };
    struct AppendResult {
        Outcome outcome = Outcome::Failed;
        qint64 seq = 0; // the stored message's, or the earlier one's for Duplicate/Conflict
        Error error;
    };

    struct Conflict {
        QString id;
        QString body; // the body that was refused; the first one stays
        QDateTime notedTime;
    };

    // search() marks the matched words in snippets with these two characters.
    static constexpr QChar kHitStart = QChar(0x02);
    static constexpr QChar kHitEnd = QChar(0x03);
    struct SearchHit {
        crypto::Fingerprint contact;
        qint64 seq = 0;
        QString id;
        QString snippet;
        QDateTime storedTime;
        QDateTime senderTime; // may be invalid
    };

    struct Sizes {
        qint64 databaseBytes = 0;
        qint64 walBytes = 0;
        qint64 pageCount = 0;
        qint64 freePages = 0;
    };

    static constexpr int kSchemaVersion = 1;

    static QString defaultPath(const QString &profileDir = {}); // <profile>/history.db
    // Opens (creating when missing) and migrates to kSchemaVersion. Null on failure; a file that
    // is refused (wrong key, damaged, newer) is never modified.
    static std::unique_ptr<HistoryStore> open(
        const QString &path, const QByteArray &key, Error *error);
    // Another connection to a database open() has made, for reading on another thread (search
    // while the GUI thread stores): never created or migrated; refused unless at kSchemaVersion.
    // A store is used from one thread at a time.
    static std::unique_ptr<HistoryStore> openReader(
        const QString &path, const QByteArray &key, Error *error);

    // What the receive path commits before it acknowledges a message. A second message with the
    // same id and body is a Duplicate; with another body a Conflict: the first body stays and
    // the refused one is recorded (conflicts()).
    AppendResult append(const crypto::Fingerprint &contact, const Message &message);
    // Appends each message as append() does, all in one transaction: what the receive path
    // commits for the texts that arrived together, before it acknowledges any of them. When the
    // commit fails every result is Failed and nothing of the batch is stored.
    QList<AppendResult> appendAll(
        const crypto::Fingerprint &contact, const QList<Message> &messages);
    // True when a message changed. Delivered is final: it is never changed back.
    bool setDelivery(
        const crypto::Fingerprint &contact, const QString &id, Delivery state, Error *error);

    // Oldest first in each list.
    QList<Message> outbox(const crypto::Fingerprint &contact, Error *error = nullptr);
    QList<Message> newest(const crypto::Fingerprint &contact, int limit, Error *error = nullptr);
    QList<Message> before(
        const crypto::Fingerprint &contact, qint64 seq, int limit, Error *error = nullptr);
    // The oldest limit messages stored after seq, oldest first (paging forwards again).
    QList<Message> after(
        const crypto::Fingerprint &contact, qint64 seq, int limit, Error *error = nullptr);
    std::optional<Message> lastMessage(const crypto::Fingerprint &contact, Error *error = nullptr);
    std::optional<Message> find(
        const crypto::Fingerprint &contact, const QString &id, Error *error = nullptr);
    QList<Conflict> conflicts(const crypto::Fingerprint &contact, Error *error = nullptr);

    // Words: every word must occur. LastWordPrefix: the last word may also be the start of a
    // word (it is still being typed).
    enum class SearchMode { Words, LastWordPrefix };
    // Newest first. The text is searched as plain words (all must occur, in any order); no
    // query syntax is interpreted, so any input is safe. A null contact searches everyone.
    QList<SearchHit> search(const QString &text, const crypto::Fingerprint &contact, int limit,
        Error *error = nullptr, SearchMode mode = SearchMode::Words);

    // Removes the messages, their search index entries and conflicts, overwrites the freed
    // pages (secure_delete), rewrites the search index without them and truncates the WAL.
    bool deleteContactHistory(const crypto::Fingerprint &contact, Error *error);
    // Deletes the contact's messages stored before cutoff, as deleteContactHistory does,
    // except outgoing texts still waiting for a receipt (the outbox).
    // Returns how many went, -1 on error.
    qint64 purgeOlderThan(
        const crypto::Fingerprint &contact, const QDateTime &cutoff, Error *error);

    // Moves a contact's history to its new key (the user accepted a changed key). Fails when
    // the new key already has a history of its own.
    bool renameContact(
        const crypto::Fingerprint &from, const crypto::Fingerprint &to, QString *error);

    // A null contact counts all messages.
    qint64 messageCount(const crypto::Fingerprint &contact = {});
    Sizes sizes();

    SqlCipherDatabase &database() { return *m_database; }

private:
    explicit HistoryStore(std::unique_ptr<SqlCipherDatabase> database);
    bool migrate(Error *error);
    // The contact's row id; 0 when unknown (and create is false) or on error.
    qint64 contactId(const crypto::Fingerprint &contact, bool create, Error *error);
    // Inside the caller's transaction; a duplicate or conflicting id is reported, not stored.
    AppendResult insertMessage(qint64 contactRow, const Message &message);
    QList<Message> readMessages(SqlCipherDatabase::Statement &statement, Error *error);
    QList<Message> page(
        const crypto::Fingerprint &contact, qint64 seq, int limit, bool older, Error *error);
    bool eraseFreedText(Error *error);

    std::unique_ptr<SqlCipherDatabase> m_database;
    QHash<crypto::Fingerprint, qint64> m_contactIds;
};

} // namespace securechat::storage
