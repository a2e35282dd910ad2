// SPDX-License-Identifier: MIT
#include "chat/FileHasher.h"

#include <QTimer>

namespace securechat::chat {

FileHasher::FileHasher(const QString &path, qint64 length, QObject *parent)
    : QObject(parent)
    , m_file(path)
    , m_length(length)
    , m_hash(std::make_unique<crypto::Sha256>())
{ }

QByteArray FileHasher::emptyHash()
{
    return crypto::Sha256::hash({});
}

void FileHasher::start()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        QTimer::singleShot(0, this, [this] { emit finished(false, {}); });
        return;
    }
    QTimer::singleShot(0, this, &FileHasher::step);
}

void FileHasher::step()
{
    const qint64 want = m_length < 0 ? kSliceBytes : qMin(kSliceBytes, m_length - m_hashed);
    QByteArray slice = m_file.read(want);
    if (slice.isEmpty() && want > 0 && m_length < 0 && m_file.atEnd()) {
        m_file.close();
        emit finished(true, m_hash->result());
        return;
    }
    if (want > 0 && slice.isEmpty()) {
        m_file.close();
        emit finished(false, {});
        return;
    }
    m_hash->addData(slice);
    m_hashed += slice.size();
    if (m_length >= 0 && m_hashed == m_length) {
        m_file.close();
        emit finished(true, m_hash->result());
        return;
    }
    QTimer::singleShot(0, this, &FileHasher::step);
}

} // namespace securechat::chat
