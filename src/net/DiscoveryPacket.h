// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"

#include <optional>

#include <QByteArray>
#include <QString>

namespace securechat::net {

// The LAN discovery announcement (docs/protocol.md, "LAN discovery"): one UDP datagram,
//   magic "SCLD" | version 1 | flags 0 | TCP port (2, big-endian) | fingerprint (32) |
//   name length (2, big-endian) | name (UTF-8)
// Everything in it is a claim: the fingerprint is checked by TLS when someone connects.
struct DiscoveryPacket {
    static constexpr quint8 kVersion = 1;
    static constexpr int kHeaderBytes = 4 + 1 + 1 + 2 + crypto::Fingerprint::kSize + 2;
    static constexpr int kMaxBytes = kHeaderBytes + 256; // net::kMaxNameBytes of name

    quint16 port = 0;
    crypto::Fingerprint fingerprint;
    QString name;

    // Empty when the fields cannot be announced (port 0, null fingerprint, a name peers refuse).
    QByteArray encode() const;
    // Nothing for anything but a well-formed announcement of this version: wrong magic,
    // version, flags, sizes, port 0, bad UTF-8 or a name MessageCodec would refuse.
    static std::optional<DiscoveryPacket> decode(const QByteArray &datagram);

    friend bool operator==(const DiscoveryPacket &, const DiscoveryPacket &) = default;
};

} // namespace securechat::net
