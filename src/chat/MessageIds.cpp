// SPDX-License-Identifier: MIT
#include "chat/MessageIds.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace securechat::chat {

namespace {
constexpr quint16 kCounterMask = 0x0fff;
constexpr qint64 kMaxUnixMs = (qint64(1) << 48) - 1;
} // namespace

QString MessageIds::next()
{
    QRandomGenerator *random = QRandomGenerator::system();
    return next(QDateTime::currentMSecsSinceEpoch(), random->generate64(), random->generate64());
}

QString MessageIds::next(qint64 unixMs, quint64 randomA, quint64 randomB)
{
    unixMs = qBound<qint64>(0, unixMs, kMaxUnixMs);
    if (unixMs > m_lastMs) {
        m_lastMs = unixMs;
        // Start low in the counter's range so that many ids fit into one millisecond.
        m_counter = quint16(randomA & 0x01ff);
    } else if (m_counter < kCounterMask) {
        ++m_counter;
    } else {
        // 4,096 ids in one millisecond: borrow the next millisecond.
        m_lastMs = qMin(m_lastMs + 1, kMaxUnixMs);
        m_counter = 0;
    }
    std::array<uchar, 16> bytes {};
    for (int i = 0; i < 6; ++i)
        bytes[i] = uchar(quint64(m_lastMs) >> (8 * (5 - i)));
    bytes[6] = uchar(0x70 | ((m_counter >> 8) & 0x0f));
    bytes[7] = uchar(m_counter & 0xff);
    bytes[8] = uchar(0x80 | ((randomB >> 56) & 0x3f));
    for (int i = 9; i < 16; ++i)
        bytes[i] = uchar(randomB >> (8 * (15 - i)));
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), qsizetype(bytes.size())))
        .toString(QUuid::WithoutBraces);
}

} // namespace securechat::chat
