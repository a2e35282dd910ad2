// SPDX-License-Identifier: MIT
#include "gui/MessageDelegate.h"

#include "gui/GuiText.h"
#include "gui/MessageListModel.h"
#include "gui/MessageView.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>
#include <QTextOption>

namespace securechat::gui {

namespace {
constexpr int kMarginX = 10; // left and right of a message, besides the bar
constexpr int kBar = 3; // the bar left of a message
constexpr int kGapY = 4; // above and below a message
constexpr int kHeaderGap = 2; // between header and body
constexpr int kSeparatorY = 8; // above and below the day separator's text
constexpr int kMaxCachedHeights = 8000;

const MessageListModel *modelOf(const QModelIndex &index)
{
    return qobject_cast<const MessageListModel *>(index.model());
}

QString dayText(const QDate &day)
{
    const QDate today = QDate::currentDate();
    if (day == today)
        return MessageDelegate::tr("Today");
    if (day == today.addDays(-1))
        return MessageDelegate::tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

QFont noteFont(const QFont &base)
{
    QFont font = base;
    font.setItalic(true);
    return font;
}
} // namespace

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

int MessageDelegate::rowWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

void MessageDelegate::setUpBody(QTextDocument &document, const QStyleOptionViewItem &option,
    const QModelIndex &index, int width) const
{
    const MessageListModel *model = modelOf(index);
    const bool plain = model->isNote(index.row())
        || model->message(index.row()).kind != chat::ChatMessage::Kind::Text;
    document.setDocumentMargin(0);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    if (plain)
        textOption.setAlignment(Qt::AlignHCenter);
    document.setDefaultTextOption(textOption);
    document.setDefaultFont(plain ? noteFont(option.font) : option.font);
    if (plain)
        document.setPlainText(model->rowText(index.row()));
    else
        document.setHtml(MessageView::bodyToHtml(model->message(index.row()).body));
    document.setTextWidth(width);
}

int MessageDelegate::bodyHeight(
    const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
{
    const MessageListModel *model = modelOf(index);
    const bool note = model->isNote(index.row());
    const QString key = note ? QString() : model->message(index.row()).id;
    if (width != m_heightsWidth || m_heights.size() > kMaxCachedHeights) {
        m_heights.clear();
        m_heightsWidth = width;
    }
    if (!key.isEmpty()) {
        if (const auto it = m_heights.constFind(key); it != m_heights.cend())
            return *it;
    }
    QTextDocument document;
    setUpBody(document, option, index, width);
    const int height = qCeil(document.size().height());
    if (!key.isEmpty())
        m_heights.insert(key, height);
    return height;
}

MessageDelegate::Layout MessageDelegate::layout(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const MessageListModel *model = modelOf(index);
    const int row = index.row();
    const QRect rect(option.rect.left(), option.rect.top(), rowWidth(option), option.rect.height());
    Layout result;
    int y = rect.top();
    if (index.data(MessageListModel::NewDayRole).toBool()) {
        const int height = option.fontMetrics.height() + 2 * kSeparatorY;
        result.separator = QRect(rect.left(), y, rect.width(), height);
        y += height;
    }
    y += kGapY;
    const int left = rect.left() + kBar + kMarginX;
    const int width = std::max(40, rect.width() - kBar - 2 * kMarginX);
    const bool text
        = !model->isNote(row) && model->message(row).kind == chat::ChatMessage::Kind::Text;
    if (text) {
        QFont bold = option.font;
        bold.setBold(true);
        const int height = QFontMetrics(bold).height();
        result.header = QRect(left, y, width, height);
        y += height + kHeaderGap;
    }
    result.body = QRect(left, y, width, bodyHeight(option, index, width));
    return result;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect.moveTo(0, 0);
    const Layout rows = layout(opt, index);
    return QSize(rowWidth(option), rows.body.bottom() + 1 + kGapY);
}

void MessageDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const MessageListModel *model = modelOf(index);
    if (!model)
        return;
    const int row = index.row();
    const bool note = model->isNote(row);
    const chat::ChatMessage *message = note ? nullptr : &model->message(row);
    const bool text = message && message->kind == chat::ChatMessage::Kind::Text;
    const Layout rows = layout(option, index);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;

    painter->save();
    QRect messageRect = option.rect;
    if (!rows.separator.isEmpty()) {
        messageRect.setTop(rows.separator.bottom() + 1);
        const QString day = dayText(message->time.toLocalTime().date());
        painter->setPen(palette.color(QPalette::PlaceholderText));
        const QRect textRect = option.fontMetrics.boundingRect(day);
        const int middle = rows.separator.center().y();
        const int textLeft = rows.separator.center().x() - textRect.width() / 2;
        painter->drawText(rows.separator, Qt::AlignCenter, day);
        painter->setPen(QPen(palette.color(QPalette::Mid), 1));
        painter->drawLine(rows.separator.left() + kMarginX, middle, textLeft - kMarginX, middle);
        painter->drawLine(textLeft + textRect.width() + kMarginX, middle,
            rows.separator.right() - kMarginX, middle);
    }

    if (selected) {
        painter->fillRect(messageRect, palette.brush(QPalette::Highlight));
    } else if (text && message->outgoing) {
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlpha(28);
        painter->fillRect(messageRect, tint);
    }
    if (text) {
        const QRect bar(
            messageRect.left(), messageRect.top() + kGapY / 2, kBar, messageRect.height() - kGapY);
        painter->fillRect(bar,
            message->outgoing ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid));

        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        const QColor textColor
            = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor dim = selected ? textColor : palette.color(QPalette::PlaceholderText);
        painter->setPen(message->outgoing && !selected ? palette.color(QPalette::Link) : textColor);
        const QString sender = QFontMetrics(bold).elidedText(
            message->senderName, Qt::ElideRight, rows.header.width() / 2);
        painter->drawText(rows.header, Qt::AlignLeft | Qt::AlignVCenter, sender);
        QString details
            = QLocale().toString(message->time.toLocalTime().time(), QLocale::ShortFormat);
        if (message->outgoing)
            details += QStringLiteral(" · ") + GuiText::deliveryState(message->delivery);
        painter->setFont(option.font);
        const bool failed = message->outgoing && message->delivery == chat::DeliveryState::Failed;
        painter->setPen(failed && !selected ? QColor(0xc0, 0x1c, 0x28) : dim);
        const int detailsLeft
            = rows.header.left() + QFontMetrics(bold).horizontalAdvance(sender) + 8;
        painter->drawText(QRect(detailsLeft, rows.header.top(), rows.header.right() - detailsLeft,
                              rows.header.height()),
            Qt::AlignLeft | Qt::AlignVCenter, details);
    }

    QTextDocument document;
    setUpBody(document, option, index, rows.body.width());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    const QPalette::ColorRole role = selected ? QPalette::HighlightedText
        : text                                ? QPalette::Text
                                              : QPalette::PlaceholderText;
    context.palette.setColor(QPalette::Text, palette.color(role));
    if (selected)
        context.palette.setColor(QPalette::Link, palette.color(QPalette::HighlightedText));
    painter->translate(rows.body.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), rows.body.size()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QString MessageDelegate::anchorAt(
    const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const
{
    const MessageListModel *model = modelOf(index);
    if (!model || model->isNote(index.row()))
        return {};
    const Layout rows = layout(option, index);
    if (!rows.body.contains(pos))
        return {};
    QTextDocument document;
    setUpBody(document, option, index, rows.body.width());
    return document.documentLayout()->anchorAt(pos - rows.body.topLeft());
}

} // namespace securechat::gui
