// SPDX-License-Identifier: MIT
#include "crypto/SafetyNumber.h"

#include <QCryptographicHash>
#include <QStringList>

namespace securechat::crypto {

namespace {
constexpr int kGroups = 12;
constexpr int kBytesPerGroup = 5;
constexpr quint64 kGroupModulus = 100000;
} // namespace

QString safetyNumber(const Fingerprint &a, const Fingerprint &b)
{
    if (a.isNull() || b.isNull())
        return {};
    const auto [low, high] = a <= b ? std::pair(a, b) : std::pair(b, a);
    QCryptographicHash hash(QCryptographicHash::Sha512);
    hash.addData(QByteArrayView("SecureChat safety number v1"));
    hash.addData(low.bytes());
    hash.addData(high.bytes());
    const QByteArray digest = hash.result(); // 64 bytes; the first 60 are used

    QStringList groups;
    for (int group = 0; group < kGroups; ++group) {
        quint64 value = 0;
        for (int i = 0; i < kBytesPerGroup; ++i)
            value = (value << 8) | quint8(digest.at(group * kBytesPerGroup + i));
        groups << QStringLiteral("%1").arg(value % kGroupModulus, 5, 10, QLatin1Char('0'));
    }
    return groups.join(u' ');
}

} // namespace securechat::crypto
