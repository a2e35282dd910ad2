// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"
#include "net/CloseCause.h"

#include <optional>

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace securechat::chat {

// A handle for one conversation, stable for as long as the program runs: a contact's
// conversation keeps its id across reconnections, and an attempt or request that turns out to
// be a contact's is merged into that contact's conversation (its id then refers to it too).
using ConversationId = quint64;
using CloseCause = net::CloseCause;

enum class ConversationState {
    Connecting, // TCP connection being set up (outgoing)
    Handshaking, // TLS handshake and protocol hellos
    AwaitingApproval, // a new peer: nothing is delivered until acceptPeer()
    KeyChanged, // a contact's name or address came back with another key: until acceptChangedKey()
    Ready, // a trusted session is up: messages flow
    Closed // no session (offline); a contact's conversation lasts, anything else has ended
};

enum class DeliveryState {
    Queued, // stored, waiting for the contact to be online (or for the connection to drain)
    Sent, // handed to the TLS connection
    Delivered, // the peer's receipt arrived: it is committed on the other side
    Failed // can never be sent (e.g. the peer was declined)
};

// What the other side told us about this session (docs/protocol.md 4.7): whether its user still
// has to accept us. Our texts wait, queued, until it has.
enum class HeldByPeer { No, AwaitingApproval, KeyChangePending };

struct PeerInfo {
    QString displayName; // from the peer's hello
    QString nickname; // the user's own name for the contact; may be empty
    crypto::Fingerprint fingerprint;
    QString address; // host name or address as typed (outgoing) or the peer's IP (incoming)
    quint16 port = 0;
    bool incoming = false; // of the current (or last) session
    bool known = false; // a contact before this session started
    bool isContact = false; // a contact now
    bool verified = false;
    bool verifiedByInvite = false; // verified through an invite, not a compared safety number
    // Incoming: why the invite this peer presented did not let it in (used, expired, forged);
    // empty when it presented none or it was accepted.
    QString inviteProblem;
    crypto::Fingerprint previousFingerprint; // non-null when state == KeyChanged
    QString safetyNumber;
    QString tlsProtocol;
    QString tlsCipher;
    QString software; // from the peer's hello
    QDateTime lastSeen; // when a session with the contact last ended or was up
    HeldByPeer heldByPeer = HeldByPeer::No;
    // Whether the other side writes this conversation to disk, as it last said (docs/protocol.md
    // 4.8); unknown (nullopt) until it says, and for peers that never do (version-1 peers).
    std::optional<bool> peerKeepsHistory;
    // The name of a contact with ANOTHER key whose name looks like this peer's
    // (namesConfusable in chat/PeerNames.h); empty when there is none.
    QString confusableWith;

    QString shownName() const { return nickname.isEmpty() ? displayName : nickname; }
};

struct ChatMessage {
    enum class Kind { Text, KeyChanged, Verified, SessionStarted, SessionEnded };
    QString id;
    bool outgoing = false;
    QString senderName;
    QString body; // for notes: the note's text
    QDateTime time; // the sender's clock for received messages, ours for sent ones and notes
    DeliveryState delivery = DeliveryState::Queued;
    Kind kind = Kind::Text;
    qint64 seq = 0; // position in the history database; 0 when kept in memory only
};

} // namespace securechat::chat

Q_DECLARE_METATYPE(securechat::chat::ConversationState)
Q_DECLARE_METATYPE(securechat::chat::DeliveryState)
Q_DECLARE_METATYPE(securechat::chat::ChatMessage)
Q_DECLARE_METATYPE(securechat::chat::PeerInfo)
Q_DECLARE_METATYPE(securechat::chat::HeldByPeer)
