// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Invite.h"

#include <functional>
#include <memory>
#include <optional>

#include <QDialog>

namespace Ui {
class InviteDialog;
}

namespace securechat::gui {

// Makes an invite while hosting and shows it three ways: a QR code, the link with a copy button,
// and in words (valid until, the addresses it tries). The invite is made only when the user asks,
// with the validity they chose, so that opening the dialog issues nothing.
class InviteDialog : public QDialog
{
    Q_OBJECT
public:
    // Returns the new invite, or nullopt with a reason for the user.
    using Factory = std::function<std::optional<crypto::Invite>(qint64 validitySeconds, QString *error)>;

    explicit InviteDialog(Factory factory, QWidget *parent = nullptr);
    ~InviteDialog() override;

    // The validities offered, in seconds; the default (24 hours) is selected at first.
    static QList<qint64> validityChoices();
    qint64 selectedValidity() const;
    void selectValidity(qint64 seconds);

    // The invite shown, if one was made.
    std::optional<crypto::Invite> invite() const { return m_invite; }
    // What the QR code shows, at its on-screen size (for tests and screenshots).
    QImage qrCode() const;

    // Makes a new invite with the selected validity and shows it (the Create button).
    void createInvite();

private:
    void showInvite(const crypto::Invite &invite);

    std::unique_ptr<Ui::InviteDialog> m_ui;
    Factory m_factory;
    std::optional<crypto::Invite> m_invite;
};

} // namespace securechat::gui
