// SPDX-License-Identifier: MIT
// LAN discovery announcements: any host on the network can send any datagram to the port.
#include "FuzzSupport.h"
#include "net/DiscoveryPacket.h"

using namespace securechat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray datagram = fuzz::bytes(data, size);
    const auto packet = net::DiscoveryPacket::decode(datagram);
    if (!packet)
        return 0;
    fuzz::check(packet->port != 0 && !packet->fingerprint.isNull(),
        "an accepted announcement names a port and a key");
    fuzz::check(packet->encode() == datagram,
        "an accepted announcement is exactly what encoding it again gives");
    return 0;
}
