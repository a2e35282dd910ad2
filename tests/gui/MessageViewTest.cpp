// SPDX-License-Identifier: MIT
// The conversation view built for long histories: one row per message, receipts that touch
// one row, paging through a stored history in both directions without moving what the reader
// looks at, copying selected messages, links, day separators.
#include "gui/MessageView.h"

#include "TestIdentity.h"
#include "chat/ChatController.h"
#include "gui/MessageDelegate.h"
#include "gui/MessageListModel.h"
#include "gui/TransferCard.h"
#include "storage/ContactStore.h"
#include "storage/HistoryStore.h"

#include <catch2/catch_test_macros.hpp>

#include <QClipboard>
#include <QGuiApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace securechat;
using gui::MessageListModel;
using gui::MessageView;

namespace {

constexpr int kWaitMs = 5000;

chat::ChatMessage text(const QString &id, const QString &body, bool outgoing = false,
    const QDateTime &time = QDateTime::currentDateTime())
{
    chat::ChatMessage message;
    message.id = id;
    message.body = body;
    message.outgoing = outgoing;
    message.senderName = outgoing ? QStringLiteral("Alice") : QStringLiteral("Bob");
    message.time = time;
    message.delivery = outgoing ? chat::DeliveryState::Sent : chat::DeliveryState::Delivered;
    return message;
}

// Alice's controller over a history that holds `count` texts with Bob, a contact.
struct LongHistory {
    explicit LongHistory(int count)
    {
        REQUIRE(dir.isValid());
        storage::HistoryStore::Error error;
        store = storage::HistoryStore::open(dir.filePath(QStringLiteral("history.db")),
            QByteArray(storage::SqlCipherDatabase::kKeySize, '\x42'), &error);
        REQUIRE(store);
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL, QTimeZone::UTC);
        QList<storage::HistoryStore::Message> batch;
        for (int i = 0; i < count; ++i) {
            storage::HistoryStore::Message message;
            message.id = QStringLiteral("m%1").arg(i);
            message.body = QStringLiteral("message number %1").arg(i);
            message.direction = i % 3 ? storage::HistoryStore::Direction::Incoming
                                      : storage::HistoryStore::Direction::Outgoing;
            message.senderTime = start.addSecs(qint64(i) * 600);
            if (message.direction == storage::HistoryStore::Direction::Outgoing)
                message.delivery = storage::HistoryStore::Delivery::Sent;
            batch.append(message);
        }
        for (const auto &result : store->appendAll(bob(), batch))
            REQUIRE(result.outcome == storage::HistoryStore::Outcome::Stored);
        storage::ContactStore::Contact contact;
        contact.fingerprint = bob();
        contact.name = QStringLiteral("Bob");
        QString contactError;
        REQUIRE(contacts.add(contact, &contactError));
        controller
            = std::make_unique<chat::ChatController>(test::aliceIdentity(), &contacts, store.get());
        id = controller->conversationOf(bob());
        REQUIRE(id);
    }
    static crypto::Fingerprint bob() { return test::bobIdentity().fingerprint(); }

    QTemporaryDir dir;
    std::unique_ptr<storage::HistoryStore> store;
    storage::ContactStore contacts { dir.path() };
    std::unique_ptr<chat::ChatController> controller;
    chat::ConversationId id = 0;
};

// Shows the history's conversation in view, on screen, height pixels tall.
void openOnScreen(MessageView &view, LongHistory &history, int height)
{
    view.resize(500, height);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setConversation(history.controller.get(), history.id, false);
}

QStringList shownIds(const MessageListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.messageCount(); ++row)
        ids.append(model.message(row).id);
    return ids;
}

// The first message row visible at the top of the view, and where it is drawn.
std::pair<QString, int> topRow(const MessageView &view)
{
    const QModelIndex index = view.indexAt(QPoint(1, 1));
    if (!index.isValid() || index.row() >= view.messageModel()->messageCount())
        return { {}, 0 };
    return { view.messageModel()->message(index.row()).id, view.visualRect(index).top() };
}

} // namespace

TEST_CASE("A receipt changes only its own row", "[gui][messages]")
{
    MessageView view;
    view.resize(400, 300);
    QList<chat::ChatMessage> messages;
    for (int i = 0; i < 50; ++i)
        messages.append(text(QStringLiteral("m%1").arg(i), QStringLiteral("text %1").arg(i), true));
    view.showMessages(messages, QStringLiteral("Bob left."));
    MessageListModel *model = view.messageModel();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

    REQUIRE(model->setDelivery(QStringLiteral("m47"), chat::DeliveryState::Delivered));
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).value<QModelIndex>().row() == 47);
    CHECK(changed.at(0).at(1).value<QModelIndex>().row() == 47);
    CHECK(reset.isEmpty());
    CHECK(inserted.isEmpty());
    CHECK(model->rowText(47).contains(QStringLiteral("delivered")));
    CHECK(model->rowText(46).contains(QStringLiteral("sent")));
    CHECK_FALSE(model->setDelivery(QStringLiteral("unknown"), chat::DeliveryState::Delivered));
    CHECK(view.plainText().endsWith(QStringLiteral("Bob left.")));

    // A new message is one inserted row before the note; the same id again changes its row.
    CHECK(model->addMessage(text(QStringLiteral("m50"), QStringLiteral("new"))));
    CHECK(inserted.size() == 1);
    CHECK(model->rowCount() == 52);
    CHECK(model->isNote(51));
    CHECK_FALSE(model->addMessage(text(QStringLiteral("m50"), QStringLiteral("new"))));
    CHECK(model->rowCount() == 52);
}

TEST_CASE("Days are separated and notes are shown inline", "[gui][messages]")
{
    const QDateTime noon(QDate(2026, 3, 1), QTime(12, 0));
    QList<chat::ChatMessage> messages {
        text(QStringLiteral("a"), QStringLiteral("first"), false, noon),
        text(QStringLiteral("b"), QStringLiteral("same day"), true, noon.addSecs(3600)),
        text(QStringLiteral("c"), QStringLiteral("next day"), false, noon.addDays(1)),
    };
    chat::ChatMessage note;
    note.id = QStringLiteral("note-1");
    note.kind = chat::ChatMessage::Kind::KeyChanged;
    note.body = QStringLiteral("Bob's key changed.");
    note.time = noon.addDays(1);
    messages.append(note);
    MessageView view;
    view.showMessages(messages);
    const MessageListModel *model = view.messageModel();
    const auto startsDay = [&](int row) {
        return model->index(row).data(MessageListModel::NewDayRole).toBool();
    };
    CHECK(startsDay(0));
    CHECK_FALSE(startsDay(1));
    CHECK(startsDay(2));
    CHECK_FALSE(startsDay(3));
    CHECK(model->rowText(3) == QStringLiteral("Bob's key changed."));
    CHECK(model->rowText(1).startsWith(QStringLiteral("Alice, ")));
    // The separator makes the row taller than the same row without one.
    view.resize(400, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.visualRect(model->index(0)).height() > view.visualRect(model->index(1)).height());
}

TEST_CASE("Selected messages are copied as text, across messages", "[gui][messages]")
{
    MessageView view;
    view.resize(400, 400);
    view.showMessages({ text(QStringLiteral("1"), QStringLiteral("one")),
        text(QStringLiteral("2"), QStringLiteral("two"), true),
        text(QStringLiteral("3"), QStringLiteral("three")) });
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const MessageListModel *model = view.messageModel();
    QTest::mouseClick(
        view.viewport(), Qt::LeftButton, {}, view.visualRect(model->index(2)).center());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier,
        view.visualRect(model->index(0)).center());
    QGuiApplication::clipboard()->clear();
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QGuiApplication::clipboard()->text();
    CHECK(copied.contains(QStringLiteral("one")));
    CHECK(copied.contains(QStringLiteral("three")));
    CHECK_FALSE(copied.contains(QStringLiteral("two")));
    CHECK(copied.indexOf(QStringLiteral("one")) < copied.indexOf(QStringLiteral("three")));
}

TEST_CASE("A link in a message is clickable and a long word wraps", "[gui][messages]")
{
    MessageView view;
    view.resize(300, 400);
    const QString longWord(400, QLatin1Char('x'));
    view.showMessages({ text(QStringLiteral("1"), QStringLiteral("https://example.org/page")),
        text(QStringLiteral("2"), longWord) });
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const MessageListModel *model = view.messageModel();
    // Wrapped onto several lines instead of widening the row past the view.
    const QRect wrapped = view.visualRect(model->index(1));
    CHECK(wrapped.height() > 4 * view.fontMetrics().height());
    CHECK(view.horizontalScrollBar()->maximum() == 0);

    QSignalSpy activated(&view, &MessageView::linkActivated);
    const QRect row = view.visualRect(model->index(0));
    // The link is the body's first word: somewhere left in the lower part of the row.
    for (int y = row.top(); y <= row.bottom() && activated.isEmpty(); y += 2)
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(row.left() + 20, y));
    REQUIRE(activated.size() == 1);
    CHECK(activated.at(0).at(0).toUrl() == QUrl(QStringLiteral("https://example.org/page")));
    // A click on a message's header opens nothing.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(row.left() + 20, row.top() + 6));
    CHECK(activated.size() == 1);
}

TEST_CASE("A long history opens on its newest messages and pages both ways without jumps",
    "[gui][messages][history]")
{
    LongHistory history(1500);
    MessageView view;
    openOnScreen(view, history, 400);
    const MessageListModel *model = view.messageModel();
    REQUIRE(model->messageCount() > 0);
    REQUIRE(model->messageCount() <= 2 * MessageView::kPageSize);
    CHECK(model->message(model->messageCount() - 1).id == QStringLiteral("m1499"));
    QScrollBar *bar = view.verticalScrollBar();
    CHECK(bar->value() == bar->maximum());

    // Up to the oldest: each page keeps the reader's row in place.
    QStringList seen = shownIds(*model);
    for (int step = 0; step < 200 && model->hasOlder(); ++step) {
        bar->setValue(bar->minimum());
        const auto before = topRow(view);
        const int firstBefore = model->messageCount() ? int(model->message(0).seq) : 0;
        REQUIRE(QTest::qWaitFor(
            [&] { return !model->hasOlder() || int(model->message(0).seq) != firstBefore; },
            kWaitMs));
        const auto after = topRow(view);
        if (!before.first.isEmpty()) {
            CHECK(after.first == before.first);
            CHECK(std::abs(after.second - before.second) <= 1);
        }
        CHECK(model->messageCount() <= MessageView::kMaxRows);
        const QStringList ids = shownIds(*model);
        for (const QString &id : ids) {
            if (!seen.contains(id))
                seen.prepend(id);
        }
    }
    REQUIRE_FALSE(model->hasOlder());
    CHECK(model->message(0).id == QStringLiteral("m0"));
    CHECK(model->hasNewer()); // the newest rows were dropped on the way up
    CHECK(seen.size() == 1500);

    // And back down to the newest, read again.
    for (int step = 0; step < 200 && model->hasNewer(); ++step) {
        bar->setValue(bar->maximum());
        const int lastBefore = int(model->message(model->messageCount() - 1).seq);
        REQUIRE(QTest::qWaitFor(
            [&] {
                return !model->hasNewer()
                    || int(model->message(model->messageCount() - 1).seq) != lastBefore;
            },
            kWaitMs));
        CHECK(model->messageCount() <= MessageView::kMaxRows);
    }
    CHECK(model->message(model->messageCount() - 1).id == QStringLiteral("m1499"));
    const QStringList ids = shownIds(*model);
    for (int i = 1; i < ids.size(); ++i)
        REQUIRE(model->message(i).seq > model->message(i - 1).seq);

    // A receipt from the controller reaches the one row, a new message follows at the bottom.
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    emit history.controller->deliveryChanged(
        history.id, QStringLiteral("m1497"), chat::DeliveryState::Delivered);
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).value<QModelIndex>().row() == model->rowOf(QStringLiteral("m1497")));
    bar->setValue(bar->maximum());
    REQUIRE_FALSE(history.controller->sendText(history.id, QStringLiteral("one more")).isEmpty());
    CHECK(model->message(model->messageCount() - 1).body == QStringLiteral("one more"));
    CHECK(model->message(model->messageCount() - 1).seq > 0);
    CHECK(bar->value() == bar->maximum());
}

TEST_CASE("Older messages are read at once while everything shown fits in the view",
    "[gui][messages][history]")
{
    // Stored before the controller knew of them (as when a conversation is reopened): the
    // controller holds only the newest message, and there is nothing to scroll.
    LongHistory history(0);
    QList<storage::HistoryStore::Message> older;
    for (int i = 0; i < 30; ++i) {
        storage::HistoryStore::Message message;
        message.id = QStringLiteral("old%1").arg(i);
        message.body = QStringLiteral("older message %1").arg(i);
        message.senderTime = QDateTime::currentDateTimeUtc().addDays(-2).addSecs(i * 60);
        older.append(message);
    }
    for (const auto &result : history.store->appendAll(LongHistory::bob(), older))
        REQUIRE(result.outcome == storage::HistoryStore::Outcome::Stored);
    REQUIRE_FALSE(history.controller->sendText(history.id, QStringLiteral("newest")).isEmpty());

    MessageView view;
    openOnScreen(view, history, 4000);
    const MessageListModel *model = view.messageModel();
    REQUIRE(QTest::qWaitFor([&] { return !model->hasOlder(); }, kWaitMs));
    REQUIRE(model->messageCount() == 31);
    CHECK(model->message(0).id == QStringLiteral("old0"));
    CHECK(model->message(30).body == QStringLiteral("newest"));
    // The older day and today are separated.
    CHECK(model->index(30).data(MessageListModel::NewDayRole).toBool());
}

namespace {

gui::TransferCard card(chat::TransferHandle handle, const QDateTime &created,
    chat::TransferState state = chat::TransferState::Transferring)
{
    gui::TransferCard result;
    result.info.handle = handle;
    result.info.name = QStringLiteral("file%1.bin").arg(handle);
    result.info.size = 1000;
    result.info.state = state;
    result.info.created = created;
    result.peerName = QStringLiteral("Bob");
    return result;
}

// Rows as "m<id>" for messages and "f<handle>" for cards, in the order shown, space-separated.
QString rowKinds(const MessageListModel &model)
{
    QStringList kinds;
    for (int row = 0; row < model.messageCount(); ++row)
        kinds.append(model.isTransfer(row)
                ? QStringLiteral("f%1").arg(model.transferCard(row).info.handle)
                : model.message(row).id);
    return kinds.join(QLatin1Char(' '));
}

// Counts the rows measured: a relayout measures every row again.
class CountingDelegate : public gui::MessageDelegate
{
public:
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        ++measured;
        return gui::MessageDelegate::sizeHint(option, index);
    }
    mutable int measured = 0;
};

} // namespace

TEST_CASE("Transfer cards stand among the messages by the time they were offered, also while "
          "the window pages",
    "[gui][messages][files]")
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL, QTimeZone::UTC);
    QList<chat::ChatMessage> all;
    for (int i = 0; i < 6; ++i)
        all.append(text(QStringLiteral("m%1").arg(i), QStringLiteral("text %1").arg(i), i % 2,
            start.addSecs(60 * i)));
    MessageListModel model;
    // Offered between m1 and m2, between m4 and m5, and before everything.
    model.setTransfers(
        { card(1, start.addSecs(90)), card(2, start.addSecs(270)), card(3, start.addSecs(-30)) });

    model.setMessages(all, false, false);
    CHECK(rowKinds(model) == QStringLiteral("f3 m0 m1 f1 m2 m3 m4 f2 m5"));
    CHECK(model.rowText(3).contains(QStringLiteral("file1.bin")));
    CHECK(model.firstSeq() == all.first().seq);

    // A window over m2..m3 with more on both sides shows no card; paging brings them in place.
    model.setMessages(all.mid(2, 2), true, true);
    CHECK(rowKinds(model) == QStringLiteral("m2 m3"));
    model.prependOlder(all.mid(0, 2), false);
    CHECK(rowKinds(model) == QStringLiteral("f3 m0 m1 f1 m2 m3"));
    model.appendNewer(all.mid(4, 1), true);
    CHECK(rowKinds(model) == QStringLiteral("f3 m0 m1 f1 m2 m3 m4"));
    model.appendNewer(all.mid(5, 1), false);
    CHECK(rowKinds(model) == QStringLiteral("f3 m0 m1 f1 m2 m3 m4 f2 m5"));
    // Dropped with the rows around it, and shown again when they come back.
    model.dropOldest(4);
    CHECK(rowKinds(model) == QStringLiteral("m2 m3 m4 f2 m5"));
    CHECK(model.rowOfTransfer(1) == -1);
    model.prependOlder(all.mid(0, 2), false);
    CHECK(model.rowOfTransfer(1) == 3);

    // A new one lands at the end; one that changes keeps its row.
    model.updateTransfer(card(4, start.addSecs(600), chat::TransferState::Offered));
    CHECK(rowKinds(model).endsWith(QStringLiteral(" f4")));
    QSignalSpy changed(&model, &MessageListModel::dataChanged);
    model.updateTransfer(card(1, start.addSecs(90), chat::TransferState::Completed));
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toModelIndex().row() == 3);
    CHECK(model.transferCard(3).info.state == chat::TransferState::Completed);
}

TEST_CASE(
    "A transfer's progress redraws its own row and lays out nothing", "[gui][messages][files]")
{
    MessageView view;
    // No relayout 100 ms after a resize (what Adjust does) to blur the count.
    view.setResizeMode(QListView::Fixed);
    view.resize(500, 400);
    auto *counting = new CountingDelegate;
    counting->setParent(&view);
    view.setItemDelegate(counting);
    QList<chat::ChatMessage> messages;
    const QDateTime start = QDateTime::currentDateTime().addSecs(-3600);
    for (int i = 0; i < 1000; ++i)
        messages.append(text(QStringLiteral("m%1").arg(i), QStringLiteral("line %1").arg(i), i % 2,
            start.addSecs(i)));
    MessageListModel *model = view.messageModel();
    model->setTransfers({ card(7, start.addSecs(1200)) });
    model->setMessages(messages, false, false);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.scrollToBottom();
    const int row = model->rowOfTransfer(7);
    REQUIRE(row == 1000);
    // Everything laid out and drawn once before counting.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    const QRect before = view.visualRect(model->index(row));

    // visualRect() measures the row it is asked about: counted before the counting starts.
    int visible = 0;
    for (int i = 0; i < model->rowCount(); ++i)
        visible += view.viewport()->rect().intersects(view.visualRect(model->index(i))) ? 1 : 0;
    counting->measured = 0;
    QSignalSpy changed(model, &MessageListModel::dataChanged);
    for (qint64 done = 50; done <= 1000; done += 50)
        model->setProgress(7, done, 5000);
    // A delayed relayout would run here (a zero-time timer), as it does below.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    CHECK(changed.size() == 20);
    CHECK(changed.at(0).at(2).value<QList<int>>() == QList<int> { MessageListModel::ProgressRole });
    // The changed row may be measured once per update, and the visible rows once when drawn;
    // the thousand others are not measured again.
    CHECK(counting->measured <= 20 + visible + 1);
    const int measuredForProgress = counting->measured;
    CHECK(view.visualRect(model->index(row)) == before);
    CHECK(model->transferCard(row).info.done == 1000);

    // A change of state may change the height: then the view lays out again (which is what
    // the count above would have shown for progress).
    counting->measured = 0;
    gui::TransferCard paused = card(7, start.addSecs(1200), chat::TransferState::Paused);
    paused.info.reason = QStringLiteral("Paused here.");
    model->updateTransfer(paused);
    // The delayed relayout runs here.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    CHECK(counting->measured > model->rowCount());
    CHECK(measuredForProgress < model->rowCount() / 10);
}

TEST_CASE("A card that stopped moving says so from its side until data moves again or its state "
          "changes",
    "[gui][messages][files]")
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL, QTimeZone::UTC);
    gui::TransferCard incoming = card(1, start);
    gui::TransferCard outgoing = card(2, start);
    outgoing.info.outgoing = true;
    MessageListModel model;
    model.setTransfers({ incoming, outgoing });
    model.setMessages({}, false, false);
    REQUIRE(model.rowOfTransfer(1) >= 0);
    REQUIRE(model.rowOfTransfer(2) >= 0);
    const auto status = [&](chat::TransferHandle handle) {
        return gui::TransferText::status(model.transferCard(model.rowOfTransfer(handle)));
    };

    model.setProgress(1, 0, 0, true); // nothing arrived yet: still starting
    CHECK(status(1) == QStringLiteral("Starting…"));
    model.setProgress(1, 400, 0, true);
    model.setProgress(2, 600, 0, true);
    CHECK(status(1).contains(QStringLiteral("no data for a while: Bob may have paused it")));
    CHECK(status(2).contains(QStringLiteral("Bob has taken nothing for a while")));

    model.setProgress(1, 500, 4000);
    CHECK_FALSE(status(1).contains(QStringLiteral("for a while")));
    // Paused and resumed: moving again, not stalled from before.
    model.updateTransfer(card(2, start, chat::TransferState::Paused));
    model.updateTransfer(card(2, start, chat::TransferState::Transferring));
    CHECK_FALSE(model.transferCard(model.rowOfTransfer(2)).stalled);
}

TEST_CASE("A narrower view wraps the messages again, without rows drawn over each other",
    "[gui][messages]")
{
    MessageView view;
    view.resize(700, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.showMessages({ text(QStringLiteral("a"),
                            QStringLiteral("Here is the draft we talked about, with the numbers "
                                           "of the third quarter: https://example.org/drafts/q3")),
        text(QStringLiteral("b"), QStringLiteral("Thanks."), true) });
    const MessageListModel *model = view.messageModel();
    const int wide = view.visualRect(model->index(0)).height();
    view.resize(260, 300); // only the width changes
    REQUIRE(QTest::qWaitFor(
        [&] { return view.visualRect(model->index(0)).height() > wide; }, kWaitMs));
    CHECK(view.visualRect(model->index(1)).top() > view.visualRect(model->index(0)).bottom());
}
