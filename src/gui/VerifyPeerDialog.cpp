// SPDX-License-Identifier: MIT
#include "gui/VerifyPeerDialog.h"

#include "crypto/SafetyNumber.h"
#include "gui/GuiText.h"
#include "ui_VerifyPeerDialog.h"

#include <QFontDatabase>
#include <QPushButton>

namespace securechat::gui {

VerifyPeerDialog::VerifyPeerDialog(const QString &peerName, const crypto::Fingerprint &own,
    const crypto::Fingerprint &peer, bool verified, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VerifyPeerDialog>())
    , m_safetyNumber(crypto::safetyNumber(own, peer))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Verify %1").arg(peerName));
    m_ui->introLabel->setText(
        tr("Compare this safety number with %1 in person or on a call you trust. If it is the "
           "same on both screens, nobody is in the middle of your conversation.")
            .arg(peerName));
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_ui->safetyNumberLabel->setFont(big);
    m_ui->safetyNumberLabel->setText(formatSafetyNumber(m_safetyNumber));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->ownFingerprintLabel->setFont(fixed);
    m_ui->peerFingerprintLabel->setFont(fixed);
    m_ui->ownFingerprintLabel->setText(GuiText::fingerprintLines(own));
    m_ui->peerFingerprintLabel->setText(GuiText::fingerprintLines(peer));
    m_ui->peerFingerprintTitle->setText(tr("%1's fingerprint:").arg(peerName));
    m_ui->verifiedCheck->setChecked(verified);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

VerifyPeerDialog::~VerifyPeerDialog() = default;

bool VerifyPeerDialog::isVerified() const
{
    return m_ui->verifiedCheck->isChecked();
}

QString VerifyPeerDialog::formatSafetyNumber(const QString &number)
{
    const QStringList groups = number.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += 4)
        lines << groups.mid(i, 4).join(QLatin1Char(' '));
    return lines.join(QLatin1Char('\n'));
}

} // namespace securechat::gui
