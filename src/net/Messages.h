// SPDX-License-Identifier: MIT
#pragma once

#include <variant>

#include <QDateTime>
#include <QString>
#include <QStringList>

// The messages of the SecureChat protocol as plain values (docs/protocol.md).
namespace securechat::net {

struct Hello {
    qint64 version = 0;
    QString name;
    QString software;
    QStringList capabilities;
    // Optional, connecting side only: proof of holding the host's invite (docs/protocol.md
    // 11.3), crypto::Invite::kProofSize bytes; sent as "invite-proof", 64 lowercase hex digits.
    QByteArray inviteProof;
};

struct Text {
    QString id;
    QString body;
    QDateTime time; // UTC, millisecond precision on the wire
};

struct Receipt {
    QString id;
};

struct Typing {
    bool active = false;
};

struct Ping {
    quint64 nonce = 0;
};

struct Pong {
    quint64 nonce = 0;
};

// Reason codes a bye may carry; peers may send others, which are treated like "closed".
namespace ByeReason {
inline constexpr char kClosed[] = "closed";
inline constexpr char kRejected[] = "rejected";
inline constexpr char kShutdown[] = "shutdown";
inline constexpr char kProtocolError[] = "protocol-error";
inline constexpr char kUnsupportedVersion[] = "unsupported-version";
inline constexpr char kTimeout[] = "timeout";
// Two sessions with the same contact: this one lost (docs/protocol.md, "One session per contact").
inline constexpr char kDuplicate[] = "duplicate";
} // namespace ByeReason

struct Bye {
    QString reason;
    QString message;
};

// Sent only to peers whose hello lists the "approval" capability: the sender holds this
// session for its user's decision, or no longer does (docs/protocol.md, 4.7).
inline constexpr char kApprovalCapability[] = "approval";
namespace ApprovalState {
inline constexpr char kAwaitingApproval[] = "awaiting-approval";
inline constexpr char kKeyChangePending[] = "key-change-pending";
inline constexpr char kAccepted[] = "accepted";
} // namespace ApprovalState
struct Approval {
    QString state;
};

// Sent only to peers whose hello lists the "history" capability: whether the sender writes
// this conversation to disk (docs/protocol.md, 4.8).
inline constexpr char kHistoryCapability[] = "history";
struct HistoryNotice {
    bool kept = false;
};

// Listed by peers that check an invite proof in the hello (docs/protocol.md 11.3).
inline constexpr char kInviteCapability[] = "invite";

using Message
    = std::variant<Hello, Text, Receipt, Typing, Ping, Pong, Bye, Approval, HistoryNotice>;

} // namespace securechat::net
