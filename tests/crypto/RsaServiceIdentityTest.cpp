#include "TestIdentity.h"
#include "crypto/RsaService.h"

#include <catch2/catch_test_macros.hpp>

#include <QSslError>
#include <QSslKey>
#include <QVariant>

using securechat::crypto::Identity;
using securechat::crypto::RsaService;

TEST_CASE(
    "createIdentity makes an RSA key with a matching self-signed certificate", "[crypto][identity]")
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Identity &identity = securechat::test::aliceIdentity();
    REQUIRE_FALSE(identity.isNull());
    CHECK(identity.displayName == QStringLiteral("Alice"));
    CHECK(identity.privateKey.isRSA());
    CHECK(identity.privateKey.bitSize() == 2048);
    CHECK(identity.keyMatchesCertificate());

    const QCA::Certificate &cert = identity.certificate;
    CHECK(cert.isSelfSigned());
    CHECK(cert.commonName() == QStringLiteral("Alice"));
    CHECK(cert.signatureAlgorithm() == QCA::EMSA3_SHA256);
    CHECK_FALSE(cert.isCA());
    CHECK(cert.notValidBefore() <= before);
    CHECK(cert.notValidAfter() >= before.addYears(19));
    CHECK(cert.constraints().contains(QCA::ConstraintType(QCA::ServerAuth)));
    CHECK(cert.constraints().contains(QCA::ConstraintType(QCA::ClientAuth)));
    // The certificate verifies against itself.
    CHECK(cert.subjectPublicKey().canVerify());
}

TEST_CASE("Certificate serials are random, positive and at least 64 bits", "[crypto][identity]")
{
    const QCA::PrivateKey &key = securechat::test::aliceIdentity().privateKey;
    QSet<QString> serials;
    for (int i = 0; i < 8; ++i) {
        const QCA::Certificate cert
            = RsaService::makeSelfSignedCertificate(key, QStringLiteral("Alice"));
        REQUIRE_FALSE(cert.isNull());
        const QCA::BigInteger serial = cert.serialNumber();
        CHECK(serial > QCA::BigInteger(0));
        // 2^64 in decimal: any serial with at least 64 significant bits is larger.
        CHECK(serial > QCA::BigInteger(QStringLiteral("18446744073709551616")));
        serials.insert(serial.toString());
    }
    CHECK(serials.size() == 8);
}

TEST_CASE("The identity hands its key and certificate to Qt as PEM", "[crypto][identity]")
{
    const Identity &identity = securechat::test::aliceIdentity();
    const QSslKey key = identity.sslKey();
    REQUIRE_FALSE(key.isNull());
    CHECK(key.algorithm() == QSsl::Rsa);
    CHECK(key.type() == QSsl::PrivateKey);
    CHECK(key.length() == 2048);

    const QSslCertificate cert = identity.sslCertificate();
    REQUIRE_FALSE(cert.isNull());
    CHECK(cert.toPem() == identity.certificate.toPEM().toLatin1());
    CHECK(cert.subjectInfo(QSslCertificate::CommonName) == QStringList { QStringLiteral("Alice") });
    CHECK(cert.isSelfSigned());
    // The certificate's public key is the private key's public half.
    CHECK(cert.publicKey().toDer() == identity.privateKey.toPublicKey().toDER());

    CHECK(Identity().sslKey().isNull());
    CHECK(Identity().sslCertificate().isNull());
    CHECK(Identity().fingerprint().isNull());
    CHECK(Identity().isNull());
}

TEST_CASE("Identity travels through QVariant (queued signals)", "[crypto][identity]")
{
    const Identity &identity = securechat::test::aliceIdentity();
    const QVariant v = QVariant::fromValue(identity);
    REQUIRE(v.canConvert<Identity>());
    const Identity copy = v.value<Identity>();
    CHECK(copy.fingerprint() == identity.fingerprint());
    CHECK(copy.displayName == identity.displayName);
    CHECK(QMetaType::fromType<Identity>().isValid());
}

TEST_CASE("createIdentity refuses unsupported sizes and empty names", "[crypto][identity]")
{
    CHECK(RsaService::createIdentity(QStringLiteral("Alice"), 1024).isNull());
    CHECK(RsaService::createIdentity(QStringLiteral("Alice"), 2047).isNull());
    CHECK(RsaService::createIdentity(QStringLiteral("Alice"), 8192).isNull());
    CHECK(RsaService::createIdentity(QString(), 2048).isNull());
    CHECK(RsaService::createIdentity(QStringLiteral("  \t "), 2048).isNull());
    CHECK(RsaService::generateKey(512).isNull());
    CHECK(RsaService::makeSelfSignedCertificate(QCA::PrivateKey(), QStringLiteral("x")).isNull());
    CHECK(RsaService::isSupportedKeySize(3072));
    CHECK(RsaService::kDefaultKeyBits == 3072);
}

TEST_CASE(
    "Display names are trimmed and cut to the 64-character common name limit", "[crypto][identity]")
{
    CHECK(RsaService::normalizedDisplayName(QStringLiteral("  Alice   B. "))
        == QStringLiteral("Alice B."));
    const QString longName(100, u'é');
    CHECK(RsaService::normalizedDisplayName(longName).size() == 64);
    // A surrogate pair is never split.
    const QString emoji = QString(63, u'a') + QString::fromUtf8("\xF0\x9F\x94\x92");
    CHECK(RsaService::normalizedDisplayName(emoji) == QString(63, u'a'));

    CHECK(RsaService::certificateCommonName(QStringLiteral(" Zoë  Ørsted "))
        == QStringLiteral("Zoë Ørsted"));
    CHECK(RsaService::certificateCommonName(QStringLiteral("Зоя 🔒")) == QStringLiteral("??? ?"));

    // Qt reads back exactly what was meant (Latin-1 survives QCA's writer).
    const QCA::Certificate cert = RsaService::makeSelfSignedCertificate(
        securechat::test::aliceIdentity().privateKey, QStringLiteral("Zoë 🔒 ") + longName);
    REQUIRE_FALSE(cert.isNull());
    const QSslCertificate qtCert(cert.toDER(), QSsl::Der);
    CHECK(qtCert.subjectInfo(QSslCertificate::CommonName).value(0)
        == QStringLiteral("Zoë ? ") + longName.left(57));
}

TEST_CASE("TLS sees exactly a self-signed certificate", "[crypto][identity]")
{
    // NET ignores exactly QSslError::SelfSignedCertificate for the pinned certificate; the
    // certificate must produce that error and no other.
    const QList<QSslError> errors
        = QSslCertificate::verify({ securechat::test::aliceIdentity().sslCertificate() });
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().error() == QSslError::SelfSignedCertificate);
}
