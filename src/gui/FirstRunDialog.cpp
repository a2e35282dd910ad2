// SPDX-License-Identifier: MIT
#include "gui/FirstRunDialog.h"

#include "crypto/KeyGenerator.h"
#include "crypto/RsaService.h"
#include "storage/IdentityStore.h"
#include "storage/IdentityStoreWorker.h"
#include "ui_FirstRunDialog.h"

#include <QPushButton>

namespace securechat::gui {

FirstRunDialog::FirstRunDialog(storage::IdentityStore *store, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
    , m_store(store)
    , m_mode(mode)
    , m_generator(new crypto::KeyGenerator(this))
    , m_storeWorker(new storage::IdentityStoreWorker(*store, this))
{
    m_ui->setupUi(this);
    if (mode == Mode::Replace) {
        setWindowTitle(tr("Create a new identity"));
        m_ui->introLabel->setText(
            tr("Your new identity will be a new person to everyone who knew you: they will see "
               "a key-change warning and should check with you. The old identity file is kept "
               "as a backup."));
    }
    m_ui->keySizeCombo->addItem(tr("2048 bits (faster, minimum)"), 2048);
    m_ui->keySizeCombo->addItem(tr("3072 bits (recommended)"), 3072);
    m_ui->keySizeCombo->addItem(tr("4096 bits (slowest)"), 4096);
    m_ui->keySizeCombo->setCurrentIndex(
        m_ui->keySizeCombo->findData(crypto::RsaService::kDefaultKeyBits));
    m_ui->progressBar->hide();
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create identity"));

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    connect(m_ui->passphraseEdit, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(m_generator, &crypto::KeyGenerator::finished, this, &FirstRunDialog::onGenerated);
    connect(m_generator, &crypto::KeyGenerator::failed, this, &FirstRunDialog::onFailed);
    connect(m_storeWorker, &storage::IdentityStoreWorker::saved, this, &FirstRunDialog::onSaved);
    validate();
}

FirstRunDialog::~FirstRunDialog() = default;

bool FirstRunDialog::isGenerating() const
{
    return m_generator->isRunning() || m_storeWorker->isBusy();
}

int FirstRunDialog::selectedKeyBits() const
{
    return m_ui->keySizeCombo->currentData().toInt();
}

void FirstRunDialog::validate()
{
    QString problem;
    QString hint;
    const bool hasName = !m_ui->nameEdit->text().trimmed().isEmpty();
    const QString passphrase = m_ui->passphraseEdit->text();
    const QString confirm = m_ui->confirmEdit->text();
    if (!hasName)
        hint = tr("Enter the name the people you talk to will see.");
    if (!confirm.isEmpty() && passphrase != confirm)
        problem = tr("The two passphrases are not the same.");
    else if (!passphrase.isEmpty() && confirm.isEmpty())
        hint = tr("Repeat the passphrase to make sure it is typed as you meant.");
    else if (passphrase.isEmpty() && hasName)
        hint = tr("Without a passphrase, anyone who can read your files can use your key.");

    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->setVisible(!problem.isEmpty());
    if (!isGenerating())
        m_ui->statusLabel->setText(hint);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(hasName && passphrase == confirm && !isGenerating());
}

void FirstRunDialog::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ui->nameEdit, m_ui->keySizeCombo, m_ui->passphraseEdit, m_ui->confirmEdit })
        w->setEnabled(!busy);
    m_ui->progressBar->setVisible(busy);
    if (!busy)
        validate();
    else
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void FirstRunDialog::accept()
{
    if (isGenerating() || !m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_abandoned = false;
    m_passphrase = m_ui->passphraseEdit->text();
    const int bits = selectedKeyBits();
    if (!m_generator->start(m_ui->nameEdit->text().trimmed(), bits))
        return;
    setBusy(true);
    m_ui->errorLabel->hide();
    m_ui->statusLabel->setText(
        tr("Generating your %1-bit key. This takes a few seconds, up to a minute for 4096 bits.")
            .arg(bits));
    emit generationStarted();
}

void FirstRunDialog::reject()
{
    // The key is being written: that cannot be abandoned halfway, and it ends within a second.
    if (m_storeWorker->isBusy())
        return;
    m_abandoned = true;
    QDialog::reject();
}

void FirstRunDialog::onGenerated(const crypto::Identity &identity)
{
    if (m_abandoned)
        return;
    // Sealing with a passphrase runs Argon2id: on the worker, like the key generation.
    using SaveMode = storage::IdentityStoreWorker::SaveMode;
    m_pending = identity;
    m_storeWorker->save(
        identity, m_passphrase, m_mode == Mode::Replace ? SaveMode::Replace : SaveMode::Create);
    m_passphrase.clear();
    if (m_ui->passphraseEdit->text().isEmpty())
        return;
    m_ui->statusLabel->setText(tr("Protecting your key with the passphrase…"));
}

void FirstRunDialog::onSaved(bool ok, const QString &error)
{
    const crypto::Identity identity = std::exchange(m_pending, {});
    if (!ok) {
        onFailed(tr("The new identity could not be saved: %1").arg(error));
        return;
    }
    m_identity = identity;
    m_ui->progressBar->hide();
    m_ui->statusLabel->setText(tr("Your identity is ready."));
    QDialog::accept();
}

void FirstRunDialog::onFailed(const QString &reason)
{
    setBusy(false);
    m_ui->statusLabel->clear();
    m_ui->errorLabel->setText(reason);
    m_ui->errorLabel->show();
}

} // namespace securechat::gui
