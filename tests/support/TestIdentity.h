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
    static crypto::Identity *identities[2] = {};
    return identities[slot];
}

inline const crypto::Identity &identity(int slot, const QString &name)
{
    crypto::Identity *&cached = cachedIdentity(slot);
    if (!cached) {
        if (!cachedIdentity(0) && !cachedIdentity(1)) {
            qAddPostRoutine([] {
                for (int i = 0; i < 2; ++i) {
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

} // namespace securechat::test
