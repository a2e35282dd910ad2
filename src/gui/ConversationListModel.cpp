// SPDX-License-Identifier: MIT
#include "gui/ConversationListModel.h"

#include "gui/GuiResources.h"
#include "gui/GuiText.h"

#include <QIcon>

namespace securechat::gui {

ConversationListModel::ConversationListModel(chat::ChatController *controller, QObject *parent)
    : QAbstractListModel(parent)
    , m_controller(controller)
{
    initResources();
    for (chat::ConversationId id : controller->conversations())
        add(id);
    connect(
        controller, &chat::ChatController::conversationAdded, this, &ConversationListModel::add);
    connect(controller, &chat::ChatController::stateChanged, this,
        [this](chat::ConversationId id) { refresh(id); });
    connect(controller, &chat::ChatController::peerChanged, this, &ConversationListModel::refresh);
    connect(controller, &chat::ChatController::conversationRemoved, this,
        &ConversationListModel::remove);
}

void ConversationListModel::remove(chat::ConversationId id, chat::ConversationId mergedInto)
{
    const qsizetype row = m_ids.indexOf(id);
    const int unread = m_unread.take(id);
    if (mergedInto && unread) {
        m_unread[mergedInto] += unread;
        refresh(mergedInto);
    }
    if (row < 0)
        return;
    beginRemoveRows({}, int(row), int(row));
    m_ids.removeAt(row);
    endRemoveRows();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const chat::ConversationId id = m_ids.at(index.row());
    const chat::ConversationState state = m_controller->state(id);
    switch (role) {
    case Qt::DisplayRole:
        return GuiText::peerLabel(m_controller->peer(id));
    case StateTextRole:
        return GuiText::conversationState(state);
    case Qt::DecorationRole:
        if (state == chat::ConversationState::KeyChanged
            || !m_controller->peer(id).confusableWith.isEmpty())
            return QIcon(QStringLiteral(":/icons/warning.svg"));
        return QIcon(m_controller->peer(id).verified ? QStringLiteral(":/icons/verified.svg")
                                                     : QStringLiteral(":/icons/unverified.svg"));
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const chat::PeerInfo peer = m_controller->peer(id);
        QString text = tr("%1, %2, %3")
                           .arg(GuiText::peerLabel(peer), GuiText::conversationState(state),
                               GuiText::verification(peer));
        if (const int count = m_unread.value(id))
            text += QLatin1String(", ") + tr("%n unread", nullptr, count);
        if (const QString warning = GuiText::confusableWarning(peer); !warning.isEmpty())
            text += QLatin1String(". ") + warning;
        return text;
    }
    case IdRole:
        return QVariant::fromValue(id);
    case UnreadRole:
        return m_unread.value(id);
    case VerifiedRole:
        return m_controller->peer(id).verified;
    case StateRole:
        return static_cast<int>(state);
    default:
        return {};
    }
}

QModelIndex ConversationListModel::indexOf(chat::ConversationId id) const
{
    const qsizetype row = m_ids.indexOf(id);
    return row < 0 ? QModelIndex() : index(static_cast<int>(row));
}

chat::ConversationId ConversationListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

void ConversationListModel::addUnread(chat::ConversationId id)
{
    ++m_unread[id];
    refresh(id);
}

void ConversationListModel::markRead(chat::ConversationId id)
{
    if (m_unread.remove(id))
        refresh(id);
}

void ConversationListModel::add(chat::ConversationId id)
{
    if (m_ids.contains(id))
        return;
    const int row = static_cast<int>(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids << id;
    endInsertRows();
}

void ConversationListModel::refresh(chat::ConversationId id)
{
    const QModelIndex i = indexOf(id);
    if (i.isValid())
        emit dataChanged(i, i);
}

} // namespace securechat::gui
