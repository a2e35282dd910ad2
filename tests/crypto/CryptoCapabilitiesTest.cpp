// SPDX-License-Identifier: MIT
#include "crypto/CryptoCapabilities.h"

#include <catch2/catch_test_macros.hpp>

using securechat::crypto::CapabilityReport;

TEST_CASE("The QCA provider offers everything SecureChat needs", "[crypto][capabilities]")
{
    const CapabilityReport report = securechat::crypto::checkCryptoCapabilities();
    INFO(report.explanation().toStdString());
    CHECK(report.ok());
    CHECK(report.explanation().isEmpty());
}

TEST_CASE("A missing capability is explained with the package to install", "[crypto][capabilities]")
{
    CapabilityReport report;
    report.missing = { QStringLiteral("rsa"), QStringLiteral("aes256-gcm") };
    REQUIRE_FALSE(report.ok());
    const QString text = report.explanation();
    CHECK(text.contains(QStringLiteral("qca-ossl")));
    CHECK(text.contains(QStringLiteral("rsa, aes256-gcm")));
    CHECK(text.contains(QStringLiteral("libqca-qt6-plugins")));
}
