// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"

#include <memory>

#include <QFrame>

namespace Ui {
class KeyChangedBanner;
}

namespace securechat::gui {

// The loud red warning over a conversation whose peer came back with another key. Shows both
// fingerprints; nothing can be sent until the user accepts the new key.
class KeyChangedBanner : public QFrame
{
    Q_OBJECT
public:
    explicit KeyChangedBanner(QWidget *parent = nullptr);
    ~KeyChangedBanner() override;

    void setPeer(const QString &name, const crypto::Fingerprint &previous,
        const crypto::Fingerprint &current);

signals:
    void acceptRequested();
    void rejectRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    std::unique_ptr<Ui::KeyChangedBanner> m_ui;
};

} // namespace securechat::gui
