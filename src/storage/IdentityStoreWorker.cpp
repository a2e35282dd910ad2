// SPDX-License-Identifier: MIT
#include "storage/IdentityStoreWorker.h"

#include <utility>

#include <QThread>

namespace securechat::storage {

IdentityStoreWorker::IdentityStoreWorker(const IdentityStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<IdentityStore::LoadResult>();
}

IdentityStoreWorker::~IdentityStoreWorker()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
}

bool IdentityStoreWorker::start(std::function<void()> job, std::function<void()> done)
{
    if (m_thread)
        return false;
    m_thread = QThread::create(std::move(job));
    m_thread->setObjectName(QStringLiteral("SecureChat identity file"));
    m_done = std::move(done);
    // Queued to this object's thread: the results are read there, after the job has ended.
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        const auto report = std::exchange(m_done, {});
        report();
    });
    m_thread->start();
    return true;
}

bool IdentityStoreWorker::load(const QString &passphrase)
{
    auto result = std::make_shared<IdentityStore::LoadResult>();
    return start([store = m_store, passphrase, result] { *result = store.load(passphrase); },
        [this, result] { emit loaded(*result); });
}

bool IdentityStoreWorker::save(
    const crypto::Identity &identity, const QString &passphrase, SaveMode mode)
{
    struct Outcome {
        bool ok = false;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    return start(
        [store = m_store, identity, passphrase, mode, outcome]() mutable {
            outcome->ok = mode == SaveMode::Replace
                ? store.replace(identity, passphrase, &outcome->error)
                : store.save(identity, passphrase, &outcome->error);
        },
        [this, outcome] { emit saved(outcome->ok, outcome->ok ? QString() : outcome->error); });
}

} // namespace securechat::storage
