// SPDX-License-Identifier: MIT
#include "gui/MessageListModel.h"

#include "gui/GuiText.h"

#include <algorithm>

#include <QLocale>

namespace securechat::gui {

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_messages.size()) + (m_note.isEmpty() ? 0 : 1);
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool MessageListModel::startsDay(int row) const
{
    if (row <= 0)
        return true;
    return m_messages.at(row).time.toLocalTime().date()
        != m_messages.at(row - 1).time.toLocalTime().date();
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const bool note = isNote(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return rowText(row);
    case Qt::ToolTipRole:
        return note
            ? QVariant()
            : QLocale().toString(m_messages.at(row).time.toLocalTime(), QLocale::LongFormat);
    case NewDayRole:
        return !note && startsDay(row);
    case TrailingNoteRole:
        return note;
    case DeliveryRole:
        return note ? QVariant() : QVariant(int(m_messages.at(row).delivery));
    default:
        return {};
    }
}

QString MessageListModel::rowText(int row) const
{
    if (isNote(row))
        return m_note;
    const chat::ChatMessage &m = m_messages.at(row);
    if (m.kind != chat::ChatMessage::Kind::Text)
        return m.body;
    QString header = m.senderName + QStringLiteral(", ")
        + QLocale().toString(m.time.toLocalTime().time(), QLocale::ShortFormat);
    if (m.outgoing)
        header += QStringLiteral(" · ") + GuiText::deliveryState(m.delivery);
    return header + QLatin1Char('\n') + m.body;
}

QString MessageListModel::text(const QModelIndexList &rows) const
{
    QList<int> sorted;
    for (const QModelIndex &index : rows) {
        if (index.isValid() && index.model() == this)
            sorted.append(index.row());
    }
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QStringList blocks;
    for (const int row : sorted)
        blocks.append(rowText(row));
    return blocks.join(QStringLiteral("\n\n"));
}

QString MessageListModel::plainText() const
{
    QStringList blocks;
    for (int row = 0; row < rowCount(); ++row)
        blocks.append(rowText(row));
    return blocks.join(QStringLiteral("\n\n"));
}

void MessageListModel::setMessages(
    const QList<chat::ChatMessage> &messages, bool hasOlder, bool hasNewer)
{
    beginResetModel();
    m_messages = messages;
    m_hasOlder = hasOlder;
    m_hasNewer = hasNewer;
    endResetModel();
}

void MessageListModel::clear()
{
    beginResetModel();
    m_messages.clear();
    m_note.clear();
    m_hasOlder = false;
    m_hasNewer = false;
    endResetModel();
}

void MessageListModel::prependOlder(const QList<chat::ChatMessage> &messages, bool hasOlder)
{
    m_hasOlder = hasOlder;
    if (messages.isEmpty())
        return;
    beginInsertRows({}, 0, int(messages.size()) - 1);
    m_messages = messages + m_messages;
    endInsertRows();
    // The row that was first may no longer start a day.
    const QModelIndex formerFirst = index(int(messages.size()));
    if (formerFirst.row() < m_messages.size())
        emit dataChanged(formerFirst, formerFirst, { NewDayRole });
}

void MessageListModel::appendNewer(const QList<chat::ChatMessage> &messages, bool hasNewer)
{
    m_hasNewer = hasNewer;
    if (messages.isEmpty())
        return;
    const int first = int(m_messages.size());
    beginInsertRows({}, first, first + int(messages.size()) - 1);
    m_messages.append(messages);
    endInsertRows();
}

bool MessageListModel::addMessage(const chat::ChatMessage &message)
{
    if (const int row = rowOf(message.id); row >= 0) {
        m_messages[row] = message;
        emit dataChanged(index(row), index(row));
        return false;
    }
    if (m_hasNewer)
        return false;
    appendNewer({ message }, false);
    return true;
}

bool MessageListModel::setDelivery(const QString &messageId, chat::DeliveryState state)
{
    const int row = rowOf(messageId);
    if (row < 0)
        return false;
    if (m_messages.at(row).delivery != state) {
        m_messages[row].delivery = state;
        emit dataChanged(index(row), index(row), { DeliveryRole, Qt::DisplayRole });
    }
    return true;
}

void MessageListModel::dropOldest(int count)
{
    count = std::min(count, int(m_messages.size()));
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_messages.remove(0, count);
    m_hasOlder = true;
    endRemoveRows();
    if (!m_messages.isEmpty())
        emit dataChanged(index(0), index(0), { NewDayRole });
}

void MessageListModel::dropNewest(int count)
{
    count = std::min(count, int(m_messages.size()));
    if (count <= 0)
        return;
    const int first = int(m_messages.size()) - count;
    beginRemoveRows({}, first, first + count - 1);
    m_messages.remove(first, count);
    m_hasNewer = true;
    endRemoveRows();
}

void MessageListModel::setNote(const QString &note)
{
    if (note == m_note)
        return;
    const int row = int(m_messages.size());
    if (m_note.isEmpty()) {
        beginInsertRows({}, row, row);
        m_note = note;
        endInsertRows();
    } else if (note.isEmpty()) {
        beginRemoveRows({}, row, row);
        m_note.clear();
        endRemoveRows();
    } else {
        m_note = note;
        emit dataChanged(index(row), index(row));
    }
}

int MessageListModel::rowOf(const QString &messageId) const
{
    if (messageId.isEmpty())
        return -1;
    for (qsizetype row = m_messages.size() - 1; row >= 0; --row) {
        if (m_messages.at(row).id == messageId)
            return int(row);
    }
    return -1;
}

} // namespace securechat::gui
