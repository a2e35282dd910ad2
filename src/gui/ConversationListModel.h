// SPDX-License-Identifier: MIT
#pragma once

#include "chat/ChatController.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace securechat::gui {

// The conversations of one ChatController, in the order they started: peer name, state,
// unread count and verification, read live from the controller.
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
    void remove(chat::ConversationId id, chat::ConversationId mergedInto);
    void refresh(chat::ConversationId id);

    chat::ChatController *m_controller;
    QList<chat::ConversationId> m_ids;
    QHash<chat::ConversationId, int> m_unread;
};

} // namespace securechat::gui
