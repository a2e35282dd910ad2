// SPDX-License-Identifier: MIT
#include "TestIdentity.h"
#include "crypto/AesGcm.h"
#include "crypto/Hkdf.h"
#include "crypto/RsaService.h"

#include <catch2/catch_test_macros.hpp>

using securechat::crypto::AesGcm;
using securechat::crypto::Hkdf;
using securechat::crypto::RsaService;
using OpenError = RsaService::OpenError;

namespace {

const QCA::PrivateKey &aliceKey()
{
    return securechat::test::aliceIdentity().privateKey;
}

QCA::PublicKey alicePublic()
{
    return aliceKey().toPublicKey();
}

QByteArray pattern(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 131 + 7) & 0xff);
    return data;
}

} // namespace

TEST_CASE("Signatures verify only for the same message and key", "[crypto][sign]")
{
    const QByteArray message = QByteArrayLiteral("hello, Bob");
    const QByteArray signature = RsaService::sign(aliceKey(), message);
    REQUIRE(signature.size() == 256);
    CHECK(RsaService::verify(alicePublic(), message, signature));
    CHECK(RsaService::verify(
        securechat::test::aliceIdentity().certificate.subjectPublicKey(), message, signature));

    CHECK_FALSE(RsaService::verify(alicePublic(), QByteArrayLiteral("hello, Bop"), signature));
    CHECK_FALSE(RsaService::verify(
        securechat::test::bobIdentity().privateKey.toPublicKey(), message, signature));
    QByteArray flipped = signature;
    flipped[100] = char(flipped[100] ^ 0x01);
    CHECK_FALSE(RsaService::verify(alicePublic(), message, flipped));
    CHECK_FALSE(RsaService::verify(alicePublic(), message, signature.left(255)));
    CHECK_FALSE(RsaService::verify(alicePublic(), message, QByteArray(1, '\0') + signature));
    CHECK_FALSE(RsaService::verify(alicePublic(), message, QByteArray()));
    CHECK_FALSE(RsaService::verify(QCA::PublicKey(), message, signature));
    CHECK(RsaService::sign(QCA::PrivateKey(), message).isEmpty());
}

TEST_CASE("OAEP refuses input QCA would silently truncate", "[crypto][oaep]")
{
    const int maximum = RsaService::maximumEncryptSize(alicePublic());
    CHECK(maximum == 256 - 2 * 20 - 2); // SHA-1 OAEP on a 2048-bit key

    for (int size : { 0, 1, 32, maximum }) {
        INFO("size " << size);
        const QByteArray plaintext = pattern(size);
        const auto ciphertext = RsaService::encrypt(alicePublic(), plaintext);
        REQUIRE(ciphertext);
        CHECK(ciphertext->size() == 256);
        const auto decrypted = RsaService::decrypt(aliceKey(), *ciphertext);
        REQUIRE(decrypted);
        CHECK(decrypted->toByteArray() == plaintext);
    }
    CHECK_FALSE(RsaService::encrypt(alicePublic(), pattern(maximum + 1)));
    CHECK_FALSE(RsaService::encrypt(alicePublic(), pattern(4096)));
    CHECK_FALSE(RsaService::encrypt(QCA::PublicKey(), pattern(4)));
    CHECK(RsaService::maximumEncryptSize(QCA::PublicKey()) == 0);

    const QByteArray ciphertext = *RsaService::encrypt(alicePublic(), pattern(16));
    CHECK_FALSE(RsaService::decrypt(aliceKey(), ciphertext.left(255)));
    CHECK_FALSE(RsaService::decrypt(aliceKey(), QByteArray(1, '\0') + ciphertext));
    CHECK_FALSE(RsaService::decrypt(aliceKey(), QByteArray()));
    CHECK_FALSE(RsaService::decrypt(securechat::test::bobIdentity().privateKey, ciphertext));
    QByteArray flipped = ciphertext;
    flipped[128] = char(flipped[128] ^ 0x40);
    CHECK_FALSE(RsaService::decrypt(aliceKey(), flipped));
}

TEST_CASE("HKDF refuses what qca-ossl would zero-fill", "[crypto][hkdf]")
{
    const QCA::SecureArray secret(QByteArray(32, '\x0b'));
    CHECK(Hkdf::sha256(secret, QByteArray(), QByteArray(), 1));
    const auto longest = Hkdf::sha256(secret, QByteArray(), QByteArray(), Hkdf::kMaxOutputLength);
    REQUIRE(longest);
    CHECK(longest->size() == 8160);
    CHECK_FALSE(Hkdf::sha256(secret, QByteArray(), QByteArray(), Hkdf::kMaxOutputLength + 1));
    CHECK_FALSE(Hkdf::sha256(secret, QByteArray(), QByteArray(), 0));
    CHECK_FALSE(Hkdf::sha256(secret, QByteArray(), QByteArray(), -32));
    CHECK_FALSE(Hkdf::sha256(QCA::SecureArray(), QByteArray(), QByteArray(), 32));
    CHECK(Hkdf::sha256(secret, QByteArray(), QByteArray(1024, 'i'), 32));
    CHECK_FALSE(Hkdf::sha256(secret, QByteArray(), QByteArray(1025, 'i'), 32));
    // Different info, different key.
    CHECK(Hkdf::sha256(secret, QByteArray(), "a", 32)->toByteArray()
        != Hkdf::sha256(secret, QByteArray(), "b", 32)->toByteArray());
}

TEST_CASE("AES-GCM insists on a 16-byte tag and releases nothing unauthenticated", "[crypto][gcm]")
{
    const QCA::SymmetricKey key(QByteArray(32, '\x42'));
    const QByteArray iv(12, '\x24');
    const QByteArray plaintext = pattern(1000);
    const auto sealed = AesGcm::encrypt(key, iv, plaintext);
    REQUIRE(sealed);
    CHECK(sealed->tag.size() == 16);
    CHECK(sealed->ciphertext.size() == plaintext.size());
    CHECK(AesGcm::decrypt(key, iv, sealed->ciphertext, sealed->tag) == plaintext);

    // An empty tag would make QCA skip authentication; short or long tags are refused too.
    CHECK_FALSE(AesGcm::decrypt(key, iv, sealed->ciphertext, QByteArray()));
    CHECK_FALSE(AesGcm::decrypt(key, iv, sealed->ciphertext, sealed->tag.left(12)));
    CHECK_FALSE(AesGcm::decrypt(key, iv, sealed->ciphertext, sealed->tag + 'x'));
    QByteArray badTag = sealed->tag;
    badTag[15] = char(badTag[15] ^ 1);
    CHECK_FALSE(AesGcm::decrypt(key, iv, sealed->ciphertext, badTag));
    QByteArray badCiphertext = sealed->ciphertext;
    badCiphertext[500] = char(badCiphertext[500] ^ 1);
    CHECK_FALSE(AesGcm::decrypt(key, iv, badCiphertext, sealed->tag));
    CHECK_FALSE(AesGcm::decrypt(key, iv, sealed->ciphertext.left(999), sealed->tag));
    CHECK_FALSE(AesGcm::decrypt(
        QCA::SymmetricKey(QByteArray(32, '\x43')), iv, sealed->ciphertext, sealed->tag));
    CHECK_FALSE(AesGcm::decrypt(key, QByteArray(12, '\x25'), sealed->ciphertext, sealed->tag));

    CHECK_FALSE(AesGcm::encrypt(QCA::SymmetricKey(QByteArray(16, 'k')), iv, plaintext));
    CHECK_FALSE(AesGcm::encrypt(key, QByteArray(16, 'i'), plaintext));
    const auto empty = AesGcm::encrypt(key, iv, QByteArray());
    REQUIRE(empty);
    CHECK(empty->ciphertext.isEmpty());
    CHECK(AesGcm::decrypt(key, iv, QByteArray(), empty->tag) == QByteArray());
}

TEST_CASE("seal and open round-trip from 0 bytes to 10 MiB", "[crypto][seal]")
{
    const qsizetype chunk = 256 * 1024; // AesGcm feeds QCA in chunks of this size
    for (qsizetype size :
        { qsizetype(0), qsizetype(1), qsizetype(15), qsizetype(16), qsizetype(17), qsizetype(4095),
            chunk - 1, chunk, chunk + 1, qsizetype(1024 * 1024), qsizetype(10 * 1024 * 1024) }) {
        INFO("size " << size);
        const QByteArray plaintext = pattern(size);
        const auto envelope = RsaService::seal(alicePublic(), plaintext);
        REQUIRE(envelope);
        // header (6 + 1 + 32 + 2 + 256 + 12) + ciphertext + tag
        CHECK(envelope->size() == 309 + size + 16);
        OpenError error = OpenError::Malformed;
        const auto opened = RsaService::open(aliceKey(), *envelope, &error);
        REQUIRE(opened);
        CHECK(error == OpenError::None);
        CHECK(*opened == plaintext);
    }
}

TEST_CASE("Every seal is different", "[crypto][seal]")
{
    const QByteArray plaintext = QByteArrayLiteral("same text");
    const auto a = RsaService::seal(alicePublic(), plaintext);
    const auto b = RsaService::seal(alicePublic(), plaintext);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a != *b);
}

TEST_CASE("open refuses the wrong key, other versions and garbage", "[crypto][seal]")
{
    const QByteArray envelope = *RsaService::seal(alicePublic(), QByteArrayLiteral("for Alice"));
    OpenError error = OpenError::None;
    CHECK_FALSE(RsaService::open(securechat::test::bobIdentity().privateKey, envelope, &error));
    CHECK(error == OpenError::WrongKey);
    CHECK_FALSE(RsaService::open(QCA::PrivateKey(), envelope, &error));
    CHECK(error == OpenError::WrongKey);

    QByteArray future = envelope;
    future[6] = 2;
    CHECK_FALSE(RsaService::open(aliceKey(), future, &error));
    CHECK(error == OpenError::UnsupportedVersion);

    CHECK_FALSE(RsaService::open(aliceKey(), QByteArray(), &error));
    CHECK(error == OpenError::Malformed);
    CHECK_FALSE(RsaService::open(aliceKey(), QByteArrayLiteral("SCSEAL"), &error));
    CHECK(error == OpenError::Malformed);
    CHECK_FALSE(RsaService::open(aliceKey(), pattern(5000), &error));
    CHECK(error == OpenError::Malformed);
    CHECK_FALSE(RsaService::seal(QCA::PublicKey(), QByteArrayLiteral("x")));
}

TEST_CASE("Changing, cutting or extending a sealed envelope anywhere is detected", "[crypto][seal]")
{
    const QByteArray plaintext = QByteArrayLiteral("Meet me at the usual place at nine.");
    const QByteArray envelope = *RsaService::seal(alicePublic(), plaintext);
    REQUIRE(RsaService::open(aliceKey(), envelope) == plaintext);

    int refused = 0;
    for (qsizetype i = 0; i < envelope.size(); ++i) {
        QByteArray tampered = envelope;
        tampered[i] = char(~tampered[i]);
        const auto opened = RsaService::open(aliceKey(), tampered);
        if (opened)
            FAIL_CHECK("flipping byte " << i << " went unnoticed");
        else
            ++refused;
    }
    CHECK(refused == envelope.size());

    for (qsizetype length = 0; length < envelope.size(); ++length) {
        if (RsaService::open(aliceKey(), envelope.left(length)))
            FAIL_CHECK("a cut at " << length << " went unnoticed");
    }
    CHECK_FALSE(RsaService::open(aliceKey(), envelope + '\0'));
}
