// SPDX-License-Identifier: MIT
#pragma once

namespace securechat::net {

// Why a session ended, for programs that act on it (the CLI's exit code, the GUI's icons);
// the reason string says the same for a person.
enum class CloseCause {
    None, // still open
    ClosedHere, // this side's user closed it
    DeclinedHere, // this side's user declined the peer
    ClosedByPeer, // the peer said goodbye
    DeclinedByPeer, // the peer's user declined this side
    FingerprintMismatch, // the host's key is not the one expected
    TlsFailure, // TLS could not be set up (version, certificate)
    ProtocolError, // either side broke the protocol
    Timeout, // handshake, hello or silence timeout
    NetworkError // refused, unreachable, lost
};

} // namespace securechat::net
