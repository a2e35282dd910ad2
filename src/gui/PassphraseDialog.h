// SPDX-License-Identifier: MIT
#pragma once

#include "storage/IdentityStore.h"

#include <memory>

#include <QDialog>

namespace Ui {
class PassphraseDialog;
}

namespace securechat::storage {
class IdentityStoreWorker;
}

namespace securechat::gui {

// Asks for the identity's passphrase and tries it on a worker thread (Argon2id takes about half
// a second), showing that it is busy meanwhile. A wrong one is said so and the dialog stays for
// another try. Any other load error closes the dialog (accepted) with the result, for the
// caller to explain.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PassphraseDialog(const storage::IdentityStore &store, QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    const storage::IdentityStore::LoadResult &result() const { return m_result; }
    int attempts() const { return m_attempts; }
    bool isUnlocking() const;
    // The unlock worker (for tests: which thread the work runs on).
    const storage::IdentityStoreWorker &worker() const { return *m_worker; }

    void accept() override;
    // Ignored while an unlock is running: it cannot be interrupted and ends within a second.
    void reject() override;

signals:
    void unlockStarted();

private:
    void setBusy(bool busy);
    void onLoaded(const storage::IdentityStore::LoadResult &result);

    std::unique_ptr<Ui::PassphraseDialog> m_ui;
    storage::IdentityStoreWorker *m_worker;
    storage::IdentityStore::LoadResult m_result;
    int m_attempts = 0;
};

} // namespace securechat::gui
