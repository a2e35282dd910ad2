// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>

namespace securechat::crypto {

// Incremental SHA-256 through OpenSSL's EVP interface, which uses the processor's SHA
// instructions where it has them (QCryptographicHash's portable code is several times slower,
// and file transfers hash every byte on both sides). Movable, not copyable.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256 &&other) noexcept;
    Sha256 &operator=(Sha256 &&other) noexcept;
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // The digest of everything added so far (32 bytes); more data may be added afterwards.
    QByteArray result() const;
    static QByteArray hash(QByteArrayView data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace securechat::crypto
