// SPDX-License-Identifier: MIT
#include "storage/SqlCipherDatabase.h"

#include "storage/PrivateFiles.h"

#include <cerrno>
#include <sqlcipher/sqlite3.h>
#include <utility>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace securechat::storage {

namespace {

void setError(SqlCipherDatabase::Error *error, const SqlCipherDatabase::Error &value)
{
    if (error)
        *error = value;
}

// Creates path as an empty owner-only file unless it exists, so that SQLite never creates it
// with the umask's wider permissions. An empty file is a new database to SQLite.
bool createPrivateFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(
        QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno == EEXIST;
    ::close(fd);
    return true;
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return file.exists();
    file.close();
    return PrivateFiles::makePrivate(path);
#endif
}

} // namespace

// --- Statement ---------------------------------------------------------------------------------

SqlCipherDatabase::Statement::Statement(Statement &&other) noexcept
    : m_database(other.m_database)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_owned(other.m_owned)
{ }

SqlCipherDatabase::Statement &SqlCipherDatabase::Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_database = other.m_database;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_owned = other.m_owned;
    }
    return *this;
}

SqlCipherDatabase::Statement::~Statement()
{
    release();
}

void SqlCipherDatabase::Statement::release()
{
    if (!m_statement)
        return;
    if (m_owned) {
        sqlite3_finalize(m_statement);
    } else {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    m_statement = nullptr;
}

SqlCipherDatabase::Statement &SqlCipherDatabase::Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqlCipherDatabase::Statement &SqlCipherDatabase::Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlCipherDatabase::Statement &SqlCipherDatabase::Statement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_statement, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlCipherDatabase::Statement &SqlCipherDatabase::Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

SqlCipherDatabase::Statement::Step SqlCipherDatabase::Statement::step(Error *error)
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    if (error) {
        // The connection's extended code says more than step's result (e.g. SQLITE_FULL).
        const int code = sqlite3_extended_errcode(sqlite3_db_handle(m_statement));
        *error = m_database->errorFor(code != SQLITE_OK ? code : rc, QString());
    }
    sqlite3_reset(m_statement);
    return Step::Error;
}

bool SqlCipherDatabase::Statement::run(Error *error)
{
    Step result;
    while ((result = step(error)) == Step::Row) { }
    return result == Step::Done;
}

qint64 SqlCipherDatabase::Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqlCipherDatabase::Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqlCipherDatabase::Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

bool SqlCipherDatabase::Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void SqlCipherDatabase::Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

// --- Transaction -------------------------------------------------------------------------------

SqlCipherDatabase::Transaction::Transaction(SqlCipherDatabase &database, Error *error)
    : m_database(database)
{
    Statement begin = m_database.cached("SAVEPOINT securechat", error);
    m_active = begin.isValid() && begin.run(error);
}

SqlCipherDatabase::Transaction::~Transaction()
{
    if (!m_active)
        return;
    // ROLLBACK TO undoes the work but leaves the savepoint open; RELEASE then closes it.
    Statement rollback = m_database.cached("ROLLBACK TO securechat", nullptr);
    if (rollback.isValid())
        rollback.run(nullptr);
    Statement release = m_database.cached("RELEASE securechat", nullptr);
    if (release.isValid())
        release.run(nullptr);
}

bool SqlCipherDatabase::Transaction::commit(Error *error)
{
    if (!m_active) {
        setError(error, makeError(ErrorKind::Failed, tr("No transaction is open.")));
        return false;
    }
    Statement release = m_database.cached("RELEASE securechat", error);
    if (!release.isValid() || !release.run(error))
        return false; // the destructor rolls back
    m_active = false;
    return true;
}

// --- SqlCipherDatabase -------------------------------------------------------------------------

SqlCipherDatabase::SqlCipherDatabase(sqlite3 *handle, const QString &path)
    : m_handle(handle)
    , m_path(path)
{ }

SqlCipherDatabase::~SqlCipherDatabase()
{
    for (auto &[sql, statement] : m_cache)
        sqlite3_finalize(statement);
    if (m_handle)
        sqlite3_close_v2(m_handle);
}

SqlCipherDatabase::Error SqlCipherDatabase::makeError(ErrorKind kind, const QString &message)
{
    return Error { kind, message };
}

SqlCipherDatabase::Error SqlCipherDatabase::errorFor(int resultCode, const QString &context) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    const QString detail = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                                    : QString::fromUtf8(sqlite3_errstr(resultCode));
    const QString where = context.isEmpty() ? detail : context + QStringLiteral(": ") + detail;
    switch (resultCode & 0xff) {
    case SQLITE_NOTADB:
        return makeError(ErrorKind::NotADatabase,
            tr("The history database %1 could not be opened: it is not a SecureChat history "
               "database, or it was encrypted with another key (%2). It was left untouched; "
               "move it away to start a new history.")
                .arg(file, where));
    case SQLITE_CORRUPT:
        return makeError(ErrorKind::Corrupt,
            tr("The history database %1 is damaged (%2). It was left untouched; restore it from "
               "a backup or move it away to start a new history.")
                .arg(file, where));
    case SQLITE_FULL:
        return makeError(ErrorKind::DiskFull,
            tr("The disk holding %1 is full (%2); the message was not stored. Free some space "
               "and try again.")
                .arg(file, where));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return makeError(ErrorKind::IoError,
            tr("The history database %1 could not be read or written (%2). Check the disk and "
               "the file's permissions.")
                .arg(file, where));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorKind::Busy,
            tr("The history database %1 is in use by another program (%2). Close the other "
               "SecureChat and try again.")
                .arg(file, where));
    default:
        return makeError(ErrorKind::Failed,
            tr("The history database %1 reported an error (%2).").arg(file, where));
    }
}

std::unique_ptr<SqlCipherDatabase> SqlCipherDatabase::open(
    const QString &path, const QByteArray &key, const OpenOptions &options, Error *error)
{
    if (key.size() != kKeySize) {
        setError(error,
            makeError(ErrorKind::Failed,
                tr("The history key has %1 bytes instead of %2.").arg(key.size()).arg(kKeySize)));
        return nullptr;
    }
    const bool existed = QFileInfo::exists(path);
    if (!existed && !options.create) {
        setError(error,
            makeError(ErrorKind::IoError,
                tr("The history database %1 does not exist.").arg(QDir::toNativeSeparators(path))));
        return nullptr;
    }
    if (!existed) {
        QString dirError;
        if (!PrivateFiles::ensureDirectory(QFileInfo(path).absolutePath(), &dirError)
            || !createPrivateFile(path)) {
            setError(error,
                makeError(ErrorKind::IoError,
                    dirError.isEmpty() ? tr("The history database %1 could not be created. Check "
                                            "that you may write to its folder.")
                                             .arg(QDir::toNativeSeparators(path))
                                       : dirError));
            return nullptr;
        }
    }

    sqlite3 *handle = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_EXRESCODE;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    std::unique_ptr<SqlCipherDatabase> database(new SqlCipherDatabase(handle, path));
    if (rc != SQLITE_OK) {
        setError(error, database->errorFor(rc, tr("opening")));
        return nullptr;
    }
    sqlite3_busy_timeout(handle, kBusyTimeoutMs);
    sqlite3_extended_result_codes(handle, 1);
    // SQLCipher would also print its errors to stderr; they reach the user through Error.
    sqlite3_exec(handle, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);

    // A raw key in x'…' form skips SQLCipher's passphrase derivation: the key is random already.
    QByteArray keyPragma = "PRAGMA key = \"x'" + key.toHex() + "'\"";
    const int keyRc = sqlite3_exec(handle, keyPragma.constData(), nullptr, nullptr, nullptr);
    keyPragma.fill('\0');
    if (keyRc != SQLITE_OK) {
        setError(error, database->errorFor(keyRc, tr("setting the key")));
        return nullptr;
    }
    database->m_cipherVersion = database->queryText(QStringLiteral("PRAGMA cipher_version"));
    if (database->m_cipherVersion.isEmpty()) {
        setError(error,
            makeError(ErrorKind::Failed,
                tr("SecureChat was built against plain SQLite instead of SQLCipher, so the history "
                   "could not be encrypted. Install SQLCipher and rebuild SecureChat.")));
        return nullptr;
    }
    // The key is only checked when the first page is read.
    Error readError;
    Statement probe
        = database->prepare(QStringLiteral("SELECT count(*) FROM sqlite_master"), &readError);
    if (!probe.isValid() || probe.step(&readError) != Statement::Step::Row) {
        setError(error, readError);
        return nullptr;
    }
    probe = Statement();
    const int version = database->userVersion();
    if (version > options.newestUserVersion) {
        setError(error,
            makeError(ErrorKind::NewerSchema,
                tr("The history database %1 was written by a newer SecureChat (format %2; this "
                   "version reads up to %3). It was left untouched; update SecureChat to read it.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(version)
                    .arg(options.newestUserVersion)));
        return nullptr;
    }
    // synchronous=NORMAL in WAL mode: a power loss may lose the last transactions but never
    // corrupts the database (docs/security.md).
    if (!database->exec(QStringLiteral("PRAGMA journal_mode = WAL"), error)
        || !database->exec(QStringLiteral("PRAGMA synchronous = NORMAL"), error)
        || !database->exec(QStringLiteral("PRAGMA secure_delete = ON"), error)
        || !database->exec(QStringLiteral("PRAGMA foreign_keys = ON"), error)
        || !database->exec(QStringLiteral("PRAGMA temp_store = MEMORY"), error))
        return nullptr;
    database->makeFilesPrivate();
    return database;
}

void SqlCipherDatabase::makeFilesPrivate() const
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QString file = m_path + suffix;
        if (QFileInfo::exists(file) && !PrivateFiles::isPrivate(file))
            PrivateFiles::makePrivate(file);
    }
}

bool SqlCipherDatabase::exec(const QString &sql, Error *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc == SQLITE_OK)
        return true;
    setError(error, errorFor(sqlite3_extended_errcode(m_handle), QString()));
    return false;
}

SqlCipherDatabase::Statement SqlCipherDatabase::prepare(const QString &sql, Error *error)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc
        = sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &statement, nullptr);
    if (rc != SQLITE_OK) {
        setError(error, errorFor(sqlite3_extended_errcode(m_handle), QString()));
        return {};
    }
    return Statement(this, statement, true);
}

SqlCipherDatabase::Statement SqlCipherDatabase::cached(const char *sql, Error *error)
{
    auto found = m_cache.find(sql);
    if (found == m_cache.end()) {
        sqlite3_stmt *statement = nullptr;
        const int rc
            = sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        if (rc != SQLITE_OK) {
            setError(error, errorFor(sqlite3_extended_errcode(m_handle), QString()));
            return {};
        }
        found = m_cache.emplace(sql, statement).first;
    }
    return Statement(this, found->second, false);
}

qint64 SqlCipherDatabase::queryInt(const QString &sql, qint64 fallback)
{
    Statement statement = prepare(sql, nullptr);
    if (!statement.isValid() || statement.step(nullptr) != Statement::Step::Row)
        return fallback;
    return statement.int64(0);
}

QString SqlCipherDatabase::queryText(const QString &sql)
{
    Statement statement = prepare(sql, nullptr);
    if (!statement.isValid() || statement.step(nullptr) != Statement::Step::Row)
        return {};
    return statement.text(0);
}

int SqlCipherDatabase::userVersion()
{
    return int(queryInt(QStringLiteral("PRAGMA user_version"), 0));
}

qint64 SqlCipherDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

int SqlCipherDatabase::changes() const
{
    return sqlite3_changes(m_handle);
}

bool SqlCipherDatabase::checkpointTruncate(Error *error)
{
    int logFrames = 0, checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(
        m_handle, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    if (rc != SQLITE_OK) {
        setError(error, errorFor(rc, tr("checkpoint")));
        return false;
    }
    return true;
}

} // namespace securechat::storage
