// SPDX-License-Identifier: MIT
#include "gui/PassphraseDialog.h"

#include "storage/IdentityStoreWorker.h"
#include "ui_PassphraseDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace securechat::gui {

PassphraseDialog::PassphraseDialog(const storage::IdentityStore &store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PassphraseDialog>())
    , m_worker(new storage::IdentityStoreWorker(store, this))
{
    m_ui->setupUi(this);
    // Which profile: several can be used on one computer (--profile).
    const QString folder = QDir::toNativeSeparators(store.profileDir());
    setWindowTitle(tr("Unlock %1").arg(QFileInfo(store.profileDir()).fileName()));
    m_ui->introLabel->setText(tr("The SecureChat key of the profile in %1 is protected by a "
                                 "passphrase. Enter it to start.")
                                  .arg(folder));
    m_ui->errorLabel->hide();
    m_ui->progressBar->hide();
    m_ui->statusLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
    connect(m_worker, &storage::IdentityStoreWorker::loaded, this, &PassphraseDialog::onLoaded);
}

PassphraseDialog::~PassphraseDialog() = default;

bool PassphraseDialog::isUnlocking() const
{
    return m_worker->isBusy();
}

void PassphraseDialog::setBusy(bool busy)
{
    m_ui->passphraseEdit->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->progressBar->setVisible(busy);
    m_ui->statusLabel->setVisible(busy);
    if (busy) {
        m_ui->errorLabel->hide();
        m_ui->statusLabel->setText(tr("Unlocking your key. This takes a moment…"));
    }
}

void PassphraseDialog::accept()
{
    if (isUnlocking() || !m_worker->load(m_ui->passphraseEdit->text()))
        return;
    ++m_attempts;
    setBusy(true);
    emit unlockStarted();
}

void PassphraseDialog::reject()
{
    if (!isUnlocking())
        QDialog::reject();
}

void PassphraseDialog::onLoaded(const storage::IdentityStore::LoadResult &result)
{
    m_result = result;
    setBusy(false);
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
