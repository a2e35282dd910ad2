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
    return int(m_rows.size()) + (m_note.isEmpty() ? 0 : 1);
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
    return m_rows.at(row).message.time.toLocalTime().date()
        != m_rows.at(row - 1).message.time.toLocalTime().date();
}

bool MessageListModel::isTransfer(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).transfer != 0;
}

const TransferCard &MessageListModel::transferCard(int row) const
{
    return *m_cards.constFind(m_rows.at(row).transfer);
}

int MessageListModel::rowOfTransfer(chat::TransferHandle handle) const
{
    if (!m_shownCards.contains(handle))
        return -1;
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (m_rows.at(row).transfer == handle)
            return int(row);
    }
    return -1;
}

qint64 MessageListModel::firstSeq() const
{
    for (const Row &row : m_rows) {
        if (!row.transfer)
            return row.message.seq;
    }
    return 0;
}

qint64 MessageListModel::lastSeq() const
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (!m_rows.at(i).transfer)
            return m_rows.at(i).message.seq;
    }
    return 0;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const bool note = isNote(row);
    const bool transfer = isTransfer(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return rowText(row);
    case Qt::ToolTipRole:
        return note ? QVariant()
                    : QLocale().toString(message(row).time.toLocalTime(), QLocale::LongFormat);
    case NewDayRole:
        return !note && startsDay(row);
    case TrailingNoteRole:
        return note;
    case DeliveryRole:
        return note || transfer ? QVariant() : QVariant(int(message(row).delivery));
    case TransferRole:
        return transfer;
    case ProgressRole:
        return transfer ? QVariant(transferCard(row).info.done) : QVariant();
    default:
        return {};
    }
}

QString MessageListModel::rowText(int row) const
{
    if (isNote(row))
        return m_note;
    if (isTransfer(row))
        return TransferText::text(transferCard(row));
    const chat::ChatMessage &m = message(row);
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

MessageListModel::Row MessageListModel::cardRow(const TransferCard &card)
{
    Row row;
    row.transfer = card.info.handle;
    row.message.id = QStringLiteral("file:%1").arg(card.info.handle);
    row.message.time = card.info.created;
    row.message.outgoing = card.info.outgoing;
    return row;
}

QList<MessageListModel::Row> MessageListModel::merged(
    const QList<chat::ChatMessage> &messages, const QDateTime &from, const QDateTime &to)
{
    QList<const TransferCard *> cards;
    for (const TransferCard &card : std::as_const(m_cards)) {
        const QDateTime &time = card.info.created;
        if (!m_shownCards.contains(card.info.handle) && (!from.isValid() || time >= from)
            && (!to.isValid() || time < to))
            cards.append(&card);
    }
    std::sort(cards.begin(), cards.end(), [](const TransferCard *a, const TransferCard *b) {
        return std::pair(a->info.created, a->info.handle)
            < std::pair(b->info.created, b->info.handle);
    });
    QList<Row> rows;
    rows.reserve(messages.size() + cards.size());
    qsizetype next = 0;
    for (const chat::ChatMessage &message : messages) {
        while (next < cards.size() && cards.at(next)->info.created < message.time)
            rows.append(cardRow(*cards.at(next++)));
        rows.append(Row { message, 0 });
    }
    while (next < cards.size())
        rows.append(cardRow(*cards.at(next++)));
    for (const TransferCard *card : std::as_const(cards))
        m_shownCards.insert(card->info.handle);
    return rows;
}

void MessageListModel::forget(int first, int count)
{
    for (int row = first; row < first + count; ++row) {
        if (m_rows.at(row).transfer)
            m_shownCards.remove(m_rows.at(row).transfer);
    }
}

void MessageListModel::setMessages(
    const QList<chat::ChatMessage> &messages, bool hasOlder, bool hasNewer)
{
    beginResetModel();
    m_shownCards.clear();
    m_rows.clear();
    const QDateTime from = hasOlder && !messages.isEmpty() ? messages.first().time : QDateTime();
    // A window that stops before the newest message ends at its last one.
    const QDateTime to = !hasNewer ? QDateTime()
        : messages.isEmpty()       ? QDateTime::fromMSecsSinceEpoch(0)
                                   : messages.last().time;
    m_rows = merged(messages, from, to);
    m_hasOlder = hasOlder;
    m_hasNewer = hasNewer;
    endResetModel();
}

void MessageListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_cards.clear();
    m_shownCards.clear();
    m_note.clear();
    m_hasOlder = false;
    m_hasNewer = false;
    endResetModel();
}

void MessageListModel::prependOlder(const QList<chat::ChatMessage> &messages, bool hasOlder)
{
    m_hasOlder = hasOlder;
    const QDateTime from = hasOlder && !messages.isEmpty() ? messages.first().time : QDateTime();
    const QDateTime to = m_rows.isEmpty() ? QDateTime() : m_rows.constFirst().message.time;
    const QList<Row> rows = merged(messages, from, to);
    if (rows.isEmpty())
        return;
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_rows = rows + m_rows;
    endInsertRows();
    // The row that was first may no longer start a day.
    const QModelIndex formerFirst = index(int(rows.size()));
    if (formerFirst.row() < m_rows.size())
        emit dataChanged(formerFirst, formerFirst, { NewDayRole });
}

void MessageListModel::appendNewer(const QList<chat::ChatMessage> &messages, bool hasNewer)
{
    m_hasNewer = hasNewer;
    const QDateTime from = m_rows.isEmpty() ? QDateTime() : m_rows.constLast().message.time;
    const QDateTime to = hasNewer && !messages.isEmpty() ? messages.last().time : QDateTime();
    const QList<Row> rows = merged(messages, from, to);
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

bool MessageListModel::addMessage(const chat::ChatMessage &message)
{
    if (const int row = rowOf(message.id); row >= 0) {
        m_rows[row].message = message;
        emit dataChanged(index(row), index(row));
        return false;
    }
    if (m_hasNewer)
        return false;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first);
    m_rows.append(Row { message, 0 });
    endInsertRows();
    return true;
}

bool MessageListModel::setDelivery(const QString &messageId, chat::DeliveryState state)
{
    const int row = rowOf(messageId);
    if (row < 0)
        return false;
    if (m_rows.at(row).message.delivery != state) {
        m_rows[row].message.delivery = state;
        emit dataChanged(index(row), index(row), { DeliveryRole, Qt::DisplayRole });
    }
    return true;
}

void MessageListModel::dropOldest(int count)
{
    count = std::min(count, int(m_rows.size()));
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    forget(0, count);
    m_rows.remove(0, count);
    m_hasOlder = true;
    endRemoveRows();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(0), { NewDayRole });
}

void MessageListModel::dropNewest(int count)
{
    count = std::min(count, int(m_rows.size()));
    if (count <= 0)
        return;
    const int first = int(m_rows.size()) - count;
    beginRemoveRows({}, first, first + count - 1);
    forget(first, count);
    m_rows.remove(first, count);
    m_hasNewer = true;
    endRemoveRows();
}

void MessageListModel::setNote(const QString &note)
{
    if (note == m_note)
        return;
    const int row = int(m_rows.size());
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
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (m_rows.at(row).message.id == messageId)
            return int(row);
    }
    return -1;
}

void MessageListModel::setTransfers(const QList<TransferCard> &cards)
{
    m_cards.clear();
    for (const TransferCard &card : cards)
        m_cards.insert(card.info.handle, card);
}

void MessageListModel::updateTransfer(const TransferCard &card)
{
    const chat::TransferHandle handle = card.info.handle;
    const bool known = m_cards.contains(handle);
    TransferCard &kept = m_cards[handle];
    const double speed = known ? kept.bytesPerSecond : card.bytesPerSecond;
    const bool stalled = known ? kept.stalled : card.stalled;
    kept = card;
    const bool moving = kept.info.state == chat::TransferState::Transferring;
    kept.bytesPerSecond = moving ? speed : 0;
    kept.stalled = moving && stalled;
    if (const int row = rowOfTransfer(handle); row >= 0) {
        emit dataChanged(index(row), index(row));
        return;
    }
    // A new one is shown when the window reaches its time: at the end for one made now.
    if (m_hasNewer || known)
        return;
    const QDateTime &time = kept.info.created;
    if (m_hasOlder && !m_rows.isEmpty() && time < m_rows.constFirst().message.time)
        return;
    int row = int(m_rows.size());
    while (row > 0 && m_rows.at(row - 1).message.time > time)
        --row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, cardRow(kept));
    m_shownCards.insert(handle);
    endInsertRows();
}

void MessageListModel::setProgress(
    chat::TransferHandle handle, qint64 done, double bytesPerSecond, bool stalled)
{
    const auto it = m_cards.find(handle);
    if (it == m_cards.end())
        return;
    it->info.done = done;
    it->bytesPerSecond = bytesPerSecond;
    it->stalled = stalled;
    if (const int row = rowOfTransfer(handle); row >= 0)
        emit dataChanged(index(row), index(row), { ProgressRole });
}

} // namespace securechat::gui
