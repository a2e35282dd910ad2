// SPDX-License-Identifier: MIT
#include "storage/IdentityStore.h"

#include "common/Logging.h"
#include "crypto/CertificateCheck.h"
#include "crypto/CertificateKey.h"
#include "crypto/RsaService.h"
#include "storage/PrivateFiles.h"

#include <optional>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtCrypto>

namespace securechat::storage {

namespace {

IdentityStore::LoadResult loadFailure(IdentityStore::LoadError error, const QString &message)
{
    if (error != IdentityStore::LoadError::NoIdentity)
        qCWarning(lcStorage) << "identity could not be loaded, error" << int(error);
    IdentityStore::LoadResult result;
    result.error = error;
    result.message = message;
    return result;
}

const QByteArray kMagic = QByteArrayLiteral("SecureChat identity");
const QByteArray kFormatKey = QByteArrayLiteral("Format: ");
const QByteArray kNameKey = QByteArrayLiteral("Display-Name: ");
const QByteArray kChecksumKey = QByteArrayLiteral("Content-SHA256: ");
const QByteArray kEncryptedKeyBegin = QByteArrayLiteral("-----BEGIN ENCRYPTED PRIVATE KEY-----");
const QByteArray kEncryptedKeyEnd = QByteArrayLiteral("-----END ENCRYPTED PRIVATE KEY-----");
const QByteArray kSealedKeyBegin
    = QByteArrayLiteral("-----BEGIN SECURECHAT SEALED PRIVATE KEY-----");
const QByteArray kSealedKeyEnd = QByteArrayLiteral("-----END SECURECHAT SEALED PRIVATE KEY-----");
const QByteArray kPlainKeyBegin = QByteArrayLiteral("-----BEGIN PRIVATE KEY-----");
const QByteArray kPlainKeyEnd = QByteArrayLiteral("-----END PRIVATE KEY-----");
const QByteArray kCertBegin = QByteArrayLiteral("-----BEGIN CERTIFICATE-----");
const QByteArray kCertEnd = QByteArrayLiteral("-----END CERTIFICATE-----");

// The checksum covers the whole file except its own line.
QByteArray checksumOf(const QByteArray &withoutChecksumLine)
{
    return QCryptographicHash::hash(withoutChecksumLine, QCryptographicHash::Sha256).toHex();
}

// The single PEM block from begin to end (inclusive, plus newline), or empty if it is missing,
// appears twice, or is malformed.
QByteArray pemBlock(const QByteArray &body, const QByteArray &begin, const QByteArray &end)
{
    const qsizetype from = body.indexOf(begin);
    if (from < 0 || body.indexOf(begin, from + 1) >= 0)
        return {};
    const qsizetype to = body.indexOf(end, from);
    if (to < 0)
        return {};
    return body.mid(from, to + end.size() - from) + '\n';
}

QByteArray armor(const QByteArray &sealed)
{
    const QByteArray base64 = sealed.toBase64();
    QByteArray pem = kSealedKeyBegin + '\n';
    for (qsizetype at = 0; at < base64.size(); at += 64)
        pem += base64.mid(at, 64) + '\n';
    return pem + kSealedKeyEnd + '\n';
}

// The bytes inside a PEM block from pemBlock(); nullopt if the base64 is malformed.
std::optional<QByteArray> dearmor(
    const QByteArray &block, const QByteArray &begin, const QByteArray &end)
{
    const QByteArray inner = block.mid(begin.size(), block.size() - 1 - begin.size() - end.size());
    auto decoded = QByteArray::fromBase64Encoding(
        inner.simplified().replace(' ', QByteArray()), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

QByteArray readAtMost(const QString &path, qint64 limit)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(limit + 1) : QByteArray();
}

} // namespace

IdentityStore::IdentityStore(const QString &profileDir)
    : m_profileDir(PrivateFiles::resolveProfileDir(profileDir))
{ }

QString IdentityStore::identityFilePath() const
{
    return QDir(m_profileDir).filePath(QStringLiteral("identity.pem"));
}

bool IdentityStore::exists() const
{
    return QFileInfo::exists(identityFilePath());
}

bool IdentityStore::isPassphraseProtected() const
{
    QFile file(identityFilePath());
    if (file.size() > kMaxFileSize || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray content = file.readAll();
    return content.contains(kSealedKeyBegin) || content.contains(kEncryptedKeyBegin);
}

QByteArray IdentityStore::serialize(const crypto::Identity &identity, const QString &passphrase,
    QString *error, const crypto::Argon2id::Params &sealParams)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    if (identity.isNull())
        return fail(tr("There is no identity to save."));
    if (!identity.keyMatchesCertificate())
        return fail(tr("The certificate does not belong to the private key; nothing was saved."));
    if (passphrase.contains(QChar(u'\0')))
        return fail(tr("The passphrase must not contain a NUL character."));
    const QString name = identity.displayName.simplified();
    if (name.isEmpty())
        return fail(tr("The identity has no display name."));

    QByteArray keyPem;
    if (passphrase.isEmpty()) {
        keyPem = identity.privateKey.toPEM().toLatin1();
    } else {
        const QCA::SecureArray der = identity.privateKey.toDER();
        if (der.isEmpty())
            return fail(tr("The key could not be encoded (is the qca-ossl plugin installed?)."));
        const QByteArray sealed = crypto::PassphraseSeal::seal(der, passphrase, sealParams);
        if (sealed.isEmpty()) {
            return fail(tr("The key could not be protected with the passphrase: this system's "
                           "OpenSSL lacks Argon2id (version 3.2 or later is needed). Update "
                           "OpenSSL, or save the identity without a passphrase."));
        }
        keyPem = armor(sealed);
    }
    const QString certPem = identity.certificate.toPEM();
    if (keyPem.isEmpty() || certPem.isEmpty())
        return fail(tr("The key could not be encoded (is the qca-ossl plugin installed?)."));

    // Format 2 only where it differs, so that an unprotected file stays readable by 0.1.
    const int format = passphrase.isEmpty() ? 1 : kFormatVersion;
    QByteArray header = kMagic + '\n' + kFormatKey + QByteArray::number(format) + '\n' + kNameKey
        + name.toUtf8() + '\n';
    QByteArray body = '\n' + keyPem;
    if (!body.endsWith('\n'))
        body += '\n';
    body += certPem.toLatin1();
    if (!body.endsWith('\n'))
        body += '\n';
    const QByteArray checksumLine = kChecksumKey + checksumOf(header + body) + '\n';
    return header + checksumLine + body;
}

bool IdentityStore::save(
    const crypto::Identity &identity, const QString &passphrase, QString *error)
{
    const QString alreadyThere
        = tr("An identity already exists in %1; it was left untouched. Replacing it makes you a "
             "new person to everyone who knows you.")
              .arg(QDir::toNativeSeparators(m_profileDir));
    if (exists()) {
        if (error)
            *error = alreadyThere;
        return false;
    }
    const QByteArray content = serialize(identity, passphrase, error, m_sealParams);
    if (content.isEmpty())
        return false;
    if (!PrivateFiles::writeNew(identityFilePath(), content, error)) {
        if (error && exists())
            *error = alreadyThere;
        return false;
    }
    return true;
}

bool IdentityStore::replace(const crypto::Identity &identity, const QString &passphrase,
    QString *error, QString *backupPath)
{
    // Encode the new identity first so that a bad one does not even copy the old file.
    const QByteArray content = serialize(identity, passphrase, error, m_sealParams);
    if (content.isEmpty())
        return false;
    if (exists()) {
        QFile current(identityFilePath());
        if (!current.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("The current identity could not be read for its backup (%1); "
                            "nothing was replaced.")
                             .arg(current.errorString());
            return false;
        }
        const QByteArray old = current.readAll();
        current.close();
        const QString backup
            = PrivateFiles::freeSiblingName(identityFilePath(), QStringLiteral(".backup"));
        if (!PrivateFiles::writeNew(backup, old, error))
            return false;
        if (backupPath)
            *backupPath = backup;
    }
    return PrivateFiles::writeAtomically(identityFilePath(), content, error);
}

IdentityStore::LoadResult IdentityStore::load(const QString &passphrase) const
{
    const QString path = identityFilePath();
    const QString nativePath = QDir::toNativeSeparators(path);
    LoadResult result;

    const QFileInfo info(path);
    if (!info.exists()) {
        return loadFailure(LoadError::NoIdentity,
            tr("There is no identity in %1 yet. Create one to start chatting.")
                .arg(QDir::toNativeSeparators(m_profileDir)));
    }
    if (!info.isFile()) {
        return loadFailure(LoadError::IoError,
            tr("%1 is not a regular file. Move it away so that SecureChat can use "
               "this profile.")
                .arg(nativePath));
    }

    QString warning;
    if (!PrivateFiles::isOwnedByCurrentUser(path)) {
        return loadFailure(LoadError::UnsafePermissions,
            tr("%1 belongs to another user, so SecureChat will not use it. Make sure "
               "it is yours (chown) and readable only by you (chmod 600).")
                .arg(nativePath));
    }
    QStringList opened;
    for (const QString &p : { m_profileDir, path }) {
        if (PrivateFiles::isPrivate(p))
            continue;
        if (!PrivateFiles::makePrivate(p)) {
            return loadFailure(LoadError::UnsafePermissions,
                tr("%1 can be read by other users of this computer and SecureChat "
                   "could not change that. Run chmod 700 on the folder and chmod "
                   "600 on the file, then start again.")
                    .arg(QDir::toNativeSeparators(p)));
        }
        opened << QDir::toNativeSeparators(p);
    }
    if (!opened.isEmpty()) {
        warning = tr("Other users of this computer had access to %1. SecureChat has made it "
                     "private to you again. If someone may have copied your key, create a new "
                     "identity and tell your contacts.")
                      .arg(opened.join(QStringLiteral(", ")));
    }

    if (info.size() > kMaxFileSize) {
        return loadFailure(LoadError::Corrupt,
            tr("%1 is far too large to be a SecureChat identity. Restore it from a "
               "backup, or move it away and create a new identity.")
                .arg(nativePath));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return loadFailure(LoadError::IoError,
            tr("%1 could not be read: %2. Check that the file is readable by you.")
                .arg(nativePath, file.errorString()));
    }
    const QByteArray content = file.read(kMaxFileSize + 1);
    if (file.error() != QFile::NoError) {
        return loadFailure(LoadError::IoError,
            tr("%1 could not be read: %2.").arg(nativePath, file.errorString()));
    }

    result = parse(content, passphrase);
    result.warning = warning;
    if (result.error != LoadError::None)
        return result;
    const bool legacyEncryption = content.contains(kEncryptedKeyBegin);
    const bool legacyCertificate
        = crypto::RsaService::hasNonCaPathLength(result.identity.certificate);
    if (legacyEncryption || legacyCertificate) {
        const bool sealed = legacyEncryption || content.contains(kSealedKeyBegin);
        upgrade(&result, content, sealed ? passphrase : QString(), legacyCertificate);
    }
    return result;
}

void IdentityStore::upgrade(LoadResult *result, const QByteArray &oldContent,
    const QString &passphrase, bool reissueCertificate) const
{
    const QString path = identityFilePath();
    auto warn = [result](const QString &problem) {
        result->warning = result->warning.isEmpty() ? problem : result->warning + u'\n' + problem;
    };
    crypto::Identity updated = result->identity;
    if (reissueCertificate) {
        // Same key, so the same fingerprint: nobody's pin changes.
        const QCA::Certificate certificate
            = crypto::RsaService::makeSelfSignedCertificate(updated.privateKey);
        if (!certificate.isNull())
            updated.certificate = certificate;
    }
    QString error;
    const QByteArray content = serialize(updated, passphrase, &error, m_sealParams);
    const QString backup = PrivateFiles::freeSiblingName(path, QStringLiteral(".before-upgrade"));
    if (content.isEmpty() || !PrivateFiles::writeNew(backup, oldContent, &error)
        || !PrivateFiles::writeAtomically(path, content, &error)) {
        QFile::remove(backup);
        warn(tr("SecureChat could not bring %1 up to date (%2). Your key and fingerprint are "
                "unchanged and the file still opens; it will try again at the next start.")
                 .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    result->identity = updated;

    const LoadResult readBack = parse(readAtMost(path, kMaxFileSize), passphrase);
    if (readBack.error == LoadError::None
        && readBack.identity.privateKey.toDER() == updated.privateKey.toDER()
        && readBack.identity.certificate == updated.certificate) {
        QFile::remove(backup);
        qCInfo(lcStorage) << "identity file upgraded";
        return;
    }
    const bool restored = PrivateFiles::writeAtomically(path, oldContent, &error);
    qCWarning(lcStorage) << "upgraded identity file did not read back; restored:" << restored;
    warn(tr("SecureChat tried to bring %1 up to date, but the new file did not read back, so the "
            "old one was put back. A copy of the old file is kept in %2; keep it until "
            "SecureChat has started normally again.")
             .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup)));
}

IdentityStore::LoadResult IdentityStore::parse(
    const QByteArray &content, const QString &passphrase) const
{
    const QString nativePath = QDir::toNativeSeparators(identityFilePath());
    LoadResult result;
    const QString damaged = tr("%1 is damaged or incomplete (%2). Restore it from a backup; if "
                               "you have none, move it away and create a new identity, which "
                               "your contacts will see as a new person.");

    // Header: magic, format, name, checksum, blank line.
    const QList<QByteArray> lines = content.left(4096).split('\n');
    if (lines.size() < 5 || lines.at(0) != kMagic)
        return loadFailure(
            LoadError::Corrupt, damaged.arg(nativePath, tr("not a SecureChat identity file")));
    if (!lines.at(1).startsWith(kFormatKey))
        return loadFailure(LoadError::Corrupt, damaged.arg(nativePath, tr("no format line")));
    bool formatOk = false;
    const int format = lines.at(1).mid(kFormatKey.size()).toInt(&formatOk);
    if (!formatOk || format < 1)
        return loadFailure(LoadError::Corrupt, damaged.arg(nativePath, tr("bad format line")));
    if (format > kFormatVersion) {
        return loadFailure(LoadError::NewerVersion,
            tr("%1 was written by a newer version of SecureChat (format %2). "
               "Update SecureChat to use it.")
                .arg(nativePath)
                .arg(format));
    }
    if (!lines.at(2).startsWith(kNameKey) || !lines.at(3).startsWith(kChecksumKey)
        || !lines.at(4).isEmpty()) {
        return loadFailure(LoadError::Corrupt, damaged.arg(nativePath, tr("malformed header")));
    }
    const QByteArray nameBytes = lines.at(2).mid(kNameKey.size());
    const QString name = QString::fromUtf8(nameBytes);
    if (name.isEmpty() || name.toUtf8() != nameBytes)
        return loadFailure(LoadError::Corrupt, damaged.arg(nativePath, tr("bad display name")));

    const QByteArray checksumLine = lines.at(3) + '\n';
    const qsizetype checksumAt = content.indexOf(checksumLine);
    QByteArray withoutChecksum = content;
    withoutChecksum.remove(checksumAt, checksumLine.size());
    if (lines.at(3).mid(kChecksumKey.size()) != checksumOf(withoutChecksum))
        return loadFailure(LoadError::Corrupt,
            damaged.arg(nativePath,
                tr("checksum mismatch, the file was changed or "
                   "cut short")));

    // The content is exactly what SecureChat wrote; what follows can only fail on the
    // passphrase or on a key and certificate that do not belong together.
    const QByteArray body = content.mid(checksumAt + checksumLine.size());
    const QByteArray certPem = pemBlock(body, kCertBegin, kCertEnd);
    const auto certDer = certPem.isEmpty() ? std::nullopt : dearmor(certPem, kCertBegin, kCertEnd);
    if (!certDer)
        return loadFailure(
            LoadError::Corrupt, damaged.arg(nativePath, tr("unreadable certificate")));
    const QString certificateProblem = crypto::CertificateCheck::problem(*certDer);
    if (!certificateProblem.isEmpty()) {
        return loadFailure(LoadError::Corrupt,
            damaged.arg(nativePath, tr("unreadable certificate (%1)").arg(certificateProblem)));
    }
    QCA::ConvertResult convert = QCA::ErrorDecode;
    const QCA::Certificate certificate = QCA::Certificate::fromDER(*certDer, &convert);
    if (convert != QCA::ConvertGood || certificate.isNull())
        return loadFailure(
            LoadError::Corrupt, damaged.arg(nativePath, tr("unreadable certificate")));
    // Checked on the DER before QCA is asked anything about the key: it cannot read every type.
    const crypto::CertificateKey certificateKey
        = crypto::CertificateKey::fromCertificateDer(certificate.toDER());
    if (!certificateKey.isAcceptableIdentityKey()) {
        return loadFailure(LoadError::Corrupt,
            tr("The certificate in %1 cannot be a SecureChat identity: %2. Restore the file "
               "from a backup, or move it away and create a new identity.")
                .arg(nativePath, certificateKey.identityKeyProblem()));
    }

    const QByteArray sealedPem = pemBlock(body, kSealedKeyBegin, kSealedKeyEnd);
    QByteArray keyPem = pemBlock(body, kEncryptedKeyBegin, kEncryptedKeyEnd);
    const bool encrypted = !keyPem.isEmpty();
    if (!encrypted)
        keyPem = pemBlock(body, kPlainKeyBegin, kPlainKeyEnd);
    if (keyPem.isEmpty() && sealedPem.isEmpty())
        return loadFailure(LoadError::Corrupt, damaged.arg(nativePath, tr("no private key")));
    if (!keyPem.isEmpty() && !sealedPem.isEmpty())
        return loadFailure(LoadError::Corrupt, damaged.arg(nativePath, tr("two private keys")));

    QCA::PrivateKey key;
    if (!sealedPem.isEmpty()) {
        if (passphrase.isEmpty()) {
            return loadFailure(LoadError::WrongPassphrase,
                tr("Your identity is protected by a passphrase. Enter it to unlock "
                   "your key."));
        }
        using SealError = crypto::PassphraseSeal::Error;
        const auto sealed = dearmor(sealedPem, kSealedKeyBegin, kSealedKeyEnd);
        if (!sealed)
            return loadFailure(
                LoadError::Corrupt, damaged.arg(nativePath, tr("unreadable sealed key")));
        const auto opened = crypto::PassphraseSeal::open(*sealed, passphrase);
        switch (opened.error) {
        case SealError::None:
            break;
        case SealError::WrongPassphrase:
            return loadFailure(LoadError::WrongPassphrase,
                tr("The passphrase is wrong. Check it (and the keyboard layout) and "
                   "try again."));
        case SealError::Truncated:
            return loadFailure(
                LoadError::Corrupt, damaged.arg(nativePath, tr("the sealed key is cut short")));
        case SealError::Corrupt:
            return loadFailure(
                LoadError::Corrupt, damaged.arg(nativePath, tr("unreadable sealed key")));
        case SealError::NewerVersion:
            return loadFailure(LoadError::NewerVersion,
                tr("The key in %1 was sealed by a newer version of SecureChat (seal format %2). "
                   "Update SecureChat to open it; the file was left as it is.")
                    .arg(nativePath)
                    .arg(opened.version));
        case SealError::Unavailable:
            return loadFailure(LoadError::Unsupported,
                tr("Your key is protected with Argon2id, which this system's OpenSSL does not "
                   "provide (version 3.2 or later is needed). Update OpenSSL; the file was left "
                   "as it is."));
        }
        key = QCA::PrivateKey::fromDER(opened.secret, QCA::SecureArray(), &convert);
        if (convert != QCA::ConvertGood || key.isNull())
            return loadFailure(LoadError::Corrupt, damaged.arg(nativePath, tr("unreadable key")));
    } else if (encrypted) {
        if (passphrase.isEmpty()) {
            return loadFailure(LoadError::WrongPassphrase,
                tr("Your identity is protected by a passphrase. Enter it to unlock "
                   "your key."));
        }
        key = QCA::PrivateKey::fromPEM(
            QString::fromLatin1(keyPem), QCA::SecureArray(passphrase.toUtf8()), &convert);
        if (convert != QCA::ConvertGood || key.isNull()) {
            return loadFailure(LoadError::WrongPassphrase,
                tr("The passphrase is wrong. Check it (and the keyboard layout) and "
                   "try again."));
        }
    } else {
        key = QCA::PrivateKey::fromPEM(QString::fromLatin1(keyPem), QCA::SecureArray(), &convert);
        if (convert != QCA::ConvertGood || key.isNull())
            return loadFailure(LoadError::Corrupt, damaged.arg(nativePath, tr("unreadable key")));
    }
    if (!key.isRSA())
        return loadFailure(LoadError::Corrupt, damaged.arg(nativePath, tr("not an RSA key")));

    crypto::Identity identity { key, certificate, name };
    if (!identity.keyMatchesCertificate()) {
        return loadFailure(LoadError::CertificateMismatch,
            tr("The certificate in %1 does not belong to its private key, so it "
               "cannot prove who you are. Restore the file from a backup, or move "
               "it away and create a new identity.")
                .arg(nativePath));
    }
    result.identity = identity;
    result.error = LoadError::None;
    result.message.clear();
    return result;
}

} // namespace securechat::storage
