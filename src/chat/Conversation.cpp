// SPDX-License-Identifier: MIT
#include "chat/Conversation.h"

#include "storage/HistoryStore.h"

#include <QUuid>

namespace securechat::chat {

namespace {

using History = storage::HistoryStore;
using Stored = History::Message;

History::Delivery toStored(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Queued:
        return History::Delivery::Queued;
    case DeliveryState::Sent:
        return History::Delivery::Sent;
    case DeliveryState::Delivered:
        return History::Delivery::Delivered;
    case DeliveryState::Failed:
        return History::Delivery::Failed;
    }
    return History::Delivery::Queued;
}

DeliveryState fromStored(History::Delivery state)
{
    switch (state) {
    case History::Delivery::Queued:
        return DeliveryState::Queued;
    case History::Delivery::Sent:
        return DeliveryState::Sent;
    case History::Delivery::Delivered:
        return DeliveryState::Delivered;
    case History::Delivery::Failed:
        return DeliveryState::Failed;
    }
    return DeliveryState::Queued;
}

Stored toStored(const ChatMessage &message)
{
    Stored stored;
    stored.id = message.id;
    stored.direction
        = message.outgoing ? History::Direction::Outgoing : History::Direction::Incoming;
    stored.kind = History::Kind(int(message.kind));
    stored.body = message.body;
    stored.senderTime = message.time;
    stored.delivery = toStored(message.delivery);
    return stored;
}

qint64 cost(const ChatMessage &message)
{
    return qint64(message.body.size()) * 2 + 256;
}

// Our own name is left empty: the controller, which knows it, fills it in.
ChatMessage fromStored(const Stored &stored, const QString &peerName)
{
    ChatMessage message;
    message.id = stored.id;
    message.outgoing = stored.direction == History::Direction::Outgoing;
    message.senderName = message.outgoing ? QString() : peerName;
    message.body = stored.body;
    message.time = stored.senderTime.isValid() ? stored.senderTime : stored.storedTime;
    message.delivery = fromStored(stored.delivery);
    message.kind = ChatMessage::Kind(int(stored.kind));
    message.seq = stored.seq;
    return message;
}

bool isNewer(DeliveryState proposed, DeliveryState current)
{
    if (current == DeliveryState::Delivered || current == proposed)
        return false;
    if (proposed == DeliveryState::Failed)
        return true;
    return int(proposed) > int(current) || current == DeliveryState::Failed;
}

} // namespace

void Conversation::setHistory(storage::HistoryStore *store, bool persistent)
{
    m_store = store;
    m_persistent = persistent;
}

bool Conversation::loadHistory(QString *error)
{
    if (!m_store)
        return true;
    storage::HistoryStore::Error failure;
    // Memory only now, but texts queued while it was kept are still to be sent.
    const QList<Stored> newest = m_persistent
        ? m_store->newest(peer.fingerprint, kLoadedAtStart, &failure)
        : QList<Stored>();
    const QList<Stored> outbox = m_store->outbox(peer.fingerprint, &failure);
    if (failure.kind != storage::HistoryStore::ErrorKind::None) {
        if (error)
            *error = failure.message;
        return false;
    }
    if (m_persistent)
        clearCache();
    for (const Stored &stored : newest)
        appendToCache(fromStored(stored, peer.displayName));
    m_outbox.clear();
    m_outboxMessages.clear();
    for (const Stored &stored : outbox) {
        ChatMessage message;
        message.id = stored.id;
        message.outgoing = true;
        message.body = stored.body;
        message.time = stored.senderTime;
        message.delivery = fromStored(stored.delivery);
        message.seq = stored.seq;
        m_outbox.append(message.id);
        m_outboxMessages.insert(message.id, message);
    }
    return true;
}

QList<ChatMessage> Conversation::storedPage(qint64 seq, bool older, int limit, QString *error) const
{
    if (!isPersistent())
        return {};
    storage::HistoryStore::Error failure;
    const QList<Stored> page = older ? m_store->before(peer.fingerprint, seq, limit, &failure)
                                     : m_store->after(peer.fingerprint, seq, limit, &failure);
    if (failure.kind != storage::HistoryStore::ErrorKind::None) {
        if (error)
            *error = failure.message;
        return {};
    }
    QList<ChatMessage> messages;
    messages.reserve(page.size());
    for (const Stored &stored : page)
        messages.append(fromStored(stored, peer.displayName));
    return messages;
}

Conversation::Received Conversation::receive(ChatMessage &message, QString *error)
{
    if (isPersistent()) {
        const auto result = m_store->append(peer.fingerprint, toStored(message));
        switch (result.outcome) {
        case storage::HistoryStore::Outcome::Stored:
            message.seq = result.seq;
            break;
        case storage::HistoryStore::Outcome::Duplicate:
            return Received::Duplicate;
        case storage::HistoryStore::Outcome::Conflict:
            return Received::Conflict;
        case storage::HistoryStore::Outcome::Failed:
            if (error)
                *error = result.error.message;
            return Received::Failed;
        }
    } else {
        // The history may hold it from before the conversation became memory-only.
        if (m_receivedIds.contains(message.id)
            || (m_store && m_store->find(peer.fingerprint, message.id)))
            return Received::Duplicate;
        m_receivedIds.insert(message.id);
        m_receivedOrder.append(message.id);
        if (m_receivedOrder.size() > kRememberedIds)
            m_receivedIds.remove(m_receivedOrder.takeFirst());
    }
    appendToCache(message);
    return Received::New;
}

QList<Conversation::Received> Conversation::receiveAll(QList<ChatMessage> &messages, QString *error)
{
    QList<Received> results;
    results.reserve(messages.size());
    if (!isPersistent()) {
        for (ChatMessage &message : messages)
            results.append(receive(message, error));
        return results;
    }
    QList<Stored> stored;
    stored.reserve(messages.size());
    for (const ChatMessage &message : messages)
        stored.append(toStored(message));
    const auto outcomes = m_store->appendAll(peer.fingerprint, stored);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const auto &outcome = outcomes.at(i);
        switch (outcome.outcome) {
        case storage::HistoryStore::Outcome::Stored: {
            ChatMessage &message = messages[i];
            message.seq = outcome.seq;
            appendToCache(message);
            results.append(Received::New);
            break;
        }
        case storage::HistoryStore::Outcome::Duplicate:
            results.append(Received::Duplicate);
            break;
        case storage::HistoryStore::Outcome::Conflict:
            results.append(Received::Conflict);
            break;
        case storage::HistoryStore::Outcome::Failed:
            if (error)
                *error = outcome.error.message;
            results.append(Received::Failed);
            break;
        }
    }
    return results;
}

bool Conversation::addOutgoing(ChatMessage &message, QString *error)
{
    message.delivery = DeliveryState::Queued;
    ChatMessage &stored = message;
    if (isPersistent()) {
        const auto result = m_store->append(peer.fingerprint, toStored(stored));
        if (result.outcome != storage::HistoryStore::Outcome::Stored) {
            if (error)
                *error = result.error.message;
            return false;
        }
        stored.seq = result.seq;
    }
    m_outbox.append(stored.id);
    m_outboxMessages.insert(stored.id, stored);
    unsent.append(stored.id);
    appendToCache(stored);
    return true;
}

bool Conversation::setDelivery(const QString &messageId, DeliveryState next, QString *error)
{
    const auto found = m_outboxMessages.find(messageId);
    if (found == m_outboxMessages.end() || !isNewer(next, found->delivery))
        return false;
    // Stored while the conversation was kept: its state is kept up to date there too.
    if (m_store && found->seq != 0) {
        storage::HistoryStore::Error failure;
        m_store->setDelivery(peer.fingerprint, messageId, toStored(next), &failure);
        if (failure.kind != storage::HistoryStore::ErrorKind::None && error)
            *error = failure.message;
    }
    found->delivery = next;
    if (ChatMessage *shown = cached(messageId, true))
        shown->delivery = next;
    // Still listed in unsent, it is skipped there: outgoing() no longer finds it. (Searching
    // unsent for every receipt made a burst of texts quadratic.)
    if (next == DeliveryState::Delivered || next == DeliveryState::Failed) {
        m_outboxMessages.erase(found);
        m_outbox.removeOne(messageId);
    }
    return true;
}

const ChatMessage *Conversation::outgoing(const QString &messageId) const
{
    const auto found = m_outboxMessages.constFind(messageId);
    return found != m_outboxMessages.cend() ? &*found : nullptr;
}

ChatMessage Conversation::addNote(ChatMessage::Kind kind, const QString &text, QString *error)
{
    ChatMessage note;
    note.id = QStringLiteral("note-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    note.kind = kind;
    note.body = text;
    note.time = QDateTime::currentDateTimeUtc();
    note.delivery = DeliveryState::Delivered;
    if (isPersistent()) {
        const auto result = m_store->append(peer.fingerprint, toStored(note));
        if (result.outcome == storage::HistoryStore::Outcome::Stored)
            note.seq = result.seq;
        else if (error)
            *error = result.error.message;
    }
    appendToCache(note);
    return note;
}

void Conversation::clearCache()
{
    m_messages.clear();
    m_cachedBytes = 0;
    m_firstSerial = 0;
    m_incomingAt.clear();
    m_outgoingAt.clear();
}

void Conversation::clear()
{
    clearCache();
    m_outbox.clear();
    m_outboxMessages.clear();
    unsent.clear();
    m_receivedIds.clear();
    m_receivedOrder.clear();
}

void Conversation::appendToCache(const ChatMessage &message)
{
    (message.outgoing ? m_outgoingAt : m_incomingAt)
        .insert(message.id, m_firstSerial + m_messages.size());
    m_messages.append(message);
    m_cachedBytes += cost(message);
    // The oldest go first; what they were is still in the database (or, for a memory-only
    // conversation, this is the cap on what a peer can make us hold).
    while ((m_messages.size() > kCachedMessages || m_cachedBytes > cacheLimitBytes)
        && dropOldest(true)) { }
}

bool Conversation::dropOldest(bool keepNewest)
{
    if (m_messages.isEmpty() || (keepNewest && m_messages.size() == 1))
        return false;
    const ChatMessage &oldest = m_messages.constFirst();
    // The outbox keeps its own copy, so a queued message may leave the cache.
    m_cachedBytes -= cost(oldest);
    QHash<QString, qint64> &index = oldest.outgoing ? m_outgoingAt : m_incomingAt;
    if (index.value(oldest.id, -1) == m_firstSerial)
        index.remove(oldest.id);
    ++m_firstSerial;
    m_messages.removeFirst();
    if (m_messages.isEmpty())
        m_messages.squeeze();
    return true;
}

ChatMessage *Conversation::cached(const QString &messageId, bool outgoing)
{
    const QHash<QString, qint64> &index = outgoing ? m_outgoingAt : m_incomingAt;
    const auto found = index.constFind(messageId);
    if (found == index.cend())
        return nullptr;
    const qint64 at = *found - m_firstSerial;
    if (at < 0 || at >= m_messages.size())
        return nullptr;
    ChatMessage &message = m_messages[at];
    return message.id == messageId && message.outgoing == outgoing ? &message : nullptr;
}

} // namespace securechat::chat
