// SPDX-License-Identifier: MIT
// Google's Wycheproof vectors (tests/data/wycheproof, Apache-2.0) through SecureChat's wrappers.
#include "CatchQtStrings.h"
#include "crypto/AesGcm.h"
#include "crypto/Hkdf.h"
#include "crypto/RsaService.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using securechat::crypto::AesGcm;
using securechat::crypto::Hkdf;
using securechat::crypto::RsaService;

namespace {

QJsonArray testGroups(const char *name)
{
    QFile file(QStringLiteral(SECURECHAT_TEST_DATA_DIR "/wycheproof/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray groups = document.object().value(QStringLiteral("testGroups")).toArray();
    REQUIRE_FALSE(groups.isEmpty());
    return groups;
}

QByteArray hex(const QJsonObject &object, const char *field)
{
    return QByteArray::fromHex(object.value(QLatin1String(field)).toString().toLatin1());
}

QString result(const QJsonObject &test)
{
    return test.value(QStringLiteral("result")).toString();
}

int tcId(const QJsonObject &test)
{
    return test.value(QStringLiteral("tcId")).toInt();
}

struct Counts {
    int valid = 0, invalid = 0, acceptable = 0;
};

Counts runOaep(const QJsonArray &groups)
{
    Counts counts;
    for (const QJsonValue &groupValue : groups) {
        const QJsonObject group = groupValue.toObject();
        if (group.value(QStringLiteral("sha")).toString() != QStringLiteral("SHA-1")
            || group.value(QStringLiteral("mgfSha")).toString() != QStringLiteral("SHA-1"))
            continue;
        QCA::ConvertResult convert = QCA::ErrorDecode;
        const QCA::PrivateKey key = QCA::PrivateKey::fromDER(
            QCA::SecureArray(hex(group, "privateKeyPkcs8")), QCA::SecureArray(), &convert);
        REQUIRE(convert == QCA::ConvertGood);
        for (const QJsonValue &testValue : group.value(QStringLiteral("tests")).toArray()) {
            const QJsonObject test = testValue.toObject();
            if (!test.value(QStringLiteral("label")).toString().isEmpty())
                continue; // QCA's OAEP has no label parameter
            INFO("tcId " << tcId(test) << ": "
                         << test.value(QStringLiteral("comment")).toString().toStdString());
            const auto plaintext = RsaService::decrypt(key, hex(test, "ct"));
            if (result(test) == QStringLiteral("valid")) {
                REQUIRE(plaintext);
                CHECK(plaintext->toByteArray() == hex(test, "msg"));
                ++counts.valid;
            } else if (result(test) == QStringLiteral("invalid")) {
                CHECK_FALSE(plaintext);
                ++counts.invalid;
            } else {
                ++counts.acceptable;
            }
        }
    }
    return counts;
}

Counts runSignatures(const char *file)
{
    Counts counts;
    for (const QJsonValue &groupValue : testGroups(file)) {
        const QJsonObject group = groupValue.toObject();
        QCA::ConvertResult convert = QCA::ErrorDecode;
        const QCA::PublicKey key = QCA::PublicKey::fromDER(hex(group, "publicKeyDer"), &convert);
        REQUIRE(convert == QCA::ConvertGood);
        for (const QJsonValue &testValue : group.value(QStringLiteral("tests")).toArray()) {
            const QJsonObject test = testValue.toObject();
            INFO("tcId " << tcId(test) << ": "
                         << test.value(QStringLiteral("comment")).toString().toStdString());
            const bool verified = RsaService::verify(key, hex(test, "msg"), hex(test, "sig"));
            if (result(test) == QStringLiteral("valid")) {
                CHECK(verified);
                ++counts.valid;
            } else if (result(test) == QStringLiteral("invalid")) {
                CHECK_FALSE(verified);
                ++counts.invalid;
            } else {
                ++counts.acceptable; // either outcome is allowed; it must simply not crash
            }
        }
    }
    return counts;
}

} // namespace

TEST_CASE("Wycheproof RSA-OAEP SHA-1 2048-bit vectors", "[crypto][wycheproof][oaep]")
{
    const Counts counts = runOaep(testGroups("rsa_oaep_2048_sha1_mgf1sha1_test.json"));
    CHECK(counts.valid == 10);
    CHECK(counts.invalid == 19);
}

TEST_CASE("Wycheproof RSA-OAEP SHA-1 vectors for other key sizes", "[crypto][wycheproof][oaep]")
{
    const Counts counts = runOaep(testGroups("rsa_oaep_misc_test.json"));
    CHECK(counts.valid == 12);
}

TEST_CASE(
    "Wycheproof RSA PKCS#1 v1.5 SHA-256 signatures, 2048 bits", "[crypto][wycheproof][signature]")
{
    const Counts counts = runSignatures("rsa_signature_2048_sha256_test.json");
    CHECK(counts.valid == 9);
    CHECK(counts.invalid == 249);
}

TEST_CASE(
    "Wycheproof RSA PKCS#1 v1.5 SHA-256 signatures, 3072 bits", "[crypto][wycheproof][signature]")
{
    const Counts counts = runSignatures("rsa_signature_3072_sha256_test.json");
    CHECK(counts.valid == 8);
    CHECK(counts.invalid == 250);
}

TEST_CASE("Wycheproof AES-256-GCM vectors with a 96-bit IV and no AAD", "[crypto][wycheproof][gcm]")
{
    Counts counts;
    int refusedIvSizes = 0;
    for (const QJsonValue &groupValue : testGroups("aes_gcm_test.json")) {
        const QJsonObject group = groupValue.toObject();
        if (group.value(QStringLiteral("keySize")).toInt() != 256
            || group.value(QStringLiteral("tagSize")).toInt() != 128)
            continue;
        const bool standardIv = group.value(QStringLiteral("ivSize")).toInt() == 96;
        for (const QJsonValue &testValue : group.value(QStringLiteral("tests")).toArray()) {
            const QJsonObject test = testValue.toObject();
            if (!hex(test, "aad").isEmpty())
                continue; // QCA's GCM takes no additional data
            INFO("tcId " << tcId(test) << ": "
                         << test.value(QStringLiteral("comment")).toString().toStdString());
            const QCA::SymmetricKey key(hex(test, "key"));
            const QByteArray iv = hex(test, "iv");
            const auto opened = AesGcm::decrypt(key, iv, hex(test, "ct"), hex(test, "tag"));
            if (!standardIv) {
                // The wrapper only takes 96-bit IVs.
                CHECK_FALSE(opened);
                CHECK_FALSE(AesGcm::encrypt(key, iv, hex(test, "msg")));
                ++refusedIvSizes;
                continue;
            }
            if (result(test) == QStringLiteral("valid")) {
                REQUIRE(opened);
                CHECK(*opened == hex(test, "msg"));
                const auto sealed = AesGcm::encrypt(key, iv, hex(test, "msg"));
                REQUIRE(sealed);
                CHECK(sealed->ciphertext == hex(test, "ct"));
                CHECK(sealed->tag == hex(test, "tag"));
                ++counts.valid;
            } else if (result(test) == QStringLiteral("invalid")) {
                CHECK_FALSE(opened);
                ++counts.invalid;
            }
        }
    }
    CHECK(counts.valid == 21);
    CHECK(counts.invalid == 27);
    CHECK(refusedIvSizes > 0);
}

TEST_CASE("Wycheproof HKDF-SHA256 vectors, oversize requests refused", "[crypto][wycheproof][hkdf]")
{
    Counts counts;
    for (const QJsonValue &groupValue : testGroups("hkdf_sha256_test.json")) {
        for (const QJsonValue &testValue :
            groupValue.toObject().value(QStringLiteral("tests")).toArray()) {
            const QJsonObject test = testValue.toObject();
            INFO("tcId " << tcId(test) << ": "
                         << test.value(QStringLiteral("comment")).toString().toStdString());
            const auto okm = Hkdf::sha256(QCA::SecureArray(hex(test, "ikm")), hex(test, "salt"),
                hex(test, "info"), test.value(QStringLiteral("size")).toInt());
            if (result(test) == QStringLiteral("valid")) {
                REQUIRE(okm);
                CHECK(okm->toByteArray() == hex(test, "okm"));
                ++counts.valid;
            } else {
                CHECK_FALSE(okm);
                ++counts.invalid;
            }
        }
    }
    CHECK(counts.valid == 83);
    CHECK(counts.invalid == 3);
}
