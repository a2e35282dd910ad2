// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"
#include "storage/ContactStore.h"

#include <QList>
#include <QString>

namespace securechat::chat {

// What is known about a peer once its session is established: everything the trust decision
// depends on, and nothing else.
struct TrustFacts {
    crypto::Fingerprint fingerprint; // of the key the peer presented
    QString name; // from its hello
    // Outgoing: the host and port as we dialled them. Incoming: empty (peers arrive from
    // ephemeral ports, and several people may share an address).
    QString host;
    quint16 port = 0;
    bool incoming = false;
    crypto::Fingerprint expected; // outgoing only: the fingerprint the user said to expect
    bool confirmNewOutgoing = false; // ask the user before trusting a new outgoing peer
    QList<storage::ContactStore::Contact> contacts;
};

enum class TrustVerdict {
    Known, // a contact: the session attaches to its conversation
    TrustOnFirstUse, // outgoing to a new peer: becomes a contact without asking
    AskUser, // a new peer: held until the user accepts (or declines)
    KeyChanged, // a contact's name or address came back with another key: held until accepted
};

struct TrustDecision {
    TrustVerdict verdict = TrustVerdict::AskUser;
    // KeyChanged: the contact whose key this one would replace (the most recently seen).
    crypto::Fingerprint previous;
    // The user gave this key before connecting and the peer presented it: checked out of band.
    bool matchedExpected = false;
    friend bool operator==(const TrustDecision &, const TrustDecision &) = default;
};

// Trust on first use with a hard stop on change (OpenSSH's accept-new): a pure function of the
// facts, tested as a table (tests/chat/TrustPolicyTest.cpp).
TrustDecision decideTrust(const TrustFacts &facts);

// Names compared the way people read them: case-insensitive, white space simplified.
bool sameName(const QString &a, const QString &b);

} // namespace securechat::chat
