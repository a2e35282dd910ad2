// SPDX-License-Identifier: MIT
#pragma once

#include "gui/TransferCard.h"

#include <QHash>
#include <QList>
#include <QStyledItemDelegate>

class QTextDocument;

namespace securechat::gui {

// Draws one row of a MessageListModel: a day separator above the first message of a day, the
// sender, time and (for our own messages) the delivery state, then the body with its links,
// wrapped at word boundaries or, for words longer than the line, anywhere. Our own messages
// are tinted and marked with a bar in the highlight colour, the peer's with a neutral bar;
// notes (key changed, verified, sessions) are one centred line. A file transfer is a card: who
// and what, a progress bar while it runs, its state (speed and time left, or why it stopped) and
// its buttons, drawn in the style's look; its height depends only on its state, so progress
// never changes it. Remembers the height of each body at the current width, so that a relayout
// does not lay out every text again.
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

    struct Button {
        TransferAction action;
        QRect rect;
    };
    // A card's buttons in the row at index drawn in option.rect; none for other rows.
    QList<Button> transferButtons(
        const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The button under the mouse, drawn raised (row -1: none).
    void setHoveredButton(int row, int buttonIndex)
    {
        m_hoveredRow = row;
        m_hoveredButton = buttonIndex;
    }

private:
    struct CardLayout {
        QRect box;
        QRect title;
        QRect name;
        QRect progress; // empty when there is none
        QRect status;
        QList<Button> buttons;
    };
    CardLayout cardLayout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCard(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
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
    int m_hoveredRow = -1;
    int m_hoveredButton = -1;
};

} // namespace securechat::gui
