// SPDX-License-Identifier: MIT
#pragma once

#include "storage/IdentityStore.h"

#include <functional>
#include <memory>

#include <QObject>

class QThread;

namespace securechat::storage {

// Runs IdentityStore's slow operations on a worker QThread, so that the Argon2id work behind a
// passphrase (about half a second, docs/security.md) never blocks the caller's event loop. One
// operation at a time; the results arrive as queued signals. Works on its own copy of the store.
class IdentityStoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit IdentityStoreWorker(const IdentityStore &store, QObject *parent = nullptr);
    // Waits for an operation still running (it cannot be interrupted; at most a second or two).
    ~IdentityStoreWorker() override;

    enum class SaveMode { Create, Replace };

    // Each returns false, and emits nothing, while an operation is running; otherwise the
    // matching signal follows later, never from inside the call.
    bool load(const QString &passphrase);
    bool save(const crypto::Identity &identity, const QString &passphrase, SaveMode mode);

    bool isBusy() const { return m_thread != nullptr; }
    // The thread of the running operation; null when idle.
    QThread *workerThread() const { return m_thread; }

signals:
    void loaded(const securechat::storage::IdentityStore::LoadResult &result);
    // error is empty on success.
    void saved(bool ok, const QString &error);

private:
    bool start(std::function<void()> job, std::function<void()> done);

    IdentityStore m_store;
    QThread *m_thread = nullptr;
    std::function<void()> m_done;
};

} // namespace securechat::storage
