// SPDX-License-Identifier: MIT
#include "crypto/RsaService.h"

#include "crypto/AesGcm.h"
#include "crypto/Der.h"
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

// Object identifier contents.
const QByteArrayView kSha256WithRsaOid = "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0b";
const QByteArrayView kCommonNameOid = "\x55\x04\x03";
const QByteArrayView kSubjectKeyIdOid = "\x55\x1d\x0e";
const QByteArrayView kBasicConstraintsOid = "\x55\x1d\x13";
const QByteArrayView kExtKeyUsageOid = "\x55\x1d\x25";
const QByteArrayView kServerAuthOid = "\x2b\x06\x01\x05\x05\x07\x03\x01";
const QByteArrayView kClientAuthOid = "\x2b\x06\x01\x05\x05\x07\x03\x02";

QByteArray oid(QByteArrayView content)
{
    return der::encode(der::ObjectIdentifier, content);
}

// RFC 5280 4.1.2.5: UTCTime up to 2049, GeneralizedTime from 2050.
QByteArray certificateTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const int year = utc.date().year();
    if (year >= 1950 && year < 2050)
        return der::encode(
            der::UtcTime, utc.toString(QStringLiteral("yyMMddHHmmss'Z'")).toLatin1());
    return der::encode(
        der::GeneralizedTime, utc.toString(QStringLiteral("yyyyMMddHHmmss'Z'")).toLatin1());
}

QByteArray extension(QByteArrayView id, bool critical, const QByteArray &value)
{
    QByteArray content = oid(id);
    if (critical)
        content += der::encode(der::Boolean, "\xff");
    content += der::encode(der::OctetString, value);
    return der::encode(der::Sequence, content);
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

QCA::Certificate RsaService::makeSelfSignedCertificate(
    const QCA::PrivateKey &key, const QDateTime &now)
{
    // Written here rather than by QCA: qca-ossl always adds a pathLenConstraint to
    // basicConstraints, which RFC 5280 forbids on a certificate that is not a CA.
    if (key.isNull() || !key.isRSA() || !key.canSign())
        return {};
    const QByteArray spki = key.toPublicKey().toDER();
    const auto spkiElement = der::read(spki);
    const auto spkiParts = spkiElement ? der::children(spkiElement->content) : std::nullopt;
    if (!spkiParts || spkiParts->size() != 2 || spkiParts->at(1).tag != der::BitString)
        return {};

    // Positive (top bit clear) and never shorter than 64 bits (second bit set).
    QByteArray serial = QCA::Random::randomArray(kSerialBytes).toByteArray();
    serial[0] = char((quint8(serial[0]) & 0x7f) | 0x40);

    const QByteArray signatureAlgorithm
        = der::encode(der::Sequence, oid(kSha256WithRsaOid) + der::encode(der::Null, {}));
    const QByteArray name = der::encode(der::Sequence,
        der::encode(der::Set,
            der::encode(der::Sequence,
                oid(kCommonNameOid)
                    + der::encode(der::Utf8String, QByteArrayView(kCertificateCommonName)))));
    const QDateTime utc = now.toUTC();
    const QByteArray validity = der::encode(der::Sequence,
        certificateTime(utc.addSecs(-3600))
            + certificateTime(utc.addYears(kCertificateValidityYears)));

    // Subject key identifier: SHA-1 of the key's BIT STRING without its unused-bits byte
    // (RFC 5280 4.2.1.2, method 1).
    const QByteArray keyId
        = QCryptographicHash::hash(spkiParts->at(1).content.sliced(1), QCryptographicHash::Sha1);
    // Extended key usage only: a key usage extension without keyCertSign would make OpenSSL stop
    // treating the certificate as self-signed, and TLS peers would then see "unable to get local
    // issuer" instead of the SelfSignedCertificate error SecureChat accepts for a pinned key.
    const QByteArray extensions = der::encode(der::Sequence,
        extension(kSubjectKeyIdOid, false, der::encode(der::OctetString, keyId))
            // CA:FALSE is the DEFAULT, so the SEQUENCE is empty; no pathLenConstraint.
            + extension(kBasicConstraintsOid, true, der::encode(der::Sequence, {}))
            + extension(kExtKeyUsageOid, false,
                der::encode(der::Sequence, oid(kServerAuthOid) + oid(kClientAuthOid))));

    const QByteArray tbs = der::encode(der::Sequence,
        der::encode(der::contextTag(0), der::encode(der::Integer, "\x02")) // version 3
            + der::unsignedInteger(serial) + signatureAlgorithm + name + validity + name + spki
            + der::encode(der::contextTag(3), extensions));
    const QByteArray signature = sign(key, tbs);
    if (signature.isEmpty())
        return {};
    const QByteArray certificateDer = der::encode(der::Sequence,
        tbs + signatureAlgorithm + der::encode(der::BitString, QByteArray(1, '\0') + signature));

    QCA::ConvertResult result = QCA::ErrorDecode;
    QCA::Certificate certificate = QCA::Certificate::fromDER(certificateDer, &result);
    if (result != QCA::ConvertGood || certificate.isNull())
        return {};
    return certificate;
}

bool RsaService::hasNonCaPathLength(const QCA::Certificate &certificate)
{
    if (certificate.isNull())
        return false;
    const QByteArray certificateDer = certificate.toDER();
    const auto fields = der::tbsCertificateFields(certificateDer);
    if (!fields)
        return false;
    for (const der::Element &field : *fields) {
        if (field.tag != der::contextTag(3))
            continue;
        const auto list = der::read(field.content);
        const auto entries = list ? der::children(list->content) : std::nullopt;
        for (const der::Element &entry : entries.value_or(QList<der::Element> {})) {
            // Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue }
            const auto parts = der::children(entry.content);
            if (!parts || parts->size() < 2 || parts->first().content != kBasicConstraintsOid)
                continue;
            const auto value = der::read(parts->last().content);
            const auto constraints = value ? der::children(value->content) : std::nullopt;
            if (!constraints)
                return false;
            // BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLen INTEGER OPTIONAL }
            bool isCa = false;
            bool hasPathLength = false;
            for (const der::Element &item : *constraints) {
                if (item.tag == der::Boolean)
                    isCa = item.content == QByteArrayView("\xff");
                else if (item.tag == der::Integer)
                    hasPathLength = true;
            }
            return hasPathLength && !isCa;
        }
    }
    return false;
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
    identity.certificate = makeSelfSignedCertificate(identity.privateKey);
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
