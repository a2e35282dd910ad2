// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Identity.h"

#include <QCoreApplication>
#include <QString>

namespace securechat::storage {

// The user's identity on disk: one file, identity.pem, in the profile directory (0700), itself
// 0600 and always written atomically. It holds a short header (format, display name, checksum),
// the private key as PKCS#8 PEM (encrypted when a passphrase is given) and the certificate as
// PEM; OpenSSL's tools read it as it is. Format: docs/security.md.
class IdentityStore
{
    Q_DECLARE_TR_FUNCTIONS(securechat::storage::IdentityStore)
public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileSize = 64 * 1024;

    explicit IdentityStore(const QString &profileDir = {}); // empty: AppDataLocation
    QString profileDir() const { return m_profileDir; }
    QString identityFilePath() const;
    bool exists() const;
    bool isPassphraseProtected() const;

    enum class LoadError {
        None,
        NoIdentity,
        WrongPassphrase,
        Corrupt,
        CertificateMismatch,
        UnsafePermissions,
        IoError
    };
    struct LoadResult {
        crypto::Identity identity;
        LoadError error = LoadError::NoIdentity;
        QString message; // what went wrong and what to do; empty when error == None
        // Non-empty when loading succeeded but something deserves the user's attention, e.g.
        // permissions that were too open and have been fixed.
        QString warning;
    };
    // A certificate written by SecureChat 0.1 (basicConstraints with a path length, which strict
    // X.509 parsers refuse) is re-issued for the same key and the file rewritten atomically.
    LoadResult load(const QString &passphrase = {}) const;

    // Refuses when an identity file already exists.
    bool save(const crypto::Identity &identity, const QString &passphrase, QString *error);
    // Moves the existing file to identity.pem.backup-<UTC time> (0600), then saves.
    bool replace(const crypto::Identity &identity, const QString &passphrase, QString *error,
        QString *backupPath = nullptr);

    // The file's text for identity (exposed for tests and tools); empty on failure.
    static QByteArray serialize(
        const crypto::Identity &identity, const QString &passphrase, QString *error);

private:
    LoadResult parse(const QByteArray &content, const QString &passphrase) const;
    void reissueCertificate(LoadResult *result, const QString &passphrase) const;

    QString m_profileDir;
};

} // namespace securechat::storage
