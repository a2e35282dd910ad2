// SPDX-License-Identifier: MIT
#include "gui/MessageView.h"

#include "gui/ComposerEdit.h"
#include "gui/GuiText.h"
#include "gui/MessageDelegate.h"
#include "gui/MessageListModel.h"

#include <algorithm>
#include <limits>

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTimer>

namespace securechat::gui {

MessageView::MessageView(QWidget *parent)
    : QListView(parent)
    , m_model(new MessageListModel(this))
    , m_delegate(new MessageDelegate(this))
    , m_copy(new QAction(tr("&Copy"), this))
    , m_progressTimer(new QTimer(this))
{
    m_clock.start();
    m_progressTimer->setInterval(1000 / kProgressPerSecond);
    connect(m_progressTimer, &QTimer::timeout, this, &MessageView::flushProgress);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
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
    // Copy and Select All, and for a transfer's card its buttons (so that the keyboard reaches
    // them too: the menu key on the current row).
    setContextMenuPolicy(Qt::DefaultContextMenu);

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
                connect(controller->files(), &chat::FileTransfers::transferAdded, this,
                    &MessageView::onTransferChanged),
                connect(controller->files(), &chat::FileTransfers::transferChanged, this,
                    &MessageView::onTransferChanged),
                connect(controller->files(), &chat::FileTransfers::transferFinished, this,
                    &MessageView::onTransferChanged),
                connect(controller->files(), &chat::FileTransfers::progress, this,
                    [this](chat::TransferHandle handle, qint64 done) { onProgress(handle, done); }),
            };
        }
    }
    if (id == m_conversation && blocked == m_blocked && id)
        return;
    m_conversation = controller ? id : 0;
    m_blocked = blocked;
    reload();
}

TransferCard MessageView::cardOf(const chat::TransferInfo &info) const
{
    TransferCard card;
    card.info = info;
    card.peerName = GuiText::peerTitle(m_controller->peer(m_conversation));
    card.bytesPerSecond = m_speeds.value(info.handle).bytesPerSecond;
    return card;
}

void MessageView::onTransferChanged(chat::TransferHandle handle)
{
    if (!m_controller || !m_conversation || m_blocked)
        return;
    const chat::TransferInfo info = m_controller->files()->transfer(handle);
    // The peer's key is known once the handshake is done, after the conversation was shown.
    if (!info.handle || info.contact != m_controller->peer(m_conversation).fingerprint)
        return;
    if (info.state != chat::TransferState::Transferring) {
        m_speeds.remove(handle);
        m_pendingProgress.remove(handle);
    }
    // A new card, or one that grows or shrinks with its state (a progress bar, buttons), keeps
    // the view on the newest row when it was there.
    executeDelayedItemsLayout();
    const bool follow = isAtBottom();
    m_model->updateTransfer(cardOf(info));
    if (follow) {
        executeDelayedItemsLayout();
        scrollToBottom();
    }
}

void MessageView::onProgress(chat::TransferHandle handle, qint64 done)
{
    if (!m_conversation || m_blocked)
        return;
    // Only this conversation's shown cards; the engine's progress comes once per chunk.
    if (!m_model->showsTransfer(handle))
        return;
    m_pendingProgress.insert(handle, done);
    if (!m_progressTimer->isActive()) {
        flushProgress();
        m_progressTimer->start();
    }
}

void MessageView::flushProgress()
{
    const qint64 now = m_clock.elapsed();
    // A transfer that stopped moving (paused by the sender, a slow peer) loses its speed and time
    // left after a while rather than promise what is not happening.
    bool moving = false;
    for (auto it = m_speeds.begin(); it != m_speeds.end(); ++it) {
        if (it->bytesPerSecond <= 0 || m_pendingProgress.contains(it.key()))
            continue;
        if (now - it->atMs < kStalledMs) {
            moving = true;
            continue;
        }
        it->bytesPerSecond = 0;
        m_model->setProgress(it.key(), it->done, 0, true);
        ++m_progressRepaints;
    }
    if (m_pendingProgress.isEmpty()) {
        if (!moving)
            m_progressTimer->stop();
        return;
    }
    for (auto it = m_pendingProgress.cbegin(); it != m_pendingProgress.cend(); ++it) {
        Speed &speed = m_speeds[it.key()];
        if (speed.atMs >= 0 && now > speed.atMs && it.value() >= speed.done) {
            const double rate = double(it.value() - speed.done) * 1000.0 / double(now - speed.atMs);
            // Smoothed over about a second, so the time left does not jump with every chunk.
            speed.bytesPerSecond
                = speed.bytesPerSecond > 0 ? 0.8 * speed.bytesPerSecond + 0.2 * rate : rate;
        }
        if (speed.atMs < 0 || now > speed.atMs) {
            speed.atMs = now;
            speed.done = it.value();
        }
        m_model->setProgress(it.key(), it.value(), speed.bytesPerSecond);
        ++m_progressRepaints;
    }
    m_pendingProgress.clear();
}

void MessageView::reload()
{
    const QString note = m_model->note();
    if (!m_controller || !m_conversation || m_blocked) {
        m_model->clear();
        m_model->setNote(note);
        return;
    }
    QList<TransferCard> cards;
    const crypto::Fingerprint contact = m_controller->peer(m_conversation).fingerprint;
    for (const chat::TransferInfo &info : m_controller->files()->transfersOf(contact))
        cards.append(cardOf(info));
    m_model->setTransfers(cards);
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
        = m_model->messageCount() ? m_model->firstSeq() : std::numeric_limits<qint64>::max();
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
            storedOnly = m_model->isTransfer(row) || m_model->message(row).seq > 0;
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
    const qint64 last = m_model->lastSeq();
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
    // Likewise a transfer's progress.
    if (topLeft == bottomRight
        && (roles.contains(MessageListModel::DeliveryRole)
            || roles.contains(MessageListModel::ProgressRole))) {
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

std::pair<int, int> MessageView::buttonAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid() || !m_model->isTransfer(index.row()))
        return { -1, -1 };
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    const QList<MessageDelegate::Button> buttons = m_delegate->transferButtons(option, index);
    for (int i = 0; i < buttons.size(); ++i) {
        if (buttons.at(i).rect.contains(pos))
            return { index.row(), i };
    }
    return { -1, -1 };
}

QRect MessageView::transferButtonRect(chat::TransferHandle handle, TransferAction action) const
{
    const int row = m_model->rowOfTransfer(handle);
    if (row < 0)
        return {};
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(m_model->index(row));
    for (const MessageDelegate::Button &button :
        m_delegate->transferButtons(option, m_model->index(row))) {
        if (button.action == action)
            return button.rect;
    }
    return {};
}

void MessageView::setHovered(std::pair<int, int> button)
{
    if (button == m_hovered)
        return;
    const int oldRow = m_hovered.first;
    m_hovered = button;
    m_delegate->setHoveredButton(button.first, button.second);
    if (oldRow >= 0)
        update(m_model->index(oldRow));
    if (button.first >= 0 && button.first != oldRow)
        update(m_model->index(button.first));
}

void MessageView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const std::pair<int, int> button = buttonAt(pos);
    setHovered(button);
    if (button.first >= 0 || !anchorAt(pos).isEmpty())
        viewport()->setCursor(Qt::PointingHandCursor);
    else
        viewport()->unsetCursor();
    if (m_pressed.first >= 0)
        return; // a press on a button selects nothing
    QListView::mouseMoveEvent(event);
}

void MessageView::leaveEvent(QEvent *event)
{
    setHovered({ -1, -1 });
    QListView::leaveEvent(event);
}

void MessageView::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? buttonAt(event->position().toPoint())
                                                  : std::pair(-1, -1);
    if (m_pressed.first >= 0) {
        event->accept();
        return;
    }
    QListView::mousePressEvent(event);
}

void MessageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (const std::pair<int, int> pressed = std::exchange(m_pressed, { -1, -1 });
        pressed.first >= 0) {
        event->accept();
        // Acts only when released on the button it was pressed on.
        if (event->button() != Qt::LeftButton || buttonAt(event->position().toPoint()) != pressed
            || !m_model->isTransfer(pressed.first))
            return;
        const TransferCard &card = m_model->transferCard(pressed.first);
        const QList<TransferAction> actions = TransferText::actions(card);
        if (pressed.second < actions.size())
            emit transferActionRequested(card.info.handle, actions.at(pressed.second));
        return;
    }
    const QString anchor = event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier
        ? anchorAt(event->position().toPoint())
        : QString();
    QListView::mouseReleaseEvent(event);
    if (!anchor.isEmpty())
        emit linkActivated(QUrl(anchor));
}

QList<QAction *> MessageView::transferActions(const QModelIndex &index, QObject *parent)
{
    QList<QAction *> result;
    if (!index.isValid() || !m_model->isTransfer(index.row()))
        return result;
    const TransferCard &card = m_model->transferCard(index.row());
    const chat::TransferHandle handle = card.info.handle;
    for (const TransferAction action : TransferText::actions(card)) {
        auto *item = new QAction(TransferText::actionText(action), parent);
        connect(item, &QAction::triggered, this,
            [this, handle, action] { emit transferActionRequested(handle, action); });
        result.append(item);
    }
    return result;
}

void MessageView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index
        = event->reason() == QContextMenuEvent::Keyboard ? currentIndex() : indexAt(event->pos());
    QMenu menu(this);
    const QList<QAction *> forCard = transferActions(index, &menu);
    if (!forCard.isEmpty()) {
        menu.addActions(forCard);
        menu.addSeparator();
    }
    menu.addActions(actions());
    menu.exec(event->globalPos());
}

void MessageView::dragEnterEvent(QDragEnterEvent *event)
{
    if (ComposerEdit::localFiles(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    m_dropHint = true;
    viewport()->update();
}

void MessageView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropHint = false;
    viewport()->update();
    event->accept();
}

void MessageView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (!m_dropHint)
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(viewport()->rect()).adjusted(6.5, 6.5, -6.5, -6.5);
    // The conversation dimmed behind, so that the words stand out.
    QColor veil = palette().color(QPalette::Base);
    veil.setAlpha(215);
    painter.fillRect(viewport()->rect(), veil);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(30);
    painter.setBrush(fill);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
    painter.drawRoundedRect(area, 8, 8);
    const QString name = m_controller && m_conversation
        ? GuiText::peerTitle(m_controller->peer(m_conversation))
        : QString();
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
        name.isEmpty() ? tr("Drop files to send them")
                       : tr("Drop files to send them to %1").arg(name));
}

void MessageView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!ComposerEdit::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MessageView::dropEvent(QDropEvent *event)
{
    m_dropHint = false;
    viewport()->update();
    const QStringList paths = ComposerEdit::localFiles(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit filesDropped(paths);
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
