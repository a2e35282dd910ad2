// SPDX-License-Identifier: MIT
#include "gui/StartupFlow.h"

#include "gui/FirstRunDialog.h"
#include "gui/PassphraseDialog.h"
#include "storage/IdentityStore.h"

#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace securechat::gui {

StartupFlow::StartupFlow(storage::IdentityStore *store)
    : m_store(store)
{ }

std::optional<crypto::Identity> StartupFlow::run(QWidget *parent)
{
    using LoadError = storage::IdentityStore::LoadError;
    for (;;) {
        if (!m_store->exists()) {
            FirstRunDialog dialog(m_store, FirstRunDialog::Mode::Create, parent);
            if (dialog.exec() != QDialog::Accepted)
                return std::nullopt;
            return dialog.identity();
        }

        storage::IdentityStore::LoadResult result;
        if (m_store->isPassphraseProtected()) {
            PassphraseDialog dialog(*m_store, parent);
            if (dialog.exec() != QDialog::Accepted)
                return std::nullopt;
            result = dialog.result();
        } else {
            result = m_store->load();
        }

        if (result.error == LoadError::None) {
            if (!result.warning.isEmpty())
                QMessageBox::information(parent, tr("About your identity"), result.warning);
            return result.identity;
        }
        if (result.error == LoadError::NoIdentity)
            continue; // removed meanwhile: offer the first-run dialog

        switch (explainError(result.message, parent)) {
        case Choice::Quit:
            return std::nullopt;
        case Choice::Retry:
            continue;
        case Choice::Replace:
            if (!confirmReplace(parent))
                continue;
            FirstRunDialog dialog(m_store, FirstRunDialog::Mode::Replace, parent);
            if (dialog.exec() == QDialog::Accepted)
                return dialog.identity();
            continue;
        }
    }
}

StartupFlow::Choice StartupFlow::explainError(const QString &message, QWidget *parent)
{
    for (;;) {
        QMessageBox box(QMessageBox::Critical, tr("Your identity could not be opened"),
            message.isEmpty() ? tr("The identity file could not be read.") : message,
            QMessageBox::NoButton, parent);
        box.setInformativeText(tr("Your key is in %1. Nothing has been changed.")
                                   .arg(QDir::toNativeSeparators(m_store->profileDir())));
        QPushButton *retry = box.addButton(tr("&Try again"), QMessageBox::AcceptRole);
        QPushButton *open = box.addButton(tr("&Open the folder"), QMessageBox::ActionRole);
        QPushButton *replace
            = box.addButton(tr("Create a &new identity…"), QMessageBox::DestructiveRole);
        QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(retry);
        box.setEscapeButton(quit);
        box.exec();
        if (box.clickedButton() == open) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_store->profileDir()));
            continue;
        }
        if (box.clickedButton() == retry)
            return Choice::Retry;
        if (box.clickedButton() == replace)
            return Choice::Replace;
        return Choice::Quit;
    }
}

bool StartupFlow::confirmReplace(QWidget *parent)
{
    const auto answer = QMessageBox::warning(parent, tr("Start over with a new identity?"),
        tr("A new identity is a new person to everyone who knew you: they will see a warning "
           "that your key changed. Your current file is kept as a backup next to it, so you can "
           "still recover it later.\n\nCreate a new identity?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

} // namespace securechat::gui
