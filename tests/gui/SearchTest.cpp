// SPDX-License-Identifier: MIT
// Searching the history from the main window: results while typing, found on another thread,
// stale answers dropped, Enter opening the message in its conversation; and the keyboard
// shortcuts that move between conversations.
#include "gui/MainWindow.h"

#include "TestIdentity.h"
#include "TestProfile.h"
#include "chat/ChatController.h"
#include "chat/HistorySearch.h"
#include "chat/Profile.h"
#include "gui/ComposerEdit.h"
#include "gui/MessageListModel.h"
#include "gui/MessageView.h"
#include "gui/SearchPanel.h"
#include "storage/ContactStore.h"
#include "storage/HistoryStore.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace securechat;
using gui::MainWindow;
using gui::SearchPanel;

namespace {

constexpr int kWaitMs = 5000;

crypto::Fingerprint bob()
{
    return test::bobIdentity().fingerprint();
}
crypto::Fingerprint carol()
{
    return test::carolIdentity().fingerprint();
}

void addContact(chat::Profile &profile, const crypto::Fingerprint &fingerprint, const QString &name)
{
    storage::ContactStore::Contact contact;
    contact.fingerprint = fingerprint;
    contact.name = name;
    QString error;
    REQUIRE(profile.contacts().add(contact, &error));
}

// count texts with contact, "message number i", except those in special (index -> body).
void storeTexts(chat::Profile &profile, const crypto::Fingerprint &contact, int count,
    const QHash<int, QString> &special = {})
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL, QTimeZone::UTC);
    QList<storage::HistoryStore::Message> batch;
    for (int i = 0; i < count; ++i) {
        storage::HistoryStore::Message message;
        message.id = QStringLiteral("%1-%2").arg(contact.grouped().left(4)).arg(i);
        message.body = special.value(i, QStringLiteral("message number %1").arg(i));
        message.senderTime = start.addSecs(qint64(i) * 600);
        batch.append(message);
    }
    REQUIRE(profile.history());
    for (const auto &result : profile.history()->appendAll(contact, batch))
        REQUIRE(result.outcome == storage::HistoryStore::Outcome::Stored);
}

// Alice's window over a history with Bob (1,500 texts, one about a harbour) and Carol.
struct SearchWindow {
    SearchWindow()
        : profile(folder.path())
    {
        addContact(profile, bob(), QStringLiteral("Bob"));
        addContact(profile, carol(), QStringLiteral("Carol"));
        profile.start(test::aliceIdentity());
        storeTexts(profile, bob(), 1500,
            { { 37, QStringLiteral("we met at the blue harbour at dawn") },
                { 1200, QStringLiteral("a blue door") } });
        storeTexts(profile, carol(), 3, { { 1, QStringLiteral("the sky is blue today") } });
        window = std::make_unique<MainWindow>(&profile);
        window->resize(1000, 600);
        window->show();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        bobId = window->controller()->conversationOf(bob());
        carolId = window->controller()->conversationOf(carol());
        REQUIRE(bobId);
        REQUIRE(carolId);
    }
    ~SearchWindow()
    {
        window->close();
        const bool closed = QTest::qWaitFor([&] { return !window->isVisible(); }, kWaitMs);
        CHECK(closed);
    }

    // Presses a shortcut in the window, as a user would.
    void press(int key, Qt::KeyboardModifiers modifiers)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    QTemporaryDir folder;
    chat::Profile profile;
    std::unique_ptr<MainWindow> window;
    chat::ConversationId bobId = 0;
    chat::ConversationId carolId = 0;
};

QStringList shownResults(const SearchPanel *panel)
{
    QStringList rows;
    const QAbstractItemModel *model = panel->resultView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->index(row, 0).data().toString();
    return rows;
}

} // namespace

TEST_CASE("Typing in the search box lists matching messages, found on another thread",
    "[gui][search]")
{
    SearchWindow w;
    w.window->selectConversation(w.bobId);
    w.press(Qt::Key_F, Qt::ControlModifier);
    SearchPanel *panel = w.window->searchPanel();
    REQUIRE(panel);
    REQUIRE(panel->isVisible());
    CHECK(panel->scope() == SearchPanel::Scope::Conversation);
    CHECK(panel->searchEdit()->hasFocus());
    auto *search = w.window->findChild<chat::HistorySearch *>();
    REQUIRE(search);
    REQUIRE(search->isAvailable());
    QSignalSpy finished(search, &chat::HistorySearch::finished);

    QTest::keyClicks(panel->searchEdit(), QStringLiteral("harb"));
    // Nothing is searched while the keys come: the GUI thread only started a timer.
    CHECK(panel->resultCount() == 0);
    CHECK(finished.isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return panel->resultCount() == 1; }, kWaitMs));
    REQUIRE(finished.size() == 1); // one query for the four keys
    CHECK(finished.at(0).at(3).value<QThread *>() == search->workerThread());
    CHECK(search->workerThread() != QThread::currentThread());
    CHECK(panel->statusText() == QStringLiteral("Messages found: 1"));
    const QModelIndex first = panel->resultView()->model()->index(0, 0);
    CHECK(first.data().toString().startsWith(QStringLiteral("Bob, ")));
    CHECK(first.data().toString().endsWith(QStringLiteral("we met at the blue harbour at dawn")));
    // The hit is marked for the delegate to draw in bold.
    const QString snippet = first.data(Qt::UserRole + 3).toString();
    CHECK(snippet.contains(QString(storage::HistoryStore::kHitStart) + QStringLiteral("harbour")
        + QString(storage::HistoryStore::kHitEnd)));

    // In this conversation only, then in all of them.
    panel->searchEdit()->clear();
    QTest::keyClicks(panel->searchEdit(), QStringLiteral("blue"));
    REQUIRE(QTest::qWaitFor([&] { return panel->resultCount() == 2; }, kWaitMs));
    CHECK(shownResults(panel).filter(QStringLiteral("Carol")).isEmpty());
    w.press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(panel->scope() == SearchPanel::Scope::All);
    REQUIRE(QTest::qWaitFor([&] { return panel->resultCount() == 3; }, kWaitMs));
    // Newest first: Carol's (stored last) above Bob's.
    CHECK(shownResults(panel).at(0).startsWith(QStringLiteral("Carol, ")));

    // Ctrl+Shift+F selected what was typed, for typing over it: End, and on.
    CHECK(panel->searchEdit()->selectedText() == QStringLiteral("blue"));
    QTest::keyClick(panel->searchEdit(), Qt::Key_End);
    QTest::keyClicks(panel->searchEdit(), QStringLiteral(" zebra"));
    REQUIRE(QTest::qWaitFor(
        [&] { return panel->statusText() == QStringLiteral("No messages contain “blue zebra”."); },
        kWaitMs));
    CHECK(panel->resultCount() == 0);

    // Escape closes it and gives the focus back.
    QTest::keyClick(panel->searchEdit(), Qt::Key_Escape);
    CHECK_FALSE(panel->isVisible());
}

TEST_CASE("Enter opens the found message in its conversation, read from history and selected",
    "[gui][search]")
{
    SearchWindow w;
    w.window->selectConversation(w.carolId);
    auto *view = w.window->findChild<gui::MessageView *>(QStringLiteral("messageView"));
    REQUIRE(view);
    w.press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    SearchPanel *panel = w.window->searchPanel();
    REQUIRE(panel);
    QTest::keyClicks(panel->searchEdit(), QStringLiteral("harbour dawn"));
    // Enter before the answer came: it opens the first result once it is there.
    QTest::keyClick(panel->searchEdit(), Qt::Key_Return);
    REQUIRE(
        QTest::qWaitFor([&] { return w.window->currentConversation() == w.bobId; }, kWaitMs));

    // Message 37 of 1,500 is far older than the newest page: read from history around it.
    const gui::MessageListModel *model = view->messageModel();
    const QString id = QStringLiteral("%1-37").arg(bob().grouped().left(4));
    const int row = model->rowOf(id);
    REQUIRE(row >= 0);
    CHECK(model->message(row).body == QStringLiteral("we met at the blue harbour at dawn"));
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    REQUIRE(selected.size() == 1);
    CHECK(selected.first().row() == row);
    CHECK(view->hasFocus());
    const QRect shown = view->visualRect(model->index(row));
    CHECK(view->viewport()->rect().contains(shown.center()));

    // Scrolling down from there reads the newer messages up to the newest.
    const QString newest = QStringLiteral("%1-1499").arg(bob().grouped().left(4));
    for (int step = 0; step < 100 && model->hasNewer(); ++step) {
        const qint64 last = model->message(model->messageCount() - 1).seq;
        view->scrollToBottom();
        REQUIRE(QTest::qWaitFor(
            [&] {
                return !model->hasNewer() || model->message(model->messageCount() - 1).seq != last;
            },
            kWaitMs));
    }
    CHECK(model->rowOf(newest) >= 0);
    CHECK_FALSE(model->hasNewer());
}

TEST_CASE("An answer to a query replaced by a newer one is never shown", "[gui][search]")
{
    SearchWindow w;
    SearchPanel *panel = w.window->openSearch(true);
    QList<int> shownCounts;
    QObject::connect(panel->resultView()->model(), &QAbstractItemModel::modelReset, panel,
        [&] { shownCounts << panel->resultCount(); });
    auto *search = w.window->findChild<chat::HistorySearch *>();
    REQUIRE(search);
    QSignalSpy finished(search, &chat::HistorySearch::finished);

    // Both queries are asked before either answer arrives.
    panel->searchEdit()->setText(QStringLiteral("harbour"));
    panel->searchNow();
    panel->searchEdit()->setText(QStringLiteral("number"));
    panel->searchNow();
    REQUIRE(QTest::qWaitFor([&] { return finished.size() == 2; }, kWaitMs));
    REQUIRE(QTest::qWaitFor(
        [&] { return panel->resultCount() == SearchPanel::kMaxResults; }, kWaitMs));
    CHECK(finished.at(0).at(1).value<QList<chat::HistorySearch::Hit>>().size() == 1);
    CHECK(panel->shownQuery() == finished.at(1).at(0).toInt());
    // The harbour answer (one row) came first and was dropped.
    CHECK(shownCounts == QList<int> { SearchPanel::kMaxResults });
    CHECK(panel->statusText().startsWith(QStringLiteral("The newest 200 messages")));
}

TEST_CASE("Ctrl+Tab and Ctrl+PgDown move to the next conversation, with the focus in the "
          "message box",
    "[gui][shortcuts]")
{
    SearchWindow w;
    w.window->selectConversation(w.bobId);
    auto *list = w.window->findChild<QListView *>(QStringLiteral("conversationList"));
    auto *composer = w.window->findChild<gui::ComposerEdit *>(QStringLiteral("composer"));
    REQUIRE(list);
    REQUIRE(composer);
    REQUIRE(list->model()->rowCount() == 2);
    const chat::ConversationId start = w.bobId;
    list->setFocus();

    w.press(Qt::Key_Tab, Qt::ControlModifier);
    CHECK(w.window->currentConversation() == w.carolId);
    // A contact's texts wait in the outbox while it is offline: the box takes them.
    REQUIRE(composer->isEnabled());
    CHECK(composer->hasFocus());
    w.press(Qt::Key_Tab, Qt::ControlModifier); // past the last row: back to the first
    CHECK(w.window->currentConversation() == start);
    w.press(Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(w.window->currentConversation() == w.carolId);
    w.press(Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(w.window->currentConversation() == w.bobId);
    w.press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(w.window->currentConversation() == w.carolId);
}

TEST_CASE("The window's size and the panes' widths are the same after a restart",
    "[gui][mainwindow][settings]")
{
    QTemporaryDir folder;
    QList<int> sizes;
    {
        chat::Profile profile(folder.path());
        MainWindow window(test::startedProfile(profile, test::aliceIdentity()));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.resize(640, 480);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("splitter"));
        REQUIRE(splitter);
        splitter->setSizes({ 300, splitter->width() - 300 - splitter->handleWidth() });
        sizes = splitter->sizes();
        REQUIRE(sizes.at(0) == 300);
        window.close();
        REQUIRE(QTest::qWaitFor([&] { return !window.isVisible(); }, kWaitMs));
    }
    chat::Profile profile(folder.path());
    MainWindow window(test::startedProfile(profile, test::aliceIdentity()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.size() == QSize(640, 480));
    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("splitter"));
    CHECK(splitter->sizes().mid(0, 2) == sizes);
    window.close();
    REQUIRE(QTest::qWaitFor([&] { return !window.isVisible(); }, kWaitMs));
}

TEST_CASE("The selected row's icon sits on the base colour, not the highlight", "[gui][list]")
{
    SearchWindow w;
    w.window->selectConversation(w.bobId);
    auto *list = w.window->findChild<QListView *>(QStringLiteral("conversationList"));
    REQUIRE(list);
    list->setFocus();
    const QModelIndex selected = list->currentIndex();
    REQUIRE(list->selectionModel()->isSelected(selected));
    const QImage shot = list->viewport()->grab().toImage();
    // Where ConversationDelegate draws the icon: left of the text, centred in the row; the
    // shield leaves the first pixels of its square free.
    const QRect row = list->visualRect(selected).adjusted(6, 6, -6, -6);
    const QPoint besideShield(row.left() + 1, row.top() + row.height() / 2);
    const QPalette palette = list->palette();
    CHECK(shot.pixelColor(besideShield) == palette.color(QPalette::Active, QPalette::Base));
    // Around it the row is drawn in the selection's colour, which is not the base colour.
    const QRect whole = list->visualRect(selected);
    CHECK(shot.pixelColor(QPoint(whole.left() + 1, whole.top() + whole.height() / 2))
        != palette.color(QPalette::Active, QPalette::Base));
}

TEST_CASE("A click on a result opens it too", "[gui][search]")
{
    SearchWindow w;
    w.window->selectConversation(w.carolId);
    SearchPanel *panel = w.window->openSearch(true);
    QTest::keyClicks(panel->searchEdit(), QStringLiteral("door"));
    REQUIRE(QTest::qWaitFor([&] { return panel->resultCount() == 1; }, kWaitMs));
    QListView *results = panel->resultView();
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
        results->visualRect(results->model()->index(0, 0)).center());
    CHECK(w.window->currentConversation() == w.bobId);
    auto *view = w.window->findChild<gui::MessageView *>(QStringLiteral("messageView"));
    REQUIRE(view);
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    REQUIRE(selected.size() == 1);
    CHECK(view->messageModel()->message(selected.first().row()).body
        == QStringLiteral("a blue door"));
}
