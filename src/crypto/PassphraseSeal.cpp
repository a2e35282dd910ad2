// SPDX-License-Identifier: MIT
#include "crypto/PassphraseSeal.h"

#include "crypto/AesGcm.h"
#include "crypto/Hkdf.h"

#include <QtEndian>

namespace securechat::crypto {

const QByteArray PassphraseSeal::kMagic = QByteArrayLiteral("SCPS");

namespace {

constexpr int kNonceOffset = 31;
constexpr int kLengthOffset = 43;
const QByteArray kKeyInfo = QByteArrayLiteral("SecureChat passphrase seal v1");

void appendBigEndian(QByteArray *out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out->append(bytes, 4);
}

quint32 readBigEndian(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

QByteArray passphraseBytes(const QString &passphrase)
{
    return passphrase.normalized(QString::NormalizationForm_C).toUtf8();
}

// Argon2id stretches the passphrase; HKDF binds the key to every header byte, which QCA's GCM
// cannot take as additional data: a changed header gives another key and the tag fails.
std::optional<QCA::SymmetricKey> sealKey(
    const QString &passphrase, const QByteArray &header, const Argon2id::Params &params)
{
    const QByteArray salt = header.mid(15, PassphraseSeal::kSaltLength);
    QByteArray password = passphraseBytes(passphrase);
    const auto stretched = Argon2id::derive(password, salt, params, AesGcm::kKeyLength);
    password.fill('\0');
    if (!stretched)
        return std::nullopt;
    const auto key = Hkdf::sha256(*stretched, {}, kKeyInfo + header, AesGcm::kKeyLength);
    if (!key)
        return std::nullopt;
    return QCA::SymmetricKey(*key);
}

} // namespace

QByteArray PassphraseSeal::seal(
    const QCA::SecureArray &secret, const QString &passphrase, const Argon2id::Params &params)
{
    return sealDeterministic(secret, passphrase, params,
        QCA::Random::randomArray(kSaltLength).toByteArray(),
        QCA::Random::randomArray(AesGcm::kIvLength).toByteArray());
}

QByteArray PassphraseSeal::sealDeterministic(const QCA::SecureArray &secret,
    const QString &passphrase, const Argon2id::Params &params, const QByteArray &salt,
    const QByteArray &nonce)
{
    if (secret.isEmpty() || secret.size() > kMaxSecretLength || !Argon2id::isValid(params)
        || salt.size() != kSaltLength || nonce.size() != AesGcm::kIvLength)
        return {};
    QByteArray header = kMagic;
    header.append(char(kVersion));
    header.append(char(kKdfArgon2id));
    appendBigEndian(&header, params.memoryKiB);
    appendBigEndian(&header, params.iterations);
    header.append(char(params.lanes));
    header.append(salt);
    header.append(nonce);
    appendBigEndian(&header, quint32(secret.size()));
    Q_ASSERT(header.size() == kHeaderLength);

    const auto key = sealKey(passphrase, header, params);
    if (!key)
        return {};
    QByteArray out = header;
    QByteArray tag;
    if (!AesGcm::encryptAppend(
            *key, nonce, QByteArrayView(secret.constData(), secret.size()), &out, &tag))
        return {};
    return out + tag;
}

PassphraseSeal::Opened PassphraseSeal::open(const QByteArray &sealed, const QString &passphrase)
{
    Opened result;
    auto fail = [&result](Error error) {
        result.error = error;
        return result;
    };
    // Checked field by field, so that a cut anywhere in the header is reported as a cut.
    if (sealed.size() < kMagic.size())
        return fail(kMagic.startsWith(sealed) ? Error::Truncated : Error::Corrupt);
    if (!looksSealed(sealed))
        return fail(Error::Corrupt);
    if (sealed.size() < 5)
        return fail(Error::Truncated);
    result.version = quint8(sealed.at(4));
    if (result.version > kVersion)
        return fail(Error::NewerVersion);
    if (result.version < 1)
        return fail(Error::Corrupt);
    if (sealed.size() < kHeaderLength)
        return fail(Error::Truncated);
    if (quint8(sealed.at(5)) != kKdfArgon2id)
        return fail(Error::Corrupt);
    const Argon2id::Params params { readBigEndian(sealed, 6), readBigEndian(sealed, 10),
        quint8(sealed.at(14)) };
    const quint32 length = readBigEndian(sealed, kLengthOffset);
    if (!Argon2id::isValid(params) || length < 1 || length > quint32(kMaxSecretLength))
        return fail(Error::Corrupt);
    const qsizetype expected = kHeaderLength + qsizetype(length) + AesGcm::kTagLength;
    if (sealed.size() < expected)
        return fail(Error::Truncated);
    if (sealed.size() > expected)
        return fail(Error::Corrupt);

    const QByteArray header = sealed.left(kHeaderLength);
    if (!QCA::isSupported("aes256-gcm"))
        return fail(Error::Unavailable);
    const auto key = sealKey(passphrase, header, params);
    if (!key)
        return fail(Error::Unavailable);
    const QByteArray nonce = header.mid(kNonceOffset, AesGcm::kIvLength);
    auto plain = AesGcm::decrypt(*key, nonce, QByteArrayView(sealed).mid(kHeaderLength, length),
        QByteArrayView(sealed).mid(kHeaderLength + length));
    if (!plain)
        return fail(Error::WrongPassphrase);
    result.secret = QCA::SecureArray(*plain);
    plain->fill('\0');
    result.error = Error::None;
    return result;
}

} // namespace securechat::crypto
