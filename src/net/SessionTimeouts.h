#pragma once

namespace securechat::net {

// Every deadline a PeerSession enforces, in milliseconds. Production code uses the defaults;
// tests shorten them so that a stalled peer is detected in well under a second.
struct SessionTimeouts {
    // From connectToHost (or from accepting the TCP connection) until TLS is up.
    int handshakeMs = 15000;
    // From TLS being up until the peer's hello has arrived.
    int helloMs = 10000;
    // With nothing received for this long, send a ping.
    int pingIntervalMs = 15000;
    // With nothing received for this long (pings unanswered), give up on the peer.
    int silenceMs = 45000;
    // After sending bye, how long to wait for the peer to close before aborting.
    int closeMs = 3000;
};

} // namespace securechat::net
