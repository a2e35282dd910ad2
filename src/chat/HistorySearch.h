// SPDX-License-Identifier: MIT
#pragma once

#include "storage/HistoryStore.h"

#include <memory>

#include <QList>
#include <QObject>
#include <QString>

class QThread;

namespace securechat::chat {

// Searches the history on a thread of its own, through a read connection of its own
// (HistoryStore::openReader), so that the GUI thread never waits for the search index while
// the user types. Searches run one after another in the order asked; each gets a number, and
// finished() names it, so that a caller can drop the answer to a query that has been replaced
// by a newer one.
class HistorySearch : public QObject
{
    Q_OBJECT
public:
    using Hit = storage::HistoryStore::SearchHit;

    // reader: a connection for the worker thread alone. When it is null every search finishes
    // with unavailableReason as its error.
    HistorySearch(std::unique_ptr<storage::HistoryStore> reader, const QString &unavailableReason,
        QObject *parent = nullptr);
    ~HistorySearch() override; // waits for the running search, drops queued ones

    bool isAvailable() const { return m_available; }
    // Queues a search for text (plain words, the last one also as the start of a word since it
    // may be half typed: HistoryStore::search) among contact's messages, or
    // everyone's for a null contact; at most limit hits, newest first. Returns its number.
    int search(const QString &text, const crypto::Fingerprint &contact, int limit);
    // The thread the searches run on (tests check that it is not the caller's).
    QThread *workerThread() const { return m_thread; }

signals:
    // On the thread that owns this object. error is empty on success (hits may be empty).
    void finished(int query, const QList<securechat::chat::HistorySearch::Hit> &hits,
        const QString &error, QThread *ranOn);

private:
    class Worker;
    QThread *m_thread;
    Worker *m_worker;
    bool m_available;
    QString m_unavailableReason;
    int m_lastQuery = 0;
};

} // namespace securechat::chat
