// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

class QSslCertificate;

namespace securechat::crypto {

// The public key a certificate carries, read straight from the certificate's DER. Nothing here
// asks QCA or OpenSSL to understand the key, so a certificate with a key type they cannot handle
// (EC, Ed25519, ...) is described and refused instead of crashing whoever looks at it.
class CertificateKey
{
    Q_DECLARE_TR_FUNCTIONS(securechat::crypto::CertificateKey)
public:
    enum class Type { Unknown, Rsa, RsaPss, Dsa, Ec, Ed25519, Ed448, X25519, X448 };

    // The identity keys SecureChat accepts: RSA with a modulus of 2048 to 4096 bits.
    static constexpr int kMinRsaBits = 2048;
    static constexpr int kMaxRsaBits = 4096;

    CertificateKey() = default;
    // Null when the certificate (or the SubjectPublicKeyInfo) is not well-formed DER.
    static CertificateKey fromCertificateDer(QByteArrayView certificateDer);
    static CertificateKey fromCertificate(const QSslCertificate &certificate);
    static CertificateKey fromSubjectPublicKeyInfo(QByteArrayView der);

    bool isNull() const { return m_spki.isEmpty(); }
    // The DER SubjectPublicKeyInfo exactly as the certificate holds it.
    QByteArray subjectPublicKeyInfo() const { return m_spki; }
    Type type() const { return m_type; }
    int rsaBits() const { return m_rsaBits; } // 0 unless an RSA key

    bool isAcceptableIdentityKey() const;
    // What is wrong with it as a SecureChat identity, as a clause for the user ("it carries an
    // Ed25519 key, but SecureChat accepts only ..."); empty when acceptable.
    QString identityKeyProblem() const;

private:
    QByteArray m_spki;
    Type m_type = Type::Unknown;
    int m_rsaBits = 0;
};

} // namespace securechat::crypto
