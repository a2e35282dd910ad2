// SPDX-License-Identifier: MIT
#include "crypto/KeyGenWorker.h"

#include "crypto/RsaService.h"

namespace securechat::crypto {

void KeyGenWorker::generate(const QString &displayName, int bits)
{
    if (RsaService::normalizedDisplayName(displayName).isEmpty()) {
        emit failed(tr("Choose a name before creating your identity."));
        return;
    }
    if (!RsaService::isSupportedKeySize(bits)) {
        emit failed(tr("%1-bit keys are not supported; choose 2048, 3072 or 4096 bits.").arg(bits));
        return;
    }
    const Identity identity = RsaService::createIdentity(displayName, bits);
    if (identity.isNull()) {
        emit failed(tr("The %1-bit RSA key could not be created. Check that the QCA OpenSSL "
                       "plugin (qca-ossl) is installed, then try again.")
                        .arg(bits));
        return;
    }
    emit finished(identity);
}

} // namespace securechat::crypto
