// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Identity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace securechat::storage {

// The key of the history database: 256 random bits, sealed to the user's identity with
// RsaService::seal and kept as history.key (0600) beside history.db. It is exactly as well
// protected as identity.pem and its passphrase. The file is only ever created, never replaced:
// a lost key is a lost history, so an existing file is left alone whatever happens.
class HistoryKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(securechat::storage::HistoryKeyStore)
public:
    static constexpr qint64 kMaxFileSize = 64 * 1024;

    explicit HistoryKeyStore(const QString &profileDir = {}); // empty: AppDataLocation
    QString keyFilePath() const;
    bool exists() const;

    enum class Error { None, NoKey, WrongIdentity, Corrupt, AlreadyExists, IoError };
    struct Result {
        QByteArray key; // 32 bytes when error == None
        Error error = Error::NoKey;
        QString message; // what went wrong and what to do
    };

    Result load(const crypto::Identity &identity) const;
    // A fresh key sealed to identity; refuses when history.key exists.
    Result create(const crypto::Identity &identity) const;
    // load() when the file exists, create() otherwise.
    Result loadOrCreate(const crypto::Identity &identity) const;

private:
    QString m_profileDir;
};

} // namespace securechat::storage
