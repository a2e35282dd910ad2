// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Identity.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QThread;

namespace securechat::crypto {

class KeyGenWorker;

// Creates an identity on a worker QThread so that the caller's event loop keeps running while
// RSA key generation takes its seconds. One generation at a time.
//
// Destroying a KeyGenerator mid-generation abandons it: no signal is emitted, and the thread
// (which cannot interrupt OpenSSL) finishes on its own and deletes itself. Threads still running
// when the QCoreApplication is destroyed are waited for then, before QCA is shut down.
class KeyGenerator : public QObject
{
    Q_OBJECT
public:
    explicit KeyGenerator(QObject *parent = nullptr);
    ~KeyGenerator() override;

    // Emits finished or failed later, never from inside start(). Returns false (and emits
    // nothing) if a generation is already running.
    bool start(const QString &displayName, int bits);
    bool isRunning() const { return m_running; }

    // The thread generations run on; null before the first start().
    QThread *workerThread() const { return m_thread; }

    // Abandoned generations whose threads have not finished yet (for tests and diagnostics).
    static int abandonedCount();

signals:
    void finished(const securechat::crypto::Identity &identity);
    void failed(const QString &reason);

private:
    void ensureThread();
    void onWorkerFinished(const securechat::crypto::Identity &identity);
    void onWorkerFailed(const QString &reason);

    QThread *m_thread = nullptr;
    QPointer<KeyGenWorker> m_worker;
    bool m_running = false;
};

} // namespace securechat::crypto
