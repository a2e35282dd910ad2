// SPDX-License-Identifier: MIT
#include "crypto/CertificateCheck.h"

#include "CatchQtStrings.h"
#include "ForeignCertificates.h"
#include "TestIdentity.h"

#include <catch2/catch_test_macros.hpp>

#include <QtCrypto>

using securechat::crypto::CertificateCheck;

TEST_CASE("Well-formed certificates pass the check before QCA", "[crypto][certcheck]")
{
    CHECK(CertificateCheck::problem(securechat::test::aliceIdentity().certificate.toDER())
              .isEmpty());
    // Keys SecureChat refuses are refused elsewhere; as X.509 these certificates are fine.
    for (const auto kind : securechat::test::allForeignKeys()) {
        const auto &foreign = securechat::test::foreignCertificate(kind);
        INFO(foreign.name);
        CHECK(CertificateCheck::problem(foreign.certificate.toDer()).isEmpty());
    }
}

TEST_CASE("Bytes that are not one certificate are named as such", "[crypto][certcheck]")
{
    const QByteArray good = securechat::test::aliceIdentity().certificate.toDER();
    CHECK(CertificateCheck::problem({}).contains(QStringLiteral("not an X.509 certificate")));
    CHECK(CertificateCheck::problem("hello").contains(QStringLiteral("not an X.509 certificate")));
    CHECK(CertificateCheck::problem(good.left(good.size() - 1))
              .contains(QStringLiteral("not an X.509 certificate")));
    CHECK(CertificateCheck::problem(good + QByteArray(3, '\0'))
              .contains(QStringLiteral("stray bytes")));
}

TEST_CASE("A malformed extension is refused before QCA could crash on it", "[crypto][certcheck]")
{
    const QByteArray bad = securechat::test::withMalformedSubjectKeyId(
        securechat::test::aliceIdentity().certificate.toDER());
    const QString problem = CertificateCheck::problem(bad);
    CHECK(problem.contains(QStringLiteral("2.5.29.14")));
    CHECK(problem.contains(QStringLiteral("malformed")));
}
