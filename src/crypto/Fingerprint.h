// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>

class QSslCertificate;

namespace QCA {
class PublicKey;
}

namespace securechat::crypto {

// SHA-256 of a public key's DER SubjectPublicKeyInfo. Because it hashes the key, not the
// certificate, re-issuing a certificate for the same key keeps the fingerprint.
class Fingerprint
{
public:
    static constexpr int kSize = 32;

    Fingerprint() = default;
    // Of the certificate's SubjectPublicKeyInfo, whatever the key type; null when the
    // certificate is not well-formed.
    static Fingerprint ofCertificate(const QSslCertificate &certificate);
    static Fingerprint ofCertificateDer(QByteArrayView der);
    // For keys QCA made or read (RSA); it re-encodes the key as SubjectPublicKeyInfo.
    static Fingerprint ofPublicKey(const QCA::PublicKey &key);
    static Fingerprint ofSubjectPublicKeyInfo(const QByteArray &der);
    // 32 raw bytes, or null when the size is wrong.
    static Fingerprint fromBytes(const QByteArray &bytes);
    // 64 hex digits in either case. Whitespace (also line breaks from a pasted grouped form),
    // colons and hyphens are ignored wherever they are; anything else is refused.
    static std::optional<Fingerprint> fromString(const QString &text);

    bool isNull() const { return m_bytes.isEmpty(); }
    QByteArray bytes() const { return m_bytes; }
    QString toHex() const;
    QString grouped() const;

    friend bool operator==(const Fingerprint &, const Fingerprint &) = default;
    friend auto operator<=>(const Fingerprint &a, const Fingerprint &b)
    {
        return a.m_bytes.compare(b.m_bytes) <=> 0;
    }

private:
    QByteArray m_bytes;
};

size_t qHash(const Fingerprint &fingerprint, size_t seed = 0) noexcept;

} // namespace securechat::crypto

Q_DECLARE_METATYPE(securechat::crypto::Fingerprint)
