#pragma once

#include "Identity.h"

#include <QDateTime>
#include <QString>
#include <QtCrypto>

namespace securechat::crypto {

// RSA identities and the operations SecureChat performs with them, all through QCA. Every
// function blocks; key generation takes seconds, so the GUI runs it through KeyGenerator.
class RsaService
{
public:
    static constexpr int kDefaultKeyBits = 3072;
    static constexpr int kMaxCommonNameLength = 64; // ub-common-name, RFC 5280
    static constexpr int kCertificateValidityYears = 20;

    static bool isSupportedKeySize(int bits);

    // A fresh RSA private key of 2048, 3072 or 4096 bits; null on failure.
    static QCA::PrivateKey generateKey(int bits = kDefaultKeyBits);

    // A self-signed X.509 certificate for key: certificateCommonName(displayName) as subject, a
    // random positive 127-bit serial, a SHA-256 signature, valid from an hour ago for 20 years,
    // extended key usage TLS client and server. Null on failure.
    static QCA::Certificate makeSelfSignedCertificate(const QCA::PrivateKey &key,
        const QString &displayName, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The display name as it goes into a certificate: trimmed, at most 64 characters.
    static QString normalizedDisplayName(const QString &displayName);

    // The common name put into the certificate: the normalized display name with characters
    // outside Latin-1 shown as "?" (QCA cannot write them). The certificate's name is only
    // informational; the display name itself travels in the identity file and the protocol.
    static QString certificateCommonName(const QString &displayName);

    // generateKey + makeSelfSignedCertificate. Null when the name is empty, the size
    // unsupported or QCA fails.
    static Identity createIdentity(const QString &displayName, int bits = kDefaultKeyBits);
};

} // namespace securechat::crypto
