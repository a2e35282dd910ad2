// SPDX-License-Identifier: MIT
#include "TestIdentity.h"
#include "crypto/RsaService.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QProcess>
#include <QSslError>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
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
    CHECK(cert.commonName() == QStringLiteral("SecureChat identity"));
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
        const QCA::Certificate cert = RsaService::makeSelfSignedCertificate(key);
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
    CHECK(cert.subjectInfo(QSslCertificate::CommonName)
        == QStringList { QStringLiteral("SecureChat identity") });
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
    CHECK(RsaService::makeSelfSignedCertificate(QCA::PrivateKey()).isNull());
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

    // The certificate never carries the display name, whatever script it is in: its subject is
    // neutral (the name travels in the hello, inside TLS).
    const QCA::Certificate cert
        = RsaService::makeSelfSignedCertificate(securechat::test::aliceIdentity().privateKey);
    REQUIRE_FALSE(cert.isNull());
    const QSslCertificate qtCert(cert.toDER(), QSsl::Der);
    CHECK(qtCert.subjectInfo(QSslCertificate::CommonName)
        == QStringList { QStringLiteral("SecureChat identity") });
    CHECK(qtCert.issuerInfo(QSslCertificate::CommonName)
        == QStringList { QStringLiteral("SecureChat identity") });
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

namespace {

// What pyca/cryptography (a strict RFC 5280 parser) makes of a DER certificate: one line with
// the basicConstraints criticality, cA and path length, or the exception it raised.
QString strictParserView(const QByteArray &der)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        FAIL("python3 (with python3-cryptography) is needed to check certificates strictly");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cert.der"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(der) == der.size());
    file.close();
    QProcess process;
    process.start(python,
        { QStringLiteral("-c"),
            QStringLiteral("import sys\n"
                           "from cryptography import x509\n"
                           "c = x509.load_der_x509_certificate(open(sys.argv[1], 'rb').read())\n"
                           "try:\n"
                           "    e = c.extensions.get_extension_for_class(x509.BasicConstraints)\n"
                           "    print(e.critical, e.value.ca, e.value.path_length)\n"
                           "except ValueError as error:\n"
                           "    print('refused:', error)\n"),
            path });
    // Test-side: a bounded wait for a child process.
    REQUIRE(process.waitForFinished(60000));
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    INFO(errors.toStdString());
    if (errors.contains(QStringLiteral("No module named")))
        FAIL("python3-cryptography is needed to check certificates strictly");
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE(
    "Identity certificates carry plain CA:FALSE, which strict parsers read", "[crypto][identity]")
{
    const auto &identity = securechat::test::aliceIdentity();
    const QByteArray der = identity.certificate.toDER();
    // Extension { basicConstraints, critical TRUE, OCTET STRING { SEQUENCE {} } }: no cA
    // (FALSE is the default) and no pathLenConstraint.
    CHECK(der.contains(QByteArray::fromHex("300c0603551d130101ff04023000")));
    CHECK_FALSE(der.contains(QByteArray::fromHex("3003020100")));
    CHECK_FALSE(RsaService::hasNonCaPathLength(identity.certificate));
    CHECK(strictParserView(der) == QStringLiteral("True False None"));

    // What SecureChat 0.1 wrote through QCA is what strict parsers refuse.
    const QCA::Certificate legacy = securechat::test::legacyCertificate(identity.privateKey);
    REQUIRE_FALSE(legacy.isNull());
    CHECK(legacy.toDER().contains(QByteArray::fromHex("3003020100")));
    CHECK(RsaService::hasNonCaPathLength(legacy));
    CHECK(strictParserView(legacy.toDER()).startsWith(QStringLiteral("refused:")));
}

TEST_CASE("Validity dates use GeneralizedTime from 2050 on", "[crypto][identity]")
{
    const QDateTime start(QDate(2040, 6, 1), QTime(12, 0), QTimeZone::UTC);
    const QCA::Certificate cert = RsaService::makeSelfSignedCertificate(
        securechat::test::aliceIdentity().privateKey, start);
    REQUIRE_FALSE(cert.isNull());
    // Read back by OpenSSL through Qt (qca-ossl reads every time as UTCTime).
    const QSslCertificate qtCert(cert.toDER(), QSsl::Der);
    CHECK(qtCert.effectiveDate() == start.addSecs(-3600));
    CHECK(qtCert.expiryDate() == start.addYears(20));
    CHECK(cert.toDER().contains(QByteArray("\x17\x0d"
                                           "400601110000Z")));
    CHECK(cert.toDER().contains(QByteArray("\x18\x0f"
                                           "20600601120000Z")));
}
