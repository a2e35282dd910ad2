// SPDX-License-Identifier: MIT
#include "net/DiscoveryPacket.h"

#include "net/MessageCodec.h"
#include "net/Protocol.h"

#include <QStringDecoder>
#include <QtEndian>

namespace securechat::net {

namespace {
constexpr char kMagic[4] = { 'S', 'C', 'L', 'D' };
} // namespace

QByteArray DiscoveryPacket::encode() const
{
    const QByteArray utf8 = name.toUtf8();
    if (port == 0 || fingerprint.isNull() || !MessageCodec::isAcceptableName(name))
        return {};
    QByteArray out;
    out.reserve(kHeaderBytes + utf8.size());
    out.append(kMagic, sizeof kMagic);
    out.append(char(kVersion));
    out.append('\0'); // flags
    const quint16 bigPort = qToBigEndian(port);
    out.append(reinterpret_cast<const char *>(&bigPort), 2);
    out.append(fingerprint.bytes());
    const quint16 bigLength = qToBigEndian(quint16(utf8.size()));
    out.append(reinterpret_cast<const char *>(&bigLength), 2);
    out.append(utf8);
    return out;
}

std::optional<DiscoveryPacket> DiscoveryPacket::decode(const QByteArray &datagram)
{
    if (datagram.size() < kHeaderBytes || datagram.size() > kMaxBytes)
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const uchar *>(datagram.constData());
    if (!datagram.startsWith(QByteArrayView(kMagic, sizeof kMagic)) || bytes[4] != kVersion
        || bytes[5] != 0)
        return std::nullopt;
    DiscoveryPacket packet;
    packet.port = qFromBigEndian<quint16>(bytes + 6);
    packet.fingerprint
        = crypto::Fingerprint::fromBytes(datagram.mid(8, crypto::Fingerprint::kSize));
    const int nameBytes = qFromBigEndian<quint16>(bytes + 8 + crypto::Fingerprint::kSize);
    if (packet.port == 0 || packet.fingerprint.isNull()
        || nameBytes != datagram.size() - kHeaderBytes)
        return std::nullopt;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    packet.name = utf8.decode(datagram.mid(kHeaderBytes));
    if (utf8.hasError() || !MessageCodec::isAcceptableName(packet.name))
        return std::nullopt;
    return packet;
}

} // namespace securechat::net
