// SPDX-License-Identifier: MIT
#include "gui/GuiText.h"

#include "chat/PeerNames.h"

namespace securechat::gui {

QString GuiText::conversationState(chat::ConversationState state)
{
    using chat::ConversationState;
    switch (state) {
    case ConversationState::Connecting:
        return tr("Connecting…");
    case ConversationState::Handshaking:
        return tr("Securing the connection…");
    case ConversationState::AwaitingApproval:
        return tr("Wants to talk to you");
    case ConversationState::KeyChanged:
        return tr("Key changed!");
    case ConversationState::Ready:
        return tr("Connected, encrypted");
    case ConversationState::Closed:
        return tr("Offline");
    }
    return {};
}

QString GuiText::deliveryState(chat::DeliveryState state)
{
    using chat::DeliveryState;
    switch (state) {
    case DeliveryState::Queued:
        return tr("queued");
    case DeliveryState::Sent:
        return tr("sent");
    case DeliveryState::Delivered:
        return tr("delivered");
    case DeliveryState::Failed:
        return tr("not sent");
    }
    return {};
}

QString GuiText::peerTitle(const chat::PeerInfo &peer)
{
    if (!peer.shownName().isEmpty())
        return peer.shownName();
    if (!peer.address.isEmpty())
        return peer.port ? QStringLiteral("%1:%2").arg(peer.address).arg(peer.port) : peer.address;
    return tr("Unknown peer");
}

QString GuiText::peerLabel(const chat::PeerInfo &peer)
{
    const QString title = peerTitle(peer);
    if (peer.fingerprint.isNull() || (peer.verified && peer.confusableWith.isEmpty()))
        return title;
    const QString label = tr("%1 [%2]").arg(title, chat::shortFingerprint(peer.fingerprint));
    return peer.confusableWith.isEmpty() ? label : QStringLiteral("\u26a0 ") + label;
}

QString GuiText::verification(const chat::PeerInfo &peer)
{
    if (!peer.verified)
        return tr("not verified");
    return peer.verifiedByInvite ? tr("verified by invite") : tr("verified");
}

QString GuiText::confusableWarning(const chat::PeerInfo &peer)
{
    if (peer.confusableWith.isEmpty())
        return {};
    return tr("The name \"%1\" looks like that of your contact \"%2\", but the key is a "
              "different one. It may be someone pretending to be %2: compare the safety number "
              "before trusting it.")
        .arg(peer.displayName, peer.confusableWith);
}

QString GuiText::fingerprintLines(const crypto::Fingerprint &fingerprint)
{
    if (fingerprint.isNull())
        return tr("(not known yet)");
    const QStringList groups = fingerprint.grouped().split(QLatin1Char(' '));
    if (groups.size() != 16)
        return fingerprint.grouped();
    return groups.mid(0, 8).join(QLatin1Char(' ')) + QLatin1Char('\n')
        + groups.mid(8).join(QLatin1Char(' '));
}

QString GuiText::composerBlockedReason(chat::ConversationState state, const QString &peerName)
{
    using chat::ConversationState;
    switch (state) {
    case ConversationState::Connecting:
    case ConversationState::Handshaking:
        return tr("You can write as soon as the connection is secured.");
    case ConversationState::AwaitingApproval:
        return tr("Accept or reject %1 before writing.").arg(peerName);
    case ConversationState::KeyChanged:
        return tr("Sending is blocked until you accept %1's new key or close the conversation.")
            .arg(peerName);
    case ConversationState::Closed:
        return tr("This conversation has ended. Connect again to continue.");
    case ConversationState::Ready:
        return {};
    }
    return {};
}

} // namespace securechat::gui
