// SPDX-License-Identifier: MIT
#include "crypto/Identity.h"

#include "crypto/CertificateKey.h"

namespace securechat::crypto {

bool Identity::isNull() const
{
    return privateKey.isNull() || certificate.isNull();
}

bool Identity::keyMatchesCertificate() const
{
    if (isNull())
        return false;
    // The certificate's key is read from its DER: QCA's subjectPublicKey() crashes on key types
    // it does not know.
    const CertificateKey key = CertificateKey::fromCertificateDer(certificate.toDER());
    return key.type() == CertificateKey::Type::Rsa && privateKey.isRSA()
        && privateKey.toPublicKey().toDER() == key.subjectPublicKeyInfo();
}

QSslKey Identity::sslKey() const
{
    if (privateKey.isNull())
        return QSslKey();
    // Unencrypted PKCS#8 PEM only lives in memory for the hand-over.
    const QCA::SecureArray pem(privateKey.toPEM().toLatin1());
    return QSslKey(pem.toByteArray(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
}

QSslCertificate Identity::sslCertificate() const
{
    if (certificate.isNull())
        return QSslCertificate();
    return QSslCertificate(certificate.toDER(), QSsl::Der);
}

Fingerprint Identity::fingerprint() const
{
    if (certificate.isNull())
        return {};
    return Fingerprint::ofCertificateDer(certificate.toDER());
}

} // namespace securechat::crypto
