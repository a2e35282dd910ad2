// SPDX-License-Identifier: MIT
#include "crypto/CryptoCapabilities.h"

#include <QCoreApplication>
#include <QtCrypto>

namespace securechat::crypto {

CapabilityReport checkCryptoCapabilities()
{
    CapabilityReport report;
    const char *const required[]
        = { "rsa", "cert", "pkey", "aes256-gcm", "sha256", "hkdf(sha256)" };
    for (const char *feature : required) {
        if (!QCA::isSupported(feature))
            report.missing << QString::fromLatin1(feature);
    }
    return report;
}

QString CapabilityReport::explanation() const
{
    if (ok())
        return {};
    return QCoreApplication::translate("securechat::crypto::CapabilityReport",
        "The cryptography plugin qca-ossl is missing or incomplete (missing: %1). "
        "Install it and start SecureChat again: on Debian and Ubuntu the package is "
        "libqca-qt6-plugins, on Fedora qca-qt6-ossl, on Arch qca-qt6, on macOS "
        "'brew install qca'.")
        .arg(missing.join(QStringLiteral(", ")));
}

} // namespace securechat::crypto
