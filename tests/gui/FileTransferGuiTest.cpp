// SPDX-License-Identifier: MIT
// File transfers in the desktop app: two MainWindows on loopback, files sent through the attach
// button, a drop on the conversation and a paste into the composer, and every card button
// clicked as a person would.
#include "GuiPeers.h"
#include "TestFiles.h"
#include "TestIdentity.h"
#include "gui/ApprovalBanner.h"
#include "gui/ConversationPage.h"
#include "gui/MessageListModel.h"
#include "gui/Notifier.h"
#include "gui/TransferCard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QToolButton>

#include <memory>

using namespace securechat;
using namespace securechat::guitest;
using chat::TransferInfo;
using chat::TransferState;
using gui::TransferAction;

namespace {

// Where QDesktopServices would have sent the user: file addresses are caught here instead of
// starting another program.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    UrlCatcher() { QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "open"); }
    ~UrlCatcher() override { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

gui::MessageView *viewOf(Person &person)
{
    return child<gui::MessageView>(&person.window, "messageView");
}

gui::ConversationPage *pageOf(Person &person)
{
    auto *page = person.window.findChild<gui::ConversationPage *>();
    REQUIRE(page);
    return page;
}

// Alice hosts, Bob connects, Alice accepts him: they are contacts with a session up, so files
// can flow both ways. Each gets a download folder of their own.
void becomeContacts(Person &alice, Person &bob)
{
    knock(bob, alice);
    auto *approval = child<gui::ApprovalBanner>(&alice.window, "approvalBanner");
    QTest::mouseClick(child<QPushButton>(approval, "acceptButton"), Qt::LeftButton);
    REQUIRE(alice.waitForState(ConversationState::Ready));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return bob.controller()->peer(bob.current()).heldByPeer == chat::HeldByPeer::No
                && bob.controller()->peer(bob.current()).isContact
                && alice.controller()->peer(alice.current()).isContact;
        },
        kWaitMs));
    for (Person *person : { &alice, &bob }) {
        const QString downloads = person->folder.filePath(QStringLiteral("Downloads"));
        REQUIRE(QDir().mkpath(downloads));
        person->controller()->files()->setDownloadFolder(downloads);
    }
}

QList<TransferInfo> transfersOf(Person &person)
{
    return person.controller()->files()->transfers();
}

// The one transfer of person's whose name is name; waits for it to exist.
TransferInfo transferNamed(Person &person, const QString &name)
{
    TransferInfo found;
    const bool appeared = QTest::qWaitFor(
        [&] {
            for (const TransferInfo &info : transfersOf(person)) {
                if (info.name == name)
                    found = info;
            }
            return found.handle != 0;
        },
        kWaitMs);
    REQUIRE(appeared);
    return found;
}

bool waitForState(Person &person, chat::TransferHandle handle, TransferState state)
{
    return QTest::qWaitFor(
        [&] { return person.controller()->files()->transfer(handle).state == state; }, kWaitMs);
}

// The card's text as shown (what a screen reader reads and Ctrl+C copies).
QString cardText(Person &person, chat::TransferHandle handle)
{
    const gui::MessageListModel *model = viewOf(person)->messageModel();
    const int row = model->rowOfTransfer(handle);
    return row < 0 ? QString() : model->rowText(row);
}

bool hasButton(Person &person, chat::TransferHandle handle, TransferAction action)
{
    return !viewOf(person)->transferButtonRect(handle, action).isEmpty();
}

// Clicks a card's button with the mouse if the card shows it now; false if it does not.
bool clickCardNow(Person &person, chat::TransferHandle handle, TransferAction action)
{
    gui::MessageView *view = viewOf(person);
    if (!hasButton(person, handle, action))
        return false;
    view->scrollTo(view->messageModel()->index(view->messageModel()->rowOfTransfer(handle)));
    const QRect rect = view->transferButtonRect(handle, action);
    if (!view->viewport()->rect().contains(rect.center()))
        return false;
    QTest::mouseMove(view->viewport(), rect.center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    return true;
}

// Clicks a card's button with the mouse, once the card shows it.
void clickCard(Person &person, chat::TransferHandle handle, TransferAction action)
{
    REQUIRE(QTest::qWaitFor([&] { return hasButton(person, handle, action); }, kWaitMs));
    REQUIRE(clickCardNow(person, handle, action));
}

// Clicks action on person's card from the first progress signal with data, queued: a wait
// polled between event loop passes could see the whole file go by in one pass. The flag turns
// true once clicked; context ends the watching.
std::shared_ptr<bool> clickOnFirstChunk(
    Person &person, chat::TransferHandle handle, TransferAction action, QObject *context)
{
    auto clicked = std::make_shared<bool>(false);
    QObject::connect(
        person.controller()->files(), &chat::FileTransfers::progress, context,
        [&person, handle, action, clicked](chat::TransferHandle changed, qint64 done, qint64) {
            if (!*clicked && changed == handle && done > 0)
                *clicked = clickCardNow(person, handle, action);
        },
        Qt::QueuedConnection);
    return clicked;
}

QString makeFile(Person &person, const QString &name, qint64 size)
{
    const QString path = person.folder.filePath(QStringLiteral("outbox/") + name);
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char((i * 131 + i / 4096) & 0xff);
    test::writeFile(path, data);
    return path;
}

QMimeData *filesMime(const QStringList &paths)
{
    auto *data = new QMimeData;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    data->setUrls(urls);
    return data;
}

} // namespace

TEST_CASE("A file sent with the attach button is offered, accepted, checked, and then opens",
    "[gui][files]")
{
    Person alice(test::aliceIdentity());
    Person bob(test::bobIdentity());
    becomeContacts(alice, bob);
    const QString path = makeFile(bob, QStringLiteral("report.pdf"), 300 * 1024);
    // Bob's window is in front: Alice hears of the offer through a notification.
    bob.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&bob.window));
    const int notifiedBefore = alice.window.notifier()->shownCount();

    // Bob's attach button opens the file dialog; the test stands in for the person choosing.
    int dialogs = 0;
    pageOf(bob)->setFileChooser([&](QWidget *) {
        ++dialogs;
        return QStringList { path };
    });
    auto *attach = child<QToolButton>(&bob.window, "attachButton");
    REQUIRE(attach->isEnabled());
    QTest::mouseClick(attach, Qt::LeftButton);
    CHECK(dialogs == 1);
    const TransferInfo sent = transferNamed(bob, QStringLiteral("report.pdf"));
    CHECK(sent.outgoing);

    // Alice's conversation shows the offer as a card: who, what, how large, and her choices.
    const TransferInfo offer = transferNamed(alice, QStringLiteral("report.pdf"));
    REQUIRE(waitForState(alice, offer.handle, TransferState::Offered));
    REQUIRE(QTest::qWaitFor([&] { return !cardText(alice, offer.handle).isEmpty(); }, kWaitMs));
    const QString shown = cardText(alice, offer.handle);
    CHECK(shown.contains(QStringLiteral("Bob offers a file")));
    CHECK(shown.contains(QStringLiteral("report.pdf")));
    CHECK(shown.contains(QLocale().formattedDataSize(300 * 1024)));
    CHECK(alice.window.notifier()->shownCount() == notifiedBefore + 1);
    CHECK(hasButton(alice, offer.handle, TransferAction::Accept));
    CHECK(hasButton(alice, offer.handle, TransferAction::SaveAs));
    CHECK(hasButton(alice, offer.handle, TransferAction::Decline));
    // The same choices are in the card's context menu, for the keyboard.
    {
        QObject holder;
        gui::MessageView *view = viewOf(alice);
        QStringList texts;
        for (const QAction *action : view->transferActions(
                 view->messageModel()->index(view->messageModel()->rowOfTransfer(offer.handle)),
                 &holder))
            texts.append(action->text());
        CHECK(texts
            == QStringList {
                QStringLiteral("Accept"), QStringLiteral("Save as…"), QStringLiteral("Decline") });
    }
    CHECK(cardText(bob, sent.handle).contains(QStringLiteral("Waiting for Alice to accept it")));
    CHECK(hasButton(bob, sent.handle, TransferAction::Cancel));
    // Nothing was written before she accepts.
    const QString downloads = alice.controller()->files()->downloadFolder();
    CHECK(QDir(downloads).isEmpty());

    clickCard(alice, offer.handle, TransferAction::Accept);
    REQUIRE(waitForState(alice, offer.handle, TransferState::Completed));
    REQUIRE(waitForState(bob, sent.handle, TransferState::Completed));
    const QString received = QDir(downloads).filePath(QStringLiteral("report.pdf"));
    CHECK(test::readFile(received) == test::readFile(path));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return cardText(alice, offer.handle).contains(QStringLiteral("Received and checked"));
        },
        kWaitMs));
    CHECK(cardText(bob, sent.handle).contains(QStringLiteral("Alice checked its SHA-256")));
    // The cards grew and shrank with their states; the views stayed on the newest row.
    for (Person *person : { &alice, &bob }) {
        gui::MessageView *view = viewOf(*person);
        const QModelIndex last = view->messageModel()->index(view->messageModel()->rowCount() - 1);
        CHECK(view->messageModel()->isTransfer(last.row()));
        CHECK(view->viewport()->rect().contains(view->visualRect(last).bottomLeft()));
    }
    CHECK_FALSE(hasButton(alice, offer.handle, TransferAction::Accept));

    // Open and Show in folder hand the file and its folder to the desktop.
    UrlCatcher catcher;
    clickCard(alice, offer.handle, TransferAction::Open);
    clickCard(alice, offer.handle, TransferAction::ShowInFolder);
    REQUIRE(catcher.opened.size() == 2);
    CHECK(catcher.opened.at(0) == QUrl::fromLocalFile(received));
    CHECK(catcher.opened.at(1) == QUrl::fromLocalFile(downloads));
    clickCard(bob, sent.handle, TransferAction::ShowInFolder);
    REQUIRE(catcher.opened.size() == 3);
    CHECK(catcher.opened.at(2) == QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

TEST_CASE("Files dropped on the conversation are offered together; one is declined, the other "
          "saved where the receiver chose",
    "[gui][files]")
{
    Person alice(test::aliceIdentity());
    Person bob(test::bobIdentity());
    becomeContacts(alice, bob);
    const QString first = makeFile(bob, QStringLiteral("first.txt"), 1000);
    const QString second = makeFile(bob, QStringLiteral("second.txt"), 2000);

    gui::MessageView *view = viewOf(bob);
    std::unique_ptr<QMimeData> data(filesMime({ first, second }));
    const QPoint where = view->viewport()->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    CHECK(enter.isAccepted());
    // While files are over it, the view says where they go.
    CHECK(view->showsDropHint());
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(view->viewport(), &leave);
    CHECK_FALSE(view->showsDropHint());
    QCoreApplication::sendEvent(view->viewport(), &enter);
    CHECK(view->showsDropHint());
    QDropEvent drop(where, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &drop);
    CHECK(drop.isAccepted());
    CHECK_FALSE(view->showsDropHint());

    const TransferInfo firstSent = transferNamed(bob, QStringLiteral("first.txt"));
    const TransferInfo secondSent = transferNamed(bob, QStringLiteral("second.txt"));
    const TransferInfo firstOffer = transferNamed(alice, QStringLiteral("first.txt"));
    const TransferInfo secondOffer = transferNamed(alice, QStringLiteral("second.txt"));

    // Something that is not a file is not taken.
    QMimeData text;
    text.setText(QStringLiteral("just words"));
    QDragEnterEvent words(where, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &words);
    CHECK_FALSE(words.isAccepted());

    clickCard(alice, firstOffer.handle, TransferAction::Decline);
    REQUIRE(waitForState(bob, firstSent.handle, TransferState::Failed));
    REQUIRE(QTest::qWaitFor(
        [&] { return cardText(bob, firstSent.handle).contains(QStringLiteral("Declined")); },
        kWaitMs));
    CHECK(cardText(alice, firstOffer.handle).contains(QStringLiteral("Declined: Declined here.")));
    CHECK_FALSE(hasButton(alice, firstOffer.handle, TransferAction::Accept));

    // Save as… asks for a name, suggesting the offered one in the download folder (the test
    // answers for the person). A file of the chosen name stays: the new one takes the next name.
    const QString chosen = alice.folder.filePath(QStringLiteral("chosen"));
    REQUIRE(QDir().mkpath(chosen));
    const QString existing = QDir(chosen).filePath(QStringLiteral("notes.txt"));
    test::writeFile(existing, QByteArrayLiteral("mine"));
    QString suggested;
    pageOf(alice)->setSaveChooser([&](QWidget *, const QString &suggestedPath) {
        suggested = suggestedPath;
        return existing;
    });
    clickCard(alice, secondOffer.handle, TransferAction::SaveAs);
    CHECK(suggested
        == QDir(alice.controller()->files()->downloadFolder())
               .filePath(QStringLiteral("second.txt")));
    REQUIRE(waitForState(alice, secondOffer.handle, TransferState::Completed));
    const TransferInfo saved = alice.controller()->files()->transfer(secondOffer.handle);
    CHECK(saved.path == QDir(chosen).filePath(QStringLiteral("notes (1).txt")));
    CHECK(saved.peerName == QStringLiteral("second.txt"));
    CHECK(test::readFile(saved.path) == test::readFile(second));
    CHECK(test::readFile(existing) == QByteArrayLiteral("mine"));
    INFO(cardText(alice, secondOffer.handle).toStdString());
    CHECK(cardText(alice, secondOffer.handle).contains(QStringLiteral("notes (1).txt")));
    CHECK_FALSE(QFileInfo::exists(
        QDir(alice.controller()->files()->downloadFolder()).filePath(QStringLiteral("first.txt"))));
}

TEST_CASE("A file pasted into the composer is offered; pausing and resuming from the card "
          "finishes it, with progress redrawn at most ten times a second",
    "[gui][files]")
{
    Person alice(test::aliceIdentity());
    Person bob(test::bobIdentity());
    becomeContacts(alice, bob);
    const qint64 size = qint64(8) << 20;
    const QString path = makeFile(bob, QStringLiteral("big.bin"), size);

    // Copied in a file manager, pasted with Ctrl+V: offered, not inserted as text.
    QGuiApplication::clipboard()->setMimeData(filesMime({ path }));
    bob.composer()->setFocus();
    QTest::keyClick(bob.composer(), Qt::Key_V, Qt::ControlModifier);
    CHECK(bob.composer()->toPlainText().isEmpty());
    const TransferInfo sent = transferNamed(bob, QStringLiteral("big.bin"));
    const TransferInfo offer = transferNamed(alice, QStringLiteral("big.bin"));

    QSignalSpy progress(alice.controller()->files(), &chat::FileTransfers::progress);
    const int repaintsBefore = viewOf(alice)->progressRepaints();
    QElapsedTimer clock;
    clock.start();
    // Paused by the receiver while data flows.
    QObject watching;
    const auto paused = clickOnFirstChunk(alice, offer.handle, TransferAction::Pause, &watching);
    clickCard(alice, offer.handle, TransferAction::Accept);
    REQUIRE(QTest::qWaitFor([&] { return *paused; }, kWaitMs));
    REQUIRE(waitForState(alice, offer.handle, TransferState::Paused));
    CHECK(alice.controller()->files()->transfer(offer.handle).done < size);
    REQUIRE(waitForState(bob, sent.handle, TransferState::Paused));
    REQUIRE(QTest::qWaitFor(
        [&] { return cardText(bob, sent.handle).contains(QStringLiteral("Paused by")); }, kWaitMs));
    CHECK(cardText(alice, offer.handle).contains(QStringLiteral("Paused")));
    CHECK(hasButton(alice, offer.handle, TransferAction::Resume));
    CHECK_FALSE(hasButton(alice, offer.handle, TransferAction::Pause));
    // The sender cannot resume what the receiver paused; it can still cancel.
    CHECK_FALSE(hasButton(bob, sent.handle, TransferAction::Resume));
    CHECK(hasButton(bob, sent.handle, TransferAction::Cancel));

    clickCard(alice, offer.handle, TransferAction::Resume);
    REQUIRE(waitForState(alice, offer.handle, TransferState::Completed));
    const double seconds = double(clock.elapsed()) / 1000.0;
    const QString received
        = QDir(alice.controller()->files()->downloadFolder()).filePath(QStringLiteral("big.bin"));
    QFile file(received);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    REQUIRE(hash.addData(&file));
    CHECK(hash.result() == offer.sha256);

    // One progress signal per chunk (128 of them); the card was redrawn far less often.
    const int repaints = viewOf(alice)->progressRepaints() - repaintsBefore;
    CHECK(repaints >= 1);
    CHECK(progress.size() > repaints);
    CHECK(repaints <= int(seconds * gui::MessageView::kProgressPerSecond) + 2);
}

TEST_CASE("A transfer its sender paused shows on the receiver's card as data that stopped coming; "
          "resumed, it finishes",
    "[gui][files]")
{
    Person alice(test::aliceIdentity());
    Person bob(test::bobIdentity());
    becomeContacts(alice, bob);
    const qint64 size = qint64(8) << 20;
    pageOf(bob)->sendFiles({ makeFile(bob, QStringLiteral("slides.pdf"), size) });
    const TransferInfo sent = transferNamed(bob, QStringLiteral("slides.pdf"));
    const TransferInfo offer = transferNamed(alice, QStringLiteral("slides.pdf"));

    // Bob pauses on his card as soon as the first chunk went out.
    QObject watching;
    const auto paused = clickOnFirstChunk(bob, sent.handle, TransferAction::Pause, &watching);
    clickCard(alice, offer.handle, TransferAction::Accept);
    REQUIRE(QTest::qWaitFor([&] { return *paused; }, kWaitMs));
    REQUIRE(waitForState(bob, sent.handle, TransferState::Paused));
    CHECK(cardText(bob, sent.handle).contains(QStringLiteral("Paused here.")));
    CHECK(hasButton(bob, sent.handle, TransferAction::Resume));

    // Alice is not told (protocol.md 4.10); her card says that nothing arrives any more, once
    // nothing has for a while, and the transfer is still hers to pause or cancel.
    REQUIRE(QTest::qWaitFor(
        [&] {
            return cardText(alice, offer.handle)
                .contains(QStringLiteral("no data for a while: Bob may have paused it"));
        },
        kWaitMs));
    CHECK(alice.controller()->files()->transfer(offer.handle).state
        == TransferState::Transferring);
    CHECK(alice.controller()->files()->transfer(offer.handle).done < size);
    CHECK(hasButton(alice, offer.handle, TransferAction::Pause));

    clickCard(bob, sent.handle, TransferAction::Resume);
    REQUIRE(waitForState(alice, offer.handle, TransferState::Completed));
    REQUIRE(waitForState(bob, sent.handle, TransferState::Completed));
    CHECK_FALSE(cardText(alice, offer.handle).contains(QStringLiteral("for a while")));
    CHECK(test::readFile(alice.controller()->files()->transfer(offer.handle).path).size() == size);
}

TEST_CASE("An offer cancelled by its sender and a file changed before it was accepted say why",
    "[gui][files]")
{
    Person alice(test::aliceIdentity());
    Person bob(test::bobIdentity());
    becomeContacts(alice, bob);
    const QString kept = makeFile(bob, QStringLiteral("withdrawn.txt"), 500);
    const QString changed = makeFile(bob, QStringLiteral("draft.txt"), 500);
    pageOf(bob)->sendFiles({ kept, changed });

    const TransferInfo withdrawn = transferNamed(bob, QStringLiteral("withdrawn.txt"));
    const TransferInfo withdrawnOffer = transferNamed(alice, QStringLiteral("withdrawn.txt"));
    REQUIRE(waitForState(alice, withdrawnOffer.handle, TransferState::Offered));
    clickCard(bob, withdrawn.handle, TransferAction::Cancel);
    REQUIRE(waitForState(alice, withdrawnOffer.handle, TransferState::Failed));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return cardText(alice, withdrawnOffer.handle).contains(QStringLiteral("Cancelled"));
        },
        kWaitMs));
    CHECK(cardText(bob, withdrawn.handle).contains(QStringLiteral("Cancelled: Cancelled here.")));
    CHECK_FALSE(hasButton(alice, withdrawnOffer.handle, TransferAction::Accept));

    // The draft is edited after it was offered: accepting it fails on Bob's side, and both
    // cards say so.
    const TransferInfo draft = transferNamed(bob, QStringLiteral("draft.txt"));
    const TransferInfo draftOffer = transferNamed(alice, QStringLiteral("draft.txt"));
    REQUIRE(waitForState(alice, draftOffer.handle, TransferState::Offered));
    test::writeFile(changed, QByteArray(700, 'x'));
    clickCard(alice, draftOffer.handle, TransferAction::Accept);
    REQUIRE(waitForState(bob, draft.handle, TransferState::Failed));
    REQUIRE(waitForState(alice, draftOffer.handle, TransferState::Failed));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return cardText(bob, draft.handle)
                .contains(QStringLiteral("Failed: draft.txt changed"));
        },
        kWaitMs));
    CHECK(cardText(alice, draftOffer.handle).contains(QStringLiteral("Failed")));
    CHECK_FALSE(QFileInfo::exists(
        QDir(alice.controller()->files()->downloadFolder()).filePath(QStringLiteral("draft.txt"))));
}

TEST_CASE("Files cannot be sent to someone not accepted as a contact", "[gui][files]")
{
    Person alice(test::aliceIdentity());
    Person bob(test::bobIdentity());
    knock(bob, alice);
    // Alice has not accepted Bob: no button, and a drop or paste is refused with a reason.
    CHECK_FALSE(child<QToolButton>(&alice.window, "attachButton")->isEnabled());
    const QString path = makeFile(alice, QStringLiteral("early.txt"), 10);
    QSignalSpy status(pageOf(alice), &gui::ConversationPage::statusMessage);
    pageOf(alice)->sendFiles({ path });
    CHECK(transfersOf(alice).isEmpty());
    REQUIRE(status.size() == 1);
    CHECK(status.at(0).at(0).toString().contains(QStringLiteral("contacts only")));
}

#include "FileTransferGuiTest.moc"
