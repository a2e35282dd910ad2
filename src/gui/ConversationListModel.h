// SPDX-License-Identifier: MIT
#pragma once

#include "chat/ChatController.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace securechat::gui {

// The conversations of one ChatController: peer name, presence, unread count, verification and
// the newest message (preview and time), read live from the controller. Requests waiting for
// the user's decision (a new peer, a changed key) come first, then the rest by last activity,
// newest first; a row moves when its conversation's activity changes.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateTextRole,
        UnreadRole,
        VerifiedRole,
        StateRole,
        // The newest message as one line ("You: …" for ours); empty when there is none.
        PreviewRole,
        // QDateTime of the newest message, or of when the conversation was added.
        LastActivityRole,
    };

    explicit ConversationListModel(chat::ChatController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(chat::ConversationId id) const;
    chat::ConversationId idAt(int row) const;

    int unread(chat::ConversationId id) const { return m_unread.value(id); }
    void addUnread(chat::ConversationId id);
    void markRead(chat::ConversationId id);

private:
    void add(chat::ConversationId id);
    void noteMessage(chat::ConversationId id, const chat::ChatMessage &message);
    // Moves the row of id to where the order wants it.
    void place(chat::ConversationId id);
    bool comesBefore(chat::ConversationId a, chat::ConversationId b) const;
    QString presence(chat::ConversationId id) const;
    void remove(chat::ConversationId id, chat::ConversationId mergedInto);
    void refresh(chat::ConversationId id);

    chat::ChatController *m_controller;
    QList<chat::ConversationId> m_ids;
    QHash<chat::ConversationId, int> m_unread;
    QHash<chat::ConversationId, chat::ChatMessage> m_newest;
    QHash<chat::ConversationId, QDateTime> m_added;
};

} // namespace securechat::gui
