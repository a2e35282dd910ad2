// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace securechat::chat {

// An address (and port) at which peers may reach this host, with how far it reaches.
struct HostAddress {
    enum class Reach {
        External, // the router's public address, mapped to this host (port mapping)
        Global, // a global IPv6 (or public IPv4) address of this computer
        Local, // a private IPv4 or unique-local IPv6 address: the same network only
        LinkLocal, // IPv6 fe80::/10 with its scope: the same link only, never in invites
        Loopback, // this computer only
    };
    QHostAddress address;
    quint16 port = 0;
    Reach reach = Reach::Local;
    friend bool operator==(const HostAddress &, const HostAddress &) = default;
};

// The addresses most useful to a peer first: external, global IPv6, public IPv4, local network,
// link-local, loopback last; each once. Addresses that no peer can use (any, broadcast,
// multicast) are left out. external may be null (no port mapping).
QList<HostAddress> rankHostAddresses(
    const QList<QHostAddress> &local, quint16 port, const HostAddress &external = {});

// "192.0.2.1:47000", "[2001:db8::1]:47000", "[fe80::1%eth0]:47000".
QString hostAndPort(const QHostAddress &address, quint16 port);

} // namespace securechat::chat
