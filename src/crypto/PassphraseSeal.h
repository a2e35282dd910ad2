// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Argon2id.h"

#include <QByteArray>
#include <QString>
#include <QtCrypto>

namespace securechat::crypto {

// A secret (the identity's private key) encrypted under a passphrase: Argon2id stretches the
// passphrase, HKDF-SHA256 binds the result to the whole header, AES-256-GCM encrypts. The
// format is versioned and records its own parameters, so any parameter set reads back.
// Byte layout, limits and test vectors: docs/security.md, "Passphrase seal".
//
//   offset size  field
//        0    4  magic "SCPS"
//        4    1  format version (1)
//        5    1  KDF (1 = Argon2id version 0x13)
//        6    4  Argon2 memory in KiB (big-endian)
//       10    4  Argon2 iterations (big-endian)
//       14    1  Argon2 lanes
//       15   16  salt
//       31   12  AES-GCM nonce
//       43    4  ciphertext length in bytes (big-endian)
//       47    n  ciphertext, then the 16-byte GCM tag
class PassphraseSeal
{
public:
    static constexpr quint8 kVersion = 1;
    static constexpr quint8 kKdfArgon2id = 1;
    static constexpr int kSaltLength = 16;
    static constexpr int kHeaderLength = 47;
    static constexpr int kMaxSecretLength = 64 * 1024;
    static const QByteArray kMagic;

    // Chosen by measurement on an idle reference machine (docs/security.md): 64 MiB, 6 passes,
    // 1 lane, about 0.45 s.
    static constexpr Argon2id::Params kProductionParams { 64 * 1024, 6, 1 };

    enum class Error {
        None,
        Truncated, // shorter than its header, or than the length its header gives
        Corrupt, // not a seal, an unknown KDF, parameters out of range, or bytes after the tag
        NewerVersion, // written by a later format version
        WrongPassphrase, // the tag did not verify: a wrong passphrase or changed bytes
        Unavailable // Argon2id or AES-GCM missing from the crypto provider
    };

    struct Opened {
        Error error = Error::Corrupt;
        QCA::SecureArray secret;
        int version = 0; // the format version the header claims, when it could be read
    };

    // Empty when the secret is empty or too long, the parameters are invalid, or a primitive is
    // unavailable. The passphrase is used as NFC-normalised UTF-8.
    static QByteArray seal(
        const QCA::SecureArray &secret, const QString &passphrase, const Argon2id::Params &params);
    // seal() with a given salt and nonce: only for test vectors (never reuse a nonce).
    static QByteArray sealDeterministic(const QCA::SecureArray &secret, const QString &passphrase,
        const Argon2id::Params &params, const QByteArray &salt, const QByteArray &nonce);

    static Opened open(const QByteArray &sealed, const QString &passphrase);

    // Whether the bytes start with the magic (they may still be damaged).
    static bool looksSealed(const QByteArray &bytes) { return bytes.startsWith(kMagic); }
};

} // namespace securechat::crypto
