// SPDX-License-Identifier: MIT
#include "net/FrameCodec.h"

#include "net/Protocol.h"

#include <QCoreApplication>
#include <QtEndian>

namespace securechat::net {

FrameCodec::FrameCodec(qint64 maxFrameBytes)
    : m_maxFrameBytes(maxFrameBytes)
{ }

QByteArray FrameCodec::encode(const QByteArray &payload, qint64 maxFrameBytes)
{
    if (payload.isEmpty() || payload.size() > maxFrameBytes)
        return {};
    QByteArray frame(kFrameHeaderBytes, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), frame.data());
    frame.append(payload);
    return frame;
}

void FrameCodec::append(const QByteArray &bytes)
{
    if (hasError())
        return;
    // Drop what has been consumed before growing, so the buffer stays about one frame long.
    if (m_offset > 0 && (m_offset == m_buffer.size() || m_offset > 64 * 1024)) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes);
}

std::optional<QByteArray> FrameCodec::next()
{
    if (hasError() || pendingBytes() < kFrameHeaderBytes)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_offset);
    if (length == 0) {
        m_error = QCoreApplication::translate("securechat::net::FrameCodec", "an empty frame");
        return std::nullopt;
    }
    if (qint64(length) > m_maxFrameBytes) {
        m_error = QCoreApplication::translate(
            "securechat::net::FrameCodec", "a frame of %1 bytes, more than the limit of %2 bytes")
                      .arg(length)
                      .arg(m_maxFrameBytes);
        return std::nullopt;
    }
    if (pendingBytes() < kFrameHeaderBytes + qint64(length))
        return std::nullopt;
    QByteArray payload = m_buffer.mid(m_offset + kFrameHeaderBytes, length);
    m_offset += kFrameHeaderBytes + length;
    return payload;
}

} // namespace securechat::net
