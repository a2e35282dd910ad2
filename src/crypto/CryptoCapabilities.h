// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace securechat::crypto {

// The QCA features SecureChat cannot work without. qca-ossl provides all of them; without that
// plugin QCA silently offers nothing, so the application checks at start-up and explains.
struct CapabilityReport {
    QStringList missing;
    bool ok() const { return missing.isEmpty(); }
    // A sentence for the user: what is missing and which package to install.
    QString explanation() const;
};

CapabilityReport checkCryptoCapabilities();

} // namespace securechat::crypto
