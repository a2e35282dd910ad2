// SPDX-License-Identifier: MIT
// known-peers.json, the trust-on-first-use list that older versions kept.
#include "FuzzSupport.h"
#include "storage/KnownPeers.h"

using namespace securechat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const storage::KnownPeers peers(
        fuzz::profileWith(QStringLiteral("known-peers.json"), fuzz::bytes(data, size)));
    const auto all = peers.all();
    if (!peers.loadWarning().isEmpty())
        fuzz::check(all.isEmpty(), "an unreadable file gives an empty list");
    for (const auto &peer : all) {
        fuzz::check(peers.find(peer.fingerprint).has_value(), "every peer is found by its key");
        peers.conflicting(peer.name, peer.lastAddress, peer.fingerprint);
    }
    return 0;
}
