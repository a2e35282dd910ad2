// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace securechat::storage {

// Owner-only files in the profile directory: the directory is 0700, every file 0600, and every
// write goes through QSaveFile so that a reader sees the old or the new content, never a mix.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(securechat::storage::PrivateFiles)
public:
    // profileDir when given, otherwise QStandardPaths::AppDataLocation.
    static QString resolveProfileDir(const QString &profileDir);

    // Creates the directory (and parents) if needed and makes it 0700.
    static bool ensureDirectory(const QString &dir, QString *error);

    // Atomically replaces (or creates) path with data, permissions 0600, in an 0700 directory.
    // On failure the previous file is untouched.
    static bool writeAtomically(const QString &path, const QByteArray &data, QString *error);

    // Like writeAtomically, but only creates: fails if path exists, also when another process
    // creates it at the same moment (the final rename never replaces a file).
    static bool writeNew(const QString &path, const QByteArray &data, QString *error);

    // True when group and others have no access bits (always true where POSIX permissions do not
    // apply) and, on Unix, the current user owns it.
    static bool isPrivate(const QString &path);
    static bool isOwnedByCurrentUser(const QString &path);
    // chmod 0600 for a file, 0700 for a directory.
    static bool makePrivate(const QString &path);

    // A path next to path that does not exist yet: path + suffix + "-YYYYMMDDTHHMMSSZ[-N]".
    static QString freeSiblingName(const QString &path, const QString &suffix);
};

} // namespace securechat::storage
