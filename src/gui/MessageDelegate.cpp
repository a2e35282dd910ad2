// SPDX-License-Identifier: MIT
#include "gui/MessageDelegate.h"

#include "gui/GuiText.h"
#include "gui/MessageListModel.h"
#include "gui/MessageView.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionProgressBar>
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
constexpr int kCardMaxWidth = 520;
constexpr int kCardPadding = 10;
constexpr int kCardLineGap = 4;
constexpr int kProgressHeight = 8;
constexpr int kButtonGap = 6;

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

QFont boldFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

bool hasProgress(chat::TransferState state)
{
    return state == chat::TransferState::Checking || state == chat::TransferState::Transferring
        || state == chat::TransferState::Paused;
}

bool wrapsStatus(chat::TransferState state)
{
    return state == chat::TransferState::Paused || state == chat::TransferState::Failed;
}

QFont noteFont(const QFont &base)
{
    QFont font = base;
    font.setItalic(true);
    return font;
}
void paintSeparator(
    QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect, const QDateTime &time)
{
    const QString day = dayText(time.toLocalTime().date());
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    const QRect textRect = option.fontMetrics.boundingRect(day);
    const int middle = rect.center().y();
    const int textLeft = rect.center().x() - textRect.width() / 2;
    painter->drawText(rect, Qt::AlignCenter, day);
    painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
    painter->drawLine(rect.left() + kMarginX, middle, textLeft - kMarginX, middle);
    painter->drawLine(
        textLeft + textRect.width() + kMarginX, middle, rect.right() - kMarginX, middle);
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
    const bool text = !model->isNote(row) && !model->isTransfer(row)
        && model->message(row).kind == chat::ChatMessage::Kind::Text;
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
    if (modelOf(index) && modelOf(index)->isTransfer(index.row())) {
        const CardLayout card = cardLayout(opt, index);
        return QSize(rowWidth(option), card.box.bottom() + 1 + kGapY);
    }
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
    if (model->isTransfer(row)) {
        paintCard(painter, option, index);
        return;
    }
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
        paintSeparator(painter, option, rows.separator, message->time);
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
    if (!model || model->isNote(index.row()) || model->isTransfer(index.row()))
        return {};
    const Layout rows = layout(option, index);
    if (!rows.body.contains(pos))
        return {};
    QTextDocument document;
    setUpBody(document, option, index, rows.body.width());
    return document.documentLayout()->anchorAt(pos - rows.body.topLeft());
}

MessageDelegate::CardLayout MessageDelegate::cardLayout(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const TransferCard &card = modelOf(index)->transferCard(index.row());
    const QRect rect(option.rect.left(), option.rect.top(), rowWidth(option), option.rect.height());
    CardLayout result;
    int y = rect.top();
    if (index.data(MessageListModel::NewDayRole).toBool())
        y += option.fontMetrics.height() + 2 * kSeparatorY;
    y += kGapY;
    const int boxWidth = std::min(kCardMaxWidth, std::max(160, rect.width() - 2 * kMarginX));
    const int boxLeft
        = card.info.outgoing ? rect.right() - kMarginX - boxWidth + 1 : rect.left() + kMarginX;
    const int left = boxLeft + kCardPadding;
    const int width = boxWidth - 2 * kCardPadding;
    const int top = y;
    y += kCardPadding;
    const int line = option.fontMetrics.height();
    result.title = QRect(left, y, width, line);
    y += line + kCardLineGap;
    const int nameHeight = QFontMetrics(boldFont(option.font)).height();
    result.name = QRect(left, y, width, nameHeight);
    y += nameHeight + kCardLineGap;
    if (hasProgress(card.info.state)) {
        result.progress = QRect(left, y + 2, width, kProgressHeight);
        y += kProgressHeight + 4 + kCardLineGap;
    }
    // A reason (paused, failed) may take a few lines; a running status is one line, so that
    // progress never changes the card's height.
    int statusHeight = line;
    if (wrapsStatus(card.info.state)) {
        statusHeight = std::min(4 * line,
            option.fontMetrics
                .boundingRect(
                    QRect(0, 0, width, 8 * line), Qt::TextWordWrap, TransferText::status(card))
                .height());
        statusHeight = std::max(line, statusHeight);
    }
    result.status = QRect(left, y, width, statusHeight);
    y += statusHeight;
    const QList<TransferAction> actions = TransferText::actions(card);
    if (!actions.isEmpty()) {
        y += kCardLineGap + 2;
        QStyle *style = styleOf(option);
        int x = left;
        int height = 0;
        for (const TransferAction action : actions) {
            QStyleOptionButton button;
            if (option.widget)
                button.initFrom(option.widget);
            button.text = TransferText::actionText(action);
            const QSize size = style->sizeFromContents(QStyle::CT_PushButton, &button,
                QSize(option.fontMetrics.horizontalAdvance(button.text), line), option.widget);
            result.buttons.append(Button { action, QRect(QPoint(x, y), size) });
            x += size.width() + kButtonGap;
            height = std::max(height, size.height());
        }
        y += height;
    }
    y += kCardPadding;
    result.box = QRect(boxLeft, top, boxWidth, y - top);
    return result;
}

QList<MessageDelegate::Button> MessageDelegate::transferButtons(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const MessageListModel *model = modelOf(index);
    if (!model || !model->isTransfer(index.row()))
        return {};
    return cardLayout(option, index).buttons;
}

void MessageDelegate::paintCard(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const MessageListModel *model = modelOf(index);
    const TransferCard &card = model->transferCard(index.row());
    const CardLayout layout = cardLayout(option, index);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    QStyle *style = styleOf(option);

    painter->save();
    if (index.data(MessageListModel::NewDayRole).toBool()) {
        const QRect separator(option.rect.left(), option.rect.top(), rowWidth(option),
            option.fontMetrics.height() + 2 * kSeparatorY);
        paintSeparator(painter, option, separator, model->message(index.row()).time);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath box;
    box.addRoundedRect(QRectF(layout.box).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    QColor fill = palette.color(selected ? QPalette::Highlight : QPalette::Base);
    if (!selected && card.info.outgoing) {
        QColor tint = palette.color(QPalette::Highlight);
        fill = QColor::fromRgbF(fill.redF() * 0.9f + tint.redF() * 0.1f,
            fill.greenF() * 0.9f + tint.greenF() * 0.1f, fill.blueF() * 0.9f + tint.blueF() * 0.1f);
    }
    painter->fillPath(box, fill);
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->drawPath(box);
    painter->setRenderHint(QPainter::Antialiasing, false);

    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dim = selected ? text : palette.color(QPalette::PlaceholderText);
    painter->setFont(option.font);
    painter->setPen(dim);
    const QString time
        = QLocale().toString(card.info.created.toLocalTime().time(), QLocale::ShortFormat);
    painter->drawText(layout.title, Qt::AlignRight | Qt::AlignVCenter, time);
    const int timeWidth = option.fontMetrics.horizontalAdvance(time) + kButtonGap;
    painter->drawText(layout.title.adjusted(0, 0, -timeWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(
            TransferText::title(card), Qt::ElideRight, layout.title.width() - timeWidth));

    const QFont bold = boldFont(option.font);
    const QFontMetrics boldMetrics(bold);
    const QString size = QLocale().formattedDataSize(card.info.size);
    const int sizeWidth = option.fontMetrics.horizontalAdvance(size) + kButtonGap;
    painter->drawText(layout.name, Qt::AlignRight | Qt::AlignVCenter, size);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(layout.name.adjusted(0, 0, -sizeWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(
            TransferText::name(card), Qt::ElideMiddle, layout.name.width() - sizeWidth));
    painter->setFont(option.font);

    if (!layout.progress.isEmpty()) {
        QStyleOptionProgressBar bar;
        if (option.widget)
            bar.initFrom(option.widget);
        bar.rect = layout.progress;
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = card.info.size > 0 ? int(card.info.done * 1000 / card.info.size) : 0;
        bar.textVisible = false;
        bar.state |= QStyle::State_Horizontal;
        if (card.info.state != chat::TransferState::Transferring)
            bar.state &= ~QStyle::State_Enabled;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }

    const bool failed = TransferText::failed(card);
    painter->setPen(failed && !selected ? QColor(0xc0, 0x1c, 0x28) : dim);
    if (wrapsStatus(card.info.state))
        painter->drawText(layout.status, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
            TransferText::status(card));
    else
        painter->drawText(layout.status, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(
                TransferText::status(card), Qt::ElideRight, layout.status.width()));

    for (int i = 0; i < layout.buttons.size(); ++i) {
        QStyleOptionButton button;
        if (option.widget)
            button.initFrom(option.widget);
        button.rect = layout.buttons.at(i).rect;
        button.text = TransferText::actionText(layout.buttons.at(i).action);
        button.state |= QStyle::State_Raised;
        button.state &= ~(QStyle::State_HasFocus | QStyle::State_MouseOver);
        if (index.row() == m_hoveredRow && i == m_hoveredButton)
            button.state |= QStyle::State_MouseOver;
        if (i == 0
            && (layout.buttons.at(i).action == TransferAction::Accept
                || layout.buttons.at(i).action == TransferAction::Open))
            button.features |= QStyleOptionButton::DefaultButton;
        style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
    }
    painter->restore();
}

} // namespace securechat::gui
