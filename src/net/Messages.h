// SPDX-License-Identifier: MIT
#pragma once

#include <variant>

#include <QByteArray>
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

// File transfer: sent only to peers whose hello lists "files" (docs/protocol.md 4.1).
inline constexpr char kFilesCapability[] = "files";

struct FileOffer {
    QString transfer; // id, as for texts
    QString name; // as the sender calls it; the receiver sanitises it before use
    qint64 size = 0;
    QByteArray sha256; // of the whole file, 32 bytes
    QString mediaType; // optional
};

// The receiver wants the file from offset on; prefixSha256 is the SHA-256 of the offset bytes
// it already holds (of nothing when offset is 0), which the sender compares with its file.
struct FileAccept {
    QString transfer;
    qint64 offset = 0;
    QByteArray prefixSha256;
};

struct FileChunk {
    QString transfer;
    qint64 offset = 0;
    QByteArray data;
};

// The receiver stops the flow for now (its user paused, or its disk is full); a new accept
// resumes it.
struct FilePause {
    QString transfer;
};

// Reason codes a file-cancel may carry; others are treated like "cancelled".
namespace FileCancelReason {
inline constexpr char kDeclined[] = "declined";
inline constexpr char kCancelled[] = "cancelled";
inline constexpr char kTooLarge[] = "too-large";
inline constexpr char kTooMany[] = "too-many";
inline constexpr char kChanged[] = "changed";
inline constexpr char kHashMismatch[] = "hash-mismatch";
inline constexpr char kInvalid[] = "invalid";
inline constexpr char kFailed[] = "failed";
} // namespace FileCancelReason

struct FileCancel {
    QString transfer;
    QString reason;
    QString message; // optional detail for the other user
};

// The receiver holds the whole file and its SHA-256 matched the offer's.
struct FileComplete {
    QString transfer;
};

using Message = std::variant<Hello, Text, Receipt, Typing, Ping, Pong, Bye, Approval,
    HistoryNotice, FileOffer, FileAccept, FileChunk, FilePause, FileCancel, FileComplete>;

inline bool isFileMessage(const Message &message)
{
    return std::holds_alternative<FileOffer>(message) || std::holds_alternative<FileAccept>(message)
        || std::holds_alternative<FileChunk>(message) || std::holds_alternative<FilePause>(message)
        || std::holds_alternative<FileCancel>(message)
        || std::holds_alternative<FileComplete>(message);
}

} // namespace securechat::net
