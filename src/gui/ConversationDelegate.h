// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace securechat::gui {

// Two lines per conversation (name, state) with the verification icon on the left and the
// unread count as a badge on the right, in the system palette's colours.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace securechat::gui
