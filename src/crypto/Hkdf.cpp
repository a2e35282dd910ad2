// SPDX-License-Identifier: MIT
#include "crypto/Hkdf.h"

namespace securechat::crypto {

std::optional<QCA::SecureArray> Hkdf::sha256(
    const QCA::SecureArray &secret, const QByteArray &salt, const QByteArray &info, int length)
{
    if (length < 1 || length > kMaxOutputLength || secret.isEmpty() || info.size() > kMaxInfoLength
        || !QCA::isSupported("hkdf(sha256)"))
        return std::nullopt;
    QCA::HKDF hkdf(QStringLiteral("sha256"));
    const QCA::SymmetricKey key = hkdf.makeKey(
        secret, QCA::InitializationVector(salt), QCA::InitializationVector(info), uint(length));
    if (key.size() != length)
        return std::nullopt;
    bool allZero = true;
    for (int i = 0; i < key.size() && allZero; ++i)
        allZero = key[i] == 0;
    if (allZero)
        return std::nullopt;
    return QCA::SecureArray(key);
}

} // namespace securechat::crypto
