// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Identity.h"
#include "crypto/PassphraseSeal.h"

#include <QCoreApplication>
#include <QString>

namespace securechat::storage {

// The user's identity on disk: one file, identity.pem, in the profile directory (0700), itself
// 0600 and always written atomically. It holds a short header (format, display name, checksum),
// the private key and the certificate as PEM. Without a passphrase the key is plain PKCS#8
// (format 1); with one it is a crypto::PassphraseSeal (format 2). Format 1 files with a
// PKCS#8-encrypted key (SecureChat 0.1) still open and are upgraded on the first successful
// unlock. Format: docs/security.md. load() with a passphrase takes about half a second of
// Argon2id: callers with an event loop run it through IdentityStoreWorker.
class IdentityStore
{
    Q_DECLARE_TR_FUNCTIONS(securechat::storage::IdentityStore)
public:
    static constexpr int kFormatVersion = 2;
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
        NewerVersion, // written by a later SecureChat: update to open it
        Unsupported, // this system's crypto library lacks Argon2id
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
    // The Argon2id cost of passphrases saved from now on (tests use small ones; reading takes
    // whatever the file records).
    void setSealParams(const crypto::Argon2id::Params &params) { m_sealParams = params; }
    crypto::Argon2id::Params sealParams() const { return m_sealParams; }

    // What SecureChat 0.1 wrote is brought up to date after a successful load: a PKCS#8-encrypted
    // key is sealed again, and a certificate with basicConstraints carrying a path length (which
    // strict X.509 parsers refuse) is re-issued for the same key. The old file is kept in
    // identity.pem.before-upgrade-<UTC time> until the new one has been read back, then removed;
    // if the new one does not read back, the old one is put back and the backup stays.
    LoadResult load(const QString &passphrase = {}) const;

    // Refuses when an identity file already exists.
    bool save(const crypto::Identity &identity, const QString &passphrase, QString *error);
    // Moves the existing file to identity.pem.backup-<UTC time> (0600), then saves.
    bool replace(const crypto::Identity &identity, const QString &passphrase, QString *error,
        QString *backupPath = nullptr);

    // The file's text for identity (exposed for tests and tools); empty on failure.
    static QByteArray serialize(const crypto::Identity &identity, const QString &passphrase,
        QString *error,
        const crypto::Argon2id::Params &sealParams = crypto::PassphraseSeal::kProductionParams);

private:
    LoadResult parse(const QByteArray &content, const QString &passphrase) const;
    void upgrade(LoadResult *result, const QByteArray &oldContent, const QString &passphrase,
        bool reissueCertificate) const;

    QString m_profileDir;
    crypto::Argon2id::Params m_sealParams = crypto::PassphraseSeal::kProductionParams;
};

} // namespace securechat::storage
