// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QtCrypto>

namespace securechat::crypto {

// HKDF-SHA256 (RFC 5869) through QCA, with the checks QCA leaves out: qca-ossl returns
// zero-filled output instead of an error when OpenSSL refuses a request, so every request
// OpenSSL would refuse is refused here first, and an all-zero result is treated as failure.
class Hkdf
{
public:
    static constexpr int kHashLength = 32;
    static constexpr int kMaxOutputLength = 255 * kHashLength; // 8160, RFC 5869
    static constexpr int kMaxInfoLength = 1024; // OpenSSL's limit on info

    // nullopt when length is not in 1..8160, the secret is empty, info is longer than 1024
    // bytes, or the provider fails.
    static std::optional<QCA::SecureArray> sha256(
        const QCA::SecureArray &secret, const QByteArray &salt, const QByteArray &info, int length);
};

} // namespace securechat::crypto
