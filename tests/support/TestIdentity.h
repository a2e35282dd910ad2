// SPDX-License-Identifier: MIT
#pragma once

#include "CatchQtStrings.h"
#include "crypto/RsaService.h"

#include <QCoreApplication>
#include <QString>

namespace securechat::test {

namespace detail {
// QCA objects must die before the QCA::Initializer in main(): the cache is emptied when the
// application object goes away, which happens first.
inline crypto::Identity *&cachedIdentity(int slot)
{
    static crypto::Identity *identities[3] = {};
    return identities[slot];
}

inline const crypto::Identity &identity(int slot, const QString &name)
{
    crypto::Identity *&cached = cachedIdentity(slot);
    if (!cached) {
        if (!cachedIdentity(0) && !cachedIdentity(1) && !cachedIdentity(2)) {
            qAddPostRoutine([] {
                for (int i = 0; i < 3; ++i) {
                    delete cachedIdentity(i);
                    cachedIdentity(i) = nullptr;
                }
            });
        }
        cached = new crypto::Identity(crypto::RsaService::createIdentity(name, 2048));
    }
    return *cached;
}
} // namespace detail

// RSA key generation is slow: each test process makes its 2048-bit identities once.
inline const crypto::Identity &aliceIdentity()
{
    return detail::identity(0, QStringLiteral("Alice"));
}

inline const crypto::Identity &bobIdentity()
{
    return detail::identity(1, QStringLiteral("Bob"));
}

inline const crypto::Identity &carolIdentity()
{
    return detail::identity(2, QStringLiteral("Carol"));
}

// A certificate as SecureChat 0.1 issued it through QCA's CertificateOptions: qca-ossl writes
// basicConstraints CA:FALSE with pathLenConstraint 0, which RFC 5280 forbids.
inline QCA::Certificate legacyCertificate(const QCA::PrivateKey &key)
{
    QCA::CertificateInfoOrdered subject;
    subject += QCA::CertificateInfoPair(
        QCA::CertificateInfoType(QCA::CommonName), QStringLiteral("Alice"));
    QCA::Constraints constraints;
    constraints << QCA::ConstraintType(QCA::ServerAuth) << QCA::ConstraintType(QCA::ClientAuth);
    QCA::CertificateOptions options;
    options.setInfoOrdered(subject);
    options.setSerialNumber(QCA::BigInteger(12345));
    options.setConstraints(constraints);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    options.setValidityPeriod(now.addSecs(-3600), now.addYears(20));
    return QCA::Certificate(options, key);
}

} // namespace securechat::test
