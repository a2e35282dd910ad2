// SPDX-License-Identifier: MIT
#include "crypto/Sha256.h"

#include <openssl/evp.h>

namespace securechat::crypto {

struct Sha256::Context {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    // Only fails on allocation failure, which Qt treats as fatal everywhere else too.
    Q_CHECK_PTR(m_context->ctx);
    EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256 &&other) noexcept = default;
Sha256 &Sha256::operator=(Sha256 &&other) noexcept = default;

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_context->ctx, data.data(), size_t(data.size()));
}

QByteArray Sha256::result() const
{
    // Finalising consumes the context, so a copy is finalised instead.
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    Q_CHECK_PTR(copy);
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_MD_CTX_copy_ex(copy, m_context->ctx);
    EVP_DigestFinal_ex(copy, reinterpret_cast<unsigned char *>(digest.data()), &length);
    EVP_MD_CTX_free(copy);
    digest.truncate(int(length));
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 hasher;
    hasher.addData(data);
    return hasher.result();
}

} // namespace securechat::crypto
