// SPDX-License-Identifier: MIT
#include "storage/HistoryKeyStore.h"

#include "crypto/RsaService.h"
#include "storage/PrivateFiles.h"
#include "storage/SqlCipherDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtCrypto>

namespace securechat::storage {

namespace {

// The file: this line, then the sealed envelope (docs/security.md).
const QByteArray kMagic = QByteArrayLiteral("SecureChat history key 1\n");

HistoryKeyStore::Result failure(HistoryKeyStore::Error error, const QString &message)
{
    HistoryKeyStore::Result result;
    result.error = error;
    result.message = message;
    return result;
}

} // namespace

HistoryKeyStore::HistoryKeyStore(const QString &profileDir)
    : m_profileDir(PrivateFiles::resolveProfileDir(profileDir))
{ }

QString HistoryKeyStore::keyFilePath() const
{
    return QDir(m_profileDir).filePath(QStringLiteral("history.key"));
}

bool HistoryKeyStore::exists() const
{
    return QFileInfo::exists(keyFilePath());
}

HistoryKeyStore::Result HistoryKeyStore::load(const crypto::Identity &identity) const
{
    const QString path = QDir::toNativeSeparators(keyFilePath());
    QFile file(keyFilePath());
    if (!file.exists())
        return failure(Error::NoKey, tr("There is no history key (%1) yet.").arg(path));
    if (file.size() > kMaxFileSize)
        return failure(Error::Corrupt,
            tr("The history key %1 is too large to be a SecureChat key. It was left untouched; "
               "without it the history cannot be read.")
                .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::IoError,
            tr("The history key %1 could not be read: %2. Check the file's permissions.")
                .arg(path, file.errorString()));
    const QByteArray content = file.readAll();
    if (!content.startsWith(kMagic))
        return failure(Error::Corrupt,
            tr("The history key %1 is damaged. It was left untouched; restore it from a backup "
               "to read the history.")
                .arg(path));
    if (!PrivateFiles::isPrivate(keyFilePath()))
        PrivateFiles::makePrivate(keyFilePath());

    crypto::RsaService::OpenError openError = crypto::RsaService::OpenError::None;
    const auto key
        = crypto::RsaService::open(identity.privateKey, content.mid(kMagic.size()), &openError);
    if (!key) {
        if (openError == crypto::RsaService::OpenError::WrongKey)
            return failure(Error::WrongIdentity,
                tr("The history key %1 belongs to another identity, so this identity cannot read "
                   "the history. Use the identity the history was made with.")
                    .arg(path));
        return failure(Error::Corrupt,
            tr("The history key %1 is damaged. It was left untouched; restore it from a backup "
               "to read the history.")
                .arg(path));
    }
    if (key->size() != SqlCipherDatabase::kKeySize)
        return failure(Error::Corrupt,
            tr("The history key %1 holds a key of the wrong size. It was left untouched.")
                .arg(path));
    Result result;
    result.key = *key;
    result.error = Error::None;
    return result;
}

HistoryKeyStore::Result HistoryKeyStore::create(const crypto::Identity &identity) const
{
    if (exists())
        return failure(Error::AlreadyExists,
            tr("The history key %1 already exists and was left untouched.")
                .arg(QDir::toNativeSeparators(keyFilePath())));
    const QByteArray key = QCA::Random::randomArray(SqlCipherDatabase::kKeySize).toByteArray();
    const auto sealed = crypto::RsaService::seal(identity.certificate.subjectPublicKey(), key);
    if (key.size() != SqlCipherDatabase::kKeySize || !sealed)
        return failure(Error::IoError,
            tr("A history key could not be made: the cryptography library failed."));
    QString error;
    if (!PrivateFiles::writeNew(keyFilePath(), kMagic + *sealed, &error))
        return failure(exists() ? Error::AlreadyExists : Error::IoError, error);
    Result result;
    result.key = key;
    result.error = Error::None;
    return result;
}

HistoryKeyStore::Result HistoryKeyStore::loadOrCreate(const crypto::Identity &identity) const
{
    return exists() ? load(identity) : create(identity);
}

} // namespace securechat::storage
