// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Identity.h"

#include <optional>

#include <QDateTime>
#include <QString>
#include <QtCrypto>

namespace securechat::crypto {

// RSA identities and the operations SecureChat performs with them, all through QCA. Every
// function blocks; key generation takes seconds, so the GUI runs it through KeyGenerator.
class RsaService
{
public:
    static constexpr int kDefaultKeyBits = 3072;
    static constexpr int kMaxCommonNameLength = 64; // ub-common-name, RFC 5280
    static constexpr int kCertificateValidityYears = 20;

    static bool isSupportedKeySize(int bits);

    // A fresh RSA private key of 2048, 3072 or 4096 bits; null on failure.
    static QCA::PrivateKey generateKey(int bits = kDefaultKeyBits);

    // The subject (and issuer) of every identity certificate. Neutral on purpose: the display
    // name travels in the hello, inside TLS, and the certificate is seen before that.
    static constexpr char kCertificateCommonName[] = "SecureChat identity";

    // A self-signed X.509 certificate for an RSA key: CN=kCertificateCommonName, a random
    // positive 127-bit serial, a SHA-256 signature, valid from an hour ago for 20 years,
    // basicConstraints CA:FALSE (critical, no path length), extended key usage TLS client and
    // server, subject key identifier. Null on failure.
    static QCA::Certificate makeSelfSignedCertificate(
        const QCA::PrivateKey &key, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // True for certificates made by SecureChat up to 0.1, which carry basicConstraints CA:FALSE
    // with a pathLenConstraint (RFC 5280 4.2.1.9 forbids it; strict X.509 parsers refuse them).
    static bool hasNonCaPathLength(const QCA::Certificate &certificate);

    // The display name as the user keeps it: trimmed, at most 64 characters.
    static QString normalizedDisplayName(const QString &displayName);

    // generateKey + makeSelfSignedCertificate. Null when the name is empty, the size
    // unsupported or QCA fails.
    static Identity createIdentity(const QString &displayName, int bits = kDefaultKeyBits);

    // RSASSA-PKCS1-v1_5 with SHA-256 (QCA's EMSA3_SHA256; QCA has no PSS). Empty on failure.
    static QByteArray sign(const QCA::PrivateKey &key, const QByteArray &message);
    static bool verify(
        const QCA::PublicKey &key, const QByteArray &message, const QByteArray &signature);

    // RSA-OAEP with SHA-1 and MGF1-SHA1, empty label: the only OAEP QCA offers. QCA silently
    // truncates longer input, so encrypt refuses anything over maximumEncryptSize().
    static int maximumEncryptSize(const QCA::PublicKey &key);
    static std::optional<QByteArray> encrypt(
        const QCA::PublicKey &key, const QByteArray &plaintext);
    // Refuses a ciphertext that is not exactly the modulus length.
    static std::optional<QCA::SecureArray> decrypt(
        const QCA::PrivateKey &key, const QByteArray &ciphertext);

    // Hybrid encryption of any amount of data to an RSA public key, in a versioned envelope:
    // RSA-OAEP wraps a fresh 32-byte secret, HKDF-SHA256 turns it into the AES-256-GCM key with
    // the whole envelope header as context, so changing any header byte makes open() fail.
    // Format: docs/security.md.
    static constexpr quint8 kSealVersion = 1;
    static constexpr qsizetype kMaxSealSize = qsizetype(1) << 30;
    enum class OpenError { None, Malformed, UnsupportedVersion, WrongKey, Unauthentic };
    static std::optional<QByteArray> seal(
        const QCA::PublicKey &recipient, const QByteArray &plaintext);
    static std::optional<QByteArray> open(
        const QCA::PrivateKey &key, const QByteArray &envelope, OpenError *error = nullptr);
};

} // namespace securechat::crypto
