// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Identity.h"

#include <optional>

#include <QCoreApplication>

class QWidget;

namespace securechat::storage {
class IdentityStore;
}

namespace securechat::gui {

// From start-up to a usable identity: the first-run dialog when there is none, the passphrase
// dialog when it is protected, and for every other problem a dialog that says what happened
// and offers a way forward (try again, open the profile folder, start over with a new
// identity while keeping the old file, quit). nullopt: the user chose to quit.
class StartupFlow
{
    Q_DECLARE_TR_FUNCTIONS(securechat::gui::StartupFlow)
public:
    explicit StartupFlow(storage::IdentityStore *store);

    std::optional<crypto::Identity> run(QWidget *parent = nullptr);

private:
    enum class Choice { Retry, Replace, Quit };
    Choice explainError(const QString &message, QWidget *parent);
    bool confirmReplace(QWidget *parent);

    storage::IdentityStore *m_store;
};

} // namespace securechat::gui
