// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace securechat::net {

// Splits a byte stream into frames: a 4-byte big-endian payload length, then the payload.
// Bytes may arrive in any pieces; a length of 0 or above the maximum is an error that sticks
// (the stream cannot be resynchronised), detected from the header alone, before the payload
// is buffered.
class FrameCodec
{
public:
    explicit FrameCodec(qint64 maxFrameBytes);

    // The header and the payload; empty when payload is empty or longer than the maximum.
    static QByteArray encode(const QByteArray &payload, qint64 maxFrameBytes);

    void append(const QByteArray &bytes);
    // The next complete payload, or nullopt when more bytes are needed or after an error.
    std::optional<QByteArray> next();

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Bytes received but not yet returned as a frame (a partial frame when non-zero).
    qint64 pendingBytes() const { return m_buffer.size() - m_offset; }

private:
    qint64 m_maxFrameBytes;
    QByteArray m_buffer;
    qint64 m_offset = 0;
    QString m_error;
};

} // namespace securechat::net
