// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <unordered_map>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace securechat::storage {

// One SQLCipher database file: a thin RAII layer over SQLCipher's C API. Opened with a 32-byte
// raw key (no passphrase derivation), in WAL mode with secure_delete on; the file and its -wal
// and -shm companions are owner-only (0600). Not thread-safe: one thread uses one instance.
class SqlCipherDatabase
{
    Q_DECLARE_TR_FUNCTIONS(securechat::storage::SqlCipherDatabase)
public:
    static constexpr int kKeySize = 32;
    static constexpr int kBusyTimeoutMs = 250;

    enum class ErrorKind {
        None,
        NotADatabase, // wrong key, or not an SQLCipher database at all
        Corrupt, // truncated or damaged
        NewerSchema, // written by a newer SecureChat
        DiskFull,
        IoError,
        Busy, // locked by another process
        Failed // anything else (a bug, a misuse)
    };
    struct Error {
        ErrorKind kind = ErrorKind::None;
        QString message; // what happened and what to do; empty when kind == None
        explicit operator bool() const { return kind != ErrorKind::None; }
    };

    // A prepared statement. Owned statements are finalized on destruction; statements borrowed
    // from the database's cache (SqlCipherDatabase::cached) are only reset and unbound, so they
    // never keep a read transaction open after their user is done.
    class Statement
    {
    public:
        enum class Step { Row, Done, Error };

        Statement() = default;
        Statement(Statement &&other) noexcept;
        Statement &operator=(Statement &&other) noexcept;
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;
        ~Statement();

        bool isValid() const { return m_statement != nullptr; }
        // Parameters count from 1, as in SQLite.
        Statement &bind(int index, qint64 value);
        Statement &bind(int index, const QString &text);
        Statement &bind(int index, const QByteArray &blob);
        Statement &bindNull(int index);

        Step step(Error *error);
        // Steps to completion (statements without result rows).
        bool run(Error *error);

        qint64 int64(int column) const;
        QString text(int column) const;
        QByteArray blob(int column) const;
        bool isNull(int column) const;

        void reset();

    private:
        friend class SqlCipherDatabase;
        Statement(const SqlCipherDatabase *database, sqlite3_stmt *statement, bool owned)
            : m_database(database)
            , m_statement(statement)
            , m_owned(owned)
        { }
        void release();

        const SqlCipherDatabase *m_database = nullptr;
        sqlite3_stmt *m_statement = nullptr;
        bool m_owned = true;
    };

    // Commits on commit(), rolls back when destroyed before. Built on SAVEPOINT, so guards nest:
    // an inner guard inside a bulk outer one costs little.
    class Transaction
    {
    public:
        Transaction(SqlCipherDatabase &database, Error *error);
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        ~Transaction();
        bool isActive() const { return m_active; }
        bool commit(Error *error);

    private:
        SqlCipherDatabase &m_database;
        bool m_active = false;
    };

    struct OpenOptions {
        bool create = true; // create a new, empty database if the file does not exist
        // A database whose PRAGMA user_version is higher is refused (NewerSchema) before
        // anything is written to it.
        int newestUserVersion = 0;
    };

    // Null on failure, with error set. Nothing is written to a file that is refused.
    static std::unique_ptr<SqlCipherDatabase> open(
        const QString &path, const QByteArray &key, const OpenOptions &options, Error *error);
    ~SqlCipherDatabase();
    SqlCipherDatabase(const SqlCipherDatabase &) = delete;
    SqlCipherDatabase &operator=(const SqlCipherDatabase &) = delete;

    QString path() const { return m_path; }
    QString cipherVersion() const { return m_cipherVersion; }

    bool exec(const QString &sql, Error *error);
    Statement prepare(const QString &sql, Error *error);
    // A statement prepared once and kept for the database's lifetime; sql must be a string
    // literal (its address is the cache key). Invalid on error.
    Statement cached(const char *sql, Error *error);
    // The first column of the first row of a query, or fallback.
    qint64 queryInt(const QString &sql, qint64 fallback = -1);
    QString queryText(const QString &sql);

    int userVersion();
    qint64 lastInsertRowId() const;
    int changes() const;

    // Copies the WAL into the database and truncates the WAL to zero bytes.
    bool checkpointTruncate(Error *error);
    // chmod 0600 on the database and its -wal and -shm files, where they exist.
    void makeFilesPrivate() const;

    // An Error for an SQLite result code, with the database's message as detail.
    Error errorFor(int resultCode, const QString &context) const;
    static Error makeError(ErrorKind kind, const QString &message);

private:
    SqlCipherDatabase(sqlite3 *handle, const QString &path);

    sqlite3 *m_handle = nullptr;
    QString m_path;
    QString m_cipherVersion;
    std::unordered_map<const char *, sqlite3_stmt *> m_cache;
};

} // namespace securechat::storage
