// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// Limits and constants of the SecureChat wire protocol. docs/protocol.md is the specification;
// keep the two in step.
namespace securechat::net {

inline constexpr int kProtocolVersion = 1;

// A frame is a 4-byte big-endian length followed by that many bytes of CBOR.
inline constexpr int kFrameHeaderBytes = 4;
inline constexpr qint64 kMaxTextBytes = 256 * 1024; // UTF-8 bytes of one text body
inline constexpr qint64 kMaxFrameBytes = kMaxTextBytes + 8 * 1024; // payload, without the header

inline constexpr qint64 kMaxNameBytes = 256;
inline constexpr qint64 kMaxSoftwareBytes = 128;
inline constexpr int kMaxCapabilities = 32;
inline constexpr qint64 kMaxCapabilityBytes = 64;
inline constexpr qint64 kMaxIdBytes = 64;
inline constexpr qint64 kInviteProofBytes = 32; // HMAC-SHA256, docs/protocol.md 11.3
inline constexpr qint64 kMaxReasonCodeBytes = 64;
inline constexpr qint64 kMaxReasonMessageBytes = 1024;
// File transfer (docs/protocol.md 4.9).
inline constexpr qint64 kMaxFileNameBytes = 1024; // on the wire; saved names are shorter
inline constexpr qint64 kMaxMediaTypeBytes = 255;
inline constexpr qint64 kSha256Bytes = 32;
// Small enough that a text written during a transfer waits behind at most one chunk.
inline constexpr qint64 kFileChunkBytes = 64 * 1024;
// Times are milliseconds since 1970-01-01T00:00:00Z; anything outside [0, 2^53) is refused.
inline constexpr qint64 kMaxTimeMs = (qint64(1) << 53) - 1;
// File sizes and offsets share the limit of every integer on the wire.
inline constexpr qint64 kMaxFileBytes = kMaxTimeMs;

} // namespace securechat::net
