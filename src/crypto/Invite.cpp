// SPDX-License-Identifier: MIT
#include "crypto/Invite.h"

#include <QtCrypto>
#include <QtEndian>

namespace securechat::crypto {

namespace {

constexpr quint8 kIPv4 = 4;
constexpr quint8 kIPv6 = 6;
constexpr char kProofLabel[] = "SecureChat invite proof v1";
constexpr int kFixedHeader = 1 + Fingerprint::kSize + Invite::kSecretSize + 8;

QByteArray checksum(QByteArrayView bytes)
{
    return QCA::Hash(QStringLiteral("sha256"))
        .hash(QCA::MemoryRegion(bytes.toByteArray()))
        .toByteArray()
        .left(Invite::kChecksumSize);
}

bool usableAddress(const InviteAddress &entry)
{
    const QHostAddress &a = entry.address;
    const auto protocol = a.protocol();
    return entry.port != 0 && !a.isNull() && !a.isLinkLocal() && a.scopeId().isEmpty()
        && (protocol == QAbstractSocket::IPv4Protocol || protocol == QAbstractSocket::IPv6Protocol);
}

// The same rules as a hello's name (docs/protocol.md 4.1), so a name read from an invite can
// neither hide characters nor forge a line.
bool acceptableName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.contains(QLatin1StringView(": ")))
        return false;
    for (const QChar c : name) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return false;
        default:
            break;
        }
    }
    return true;
}

QByteArray cutUtf8(const QString &text, int maxBytes)
{
    QString cut = text;
    while (cut.toUtf8().size() > maxBytes) {
        cut.chop(1);
        if (!cut.isEmpty() && cut.back().isHighSurrogate())
            cut.chop(1);
    }
    return cut.toUtf8();
}

Invite::ParseResult failure(Invite::Error error, const QString &message)
{
    Invite::ParseResult result;
    result.error = error;
    result.message = message;
    return result;
}

} // namespace

bool equalSecrets(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

Invite Invite::create(const Fingerprint &host, const QString &name,
    const QList<InviteAddress> &addresses, const QDateTime &expires)
{
    Invite invite;
    invite.hostFingerprint = host;
    invite.hostName = QString::fromUtf8(cutUtf8(name.simplified(), kMaxNameBytes));
    invite.expires = QDateTime::fromSecsSinceEpoch(expires.toSecsSinceEpoch(), QTimeZone::UTC);
    invite.secret = QCA::Random::randomArray(kSecretSize).toByteArray();
    for (const InviteAddress &entry : addresses) {
        if (invite.addresses.size() < kMaxAddresses && usableAddress(entry)
            && !invite.addresses.contains(entry))
            invite.addresses.append(entry);
    }
    return invite;
}

QByteArray Invite::encode() const
{
    QByteArray out;
    out.append(char(kVersion));
    out.append(hostFingerprint.bytes());
    out.append(secret);
    char when[8];
    qToBigEndian<quint64>(quint64(std::max<qint64>(0, expires.toSecsSinceEpoch())), when);
    out.append(when, 8);
    const QByteArray name = cutUtf8(hostName, kMaxNameBytes);
    out.append(char(name.size()));
    out.append(name);
    out.append(char(addresses.size()));
    for (const InviteAddress &entry : addresses) {
        if (entry.address.protocol() == QAbstractSocket::IPv4Protocol) {
            out.append(char(kIPv4));
            char v4[4];
            qToBigEndian<quint32>(entry.address.toIPv4Address(), v4);
            out.append(v4, 4);
        } else {
            out.append(char(kIPv6));
            const Q_IPV6ADDR v6 = entry.address.toIPv6Address();
            out.append(reinterpret_cast<const char *>(v6.c), 16);
        }
        char port[2];
        qToBigEndian<quint16>(entry.port, port);
        out.append(port, 2);
    }
    out.append(checksum(out));
    return out;
}

QString Invite::code() const
{
    return QString::fromLatin1(
        encode().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Invite::toUri() const
{
    return kUriPrefix + code();
}

bool Invite::looksLikeInvite(const QString &text)
{
    return text.trimmed().startsWith(QLatin1StringView("securechat:"), Qt::CaseInsensitive);
}

Invite::ParseResult Invite::parse(const QString &text)
{
    if (text.size() > kMaxTextLength)
        return failure(Error::NotAnInvite,
            tr("This text is too long to be a SecureChat invite. Copy the invite again, "
               "exactly as you received it."));
    QString code;
    code.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            code.append(c);
    }
    for (const QLatin1StringView prefix :
        { QLatin1StringView("securechat:invite/"), QLatin1StringView("securechat://invite/") }) {
        if (code.startsWith(prefix, Qt::CaseInsensitive)) {
            code.remove(0, prefix.size());
            break;
        }
    }
    if (code.isEmpty())
        return failure(Error::NotAnInvite,
            tr("The invite is empty. Paste the whole invite, starting with securechat:"));
    for (const QChar c : code) {
        const char16_t u = c.unicode();
        const bool base64url = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z')
            || (u >= '0' && u <= '9') || u == '-' || u == '_';
        if (!base64url)
            return failure(looksLikeInvite(text) ? Error::Damaged : Error::NotAnInvite,
                looksLikeInvite(text)
                    ? tr("This invite is damaged (it contains characters no invite has). "
                         "Ask for the invite again, or copy it again exactly as you received it.")
                    : tr("This is not a SecureChat invite. An invite starts with securechat:"));
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        code.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return failure(Error::Damaged,
            tr("This invite is damaged (it was cut short or changed). Ask for the invite again, "
               "or copy it again exactly as you received it."));
    return decode(*decoded);
}

Invite::ParseResult Invite::decode(const QByteArray &bytes)
{
    const QString damaged = tr("This invite is damaged (it was cut short or changed). Ask for "
                               "the invite again, or copy it again exactly as you received it.");
    if (bytes.size() < kFixedHeader + 2 + kChecksumSize)
        return failure(Error::Damaged, damaged);
    const QByteArray body = bytes.first(bytes.size() - kChecksumSize);
    if (!equalSecrets(checksum(body), bytes.last(kChecksumSize)))
        return failure(Error::Damaged, damaged);
    if (quint8(body[0]) != kVersion)
        return failure(Error::UnsupportedVersion,
            tr("This invite was made by a newer SecureChat (invite format %1). Update SecureChat "
               "to use it.")
                .arg(quint8(body[0])));

    // The checksum only catches accidents: everything below is still checked as hostile input.
    Invite invite;
    qsizetype at = 1;
    const auto take = [&](qsizetype n) -> std::optional<QByteArray> {
        if (n < 0 || at + n > body.size())
            return std::nullopt;
        const QByteArray part = body.mid(at, n);
        at += n;
        return part;
    };
    invite.hostFingerprint = Fingerprint::fromBytes(*take(Fingerprint::kSize));
    invite.secret = *take(kSecretSize);
    const quint64 expires = qFromBigEndian<quint64>(take(8)->constData());
    constexpr quint64 kLatest = 253402300799; // 9999-12-31T23:59:59Z
    if (expires > kLatest)
        return failure(Error::Damaged, damaged);
    invite.expires = QDateTime::fromSecsSinceEpoch(qint64(expires), QTimeZone::UTC);

    const auto nameLength = take(1);
    if (!nameLength)
        return failure(Error::Damaged, damaged);
    const auto name = take(quint8(nameLength->at(0)));
    if (!name || name->size() > kMaxNameBytes)
        return failure(Error::Damaged, damaged);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    invite.hostName = utf8.decode(*name);
    if (utf8.hasError() || !acceptableName(invite.hostName))
        return failure(Error::Damaged, damaged);

    const auto count = take(1);
    if (!count || quint8(count->at(0)) < 1 || quint8(count->at(0)) > kMaxAddresses)
        return failure(Error::Damaged, damaged);
    for (int i = 0; i < quint8(count->at(0)); ++i) {
        const auto kind = take(1);
        if (!kind)
            return failure(Error::Damaged, damaged);
        InviteAddress entry;
        if (quint8(kind->at(0)) == kIPv4) {
            const auto v4 = take(4);
            if (!v4)
                return failure(Error::Damaged, damaged);
            entry.address = QHostAddress(qFromBigEndian<quint32>(v4->constData()));
        } else if (quint8(kind->at(0)) == kIPv6) {
            const auto v6 = take(16);
            if (!v6)
                return failure(Error::Damaged, damaged);
            entry.address = QHostAddress(reinterpret_cast<const quint8 *>(v6->constData()));
        } else {
            return failure(Error::Damaged, damaged);
        }
        const auto port = take(2);
        if (!port)
            return failure(Error::Damaged, damaged);
        entry.port = qFromBigEndian<quint16>(port->constData());
        if (!usableAddress(entry))
            return failure(Error::Damaged, damaged);
        invite.addresses.append(entry);
    }
    if (at != body.size())
        return failure(Error::Damaged, damaged);
    ParseResult result;
    result.invite = invite;
    return result;
}

QByteArray Invite::proof(
    const QByteArray &secret, const Fingerprint &host, const Fingerprint &client)
{
    QCA::MessageAuthenticationCode hmac(
        QStringLiteral("hmac(sha256)"), QCA::SymmetricKey(QCA::SecureArray(secret)));
    QByteArray message(kProofLabel);
    message.append(host.bytes());
    message.append(client.bytes());
    hmac.update(QCA::MemoryRegion(message));
    return hmac.final().toByteArray();
}

} // namespace securechat::crypto
