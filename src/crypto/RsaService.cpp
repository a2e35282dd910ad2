#include "crypto/RsaService.h"

#include "crypto/AesGcm.h"
#include "crypto/Fingerprint.h"
#include "crypto/Hkdf.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace securechat::crypto {

namespace {

constexpr int kSerialBytes = 16;

constexpr char kSealMagic[] = "SCSEAL";
constexpr qsizetype kSealMagicLength = 6;
constexpr int kSealSecretLength = 32;
// magic, version, recipient fingerprint, wrapped-key length; then the wrapped key and the IV.
constexpr qsizetype kSealFixedHeader = kSealMagicLength + 1 + Fingerprint::kSize + 2;
const QByteArray kSealKeyLabel = QByteArrayLiteral("SecureChat seal v1 key");

int modulusBytes(int bits)
{
    return (bits + 7) / 8;
}

std::optional<QCA::SymmetricKey> sealKey(const QCA::SecureArray &secret, const QByteArray &header)
{
    const QByteArray info
        = kSealKeyLabel + QCryptographicHash::hash(header, QCryptographicHash::Sha256);
    const auto key = Hkdf::sha256(secret, QByteArray(), info, AesGcm::kKeyLength);
    if (!key)
        return std::nullopt;
    return QCA::SymmetricKey(*key);
}

} // namespace

bool RsaService::isSupportedKeySize(int bits)
{
    return bits == 2048 || bits == 3072 || bits == 4096;
}

QCA::PrivateKey RsaService::generateKey(int bits)
{
    if (!isSupportedKeySize(bits) || !QCA::isSupported("rsa"))
        return {};
    QCA::KeyGenerator generator;
    generator.setBlockingEnabled(true);
    QCA::PrivateKey key = generator.createRSA(bits);
    if (key.isNull() || !key.isRSA() || key.bitSize() != bits)
        return {};
    return key;
}

QString RsaService::normalizedDisplayName(const QString &displayName)
{
    QString name = displayName.simplified();
    if (name.size() > kMaxCommonNameLength) {
        qsizetype cut = kMaxCommonNameLength;
        if (name.at(cut - 1).isHighSurrogate())
            --cut;
        name.truncate(cut);
    }
    return name;
}

QString RsaService::certificateCommonName(const QString &displayName)
{
    QString name = normalizedDisplayName(displayName);
    // qca-ossl writes names as Latin-1; say "?" rather than let it garble other characters.
    QString result;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate())
            ++i;
        result += c.unicode() <= 0xff && c.isPrint() ? c : QChar(u'?');
    }
    return result;
}

QCA::Certificate RsaService::makeSelfSignedCertificate(
    const QCA::PrivateKey &key, const QString &displayName, const QDateTime &now)
{
    const QString name = normalizedDisplayName(displayName);
    if (key.isNull() || name.isEmpty() || !QCA::isSupported("cert"))
        return {};

    QCA::CertificateInfoOrdered subject;
    subject += QCA::CertificateInfoPair(
        QCA::CertificateInfoType(QCA::CommonName), certificateCommonName(name));

    // Positive (top bit clear) and never shorter than 64 bits (second bit set).
    QCA::SecureArray serialBytes = QCA::Random::randomArray(kSerialBytes);
    serialBytes[0] = char((quint8(serialBytes[0]) & 0x7f) | 0x40);

    // Extended key usage only: a key usage extension without keyCertSign would make OpenSSL stop
    // treating the certificate as self-signed, and TLS peers would then see "unable to get local
    // issuer" instead of the SelfSignedCertificate error SecureChat accepts for a pinned key.
    QCA::Constraints constraints;
    constraints << QCA::ConstraintType(QCA::ServerAuth) << QCA::ConstraintType(QCA::ClientAuth);

    QCA::CertificateOptions options;
    options.setInfoOrdered(subject);
    options.setSerialNumber(QCA::BigInteger(serialBytes));
    options.setConstraints(constraints);
    const QDateTime utc = now.toUTC();
    options.setValidityPeriod(utc.addSecs(-3600), utc.addYears(kCertificateValidityYears));

    QCA::Certificate certificate(options, key);
    if (certificate.isNull())
        return {};
    return certificate;
}

Identity RsaService::createIdentity(const QString &displayName, int bits)
{
    const QString name = normalizedDisplayName(displayName);
    if (name.isEmpty() || !isSupportedKeySize(bits))
        return {};
    Identity identity;
    identity.privateKey = generateKey(bits);
    if (identity.privateKey.isNull())
        return {};
    identity.certificate = makeSelfSignedCertificate(identity.privateKey, name);
    if (identity.certificate.isNull())
        return {};
    identity.displayName = name;
    return identity;
}

QByteArray RsaService::sign(const QCA::PrivateKey &key, const QByteArray &message)
{
    if (key.isNull() || !key.isRSA() || !key.canSign())
        return {};
    QCA::PrivateKey signer = key;
    return signer.signMessage(QCA::MemoryRegion(message), QCA::EMSA3_SHA256);
}

bool RsaService::verify(
    const QCA::PublicKey &key, const QByteArray &message, const QByteArray &signature)
{
    if (key.isNull() || !key.isRSA() || !key.canVerify())
        return false;
    if (signature.size() != modulusBytes(key.bitSize()))
        return false;
    QCA::PublicKey verifier = key;
    return verifier.verifyMessage(QCA::MemoryRegion(message), signature, QCA::EMSA3_SHA256);
}

int RsaService::maximumEncryptSize(const QCA::PublicKey &key)
{
    if (key.isNull() || !key.isRSA() || !key.canEncrypt())
        return 0;
    return key.maximumEncryptSize(QCA::EME_PKCS1_OAEP);
}

std::optional<QByteArray> RsaService::encrypt(
    const QCA::PublicKey &key, const QByteArray &plaintext)
{
    const int maximum = maximumEncryptSize(key);
    if (maximum <= 0 || plaintext.size() > maximum)
        return std::nullopt;
    QCA::PublicKey encrypter = key;
    const QCA::SecureArray ciphertext
        = encrypter.encrypt(QCA::SecureArray(plaintext), QCA::EME_PKCS1_OAEP);
    if (ciphertext.size() != modulusBytes(key.bitSize()))
        return std::nullopt;
    return ciphertext.toByteArray();
}

std::optional<QCA::SecureArray> RsaService::decrypt(
    const QCA::PrivateKey &key, const QByteArray &ciphertext)
{
    if (key.isNull() || !key.isRSA() || !key.canDecrypt()
        || ciphertext.size() != modulusBytes(key.bitSize()))
        return std::nullopt;
    QCA::PrivateKey decrypter = key;
    QCA::SecureArray plaintext;
    if (!decrypter.decrypt(QCA::SecureArray(ciphertext), &plaintext, QCA::EME_PKCS1_OAEP))
        return std::nullopt;
    return plaintext;
}

std::optional<QByteArray> RsaService::seal(
    const QCA::PublicKey &recipient, const QByteArray &plaintext)
{
    if (plaintext.size() > kMaxSealSize)
        return std::nullopt;
    const Fingerprint fingerprint = Fingerprint::ofPublicKey(recipient);
    const QCA::SecureArray secret = QCA::Random::randomArray(kSealSecretLength);
    const auto wrapped = encrypt(recipient, secret.toByteArray());
    if (fingerprint.isNull() || !wrapped)
        return std::nullopt;

    QByteArray header(kSealMagic, kSealMagicLength);
    header.append(char(kSealVersion));
    header.append(fingerprint.bytes());
    char length[2];
    qToBigEndian(quint16(wrapped->size()), length);
    header.append(length, 2);
    header.append(*wrapped);
    header.append(QCA::Random::randomArray(AesGcm::kIvLength).toByteArray());

    const auto key = sealKey(secret, header);
    if (!key)
        return std::nullopt;
    QByteArray envelope = header;
    envelope.reserve(header.size() + plaintext.size() + AesGcm::kTagLength);
    QByteArray tag;
    if (!AesGcm::encryptAppend(*key, header.right(AesGcm::kIvLength), plaintext, &envelope, &tag))
        return std::nullopt;
    envelope.append(tag);
    return envelope;
}

std::optional<QByteArray> RsaService::open(
    const QCA::PrivateKey &key, const QByteArray &envelope, OpenError *error)
{
    auto fail = [error](OpenError reason) -> std::optional<QByteArray> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (envelope.size() < kSealFixedHeader
        || !envelope.startsWith(QByteArrayView(kSealMagic, kSealMagicLength)))
        return fail(OpenError::Malformed);
    if (quint8(envelope.at(kSealMagicLength)) != kSealVersion)
        return fail(OpenError::UnsupportedVersion);
    if (key.isNull() || !key.isRSA())
        return fail(OpenError::WrongKey);
    const QByteArray recipient = envelope.mid(kSealMagicLength + 1, Fingerprint::kSize);
    if (Fingerprint::fromBytes(recipient) != Fingerprint::ofPublicKey(key.toPublicKey()))
        return fail(OpenError::WrongKey);

    const qsizetype wrappedLength
        = qFromBigEndian<quint16>(envelope.constData() + kSealFixedHeader - 2);
    const qsizetype headerLength = kSealFixedHeader + wrappedLength + AesGcm::kIvLength;
    if (wrappedLength != modulusBytes(key.bitSize())
        || envelope.size() < headerLength + AesGcm::kTagLength
        || envelope.size() > headerLength + kMaxSealSize + AesGcm::kTagLength)
        return fail(OpenError::Malformed);

    const QByteArray header = envelope.left(headerLength);
    const auto secret = decrypt(key, header.mid(kSealFixedHeader, wrappedLength));
    if (!secret || secret->size() != kSealSecretLength)
        return fail(OpenError::Unauthentic);
    const auto aesKey = sealKey(*secret, header);
    if (!aesKey)
        return fail(OpenError::Unauthentic);
    const qsizetype ciphertextLength = envelope.size() - headerLength - AesGcm::kTagLength;
    const QByteArrayView view(envelope);
    auto plaintext = AesGcm::decrypt(*aesKey, header.right(AesGcm::kIvLength),
        view.sliced(headerLength, ciphertextLength), view.last(AesGcm::kTagLength));
    if (!plaintext)
        return fail(OpenError::Unauthentic);
    if (error)
        *error = OpenError::None;
    return plaintext;
}

} // namespace securechat::crypto
