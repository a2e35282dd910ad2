// SPDX-License-Identifier: MIT
#include "gui/PassphraseDialog.h"

#include "ui_PassphraseDialog.h"

#include <QPushButton>

namespace securechat::gui {

PassphraseDialog::PassphraseDialog(const storage::IdentityStore &store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PassphraseDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PassphraseDialog::~PassphraseDialog() = default;

void PassphraseDialog::accept()
{
    ++m_attempts;
    m_result = m_store.load(m_ui->passphraseEdit->text());
    if (m_result.error == storage::IdentityStore::LoadError::WrongPassphrase) {
        m_ui->errorLabel->setText(tr("That passphrase is not right (attempt %1). Check Caps Lock "
                                     "and the keyboard layout, then try again.")
                                      .arg(m_attempts));
        m_ui->errorLabel->show();
        m_ui->passphraseEdit->clear();
        m_ui->passphraseEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace securechat::gui
