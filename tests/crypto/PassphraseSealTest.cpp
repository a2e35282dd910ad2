// SPDX-License-Identifier: MIT
#include "crypto/PassphraseSeal.h"

#include "TestFiles.h"

#include <catch2/catch_test_macros.hpp>

#include <QMap>

using namespace securechat;
using crypto::PassphraseSeal;
using Error = PassphraseSeal::Error;

namespace {

const crypto::Argon2id::Params kSmall { 256, 1, 1 };

// tests/data/passphrase-seal/vectors.txt: blocks of "key: value" lines, made by make-vectors.py
// from openssl's Argon2id and pyca/cryptography, not from SecureChat.
QList<QMap<QByteArray, QByteArray>> readVectors()
{
    const QByteArray text
        = test::readFile(QStringLiteral(SECURECHAT_TEST_DATA_DIR "/passphrase-seal/vectors.txt"));
    QList<QMap<QByteArray, QByteArray>> vectors;
    QMap<QByteArray, QByteArray> current;
    for (const QByteArray &line : text.split('\n')) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                vectors.append(current);
            current.clear();
            continue;
        }
        const qsizetype colon = line.indexOf(": ");
        REQUIRE(colon > 0);
        current.insert(line.left(colon), line.mid(colon + 2));
    }
    if (!current.isEmpty())
        vectors.append(current);
    return vectors;
}

QCA::SecureArray secretOf(const QByteArray &bytes)
{
    return QCA::SecureArray(bytes);
}

QByteArray sealedVector()
{
    return QByteArray::fromHex(readVectors().at(0).value("sealed"));
}

} // namespace

TEST_CASE("Passphrase seals are exactly the committed test vectors", "[crypto][seal]")
{
    REQUIRE(crypto::Argon2id::isAvailable());
    const auto vectors = readVectors();
    REQUIRE(vectors.size() == 2);
    for (const auto &vector : vectors) {
        INFO(vector.value("name").toStdString());
        const QString passphrase
            = QString::fromUtf8(QByteArray::fromHex(vector.value("passphrase-utf8")));
        const crypto::Argon2id::Params params { vector.value("memory-kib").toUInt(),
            vector.value("iterations").toUInt(), vector.value("lanes").toUInt() };
        const QByteArray secret = QByteArray::fromHex(vector.value("secret"));
        const QByteArray expected = QByteArray::fromHex(vector.value("sealed"));

        const QByteArray sealed = PassphraseSeal::sealDeterministic(secretOf(secret), passphrase,
            params, QByteArray::fromHex(vector.value("salt")),
            QByteArray::fromHex(vector.value("nonce")));
        CHECK(sealed.toHex() == expected.toHex());

        const auto opened = PassphraseSeal::open(expected, passphrase);
        REQUIRE(opened.error == Error::None);
        CHECK(opened.secret.toByteArray() == secret);
        CHECK(opened.version == 1);
    }
}

TEST_CASE("A passphrase typed in another Unicode normalisation opens the seal", "[crypto][seal]")
{
    const QByteArray sealed = QByteArray::fromHex(readVectors().at(1).value("sealed"));
    const QString composed = QStringLiteral(u"Grüße, Zoë");
    REQUIRE(composed
        != QString::fromUtf8(QByteArray::fromHex(readVectors().at(1).value("passphrase-utf8"))));
    CHECK(PassphraseSeal::open(sealed, composed).error == Error::None);
}

TEST_CASE("A wrong passphrase is told apart from a damaged seal", "[crypto][seal]")
{
    const QByteArray sealed = sealedVector();
    CHECK(PassphraseSeal::open(sealed, QStringLiteral("correct horse battery stapler")).error
        == Error::WrongPassphrase);
    CHECK(PassphraseSeal::open(sealed, QString()).error == Error::WrongPassphrase);

    SECTION("every header byte is bound to the key")
    {
        // Salt, nonce and the Argon2 cost fields: a change gives another key, never a
        // decryption under a weaker setting.
        for (int offset : { 9, 13, 15, 30, 31, 42 }) {
            QByteArray changed = sealed;
            changed[offset] = char(changed.at(offset) ^ 0x01);
            INFO("offset " << offset);
            CHECK(
                PassphraseSeal::open(changed, QStringLiteral("correct horse battery staple")).error
                == Error::WrongPassphrase);
        }
    }
    SECTION("a changed ciphertext or tag byte does not verify")
    {
        for (qsizetype offset : { qsizetype(PassphraseSeal::kHeaderLength), sealed.size() - 1 }) {
            QByteArray changed = sealed;
            changed[offset] = char(changed.at(offset) ^ 0x80);
            CHECK(
                PassphraseSeal::open(changed, QStringLiteral("correct horse battery staple")).error
                == Error::WrongPassphrase);
        }
    }
}

TEST_CASE("A seal cut short anywhere says it is truncated", "[crypto][seal]")
{
    const QByteArray sealed = sealedVector();
    for (qsizetype length = 0; length < sealed.size(); ++length) {
        INFO("cut to " << length << " bytes");
        CHECK(PassphraseSeal::open(sealed.left(length), QStringLiteral("x")).error
            == Error::Truncated);
    }
}

TEST_CASE("A seal from a newer format version asks for an update", "[crypto][seal]")
{
    QByteArray newer = sealedVector();
    newer[4] = 2;
    const auto opened = PassphraseSeal::open(newer, QStringLiteral("correct horse battery staple"));
    CHECK(opened.error == Error::NewerVersion);
    CHECK(opened.version == 2);
    // Known to be newer from its first five bytes, whatever follows.
    CHECK(PassphraseSeal::open(newer.left(5), QString()).error == Error::NewerVersion);
}

TEST_CASE("Malformed seals are corrupt, and never make us allocate what they ask", "[crypto][seal]")
{
    const QByteArray sealed = sealedVector();
    const QString passphrase = QStringLiteral("correct horse battery staple");
    auto withByte = [&sealed](int offset, char value) {
        QByteArray changed = sealed;
        changed[offset] = value;
        return changed;
    };
    CHECK(PassphraseSeal::open("-----BEGIN", passphrase).error == Error::Corrupt);
    CHECK(PassphraseSeal::open(withByte(0, 'X'), passphrase).error == Error::Corrupt);
    CHECK(PassphraseSeal::open(withByte(4, 0), passphrase).error == Error::Corrupt);
    CHECK(PassphraseSeal::open(withByte(5, 2), passphrase).error == Error::Corrupt);
    CHECK(PassphraseSeal::open(withByte(14, 0), passphrase).error == Error::Corrupt); // no lanes
    // 4 TiB of memory, 4 billion passes: refused before any work.
    CHECK(PassphraseSeal::open(withByte(6, char(0xff)), passphrase).error == Error::Corrupt);
    CHECK(PassphraseSeal::open(withByte(10, char(0xff)), passphrase).error == Error::Corrupt);
    CHECK(PassphraseSeal::open(withByte(43, char(0x7f)), passphrase).error == Error::Corrupt);
    CHECK(PassphraseSeal::open(sealed + '\0', passphrase).error == Error::Corrupt);
}

TEST_CASE("Every seal has its own salt and nonce", "[crypto][seal]")
{
    const QCA::SecureArray secret(QByteArrayLiteral("private key bytes"));
    const QByteArray first = PassphraseSeal::seal(secret, QStringLiteral("pass"), kSmall);
    const QByteArray second = PassphraseSeal::seal(secret, QStringLiteral("pass"), kSmall);
    REQUIRE(first.size() == PassphraseSeal::kHeaderLength + secret.size() + 16);
    CHECK(first.mid(15, 16) != second.mid(15, 16));
    CHECK(first.mid(31, 12) != second.mid(31, 12));
    CHECK(PassphraseSeal::open(first, QStringLiteral("pass")).secret.toByteArray()
        == secret.toByteArray());
    CHECK(PassphraseSeal::open(second, QStringLiteral("pass")).secret.toByteArray()
        == secret.toByteArray());
}

TEST_CASE("Sealing refuses what it cannot protect", "[crypto][seal]")
{
    CHECK(PassphraseSeal::seal(QCA::SecureArray(), QStringLiteral("pass"), kSmall).isEmpty());
    CHECK(PassphraseSeal::seal(
        QCA::SecureArray(QByteArray(PassphraseSeal::kMaxSecretLength + 1, 'k')),
        QStringLiteral("pass"), kSmall)
              .isEmpty());
    CHECK(PassphraseSeal::seal(QCA::SecureArray(QByteArrayLiteral("k")), QStringLiteral("pass"),
        crypto::Argon2id::Params { 4, 1, 1 })
              .isEmpty());
}
