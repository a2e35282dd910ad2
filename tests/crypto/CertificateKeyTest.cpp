// SPDX-License-Identifier: MIT
#include "crypto/CertificateKey.h"

#include "ForeignCertificates.h"
#include "TestIdentity.h"
#include "crypto/Der.h"
#include "crypto/Fingerprint.h"

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>

using securechat::crypto::CertificateKey;
using securechat::crypto::Fingerprint;
using securechat::test::ForeignKey;
namespace der = securechat::crypto::der;

namespace {

// An RSA SubjectPublicKeyInfo whose modulus has exactly `bits` bits (not a real key: only its
// size matters here).
QByteArray rsaSpki(int bits)
{
    QByteArray modulus((bits + 7) / 8, char(0x55));
    const int topBits = bits % 8 == 0 ? 8 : bits % 8;
    modulus[0] = char(1 << (topBits - 1));
    const QByteArray rsaPublicKey = der::encode(der::Sequence,
        der::unsignedInteger(modulus) + der::unsignedInteger(QByteArray::fromHex("010001")));
    const QByteArray algorithm = der::encode(der::Sequence,
        der::encode(der::ObjectIdentifier, QByteArray::fromHex("2a864886f70d010101"))
            + der::encode(der::Null, {}));
    return der::encode(
        der::Sequence, algorithm + der::encode(der::BitString, QByteArray(1, '\0') + rsaPublicKey));
}

} // namespace

TEST_CASE("RSA keys of 2048 to 4096 bits are accepted, others refused", "[crypto][certkey]")
{
    for (const int bits : { 2048, 3072, 4096 }) {
        INFO(bits);
        const CertificateKey key = CertificateKey::fromSubjectPublicKeyInfo(rsaSpki(bits));
        CHECK(key.type() == CertificateKey::Type::Rsa);
        CHECK(key.rsaBits() == bits);
        CHECK(key.isAcceptableIdentityKey());
        CHECK(key.identityKeyProblem().isEmpty());
    }
    for (const int bits : { 512, 1024, 2047, 4097, 4608, 8192, 16384 }) {
        INFO(bits);
        const CertificateKey key = CertificateKey::fromSubjectPublicKeyInfo(rsaSpki(bits));
        CHECK(key.rsaBits() == bits);
        CHECK_FALSE(key.isAcceptableIdentityKey());
        CHECK(key.identityKeyProblem()
            == QStringLiteral("it carries an RSA key of %1 bits, but SecureChat accepts only "
                              "RSA keys of 2048 to 4096 bits")
                   .arg(bits));
    }
}

TEST_CASE("Our own certificates: the key is read from the DER and fingerprinted as before",
    "[crypto][certkey]")
{
    const auto &identity = securechat::test::aliceIdentity();
    const CertificateKey key = CertificateKey::fromCertificate(identity.sslCertificate());
    REQUIRE_FALSE(key.isNull());
    CHECK(key.type() == CertificateKey::Type::Rsa);
    CHECK(key.rsaBits() == 2048);
    CHECK(key.isAcceptableIdentityKey());
    // Byte for byte the SubjectPublicKeyInfo QCA encodes, so fingerprints do not change.
    CHECK(key.subjectPublicKeyInfo() == identity.privateKey.toPublicKey().toDER());
    CHECK(Fingerprint::ofCertificate(identity.sslCertificate())
        == Fingerprint::ofPublicKey(identity.privateKey.toPublicKey()));
}

TEST_CASE("Certificates with EC, Ed25519 and DSA keys are described and refused, never parsed "
          "by QCA",
    "[crypto][certkey]")
{
    const QList<std::pair<ForeignKey, CertificateKey::Type>> cases {
        { ForeignKey::Ec, CertificateKey::Type::Ec },
        { ForeignKey::Ed25519, CertificateKey::Type::Ed25519 },
        { ForeignKey::Dsa, CertificateKey::Type::Dsa },
    };
    for (const auto &[kind, type] : cases) {
        const auto &foreign = securechat::test::foreignCertificate(kind);
        INFO(foreign.name);
        const CertificateKey key = CertificateKey::fromCertificate(foreign.certificate);
        REQUIRE_FALSE(key.isNull());
        CHECK(key.type() == type);
        CHECK(key.rsaBits() == 0);
        CHECK_FALSE(key.isAcceptableIdentityKey());
        CHECK(key.identityKeyProblem().contains(QString::fromLatin1(foreign.description)));

        // The fingerprint is still defined: SHA-256 of the SubjectPublicKeyInfo DER.
        const Fingerprint fingerprint = Fingerprint::ofCertificate(foreign.certificate);
        CHECK(fingerprint.bytes()
            == QCryptographicHash::hash(key.subjectPublicKeyInfo(), QCryptographicHash::Sha256));
        if (kind != ForeignKey::Ed25519) // QSslKey has no Ed25519
            CHECK(key.subjectPublicKeyInfo() == foreign.certificate.publicKey().toDer());

        // An identity pairing our RSA key with such a certificate is a mismatch, not a crash.
        QCA::ConvertResult result = QCA::ErrorDecode;
        securechat::crypto::Identity identity = securechat::test::aliceIdentity();
        identity.certificate = QCA::Certificate::fromDER(foreign.certificate.toDer(), &result);
        REQUIRE(result == QCA::ConvertGood);
        CHECK_FALSE(identity.keyMatchesCertificate());
        CHECK(identity.fingerprint() == fingerprint);
    }
}

TEST_CASE("Malformed certificate DER yields a null key", "[crypto][certkey]")
{
    const QByteArray good = securechat::test::aliceIdentity().sslCertificate().toDer();
    CHECK(CertificateKey::fromCertificateDer({}).isNull());
    CHECK(CertificateKey::fromCertificateDer(good.left(good.size() - 1)).isNull());
    CHECK(CertificateKey::fromCertificateDer(good + '\0').isNull());
    CHECK(CertificateKey::fromCertificateDer(QByteArray::fromHex("3080")).isNull());
    CHECK(CertificateKey::fromCertificateDer(QByteArray::fromHex("30850000000001")).isNull());
    CHECK(CertificateKey::fromCertificateDer(QByteArray::fromHex("3003020100")).isNull());
    CHECK(Fingerprint::ofCertificateDer(good.left(40)).isNull());
    // Every truncation of a real certificate is refused without reading past the end.
    for (qsizetype size = 0; size < good.size(); size += 7)
        CHECK(CertificateKey::fromCertificateDer(good.left(size)).isNull());
}
