// SPDX-License-Identifier: MIT
#pragma once

#include "storage/IdentityStore.h"

#include <memory>

#include <QDialog>

namespace Ui {
class PassphraseDialog;
}

namespace securechat::gui {

// Asks for the identity's passphrase and tries it; a wrong one is said so and the dialog stays
// for another try. Any other load error closes the dialog (accepted) with the result, for the
// caller to explain.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PassphraseDialog(const storage::IdentityStore &store, QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    const storage::IdentityStore::LoadResult &result() const { return m_result; }
    int attempts() const { return m_attempts; }

    void accept() override;

private:
    std::unique_ptr<Ui::PassphraseDialog> m_ui;
    const storage::IdentityStore &m_store;
    storage::IdentityStore::LoadResult m_result;
    int m_attempts = 0;
};

} // namespace securechat::gui
