// SPDX-License-Identifier: MIT
#include "crypto/Invite.h"

#include "CatchQtStrings.h"

#include <catch2/catch_test_macros.hpp>

#include <QMessageAuthenticationCode>

using securechat::crypto::Fingerprint;
using securechat::crypto::Invite;
using securechat::crypto::InviteAddress;

namespace {

QByteArray sequence(int first, int size)
{
    QByteArray bytes;
    for (int i = 0; i < size; ++i)
        bytes.append(char(first + i));
    return bytes;
}

// The example of docs/protocol.md, section 11.
Invite documentedInvite()
{
    Invite invite;
    invite.hostFingerprint = Fingerprint::fromBytes(sequence(0xa0, 32));
    invite.hostName = QStringLiteral("Alice");
    invite.expires = QDateTime::fromSecsSinceEpoch(1796342400, QTimeZone::UTC);
    invite.secret = sequence(0x10, 16);
    invite.addresses = { { QHostAddress(QStringLiteral("203.0.113.7")), 47000 },
        { QHostAddress(QStringLiteral("2001:db8::1")), 47000 },
        { QHostAddress(QStringLiteral("192.168.1.20")), 47000 } };
    return invite;
}

const QString kDocumentedCode = QStringLiteral("AaChoqOkpaanqKmqq6ytrq-wsbKztLW2t7i5uru8vb6_"
                                               "EBESExQVFhcYGRobHB0eHwAAAABrEgKABUFsaWNlAwTLAHEHt5g"
                                               "GIAENuAAAAAAAAAAAAAAAAbeYBMCoARS3mFWzMaA");

} // namespace

TEST_CASE("An invite encodes to the documented bytes and reads back", "[crypto][invite]")
{
    const Invite invite = documentedInvite();
    CHECK(invite.encode().toHex()
        == QByteArray("01a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf1011121314"
                      "15161718191a1b1c1d1e1f000000006b12028005416c6963650304cb007107b7980620010db8"
                      "000000000000000000000001b79804c0a80114b79855b331a0"));
    CHECK(invite.code() == kDocumentedCode);
    CHECK(invite.toUri() == QStringLiteral("securechat:invite/") + kDocumentedCode);

    for (const QString &text : { invite.toUri(), kDocumentedCode,
             QStringLiteral("  SecureChat:Invite/") + kDocumentedCode.left(40)
                 + QStringLiteral("\r\n") + kDocumentedCode.mid(40) + QStringLiteral("\n") }) {
        const auto parsed = Invite::parse(text);
        INFO(text.toStdString());
        REQUIRE(parsed.invite);
        CHECK(parsed.error == Invite::Error::None);
        CHECK(*parsed.invite == invite);
    }
}

TEST_CASE(
    "A changed or cut invite is reported as damaged, never read as another", "[crypto][invite]")
{
    const QString code = kDocumentedCode;
    const QString alphabet
        = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    int refused = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        for (const QChar replacement : { alphabet.at((alphabet.indexOf(code.at(i)) + 1) % 64),
                 alphabet.at((alphabet.indexOf(code.at(i)) + 37) % 64) }) {
            QString typo = code;
            typo[i] = replacement;
            const auto parsed = Invite::parse(QStringLiteral("securechat:invite/") + typo);
            // The last character carries only padding bits in its low bits: a change there
            // may decode to the same bytes, which is then the same invite.
            if (parsed.invite) {
                CHECK(*parsed.invite == documentedInvite());
                continue;
            }
            CHECK(parsed.error == Invite::Error::Damaged);
            CHECK(parsed.message.contains(QStringLiteral("damaged")));
            ++refused;
        }
    }
    CHECK(refused >= 2 * (code.size() - 1));
    for (qsizetype length = 0; length < code.size(); length += 7)
        CHECK_FALSE(Invite::parse(QStringLiteral("securechat:invite/") + code.left(length)).invite);
    CHECK(Invite::parse(QStringLiteral("securechat:invite/") + code + QStringLiteral("AA")).error
        == Invite::Error::Damaged);
    CHECK(Invite::parse(QStringLiteral("securechat:invite/") + code.left(30) + QStringLiteral("=")
              + code.mid(31))
              .error
        == Invite::Error::Damaged);
}

TEST_CASE("Text that is not an invite, too long or from a newer version is refused clearly",
    "[crypto][invite]")
{
    CHECK(Invite::parse(QString()).error == Invite::Error::NotAnInvite);
    CHECK(Invite::parse(QStringLiteral("192.168.1.20:47000")).error == Invite::Error::NotAnInvite);
    CHECK(Invite::parse(QString(Invite::kMaxTextLength + 1, QLatin1Char('A'))).error
        == Invite::Error::NotAnInvite);
    CHECK_FALSE(Invite::looksLikeInvite(QStringLiteral("example.org")));
    CHECK(Invite::looksLikeInvite(QStringLiteral(" securechat:invite/x")));

    // A well-formed version 2 (checksum correct) is not guessed at.
    QByteArray bytes = documentedInvite().encode();
    bytes.chop(Invite::kChecksumSize);
    bytes[0] = 2;
    bytes.append(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).left(4));
    const auto parsed = Invite::parse(QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    CHECK(parsed.error == Invite::Error::UnsupportedVersion);
    CHECK(parsed.message.contains(QStringLiteral("newer")));
}

TEST_CASE("Hostile invite contents with a correct checksum are refused", "[crypto][invite]")
{
    const auto withChecksum = [](QByteArray body) {
        body.append(QCryptographicHash::hash(body, QCryptographicHash::Sha256).left(4));
        return QString::fromLatin1(
            body.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    QByteArray body = documentedInvite().encode();
    body.chop(Invite::kChecksumSize);
    const qsizetype nameAt = 1 + 32 + 16 + 8;
    const qsizetype countAt = nameAt + 1 + 5;

    QByteArray longName = body;
    longName[nameAt] = char(200); // runs past the end
    CHECK(Invite::parse(withChecksum(longName)).error == Invite::Error::Damaged);
    QByteArray controlName = body;
    controlName[nameAt + 1] = '\n';
    CHECK(Invite::parse(withChecksum(controlName)).error == Invite::Error::Damaged);
    QByteArray badUtf8 = body;
    badUtf8[nameAt + 1] = char(0xff);
    CHECK(Invite::parse(withChecksum(badUtf8)).error == Invite::Error::Damaged);
    QByteArray noAddresses = body.first(countAt);
    noAddresses.append(char(0));
    CHECK(Invite::parse(withChecksum(noAddresses)).error == Invite::Error::Damaged);
    QByteArray tooMany = body;
    tooMany[countAt] = char(Invite::kMaxAddresses + 1);
    CHECK(Invite::parse(withChecksum(tooMany)).error == Invite::Error::Damaged);
    QByteArray unknownKind = body;
    unknownKind[countAt + 1] = char(5);
    CHECK(Invite::parse(withChecksum(unknownKind)).error == Invite::Error::Damaged);
    QByteArray portZero = body;
    portZero[countAt + 1 + 5] = 0;
    portZero[countAt + 1 + 6] = 0;
    CHECK(Invite::parse(withChecksum(portZero)).error == Invite::Error::Damaged);
    QByteArray trailing = body;
    trailing.append('x');
    CHECK(Invite::parse(withChecksum(trailing)).error == Invite::Error::Damaged);
    CHECK(Invite::parse(withChecksum(body)).invite); // the unchanged body is fine
}

TEST_CASE("A new invite has a fresh secret and only addresses a peer can use", "[crypto][invite]")
{
    const Fingerprint host = Fingerprint::fromBytes(sequence(1, 32));
    QList<InviteAddress> addresses = { { QHostAddress(QStringLiteral("fe80::1%1")), 47000 },
        { QHostAddress(QStringLiteral("192.168.1.20")), 0 },
        { QHostAddress(QStringLiteral("192.168.1.20")), 47000 },
        { QHostAddress(QStringLiteral("192.168.1.20")), 47000 } };
    for (int i = 0; i < 10; ++i)
        addresses.append({ QHostAddress(quint32(0x0a000001 + i)), 47000 });
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(3600);
    const Invite first = Invite::create(host, QString(80, QChar(0x00e9)), addresses, expires);
    const Invite second = Invite::create(host, QStringLiteral("Bob"), addresses, expires);
    CHECK(first.secret.size() == Invite::kSecretSize);
    CHECK(first.secret != second.secret);
    CHECK(first.hostName.toUtf8().size() <= Invite::kMaxNameBytes);
    REQUIRE(first.addresses.size() == Invite::kMaxAddresses);
    CHECK(first.addresses.first().address == QHostAddress(QStringLiteral("192.168.1.20")));
    CHECK(first.addresses.at(1).address == QHostAddress(quint32(0x0a000001)));
    CHECK_FALSE(first.isExpired(QDateTime::currentDateTimeUtc()));
    CHECK(first.isExpired(expires.addSecs(1)));
    const auto parsed = Invite::parse(first.toUri());
    REQUIRE(parsed.invite);
    CHECK(*parsed.invite == first);
}

TEST_CASE("The invite proof is HMAC-SHA256 bound to the secret and both keys", "[crypto][invite]")
{
    const QByteArray secret = sequence(0x10, 16);
    const Fingerprint host = Fingerprint::fromBytes(sequence(0xa0, 32));
    const Fingerprint client = Fingerprint::fromBytes(sequence(0x40, 32));
    const QByteArray proof = Invite::proof(secret, host, client);
    CHECK(proof.toHex()
        == QByteArray("1c6b8fb3e4b620f5335e78739ceeb2f8666a11266f05de07d720d13cea0bec8d"));
    CHECK(proof
        == QMessageAuthenticationCode::hash(
            QByteArray("SecureChat invite proof v1") + host.bytes() + client.bytes(), secret,
            QCryptographicHash::Sha256));
    CHECK(Invite::proof(secret, client, host) != proof);
    CHECK(Invite::proof(sequence(0x11, 16), host, client) != proof);
    CHECK(securechat::crypto::equalSecrets(proof, Invite::proof(secret, host, client)));
    CHECK_FALSE(securechat::crypto::equalSecrets(proof, proof.left(31)));
}
