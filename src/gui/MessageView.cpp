// SPDX-License-Identifier: MIT
#include "gui/MessageView.h"

#include "gui/MessageDelegate.h"
#include "gui/MessageListModel.h"

#include <algorithm>
#include <limits>

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollBar>

namespace securechat::gui {

MessageView::MessageView(QWidget *parent)
    : QListView(parent)
    , m_model(new MessageListModel(this))
    , m_delegate(new MessageDelegate(this))
    , m_copy(new QAction(tr("&Copy"), this))
{
    setModel(m_model);
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    verticalScrollBar()->setSingleStep(fontMetrics().height());

    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copy, &QAction::triggered, this, &MessageView::copySelection);
    addAction(m_copy);
    auto *selectAll = new QAction(tr("Select &All"), this);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(selectAll, &QAction::triggered, this, &QAbstractItemView::selectAll);
    addAction(selectAll);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &MessageView::onScrolled);
}

MessageView::~MessageView() = default;

QString MessageView::bodyToHtml(const QString &body)
{
    static const QRegularExpression link(
        QStringLiteral(R"(\bhttps?://[^\s<>"']+)"), QRegularExpression::CaseInsensitiveOption);
    QString html;
    qsizetype last = 0;
    for (auto it = link.globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        QString url = match.captured();
        // Sentence punctuation after an address is not part of it.
        while (!url.isEmpty() && QStringLiteral(".,;:!?)").contains(url.back()))
            url.chop(1);
        html += body.mid(last, match.capturedStart() - last).toHtmlEscaped();
        const QString escaped = url.toHtmlEscaped();
        html += QStringLiteral("<a href=\"%1\">%1</a>").arg(escaped);
        last = match.capturedStart() + url.size();
    }
    html += body.mid(last).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return html;
}

void MessageView::setConversation(
    chat::ChatController *controller, chat::ConversationId id, bool blocked)
{
    if (controller != m_controller) {
        for (const auto &connection : std::as_const(m_connections))
            disconnect(connection);
        m_connections.clear();
        m_controller = controller;
        if (controller) {
            using chat::ChatController;
            m_connections = {
                connect(controller, &ChatController::messageSent, this, &MessageView::onMessage),
                connect(
                    controller, &ChatController::messageReceived, this, &MessageView::onMessage),
                connect(controller, &ChatController::noteAdded, this, &MessageView::onMessage),
                connect(controller, &ChatController::deliveryChanged, this,
                    [this](chat::ConversationId conversation, const QString &messageId,
                        chat::DeliveryState state) {
                        if (conversation == m_conversation && !m_blocked)
                            m_model->setDelivery(messageId, state);
                    }),
                connect(controller, &ChatController::historyChanged, this,
                    [this](chat::ConversationId conversation) {
                        if (conversation == m_conversation)
                            reload();
                    }),
            };
        }
    }
    if (id == m_conversation && blocked == m_blocked && id)
        return;
    m_conversation = controller ? id : 0;
    m_blocked = blocked;
    reload();
}

void MessageView::reload()
{
    const QString note = m_model->note();
    if (!m_controller || !m_conversation || m_blocked) {
        m_model->clear();
        m_model->setNote(note);
        return;
    }
    QList<chat::ChatMessage> messages = m_controller->messages(m_conversation);
    // Messages kept in memory only (seq 0) cannot be read again: all of them stay. Stored ones
    // open on the newest page; the rest is read while the user scrolls up.
    const bool stored = std::all_of(messages.cbegin(), messages.cend(),
        [](const chat::ChatMessage &message) { return message.seq > 0; });
    if (stored && messages.size() > 2 * kPageSize)
        messages = messages.mid(messages.size() - 2 * kPageSize);
    // With nothing in memory, the history may still hold something (it was stored while the
    // conversation was not shown): asked for once.
    const bool hasOlder = messages.isEmpty() ? m_controller->keepsHistory(m_conversation)
                                             : messages.first().seq > 0;
    m_model->setMessages(messages, hasOlder, false);
    m_model->setNote(note);
    executeDelayedItemsLayout();
    scrollToBottom();
    onScrolled(verticalScrollBar()->value());
}

template<typename Change> void MessageView::keepingPosition(Change change)
{
    const QModelIndex top = indexAt(QPoint(1, 1));
    const bool anchored = top.isValid() && top.row() < m_model->messageCount();
    const QString anchor = anchored ? m_model->message(top.row()).id : QString();
    const int offset = anchored ? visualRect(top).top() : 0;
    change();
    executeDelayedItemsLayout();
    const int row = m_model->rowOf(anchor);
    if (row >= 0) {
        QScrollBar *bar = verticalScrollBar();
        bar->setValue(bar->value() + visualRect(m_model->index(row)).top() - offset);
    }
}

void MessageView::loadOlder()
{
    if (!m_controller || !m_model->hasOlder() || m_loading)
        return;
    m_loading = true;
    const qint64 first
        = m_model->messageCount() ? m_model->message(0).seq : std::numeric_limits<qint64>::max();
    const QList<chat::ChatMessage> page = first > 0
        ? m_controller->storedMessages(m_conversation, first, true, kPageSize)
        : QList<chat::ChatMessage>();
    keepingPosition([&] { m_model->prependOlder(page, page.size() == kPageSize); });
    // Far below the reader now: dropped, and read again when they scroll back down.
    const int excess = m_model->messageCount() - kMaxRows;
    if (excess > 0) {
        const int firstDropped = m_model->messageCount() - excess;
        bool storedOnly = true;
        for (int row = firstDropped; row < m_model->messageCount() && storedOnly; ++row)
            storedOnly = m_model->message(row).seq > 0;
        if (storedOnly)
            keepingPosition([&] { m_model->dropNewest(excess); });
    }
    m_loading = false;
    onScrolled(verticalScrollBar()->value());
}

void MessageView::loadNewer()
{
    if (!m_controller || !m_model->hasNewer() || m_loading)
        return;
    m_loading = true;
    const int count = m_model->messageCount();
    const qint64 last = count ? m_model->message(count - 1).seq : 0;
    QList<chat::ChatMessage> page
        = m_controller->storedMessages(m_conversation, last, false, kPageSize);
    const bool more = page.size() == kPageSize;
    if (!more) {
        // The end of what is stored; what is kept in memory only follows it.
        for (const chat::ChatMessage &message : m_controller->messages(m_conversation)) {
            if (message.seq == 0 && m_model->rowOf(message.id) < 0)
                page.append(message);
        }
    }
    keepingPosition([&] { m_model->appendNewer(page, more); });
    const int excess = m_model->messageCount() - kMaxRows;
    if (excess > 0)
        keepingPosition([&] { m_model->dropOldest(excess); });
    m_loading = false;
}

void MessageView::onScrolled(int value)
{
    if (m_loading || !m_controller)
        return;
    // When everything shown fits, there is no scrolling to ask for more: it is read at once.
    const QScrollBar *bar = verticalScrollBar();
    const int margin = std::max(viewport()->height(), 200);
    // Queued: the model does not change under the scroll bar's own signal.
    if (value - bar->minimum() < margin && m_model->hasOlder())
        QMetaObject::invokeMethod(this, &MessageView::loadOlder, Qt::QueuedConnection);
    else if (bar->maximum() - value < margin && m_model->hasNewer())
        QMetaObject::invokeMethod(this, &MessageView::loadNewer, Qt::QueuedConnection);
}

bool MessageView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

void MessageView::onMessage(chat::ConversationId id, const chat::ChatMessage &message)
{
    if (id != m_conversation || m_blocked || !m_controller)
        return;
    chat::ChatMessage shown = message;
    if (shown.kind == chat::ChatMessage::Kind::Text && shown.senderName.isEmpty()) {
        shown.senderName = shown.outgoing ? m_controller->identity().displayName
                                          : m_controller->peer(id).displayName;
    }
    const bool follow = isAtBottom();
    if (m_model->addMessage(shown) && follow) {
        executeDelayedItemsLayout();
        scrollToBottom();
    }
}

void MessageView::scrollToNewest()
{
    if (m_model->hasNewer())
        reload();
    executeDelayedItemsLayout();
    scrollToBottom();
}

bool MessageView::showMessage(const QString &messageId, qint64 seq)
{
    if (!m_controller || !m_conversation || m_blocked)
        return false;
    if (m_model->rowOf(messageId) < 0 && seq > 0) {
        // A page from the history on each side of it; the rest is read while scrolling.
        const QList<chat::ChatMessage> older
            = m_controller->storedMessages(m_conversation, seq + 1, true, kPageSize);
        const QList<chat::ChatMessage> newer
            = m_controller->storedMessages(m_conversation, seq, false, kPageSize);
        m_loading = true;
        // hasNewer: the messages after the last stored one (and those kept in memory only)
        // are read by loadNewer when the user scrolls down.
        m_model->setMessages(older + newer, older.size() == kPageSize, true);
        m_loading = false;
    }
    const int row = m_model->rowOf(messageId);
    if (row < 0)
        return false;
    executeDelayedItemsLayout();
    const QModelIndex index = m_model->index(row);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    return true;
}

void MessageView::showMessages(const QList<chat::ChatMessage> &messages, const QString &note)
{
    setConversation(nullptr, 0, false);
    m_model->setMessages(messages, false, false);
    m_model->setNote(note);
    executeDelayedItemsLayout();
    scrollToBottom();
}

void MessageView::setNote(const QString &note)
{
    const bool follow = isAtBottom();
    m_model->setNote(note);
    if (follow) {
        executeDelayedItemsLayout();
        scrollToBottom();
    }
}

QString MessageView::plainText() const
{
    return m_model->plainText();
}

QString MessageView::selectedText() const
{
    return m_model->text(selectionModel()->selectedIndexes());
}

void MessageView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void MessageView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // A receipt changes a word in one row's header, never its height: that row is drawn again
    // and nothing else (QListView would lay out every row again for any change).
    if (topLeft == bottomRight && roles.contains(MessageListModel::DeliveryRole)) {
        QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    QListView::dataChanged(topLeft, bottomRight, roles);
}

QString MessageView::anchorAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return {};
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return m_delegate->anchorAt(option, index, pos);
}

void MessageView::mouseMoveEvent(QMouseEvent *event)
{
    if (anchorAt(event->position().toPoint()).isEmpty())
        viewport()->unsetCursor();
    else
        viewport()->setCursor(Qt::PointingHandCursor);
    QListView::mouseMoveEvent(event);
}

void MessageView::mouseReleaseEvent(QMouseEvent *event)
{
    const QString anchor = event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier
        ? anchorAt(event->position().toPoint())
        : QString();
    QListView::mouseReleaseEvent(event);
    if (!anchor.isEmpty())
        emit linkActivated(QUrl(anchor));
}

void MessageView::resizeEvent(QResizeEvent *event)
{
    const bool follow = isAtBottom();
    // QListView lays out a top-to-bottom list again only when its height changes; another
    // width wraps the bodies to other heights, so the rows are laid out again (keeping what the
    // reader looks at in place).
    const bool widthChanged = event->size().width() != event->oldSize().width();
    if (widthChanged && !follow) {
        keepingPosition([&] {
            QListView::resizeEvent(event);
            scheduleDelayedItemsLayout();
        });
        return;
    }
    QListView::resizeEvent(event);
    if (widthChanged)
        scheduleDelayedItemsLayout();
    if (follow) {
        executeDelayedItemsLayout();
        scrollToBottom();
    }
}

void MessageView::clearMessages()
{
    setConversation(m_controller, 0, false);
    m_model->clear();
}

} // namespace securechat::gui
