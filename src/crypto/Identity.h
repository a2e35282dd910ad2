// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"

#include <QMetaType>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QtCrypto>

namespace securechat::crypto {

// A user's long-term identity: an RSA private key, its self-signed certificate and the name the
// user chose. Cheap to copy (QCA objects are shared).
struct Identity {
    QCA::PrivateKey privateKey;
    QCA::Certificate certificate;
    QString displayName;

    bool isNull() const;
    // True when the certificate carries the public half of privateKey.
    bool keyMatchesCertificate() const;
    // PEM hand-over to Qt's TLS; null objects when the identity is null.
    QSslKey sslKey() const;
    QSslCertificate sslCertificate() const;
    Fingerprint fingerprint() const;
};

} // namespace securechat::crypto

Q_DECLARE_METATYPE(securechat::crypto::Identity)
