// SPDX-License-Identifier: MIT
#pragma once

#include "chat/ChatController.h"

#include <QCoreApplication>
#include <QString>

namespace securechat::gui {

// Wording shared by several widgets, in one place so that it reads the same everywhere.
class GuiText
{
    Q_DECLARE_TR_FUNCTIONS(securechat::gui::GuiText)
public:
    static QString conversationState(chat::ConversationState state);
    static QString deliveryState(chat::DeliveryState state);
    // The user's nickname for the peer, else its display name, or its address while the name
    // is not known yet.
    static QString peerTitle(const chat::PeerInfo &peer);
    // peerTitle followed, for a peer that is not verified or whose name looks like a known
    // contact's, by the short form of its fingerprint ("Bob [B41A 6080]"); the look-alike also
    // gets a warning sign in front.
    static QString peerLabel(const chat::PeerInfo &peer);
    // "verified by invite", "verified" (safety number compared) or "not verified".
    static QString verification(const chat::PeerInfo &peer);
    // Why a name is marked as a look-alike of a known contact's; empty when it is not.
    static QString confusableWarning(const chat::PeerInfo &peer);
    // The grouped fingerprint in two lines of eight groups, for labels.
    static QString fingerprintLines(const crypto::Fingerprint &fingerprint);
    // Why the composer is disabled in this state; empty when it is enabled.
    static QString composerBlockedReason(chat::ConversationState state, const QString &peerName);
};

} // namespace securechat::gui
