// SPDX-License-Identifier: MIT
#include "crypto/CertificateKey.h"

#include "crypto/Der.h"

#include <QSslCertificate>

namespace securechat::crypto {

namespace {

// Object identifier contents (the bytes after tag and length).
struct KnownAlgorithm {
    QByteArrayView oid;
    CertificateKey::Type type;
};
const KnownAlgorithm kAlgorithms[] = {
    { "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01", CertificateKey::Type::Rsa }, // 1.2.840.113549.1.1.1
    { "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0a", CertificateKey::Type::RsaPss }, // ...1.1.10
    { "\x2a\x86\x48\xce\x38\x04\x01", CertificateKey::Type::Dsa }, // 1.2.840.10040.4.1
    { "\x2a\x86\x48\xce\x3d\x02\x01", CertificateKey::Type::Ec }, // 1.2.840.10045.2.1
    { "\x2b\x65\x6e", CertificateKey::Type::X25519 }, // 1.3.101.110
    { "\x2b\x65\x6f", CertificateKey::Type::X448 }, // 1.3.101.111
    { "\x2b\x65\x70", CertificateKey::Type::Ed25519 }, // 1.3.101.112
    { "\x2b\x65\x71", CertificateKey::Type::Ed448 }, // 1.3.101.113
};

// Bits of the modulus in an RSAPublicKey (SEQUENCE { modulus, publicExponent }), 0 if malformed.
int rsaModulusBits(QByteArrayView publicKeyBits)
{
    // The BIT STRING starts with its count of unused bits, always 0 for a key.
    if (publicKeyBits.isEmpty() || publicKeyBits[0] != 0)
        return 0;
    const auto key = der::read(publicKeyBits.sliced(1));
    if (!key || key->tag != der::Sequence)
        return 0;
    const auto parts = der::children(key->content);
    if (!parts || parts->size() != 2 || parts->at(0).tag != der::Integer)
        return 0;
    QByteArrayView modulus = parts->at(0).content;
    if (modulus.isEmpty() || (quint8(modulus[0]) & 0x80))
        return 0; // negative
    while (!modulus.isEmpty() && modulus[0] == 0)
        modulus = modulus.sliced(1);
    if (modulus.isEmpty())
        return 0;
    int topBits = 0;
    for (quint8 top = quint8(modulus[0]); top; top >>= 1)
        ++topBits;
    return int(modulus.size() - 1) * 8 + topBits;
}

} // namespace

CertificateKey CertificateKey::fromSubjectPublicKeyInfo(QByteArrayView der)
{
    const auto spki = der::read(der);
    if (!spki || spki->tag != der::Sequence || spki->encoded.size() != der.size())
        return {};
    const auto parts = der::children(spki->content);
    if (!parts || parts->size() != 2 || parts->at(0).tag != der::Sequence
        || parts->at(1).tag != der::BitString)
        return {};
    const auto algorithm = der::children(parts->at(0).content);
    if (!algorithm || algorithm->isEmpty() || algorithm->at(0).tag != der::ObjectIdentifier)
        return {};

    CertificateKey result;
    result.m_spki = der.toByteArray();
    for (const KnownAlgorithm &known : kAlgorithms) {
        if (algorithm->at(0).content == known.oid)
            result.m_type = known.type;
    }
    if (result.m_type == Type::Rsa)
        result.m_rsaBits = rsaModulusBits(parts->at(1).content);
    return result;
}

CertificateKey CertificateKey::fromCertificateDer(QByteArrayView certificateDer)
{
    const auto fields = der::tbsCertificateFields(certificateDer);
    if (!fields || fields->isEmpty())
        return {};
    const qsizetype first = fields->at(0).tag == der::contextTag(0) ? 1 : 0;
    const qsizetype spkiIndex = first + 5;
    if (fields->size() <= spkiIndex)
        return {};
    return fromSubjectPublicKeyInfo(fields->at(spkiIndex).encoded);
}

CertificateKey CertificateKey::fromCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return fromCertificateDer(certificate.toDer());
}

bool CertificateKey::isAcceptableIdentityKey() const
{
    return m_type == Type::Rsa && m_rsaBits >= kMinRsaBits && m_rsaBits <= kMaxRsaBits;
}

QString CertificateKey::identityKeyProblem() const
{
    if (isAcceptableIdentityKey())
        return {};
    QString what;
    switch (m_type) {
    case Type::Rsa:
        what = m_rsaBits > 0 ? tr("an RSA key of %1 bits").arg(m_rsaBits)
                             : tr("a malformed RSA key");
        break;
    case Type::RsaPss:
        what = tr("an RSA-PSS key");
        break;
    case Type::Dsa:
        what = tr("a DSA key");
        break;
    case Type::Ec:
        what = tr("an elliptic-curve (EC) key");
        break;
    case Type::Ed25519:
        what = tr("an Ed25519 key");
        break;
    case Type::Ed448:
        what = tr("an Ed448 key");
        break;
    case Type::X25519:
        what = tr("an X25519 key");
        break;
    case Type::X448:
        what = tr("an X448 key");
        break;
    case Type::Unknown:
        what = isNull() ? tr("no readable key") : tr("a key of an unknown type");
        break;
    }
    return tr("it carries %1, but SecureChat accepts only RSA keys of %2 to %3 bits")
        .arg(what)
        .arg(kMinRsaBits)
        .arg(kMaxRsaBits);
}

} // namespace securechat::crypto
