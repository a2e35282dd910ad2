// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"

#include <memory>

#include <QFrame>

namespace Ui {
class ApprovalBanner;
}

namespace securechat::gui {

// Asks whether to talk to someone unknown who connected to us. Nothing they send is shown
// before the user accepts.
class ApprovalBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ApprovalBanner(QWidget *parent = nullptr);
    ~ApprovalBanner() override;

    // inviteProblem: why the invite the peer presented did not let it in (or empty).
    void setPeer(const QString &name, const QString &address,
        const crypto::Fingerprint &fingerprint, const QString &inviteProblem = {});

signals:
    void acceptRequested();
    void rejectRequested();

private:
    std::unique_ptr<Ui::ApprovalBanner> m_ui;
};

} // namespace securechat::gui
