// SPDX-License-Identifier: MIT
#include "gui/ApprovalBanner.h"

#include "ui_ApprovalBanner.h"

namespace securechat::gui {

ApprovalBanner::ApprovalBanner(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::ApprovalBanner>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &ApprovalBanner::acceptRequested);
    connect(m_ui->rejectButton, &QPushButton::clicked, this, &ApprovalBanner::rejectRequested);
}

ApprovalBanner::~ApprovalBanner() = default;

void ApprovalBanner::setPeer(const QString &name, const QString &address,
    const crypto::Fingerprint &fingerprint, const QString &inviteProblem)
{
    m_ui->titleLabel->setText(tr("%1 wants to talk to you").arg(name));
    QString details
        = tr("Connection from %1. You have not talked to this key before.\nFingerprint: %2\n"
             "Nothing they send is shown until you accept. If you were not expecting them, "
             "reject.")
              .arg(address, fingerprint.grouped());
    if (!inviteProblem.isEmpty())
        details = inviteProblem + u'\n' + details;
    m_ui->detailsLabel->setText(details);
    setAccessibleDescription(m_ui->titleLabel->text());
}

} // namespace securechat::gui
