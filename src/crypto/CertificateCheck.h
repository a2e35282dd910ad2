// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace securechat::crypto {

// QCA's OpenSSL provider decodes the X.509 extensions it knows (basic constraints, key usage,
// subject key identifier, ...) when it reads a certificate and uses the result without checking
// it, so one malformed extension crashes the process inside QCA::Certificate::fromDER/fromPEM
// (found by the identity-file fuzzer). Every certificate that comes from outside the process goes
// through this check before QCA is given it.
class CertificateCheck
{
    Q_DECLARE_TR_FUNCTIONS(securechat::crypto::CertificateCheck)
public:
    // Empty when OpenSSL reads the DER as exactly one X.509 certificate and decodes every
    // extension it knows; otherwise what is wrong, as a clause for the user.
    static QString problem(QByteArrayView certificateDer);
};

} // namespace securechat::crypto
