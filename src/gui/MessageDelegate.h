// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class QTextDocument;

namespace securechat::gui {

// Draws one row of a MessageListModel: a day separator above the first message of a day, the
// sender, time and (for our own messages) the delivery state, then the body with its links,
// wrapped at word boundaries or, for words longer than the line, anywhere. Our own messages
// are tinted and marked with a bar in the highlight colour, the peer's with a neutral bar;
// notes (key changed, verified, sessions) are one centred line. Remembers the height of each
// body at the current width, so that a relayout does not lay out every text again.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The link under pos (viewport coordinates) in the row at index drawn in option.rect;
    // empty when there is none.
    QString anchorAt(
        const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;

private:
    struct Layout {
        QRect separator; // empty when the row does not start a day
        QRect header;
        QRect body;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    int bodyHeight(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    void setUpBody(QTextDocument &document, const QStyleOptionViewItem &option,
        const QModelIndex &index, int width) const;
    static int rowWidth(const QStyleOptionViewItem &option);

    mutable QHash<QString, int> m_heights; // message id → body height at m_heightsWidth
    mutable int m_heightsWidth = -1;
};

} // namespace securechat::gui
