// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Identity.h"

#include <memory>

#include <QDialog>

namespace Ui {
class FirstRunDialog;
}

namespace securechat::crypto {
class KeyGenerator;
}

namespace securechat::storage {
class IdentityStore;
class IdentityStoreWorker;
} // namespace securechat::storage

namespace securechat::gui {

// Creates the user's identity: name, key size, optional passphrase. The key is generated on the
// KeyGenerator's worker thread while this dialog shows progress; the result is saved in the
// IdentityStore before the dialog accepts.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        Create, // no identity yet: IdentityStore::save
        Replace // the user chose to start over: IdentityStore::replace keeps a backup
    };

    FirstRunDialog(
        storage::IdentityStore *store, Mode mode = Mode::Create, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    crypto::Identity identity() const { return m_identity; }
    bool isGenerating() const;
    int selectedKeyBits() const;

    // Starts generation; the dialog accepts once the identity is saved (both on worker threads).
    // Rejecting while the key is generated abandons it and saves nothing; while it is being
    // saved, rejecting is ignored.
    void accept() override;
    void reject() override;

signals:
    void generationStarted();

private:
    void validate();
    void setBusy(bool busy);
    void onGenerated(const crypto::Identity &identity);
    void onSaved(bool ok, const QString &error);
    void onFailed(const QString &reason);

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    storage::IdentityStore *m_store;
    Mode m_mode;
    crypto::KeyGenerator *m_generator;
    storage::IdentityStoreWorker *m_storeWorker;
    crypto::Identity m_pending; // generated, being saved
    crypto::Identity m_identity;
    QString m_passphrase;
    bool m_abandoned = false;
};

} // namespace securechat::gui
