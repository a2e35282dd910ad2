// SPDX-License-Identifier: MIT
#include "crypto/KeyGenerator.h"

#include "crypto/KeyGenWorker.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QThread>

namespace securechat::crypto {

namespace {

// Threads of abandoned generations. Guarded because finished() reaches the cleanup from the
// worker thread.
QMutex abandonedMutex;
QSet<QThread *> abandonedThreads;
bool postRoutineInstalled = false;

void waitForAbandonedThreads()
{
    QSet<QThread *> threads;
    {
        QMutexLocker lock(&abandonedMutex);
        threads.swap(abandonedThreads);
    }
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
}

void abandon(QThread *thread)
{
    {
        QMutexLocker lock(&abandonedMutex);
        abandonedThreads.insert(thread);
        if (!postRoutineInstalled) {
            qAddPostRoutine(waitForAbandonedThreads);
            postRoutineInstalled = true;
        }
    }
    // The connection is made before quit(), so finished() cannot be missed. It runs in the
    // thread that finishes; the deletion happens later in the main thread's event loop.
    QObject::connect(
        thread, &QThread::finished, thread,
        [thread] {
            bool owned = false;
            {
                QMutexLocker lock(&abandonedMutex);
                owned = abandonedThreads.remove(thread);
            }
            if (owned)
                thread->deleteLater();
        },
        Qt::DirectConnection);
    thread->quit();
}

} // namespace

KeyGenerator::KeyGenerator(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Identity>();
}

KeyGenerator::~KeyGenerator()
{
    if (!m_thread)
        return;
    if (m_worker)
        m_worker->disconnect(this);
    if (m_running) {
        abandon(m_thread);
    } else {
        m_thread->quit();
        m_thread->wait(); // idle: returns at once
        delete m_thread;
    }
}

int KeyGenerator::abandonedCount()
{
    QMutexLocker lock(&abandonedMutex);
    return int(abandonedThreads.size());
}

void KeyGenerator::ensureThread()
{
    if (m_thread)
        return;
    m_thread = new QThread; // no parent: it may outlive this object (see abandon())
    m_thread->setObjectName(QStringLiteral("SecureChat key generation"));
    auto *worker = new KeyGenWorker;
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &KeyGenWorker::finished, this, &KeyGenerator::onWorkerFinished);
    connect(worker, &KeyGenWorker::failed, this, &KeyGenerator::onWorkerFailed);
    m_worker = worker;
    m_thread->start();
}

bool KeyGenerator::start(const QString &displayName, int bits)
{
    if (m_running)
        return false;
    ensureThread();
    m_running = true;
    QMetaObject::invokeMethod(
        m_worker.data(), &KeyGenWorker::generate, Qt::QueuedConnection, displayName, bits);
    return true;
}

void KeyGenerator::onWorkerFinished(const Identity &identity)
{
    m_running = false;
    emit finished(identity);
}

void KeyGenerator::onWorkerFailed(const QString &reason)
{
    m_running = false;
    emit failed(reason);
}

} // namespace securechat::crypto
