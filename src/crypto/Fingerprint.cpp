// SPDX-License-Identifier: MIT
#include "crypto/Fingerprint.h"

#include "crypto/CertificateKey.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSslCertificate>
#include <QtCrypto>

namespace securechat::crypto {

Fingerprint Fingerprint::ofSubjectPublicKeyInfo(const QByteArray &der)
{
    if (der.isEmpty())
        return {};
    Fingerprint result;
    result.m_bytes = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
    return result;
}

Fingerprint Fingerprint::ofPublicKey(const QCA::PublicKey &key)
{
    if (key.isNull())
        return {};
    return ofSubjectPublicKeyInfo(key.toDER());
}

Fingerprint Fingerprint::ofCertificate(const QSslCertificate &certificate)
{
    return ofSubjectPublicKeyInfo(
        CertificateKey::fromCertificate(certificate).subjectPublicKeyInfo());
}

Fingerprint Fingerprint::ofCertificateDer(QByteArrayView der)
{
    // The SubjectPublicKeyInfo bytes as the certificate holds them: QCA is not asked to parse
    // the key, which it cannot do for every key type a peer may present.
    return ofSubjectPublicKeyInfo(CertificateKey::fromCertificateDer(der).subjectPublicKeyInfo());
}

Fingerprint Fingerprint::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() != kSize)
        return {};
    Fingerprint result;
    result.m_bytes = bytes;
    return result;
}

std::optional<Fingerprint> Fingerprint::fromString(const QString &text)
{
    QByteArray hex;
    hex.reserve(kSize * 2);
    for (const QChar c : text) {
        if (c.isSpace() || c == u':' || c == u'-')
            continue;
        const bool isHex
            = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!isHex || hex.size() == kSize * 2)
            return std::nullopt;
        hex.append(char(c.toLatin1()));
    }
    if (hex.size() != kSize * 2)
        return std::nullopt;
    return fromBytes(QByteArray::fromHex(hex));
}

QString Fingerprint::toHex() const
{
    return QString::fromLatin1(m_bytes.toHex());
}

QString Fingerprint::grouped() const
{
    if (isNull())
        return {};
    const QString hex = toHex().toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(u' ');
}

size_t qHash(const Fingerprint &fingerprint, size_t seed) noexcept
{
    return qHash(fingerprint.bytes(), seed);
}

} // namespace securechat::crypto
