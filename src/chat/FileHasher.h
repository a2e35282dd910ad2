// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Sha256.h"

#include <memory>

#include <QByteArray>
#include <QFile>
#include <QObject>

namespace securechat::chat {

// SHA-256 of the first `length` bytes of a file (all of it when length < 0), a slice per
// event-loop turn so that the GUI thread never waits long. finished() comes once, later (never
// from start()); ok is false when the file could not be read or is shorter than length.
class FileHasher : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kSliceBytes = qint64(4) << 20;

    explicit FileHasher(const QString &path, qint64 length = -1, QObject *parent = nullptr);
    void start();
    qint64 hashed() const { return m_hashed; }
    // After finished(ok): the running hash, to continue with the bytes that follow.
    std::unique_ptr<crypto::Sha256> takeHash() { return std::move(m_hash); }
    static QByteArray emptyHash();

signals:
    void finished(bool ok, const QByteArray &sha256);

private:
    void step();

    QFile m_file;
    qint64 m_length = -1;
    qint64 m_hashed = 0;
    std::unique_ptr<crypto::Sha256> m_hash;
};

} // namespace securechat::chat
