// SPDX-License-Identifier: MIT
#include "storage/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace securechat::storage {

namespace {
constexpr QFile::Permissions kOwnerFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kGroupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}
} // namespace

QString PrivateFiles::resolveProfileDir(const QString &profileDir)
{
    if (!profileDir.isEmpty())
        return QDir::cleanPath(QDir(profileDir).absolutePath());
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool PrivateFiles::ensureDirectory(const QString &dir, QString *error)
{
    if (dir.isEmpty()) {
        setError(error, tr("No folder is available for SecureChat's data."));
        return false;
    }
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        setError(error,
            tr("%1 exists but is not a folder. Move it away and try again.")
                .arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    if (!info.exists() && !QDir().mkpath(dir)) {
        setError(error,
            tr("The folder %1 could not be created. Check that you may write to "
               "its parent folder.")
                .arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    if (!isPrivate(dir) && !makePrivate(dir)) {
        setError(error,
            tr("The folder %1 could not be made private to you (permissions 0700).")
                .arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    return true;
}

bool PrivateFiles::writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    if (!ensureDirectory(QFileInfo(path).absolutePath(), error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error,
            tr("%1 could not be written: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    // Restrict the temporary file before any content goes into it.
    if (!file.setPermissions(kOwnerFile)) {
        file.cancelWriting();
        setError(error,
            tr("%1 could not be made private to you (permissions 0600).")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        setError(
            error, tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    return true;
}

bool PrivateFiles::writeNew(const QString &path, const QByteArray &data, QString *error)
{
    const QString exists
        = tr("%1 already exists and was left untouched.").arg(QDir::toNativeSeparators(path));
    if (QFileInfo::exists(path)) {
        setError(error, exists);
        return false;
    }
    const QString temporary = freeSiblingName(path, QStringLiteral(".new"));
    if (!writeAtomically(temporary, data, error))
        return false;
    // QFile::rename refuses to replace an existing file (renameat2 with RENAME_NOREPLACE, or
    // link and unlink), so a file created meanwhile by someone else survives.
    QFile file(temporary);
    if (!file.rename(path)) {
        const bool raced = QFileInfo::exists(path);
        const QString reason = file.errorString();
        QFile::remove(temporary);
        setError(error,
            raced ? exists
                  : tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    return true;
}

bool PrivateFiles::isOwnedByCurrentUser(const QString &path)
{
#ifdef Q_OS_UNIX
    return QFileInfo(path).ownerId() == uint(::getuid());
#else
    Q_UNUSED(path);
    return true;
#endif
}

bool PrivateFiles::isPrivate(const QString &path)
{
#ifdef Q_OS_UNIX
    const QFileInfo info(path);
    return isOwnedByCurrentUser(path) && !(info.permissions() & kGroupOrOther);
#else
    Q_UNUSED(path);
    return true;
#endif
}

bool PrivateFiles::makePrivate(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !isOwnedByCurrentUser(path))
        return false;
    return QFile::setPermissions(path, info.isDir() ? kOwnerDir : kOwnerFile) && isPrivate(path);
}

QString PrivateFiles::freeSiblingName(const QString &path, const QString &suffix)
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString base = path + suffix + QLatin1Char('-') + stamp;
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

} // namespace securechat::storage
