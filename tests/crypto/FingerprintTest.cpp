// SPDX-License-Identifier: MIT
#include "crypto/Fingerprint.h"

#include "TestIdentity.h"
#include "crypto/SafetyNumber.h"

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using securechat::crypto::Fingerprint;
using securechat::crypto::safetyNumber;

namespace {
Fingerprint sequentialFingerprint(int first)
{
    QByteArray bytes;
    for (int i = 0; i < Fingerprint::kSize; ++i)
        bytes.append(char(first + i));
    return Fingerprint::fromBytes(bytes);
}
} // namespace

TEST_CASE(
    "A fingerprint prints as lowercase hex and as 16 uppercase groups", "[crypto][fingerprint]")
{
    const Fingerprint fp = sequentialFingerprint(0);
    REQUIRE_FALSE(fp.isNull());
    CHECK(fp.bytes().size() == 32);
    CHECK(fp.toHex()
        == QStringLiteral("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
    CHECK(fp.grouped()
        == QStringLiteral("0001 0203 0405 0607 0809 0A0B 0C0D 0E0F 1011 1213 1415 1617 1819 "
                          "1A1B 1C1D 1E1F"));
}

TEST_CASE("A fingerprint parses from hex in any case with any separators", "[crypto][fingerprint]")
{
    const Fingerprint fp = sequentialFingerprint(0xa0);
    const QString hex = fp.toHex();
    CHECK(Fingerprint::fromString(hex) == fp);
    CHECK(Fingerprint::fromString(hex.toUpper()) == fp);
    CHECK(Fingerprint::fromString(fp.grouped()) == fp);
    CHECK(
        Fingerprint::fromString(QStringLiteral("  ") + fp.grouped() + QStringLiteral("\n")) == fp);

    QString colons, hyphens;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        colons += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2);
        hyphens += (i ? QStringLiteral("-") : QString()) + hex.mid(i, 2).toUpper();
    }
    CHECK(Fingerprint::fromString(colons) == fp);
    // Pasted from two lines of a grouped display, with stray separators.
    CHECK(Fingerprint::fromString(hex.left(32) + QStringLiteral(" \r\n\t") + hex.mid(32)) == fp);
    CHECK(Fingerprint::fromString(QStringLiteral(":") + hex.left(32) + QStringLiteral("::")
              + hex.mid(32) + QStringLiteral("-"))
        == fp);
    CHECK(Fingerprint::fromString(hyphens) == fp);
}

TEST_CASE("Malformed fingerprint text is refused", "[crypto][fingerprint]")
{
    const QString hex = sequentialFingerprint(1).toHex();
    CHECK_FALSE(Fingerprint::fromString(QString()));
    CHECK_FALSE(Fingerprint::fromString(hex.left(62))); // too short
    CHECK_FALSE(Fingerprint::fromString(hex + QStringLiteral("00"))); // too long
    CHECK_FALSE(Fingerprint::fromString(hex.left(63) + QStringLiteral("g")));
    CHECK_FALSE(Fingerprint::fromString(hex.left(32) + QStringLiteral("_") + hex.mid(32)));
    CHECK_FALSE(Fingerprint::fromString(hex.left(63) + QStringLiteral("٣"))); // Arabic-Indic 3
    CHECK(Fingerprint::fromBytes(QByteArray(31, 'x')).isNull());
    CHECK(Fingerprint().isNull());
    CHECK(Fingerprint().toHex().isEmpty());
    CHECK(Fingerprint().grouped().isEmpty());
}

TEST_CASE("The fingerprint is SHA-256 of the DER SubjectPublicKeyInfo, by every route",
    "[crypto][fingerprint]")
{
    const auto &identity = securechat::test::aliceIdentity();
    REQUIRE_FALSE(identity.isNull());

    const Fingerprint fromKey = Fingerprint::ofPublicKey(identity.privateKey.toPublicKey());
    const Fingerprint fromQcaCert = identity.fingerprint();
    const Fingerprint fromSslCert = Fingerprint::ofCertificate(identity.sslCertificate());
    // Independent route: Qt's own TLS backend exports the key as "PUBLIC KEY" (SPKI) DER.
    const QByteArray spki = identity.sslCertificate().publicKey().toDer();
    const Fingerprint fromQt
        = Fingerprint::fromBytes(QCryptographicHash::hash(spki, QCryptographicHash::Sha256));

    CHECK_FALSE(fromKey.isNull());
    CHECK(fromKey == fromQcaCert);
    CHECK(fromKey == fromSslCert);
    CHECK(fromKey == fromQt);
    CHECK(fromKey != securechat::test::bobIdentity().fingerprint());
    CHECK(Fingerprint::ofCertificate(QSslCertificate()).isNull());
}

TEST_CASE("A re-issued certificate for the same key keeps the fingerprint", "[crypto][fingerprint]")
{
    const auto &identity = securechat::test::aliceIdentity();
    const QCA::Certificate reissued = securechat::crypto::RsaService::makeSelfSignedCertificate(
        identity.privateKey, QDateTime::currentDateTimeUtc().addDays(1));
    REQUIRE_FALSE(reissued.isNull());
    CHECK(reissued.toDER() != identity.certificate.toDER());
    CHECK(Fingerprint::ofPublicKey(reissued.subjectPublicKey()) == identity.fingerprint());
}

TEST_CASE("The safety number matches its definition", "[crypto][safety-number]")
{
    // Expected value computed independently (Python hashlib) from docs/security.md.
    const Fingerprint a = sequentialFingerprint(0x00);
    const Fingerprint b = sequentialFingerprint(0x20);
    CHECK(safetyNumber(a, b)
        == QStringLiteral(
            "35239 59633 18311 14215 90261 54475 76115 50063 56489 03045 56918 39891"));
}

TEST_CASE("Worked example of docs/security.md", "[crypto][fingerprint][safety-number]")
{
    // Two public keys from the Wycheproof signature files (tests/data/wycheproof).
    auto publicKeyOf = [](const char *file) {
        QFile json(QStringLiteral(SECURECHAT_TEST_DATA_DIR "/wycheproof/") + QLatin1String(file));
        REQUIRE(json.open(QIODevice::ReadOnly));
        const QJsonObject group = QJsonDocument::fromJson(json.readAll())
                                      .object()
                                      .value(QStringLiteral("testGroups"))
                                      .toArray()
                                      .first()
                                      .toObject();
        const QByteArray der = QByteArray::fromHex(
            group.value(QStringLiteral("publicKeyDer")).toString().toLatin1());
        QCA::ConvertResult result = QCA::ErrorDecode;
        const QCA::PublicKey key = QCA::PublicKey::fromDER(der, &result);
        REQUIRE(result == QCA::ConvertGood);
        CHECK(key.toDER() == der); // QCA re-encodes the same SubjectPublicKeyInfo
        return key;
    };
    const Fingerprint a
        = Fingerprint::ofPublicKey(publicKeyOf("rsa_signature_2048_sha256_test.json"));
    const Fingerprint b
        = Fingerprint::ofPublicKey(publicKeyOf("rsa_signature_3072_sha256_test.json"));
    CHECK(a.toHex()
        == QStringLiteral("c963778ab59460a32e2e78aed3deddd8ab2358812381ad455c675f907444a6d6"));
    CHECK(a.grouped()
        == QStringLiteral("C963 778A B594 60A3 2E2E 78AE D3DE DDD8 AB23 5881 2381 AD45 5C67 5F90 "
                          "7444 A6D6"));
    CHECK(b.toHex()
        == QStringLiteral("5d55b43219661db98fdea1cca260fe345289e238eee98e3a9bc8e28cf508e266"));
    CHECK(safetyNumber(a, b)
        == QStringLiteral(
            "59681 78962 88102 35560 19147 86886 61966 09776 83436 76608 34638 62300"));
}

TEST_CASE("The safety number is the same on both sides and differs between pairs",
    "[crypto][safety-number]")
{
    const Fingerprint alice = securechat::test::aliceIdentity().fingerprint();
    const Fingerprint bob = securechat::test::bobIdentity().fingerprint();
    const QString number = safetyNumber(alice, bob);
    CHECK(number == safetyNumber(bob, alice));

    static const QRegularExpression format(QStringLiteral("^\\d{5}( \\d{5}){11}$"));
    CHECK(format.match(number).hasMatch());

    QSet<QString> seen { number };
    for (int i = 1; i < 50; ++i) {
        const QString other = safetyNumber(sequentialFingerprint(i), alice);
        CHECK(format.match(other).hasMatch());
        seen.insert(other);
    }
    CHECK(seen.size() == 50);
    CHECK(safetyNumber(alice, Fingerprint()).isEmpty());
    CHECK(safetyNumber(Fingerprint(), Fingerprint()).isEmpty());
}
