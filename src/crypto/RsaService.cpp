#include "RsaService.h"

namespace securechat::crypto {

namespace {
constexpr int kSerialBytes = 16;
} // namespace

bool RsaService::isSupportedKeySize(int bits)
{
    return bits == 2048 || bits == 3072 || bits == 4096;
}

QCA::PrivateKey RsaService::generateKey(int bits)
{
    if (!isSupportedKeySize(bits) || !QCA::isSupported("rsa"))
        return {};
    QCA::KeyGenerator generator;
    generator.setBlockingEnabled(true);
    QCA::PrivateKey key = generator.createRSA(bits);
    if (key.isNull() || !key.isRSA() || key.bitSize() != bits)
        return {};
    return key;
}

QString RsaService::normalizedDisplayName(const QString &displayName)
{
    QString name = displayName.simplified();
    if (name.size() > kMaxCommonNameLength) {
        qsizetype cut = kMaxCommonNameLength;
        if (name.at(cut - 1).isHighSurrogate())
            --cut;
        name.truncate(cut);
    }
    return name;
}

QString RsaService::certificateCommonName(const QString &displayName)
{
    QString name = normalizedDisplayName(displayName);
    // qca-ossl writes names as Latin-1; say "?" rather than let it garble other characters.
    QString result;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate())
            ++i;
        result += c.unicode() <= 0xff && c.isPrint() ? c : QChar(u'?');
    }
    return result;
}

QCA::Certificate RsaService::makeSelfSignedCertificate(
    const QCA::PrivateKey &key, const QString &displayName, const QDateTime &now)
{
    const QString name = normalizedDisplayName(displayName);
    if (key.isNull() || name.isEmpty() || !QCA::isSupported("cert"))
        return {};

    QCA::CertificateInfoOrdered subject;
    subject += QCA::CertificateInfoPair(
        QCA::CertificateInfoType(QCA::CommonName), certificateCommonName(name));

    // Positive (top bit clear) and never shorter than 64 bits (second bit set).
    QCA::SecureArray serialBytes = QCA::Random::randomArray(kSerialBytes);
    serialBytes[0] = char((quint8(serialBytes[0]) & 0x7f) | 0x40);

    // Extended key usage only: a key usage extension without keyCertSign would make OpenSSL stop
    // treating the certificate as self-signed, and TLS peers would then see "unable to get local
    // issuer" instead of the SelfSignedCertificate error SecureChat accepts for a pinned key.
    QCA::Constraints constraints;
    constraints << QCA::ConstraintType(QCA::ServerAuth) << QCA::ConstraintType(QCA::ClientAuth);

    QCA::CertificateOptions options;
    options.setInfoOrdered(subject);
    options.setSerialNumber(QCA::BigInteger(serialBytes));
    options.setConstraints(constraints);
    const QDateTime utc = now.toUTC();
    options.setValidityPeriod(utc.addSecs(-3600), utc.addYears(kCertificateValidityYears));

    QCA::Certificate certificate(options, key);
    if (certificate.isNull())
        return {};
    return certificate;
}

Identity RsaService::createIdentity(const QString &displayName, int bits)
{
    const QString name = normalizedDisplayName(displayName);
    if (name.isEmpty() || !isSupportedKeySize(bits))
        return {};
    Identity identity;
    identity.privateKey = generateKey(bits);
    if (identity.privateKey.isNull())
        return {};
    identity.certificate = makeSelfSignedCertificate(identity.privateKey, name);
    if (identity.certificate.isNull())
        return {};
    identity.displayName = name;
    return identity;
}

} // namespace securechat::crypto
