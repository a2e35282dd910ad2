// SPDX-License-Identifier: MIT
#pragma once

namespace securechat::net {

// Every deadline a PeerSession enforces, in milliseconds. Production code uses the defaults;
// tests shorten them so that a stalled peer is detected in well under a second. docs/protocol.md
// (section 7) lists the same values.
struct SessionTimeouts {
    // Accepting side: from accepting the TCP connection until the peer's TLS ClientHello has
    // arrived and been answered. Short, so idle connections cannot hold handshake slots.
    int firstBytesMs = 3000;
    // From connectToHost (or from accepting the TCP connection) until TLS is up.
    int handshakeMs = 15000;
    // From TLS being up until the peer's hello has arrived.
    int helloMs = 5000;
    // With no complete frame received for this long, send a ping (again every interval).
    int pingIntervalMs = 15000;
    // With no complete frame received for this long (pings unanswered), give up on the peer.
    int silenceMs = 45000;
    // From the first byte of a frame until its last byte: a frame dribbled byte by byte ends.
    int frameMs = 30000;
    // How long pongs and receipts may stay held back because the peer does not read what this
    // side sends before the session ends.
    int writeStallMs = 30000;
    // After sending bye, how long to wait for the peer to close before aborting.
    int closeMs = 3000;
};

} // namespace securechat::net
