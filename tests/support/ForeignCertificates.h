// SPDX-License-Identifier: MIT
#pragma once

#include <map>

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace securechat::test {

// Self-signed certificates for keys SecureChat must refuse, made with the openssl command once
// per test process (RSA-8192 takes seconds).
enum class ForeignKey { Ec, Ed25519, Dsa, Rsa1024, Rsa8192 };

struct ForeignCertificate {
    const char *name = "";
    QString keyPath;
    QString certificatePath;
    QSslCertificate certificate;
    // What the refusal names ("an Ed25519 key", "an RSA key of 1024 bits", ...).
    const char *description = "";
};

inline const QList<ForeignKey> &allForeignKeys()
{
    static const QList<ForeignKey> keys { ForeignKey::Ec, ForeignKey::Ed25519, ForeignKey::Dsa,
        ForeignKey::Rsa1024, ForeignKey::Rsa8192 };
    return keys;
}

inline bool runOpenSsl(const QStringList &arguments)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        FAIL("the openssl command is missing; it is needed to make foreign certificates");
    QProcess process;
    process.start(openssl, arguments);
    // Test-side helper: a bounded wait for a child process.
    const bool finished = process.waitForFinished(180000);
    INFO(process.readAllStandardError().toStdString());
    CHECK(finished);
    CHECK(process.exitCode() == 0);
    return finished && process.exitCode() == 0;
}

inline const ForeignCertificate &foreignCertificate(ForeignKey kind)
{
    static QTemporaryDir dir;
    static std::map<ForeignKey, ForeignCertificate> made;
    const auto found = made.find(kind);
    if (found != made.end())
        return found->second;

    ForeignCertificate result;
    QStringList newKey;
    switch (kind) {
    case ForeignKey::Ec:
        result.name = "EC P-256";
        result.description = "an elliptic-curve (EC) key";
        newKey = { QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:P-256") };
        break;
    case ForeignKey::Ed25519:
        result.name = "Ed25519";
        result.description = "an Ed25519 key";
        newKey = { QStringLiteral("ed25519") };
        break;
    case ForeignKey::Dsa: {
        result.name = "DSA-2048";
        result.description = "a DSA key";
        const QString parameters = dir.filePath(QStringLiteral("dsa-parameters.pem"));
        REQUIRE(runOpenSsl({ QStringLiteral("genpkey"), QStringLiteral("-genparam"),
            QStringLiteral("-algorithm"), QStringLiteral("DSA"), QStringLiteral("-pkeyopt"),
            QStringLiteral("dsa_paramgen_bits:2048"), QStringLiteral("-out"), parameters }));
        newKey = { QStringLiteral("dsa:") + parameters };
        break;
    }
    case ForeignKey::Rsa1024:
        result.name = "RSA-1024";
        result.description = "an RSA key of 1024 bits";
        newKey = { QStringLiteral("rsa:1024") };
        break;
    case ForeignKey::Rsa8192:
        result.name = "RSA-8192";
        result.description = "an RSA key of 8192 bits";
        newKey = { QStringLiteral("rsa:8192") };
        break;
    }
    const QString stem = QString::number(int(kind));
    result.keyPath = dir.filePath(stem + QStringLiteral(".key"));
    result.certificatePath = dir.filePath(stem + QStringLiteral(".crt"));
    REQUIRE(runOpenSsl(
        QStringList { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey") }
        + newKey
        + QStringList { QStringLiteral("-nodes"), QStringLiteral("-keyout"), result.keyPath,
            QStringLiteral("-out"), result.certificatePath, QStringLiteral("-subj"),
            QStringLiteral("/CN=foreign"), QStringLiteral("-days"), QStringLiteral("2") }));
    QFile file(result.certificatePath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    result.certificate = QSslCertificate(file.readAll(), QSsl::Pem);
    REQUIRE_FALSE(result.certificate.isNull());
    return made.emplace(kind, result).first->second;
}

// The certificate with its subject key identifier no longer holding an OCTET STRING: the
// certificate as a whole still parses, that one extension does not. QCA's OpenSSL provider
// crashed reading such a certificate from an identity file (found by the fuzzer).
inline QByteArray withMalformedSubjectKeyId(QByteArray certificateDer)
{
    static const QByteArray subjectKeyIdOid = QByteArray::fromHex("0603551d0e");
    const qsizetype at = certificateDer.indexOf(subjectKeyIdOid);
    REQUIRE(at >= 0);
    // Past the OID and the tag and length of the OCTET STRING that wraps every extension value.
    const qsizetype value = at + subjectKeyIdOid.size() + 2;
    REQUIRE(certificateDer.at(value) == 0x04);
    certificateDer[value] = 0x05;
    return certificateDer;
}

} // namespace securechat::test
