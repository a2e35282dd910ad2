// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QtCrypto>

namespace securechat::crypto {

// Argon2id (RFC 9106, version 0x13) through OpenSSL's "ARGON2ID" KDF (OpenSSL 3.2 and later).
// QCA offers no memory-hard KDF, so this one function calls libcrypto directly. The build
// environment has libcrypto but not its headers, so the library is loaded at run time and the
// few stable OpenSSL 3 entry points it needs are declared in Argon2id.cpp.
class Argon2id
{
public:
    struct Params {
        quint32 memoryKiB = 0; // m, at least 8 * lanes
        quint32 iterations = 0; // t, at least 1
        quint32 lanes = 0; // p, 1 to 255 here

        bool operator==(const Params &) const = default;
    };

    static constexpr int kMinSaltLength = 8;
    // Limits on what a file may ask of us, so that a crafted file cannot make us allocate
    // gigabytes or spin for hours: 4 GiB, 64 passes, 255 lanes.
    static constexpr quint32 kMaxMemoryKiB = 4u * 1024 * 1024;
    static constexpr quint32 kMaxIterations = 64;
    static constexpr quint32 kMaxLanes = 255;

    static bool isValid(const Params &params);
    // Whether the OpenSSL in this process provides Argon2id.
    static bool isAvailable();

    // nullopt on invalid parameters, a salt shorter than 8 bytes, an output length outside
    // 4..1024, a missing KDF, or an allocation failure inside OpenSSL.
    static std::optional<QCA::SecureArray> derive(
        const QByteArray &password, const QByteArray &salt, const Params &params, int outputLength);
};

} // namespace securechat::crypto
