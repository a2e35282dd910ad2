// SPDX-License-Identifier: MIT
#include "chat/HostAddresses.h"

#include <algorithm>

namespace securechat::chat {

namespace {

std::optional<HostAddress::Reach> reachOf(const QHostAddress &address)
{
    if (address.isNull() || address.isMulticast() || address.isBroadcast()
        || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        return std::nullopt;
    if (address.isLoopback())
        return HostAddress::Reach::Loopback;
    if (address.isLinkLocal())
        return HostAddress::Reach::LinkLocal;
    if (address.isPrivateUse() || address.isUniqueLocalUnicast() || address.isSiteLocal())
        return HostAddress::Reach::Local;
    if (address.isGlobal())
        return HostAddress::Reach::Global;
    return std::nullopt;
}

} // namespace

QList<HostAddress> rankHostAddresses(
    const QList<QHostAddress> &local, quint16 port, const HostAddress &external)
{
    QList<HostAddress> ranked;
    if (!external.address.isNull() && external.port != 0)
        ranked.append({ external.address, external.port, HostAddress::Reach::External });
    for (const QHostAddress &address : local) {
        const auto reach = reachOf(address);
        if (!reach || port == 0)
            continue;
        const HostAddress entry { address, port, *reach };
        if (!ranked.contains(entry))
            ranked.append(entry);
    }
    // Within one reach IPv6 goes first (no NAT in the way), then the interfaces' order.
    std::stable_sort(ranked.begin(), ranked.end(), [](const HostAddress &a, const HostAddress &b) {
        if (a.reach != b.reach)
            return a.reach < b.reach;
        const bool a6 = a.address.protocol() == QAbstractSocket::IPv6Protocol;
        const bool b6 = b.address.protocol() == QAbstractSocket::IPv6Protocol;
        return a6 && !b6;
    });
    return ranked;
}

QString hostAndPort(const QHostAddress &address, quint16 port)
{
    // Concatenated, not arg(): a scope such as "%1" must not be taken for a placeholder.
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

} // namespace securechat::chat
