// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"

#include <memory>

#include <QDialog>

namespace Ui {
class VerifyPeerDialog;
}

namespace securechat::gui {

// Shows the safety number both peers see and both fingerprints; the user ticks a box once
// they compared the number out of band.
class VerifyPeerDialog : public QDialog
{
    Q_OBJECT
public:
    VerifyPeerDialog(const QString &peerName, const crypto::Fingerprint &own,
        const crypto::Fingerprint &peer, bool verified, QWidget *parent = nullptr);
    ~VerifyPeerDialog() override;

    QString safetyNumber() const { return m_safetyNumber; }
    bool isVerified() const; // the box's state

    // 12 groups of five in three lines of four, easier to read aloud.
    static QString formatSafetyNumber(const QString &number);

private:
    std::unique_ptr<Ui::VerifyPeerDialog> m_ui;
    QString m_safetyNumber;
};

} // namespace securechat::gui
