// SPDX-License-Identifier: MIT
#include "crypto/Argon2id.h"

#include <cstdint>
#include <mutex>

#include <QLibrary>

namespace securechat::crypto {

namespace {

// The subset of OpenSSL 3's public ABI used here (<openssl/params.h>, <openssl/kdf.h>), stable
// for every 3.x release: OSSL_PARAM's layout and the type codes are part of that ABI.
extern "C" {
struct OsslParam {
    const char *key;
    unsigned int dataType;
    void *data;
    size_t dataSize;
    size_t returnSize;
};
using KdfFetch = void *(*)(void *libraryContext, const char *algorithm, const char *properties);
using KdfFree = void (*)(void *kdf);
using KdfContextNew = void *(*)(void *kdf);
using KdfContextFree = void (*)(void *context);
using KdfDerive
    = int (*)(void *context, unsigned char *key, size_t keyLength, const OsslParam *params);
}
constexpr unsigned int kParamUnsignedInteger = 2; // OSSL_PARAM_UNSIGNED_INTEGER
constexpr unsigned int kParamOctetString = 5; // OSSL_PARAM_OCTET_STRING
constexpr size_t kParamUnmodified = SIZE_MAX; // OSSL_PARAM_UNMODIFIED

struct OpenSslKdf {
    KdfFetch fetch = nullptr;
    KdfFree free = nullptr;
    KdfContextNew contextNew = nullptr;
    KdfContextFree contextFree = nullptr;
    KdfDerive derive = nullptr;

    bool loaded() const { return fetch && free && contextNew && contextFree && derive; }
};

// libcrypto is already in the process (qca-ossl links it); this only looks the symbols up.
const OpenSslKdf &openSsl()
{
    static OpenSslKdf functions;
    static std::once_flag once;
    std::call_once(once, [] {
        static QLibrary library(QStringLiteral("crypto"), 3);
        if (!library.load())
            return;
        functions.fetch = reinterpret_cast<KdfFetch>(library.resolve("EVP_KDF_fetch"));
        functions.free = reinterpret_cast<KdfFree>(library.resolve("EVP_KDF_free"));
        functions.contextNew = reinterpret_cast<KdfContextNew>(library.resolve("EVP_KDF_CTX_new"));
        functions.contextFree
            = reinterpret_cast<KdfContextFree>(library.resolve("EVP_KDF_CTX_free"));
        functions.derive = reinterpret_cast<KdfDerive>(library.resolve("EVP_KDF_derive"));
    });
    return functions;
}

OsslParam octets(const char *key, const QByteArray &bytes)
{
    return { key, kParamOctetString, const_cast<char *>(bytes.constData()), size_t(bytes.size()),
        kParamUnmodified };
}

OsslParam unsignedInt(const char *key, quint32 *value)
{
    return { key, kParamUnsignedInteger, value, sizeof(*value), kParamUnmodified };
}

} // namespace

bool Argon2id::isValid(const Params &params)
{
    return params.lanes >= 1 && params.lanes <= kMaxLanes && params.iterations >= 1
        && params.iterations <= kMaxIterations && params.memoryKiB >= 8 * params.lanes
        && params.memoryKiB <= kMaxMemoryKiB;
}

bool Argon2id::isAvailable()
{
    const OpenSslKdf &ssl = openSsl();
    if (!ssl.loaded())
        return false;
    void *kdf = ssl.fetch(nullptr, "ARGON2ID", nullptr);
    ssl.free(kdf);
    return kdf != nullptr;
}

std::optional<QCA::SecureArray> Argon2id::derive(
    const QByteArray &password, const QByteArray &salt, const Params &params, int outputLength)
{
    if (!isValid(params) || salt.size() < kMinSaltLength || outputLength < 4 || outputLength > 1024)
        return std::nullopt;
    const OpenSslKdf &ssl = openSsl();
    if (!ssl.loaded())
        return std::nullopt;
    void *kdf = ssl.fetch(nullptr, "ARGON2ID", nullptr);
    if (!kdf)
        return std::nullopt;
    void *context = ssl.contextNew(kdf);
    ssl.free(kdf);
    if (!context)
        return std::nullopt;

    quint32 memory = params.memoryKiB;
    quint32 iterations = params.iterations;
    quint32 lanes = params.lanes;
    quint32 threads = 1; // more would need OSSL_set_max_threads, and the work is the same
    const OsslParam request[] = {
        octets("pass", password),
        octets("salt", salt),
        unsignedInt("iter", &iterations),
        unsignedInt("memcost", &memory),
        unsignedInt("lanes", &lanes),
        unsignedInt("threads", &threads),
        { nullptr, 0, nullptr, 0, 0 },
    };
    QCA::SecureArray output(outputLength);
    const int ok = ssl.derive(
        context, reinterpret_cast<unsigned char *>(output.data()), size_t(outputLength), request);
    ssl.contextFree(context);
    if (ok != 1)
        return std::nullopt;
    return output;
}

} // namespace securechat::crypto
