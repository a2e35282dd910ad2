// SPDX-License-Identifier: MIT
#include "chat/HistorySearch.h"

#include <QThread>

namespace securechat::chat {

class HistorySearch::Worker : public QObject
{
public:
    explicit Worker(std::unique_ptr<storage::HistoryStore> reader)
        : m_reader(std::move(reader))
    { }
    storage::HistoryStore *reader() const { return m_reader.get(); }

private:
    std::unique_ptr<storage::HistoryStore> m_reader;
};

HistorySearch::HistorySearch(std::unique_ptr<storage::HistoryStore> reader,
    const QString &unavailableReason, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_available(reader != nullptr)
    , m_unavailableReason(unavailableReason)
{
    m_thread->setObjectName(QStringLiteral("HistorySearch"));
    m_worker = new Worker(std::move(reader));
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

HistorySearch::~HistorySearch()
{
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // the thread has ended: its reader is closed here
}

int HistorySearch::search(const QString &text, const crypto::Fingerprint &contact, int limit)
{
    const int query = ++m_lastQuery;
    if (!m_available) {
        const QString reason = m_unavailableReason;
        QMetaObject::invokeMethod(
            this,
            [this, query, reason] { emit finished(query, {}, reason, QThread::currentThread()); },
            Qt::QueuedConnection);
        return query;
    }
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, query, text, contact, limit] {
            storage::HistoryStore::Error error;
            const QList<Hit> hits = worker->reader()->search(
                text, contact, limit, &error, storage::HistoryStore::SearchMode::LastWordPrefix);
            const QString message
                = error.kind == storage::HistoryStore::ErrorKind::None ? QString() : error.message;
            QThread *ranOn = QThread::currentThread();
            // Posted to the owner's thread. The owner outlives this call (its destructor waits
            // for the thread), and an answer still queued when it is destroyed is dropped.
            QMetaObject::invokeMethod(
                this, [this, query, hits, message, ranOn] {
                    emit finished(query, hits, message, ranOn);
                }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return query;
}

} // namespace securechat::chat
