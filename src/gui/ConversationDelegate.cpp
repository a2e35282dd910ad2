// SPDX-License-Identifier: MIT
#include "gui/ConversationDelegate.h"

#include "gui/ConversationListModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace securechat::gui {

namespace {
constexpr int kMargin = 6;
constexpr int kIconSize = 24;
} // namespace

void ConversationDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background and focus only; the text is drawn below.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7f);

    painter->save();
    const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(r.left(), r.top() + (r.height() - kIconSize) / 2, kIconSize, kIconSize);
    if (selected && !icon.isNull()) {
        // The icons are drawn for the base colour (a grey outline, a green shield): on the
        // highlight colour they would fade, so the selected row gives them a disc of it.
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(group, QPalette::Base));
        painter->drawEllipse(iconRect.adjusted(-3, -3, 3, 3));
    }
    icon.paint(painter, iconRect);

    int right = r.right();
    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    if (unread > 0) {
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        const QString label = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const QFontMetrics fm(badgeFont);
        const int h = fm.height() + 2;
        const int w = qMax(h, fm.horizontalAdvance(label) + 10);
        const QRect badge(right - w + 1, r.top() + (r.height() - h) / 2, w, h);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(
            group, selected ? QPalette::HighlightedText : QPalette::Highlight));
        painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
        painter->setPen(option.palette.color(
            group, selected ? QPalette::Highlight : QPalette::HighlightedText));
        painter->setFont(badgeFont);
        painter->drawText(badge, Qt::AlignCenter, label);
        right = badge.left() - kMargin;
    }

    const int textLeft = iconRect.right() + kMargin + 2;
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics stateMetrics(option.font);
    // The time of the newest message, right of the name: the time today, else the date.
    const QString preview = index.data(ConversationListModel::PreviewRole).toString();
    const QDateTime last
        = index.data(ConversationListModel::LastActivityRole).toDateTime().toLocalTime();
    const QString when = preview.isEmpty() || !last.isValid() ? QString()
        : last.date() == QDate::currentDate()
        ? QLocale().toString(last.time(), QLocale::ShortFormat)
        : QLocale().toString(last.date(), QLocale::ShortFormat);
    const int whenWidth = when.isEmpty() ? 0 : stateMetrics.horizontalAdvance(when) + kMargin;
    const int width = right - textLeft;
    const QRect nameRect(textLeft, r.top(), width - whenWidth, nameMetrics.height());
    const QRect stateRect(textLeft, nameRect.bottom() + 2, width, stateMetrics.height());
    const QRect previewRect(textLeft, stateRect.bottom() + 2, width, stateMetrics.height());

    painter->setFont(option.font);
    painter->setPen(dim);
    if (!when.isEmpty()) {
        painter->drawText(
            QRect(nameRect.right() + kMargin, r.top(), whenWidth - kMargin, nameMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, when);
    }
    painter->drawText(previewRect, Qt::AlignLeft | Qt::AlignVCenter,
        stateMetrics.elidedText(preview, Qt::ElideRight, width));

    painter->setFont(nameFont);
    painter->setPen(text);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, width));
    painter->setFont(option.font);
    painter->setPen(dim);
    painter->drawText(stateRect, Qt::AlignLeft | Qt::AlignVCenter,
        stateMetrics.elidedText(
            index.data(ConversationListModel::StateTextRole).toString(), Qt::ElideRight, width));
    painter->restore();
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int h = QFontMetrics(bold).height() + 4 + 2 * QFontMetrics(option.font).height();
    return { 200, qMax(h, kIconSize) + 2 * kMargin };
}

} // namespace securechat::gui
