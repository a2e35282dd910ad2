#include "ChatController.h"

namespace securechat::chat {

struct ChatController::Conversation {
};

ChatController::ChatController(
    const crypto::Identity &me, storage::KnownPeers *knownPeers, QObject *parent)
    : QObject(parent)
    , m_me(me)
    , m_myFingerprint(me.fingerprint())
    , m_knownPeers(knownPeers)
{ }

ChatController::~ChatController() = default;

bool ChatController::listen(const QHostAddress &, quint16)
{
    return false;
}
void ChatController::stopListening() { }
bool ChatController::isListening() const
{
    return false;
}
QList<QHostAddress> ChatController::listeningAddresses() const
{
    return {};
}
quint16 ChatController::listeningPort() const
{
    return 0;
}
ConversationId ChatController::connectToPeer(const QString &, quint16, const crypto::Fingerprint &)
{
    return 0;
}
QString ChatController::sendText(ConversationId, const QString &)
{
    return {};
}
void ChatController::setTyping(ConversationId, bool) { }
void ChatController::acceptPeer(ConversationId) { }
void ChatController::rejectPeer(ConversationId) { }
void ChatController::acceptChangedKey(ConversationId) { }
void ChatController::setVerified(ConversationId, bool) { }
void ChatController::closeConversation(ConversationId) { }
void ChatController::closeAll()
{
    emit allClosed();
}
QList<ConversationId> ChatController::conversations() const
{
    return {};
}
ConversationState ChatController::state(ConversationId) const
{
    return ConversationState::Closed;
}
PeerInfo ChatController::peer(ConversationId) const
{
    return {};
}
QList<ChatMessage> ChatController::messages(ConversationId) const
{
    return {};
}
QString ChatController::closeReason(ConversationId) const
{
    return {};
}
QString ChatController::stateName(ConversationState)
{
    return {};
}

} // namespace securechat::chat
