// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QtCrypto>

namespace securechat::crypto {

// AES-256-GCM through QCA with a 96-bit IV and an enforced 128-bit tag. QCA offers no
// additional authenticated data, so callers bind context into the key instead (see
// RsaService::seal). Decryption releases no plaintext unless the tag verified.
class AesGcm
{
public:
    static constexpr int kKeyLength = 32;
    static constexpr int kIvLength = 12;
    static constexpr int kTagLength = 16;

    struct Sealed {
        QByteArray ciphertext;
        QByteArray tag; // always kTagLength bytes
    };

    // nullopt on a wrong key or IV length or a provider failure.
    static std::optional<Sealed> encrypt(
        const QCA::SymmetricKey &key, const QByteArray &iv, QByteArrayView plaintext);
    // nullopt on wrong lengths, a tag that is not exactly 16 bytes, or failed authentication.
    static std::optional<QByteArray> decrypt(const QCA::SymmetricKey &key, const QByteArray &iv,
        QByteArrayView ciphertext, QByteArrayView tag);

    // encrypt, appending the ciphertext to *output (saves a copy of large data). On failure
    // *output is restored to its previous size.
    static bool encryptAppend(const QCA::SymmetricKey &key, const QByteArray &iv,
        QByteArrayView plaintext, QByteArray *output, QByteArray *tag);
};

} // namespace securechat::crypto
