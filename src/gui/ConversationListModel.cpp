// SPDX-License-Identifier: MIT
#include "gui/ConversationListModel.h"

#include "gui/GuiResources.h"
#include "gui/GuiText.h"

#include <QIcon>
#include <QLocale>

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
    connect(controller, &chat::ChatController::stateChanged, this, [this](chat::ConversationId id) {
        refresh(id);
        place(id);
    });
    connect(controller, &chat::ChatController::messageReceived, this,
        &ConversationListModel::noteMessage);
    connect(
        controller, &chat::ChatController::messageSent, this, &ConversationListModel::noteMessage);
    connect(
        controller, &chat::ChatController::historyChanged, this, [this](chat::ConversationId id) {
            const QList<chat::ChatMessage> messages = m_controller->messages(id);
            if (messages.isEmpty())
                m_newest.remove(id);
            else
                m_newest.insert(id, messages.constLast());
            refresh(id);
        });
    connect(controller, &chat::ChatController::peerChanged, this, &ConversationListModel::refresh);
    connect(controller, &chat::ChatController::conversationRemoved, this,
        &ConversationListModel::remove);
}

void ConversationListModel::remove(chat::ConversationId id, chat::ConversationId mergedInto)
{
    const qsizetype row = m_ids.indexOf(id);
    const int unread = m_unread.take(id);
    const chat::ChatMessage newest = m_newest.take(id);
    m_added.remove(id);
    if (mergedInto && !newest.id.isEmpty()
        && (!m_newest.contains(mergedInto) || m_newest.value(mergedInto).time < newest.time))
        m_newest.insert(mergedInto, newest);
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
        return presence(id);
    case PreviewRole: {
        const auto it = m_newest.constFind(id);
        if (it == m_newest.cend() || it->kind != chat::ChatMessage::Kind::Text)
            return QString();
        const QString line = it->body.simplified();
        return it->outgoing ? tr("You: %1").arg(line) : line;
    }
    case LastActivityRole:
        return m_newest.contains(id) ? m_newest.value(id).time : m_added.value(id);
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

QString ConversationListModel::presence(chat::ConversationId id) const
{
    const chat::ConversationState state = m_controller->state(id);
    const chat::PeerInfo peer = m_controller->peer(id);
    if (state == chat::ConversationState::Ready && peer.heldByPeer != chat::HeldByPeer::No)
        return tr("Waiting for their approval");
    if (state == chat::ConversationState::Closed && peer.isContact) {
        if (!peer.lastSeen.isValid())
            return tr("Offline");
        const QDateTime seen = peer.lastSeen.toLocalTime();
        return seen.date() == QDate::currentDate()
            ? tr("Offline since %1").arg(QLocale().toString(seen.time(), QLocale::ShortFormat))
            : tr("Offline since %1").arg(QLocale().toString(seen.date(), QLocale::ShortFormat));
    }
    return GuiText::conversationState(state);
}

void ConversationListModel::add(chat::ConversationId id)
{
    if (m_ids.contains(id))
        return;
    m_added.insert(id, QDateTime::currentDateTimeUtc());
    const QList<chat::ChatMessage> messages = m_controller->messages(id);
    if (!messages.isEmpty())
        m_newest.insert(id, messages.constLast());
    const int row = static_cast<int>(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids << id;
    endInsertRows();
    place(id);
}

void ConversationListModel::noteMessage(chat::ConversationId id, const chat::ChatMessage &message)
{
    m_newest.insert(id, message);
    refresh(id);
    place(id);
}

bool ConversationListModel::comesBefore(chat::ConversationId a, chat::ConversationId b) const
{
    const auto waiting = [this](chat::ConversationId id) {
        const chat::ConversationState state = m_controller->state(id);
        return state == chat::ConversationState::AwaitingApproval
            || state == chat::ConversationState::KeyChanged;
    };
    if (waiting(a) != waiting(b))
        return waiting(a);
    return data(indexOf(a), LastActivityRole).toDateTime()
        >= data(indexOf(b), LastActivityRole).toDateTime();
}

void ConversationListModel::place(chat::ConversationId id)
{
    const qsizetype from = m_ids.indexOf(id);
    if (from < 0)
        return;
    // The first row, other than this one, that this one comes before.
    qsizetype to = 0;
    while (to < m_ids.size() && (m_ids.at(to) == id || !comesBefore(id, m_ids.at(to))))
        ++to;
    // Rows are moved before the row at destination, counted before the move.
    if (to == from || to == from + 1)
        return;
    beginMoveRows({}, int(from), int(from), {}, int(to));
    m_ids.move(from, to > from ? to - 1 : to);
    endMoveRows();
}

void ConversationListModel::refresh(chat::ConversationId id)
{
    const QModelIndex i = indexOf(id);
    if (i.isValid())
        emit dataChanged(i, i);
}

} // namespace securechat::gui
