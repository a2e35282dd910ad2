// SPDX-License-Identifier: MIT
// Two MainWindows in one process, each with its own profile, talking over loopback through the
// same dialogs and widgets a person uses.
#include "GuiPeers.h"
#include "TestIdentity.h"
#include "TestProfile.h"
#include "chat/PeerNames.h"
#include "chat/Profile.h"
#include "gui/ApprovalBanner.h"
#include "gui/ComposerEdit.h"
#include "gui/ConversationListModel.h"
#include "gui/ConversationPage.h"
#include "gui/HostConnectDialog.h"
#include "gui/InviteDialog.h"
#include "gui/KeyChangedBanner.h"
#include "gui/MainWindow.h"
#include "gui/MessageView.h"
#include "gui/VerifyPeerDialog.h"
#include "storage/ContactStore.h"
#include "storage/Settings.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace securechat;
using chat::ConversationState;
using gui::MainWindow;

using namespace securechat::guitest;

TEST_CASE(
    "Two windows host and connect through the dialogs and exchange messages", "[gui][conversation]")
{
    Person alice(test::aliceIdentity());
    Person bob(test::bobIdentity());

    const quint16 port = hostThroughDialog(alice);
    auto *listening = alice.window.statusBar()->findChild<QLabel *>();
    REQUIRE(listening);
    // The status bar stays short (the port); where to reach this host is in its tooltip.
    CHECK(listening->text() == QStringLiteral("Hosting on port %1").arg(port));
    CHECK(listening->toolTip().contains(QStringLiteral("127.0.0.1:%1").arg(port)));

    // Bob checks Alice's fingerprint as she would have told it to him.
    connectThroughDialog(bob, port, test::aliceIdentity().fingerprint().grouped());
    REQUIRE(bob.waitForState(ConversationState::Ready));
    CHECK(bob.controller()->peer(bob.current()).verified); // matched the expected fingerprint

    // Alice is asked first; nothing is shown until she accepts.
    REQUIRE(alice.waitForState(ConversationState::AwaitingApproval));
    auto *approval = child<gui::ApprovalBanner>(&alice.window, "approvalBanner");
    CHECK(approval->isVisible());
    CHECK_FALSE(alice.composer()->isEnabled());
    CHECK(child<QLabel>(&alice.window, "composerReasonLabel")->isVisible());
    QTest::mouseClick(child<QPushButton>(approval, "acceptButton"), Qt::LeftButton);
    REQUIRE(alice.waitForState(ConversationState::Ready));
    CHECK_FALSE(approval->isVisible());
    CHECK(alice.composer()->isEnabled());
    CHECK_FALSE(child<QLabel>(&alice.window, "composerReasonLabel")->isVisible());

    send(bob, QStringLiteral("Hello Alice <b>not bold</b>"));
    CHECK(bob.composer()->toPlainText().isEmpty());
    CHECK(bob.shownMessages().contains(QStringLiteral("Hello Alice <b>not bold</b>")));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return alice.shownMessages().contains(QStringLiteral("Hello Alice <b>not bold</b>"));
        },
        kWaitMs));
    CHECK(alice.shownMessages().contains(QStringLiteral("Bob")));
    // Delivery receipt comes back to Bob.
    REQUIRE(QTest::qWaitFor(
        [&] { return bob.shownMessages().contains(QStringLiteral("delivered")); }, kWaitMs));

    // Typing notice, then Alice's answer with a line break.
    alice.composer()->setFocus();
    QTest::keyClicks(alice.composer(), QStringLiteral("Hi Bob"));
    auto *typing = child<QLabel>(&bob.window, "typingLabel");
    REQUIRE(
        QTest::qWaitFor([&] { return typing->text().contains(QStringLiteral("Alice")); }, kWaitMs));
    QTest::keyClick(alice.composer(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(alice.composer(), QStringLiteral("second line"));
    QTest::keyClick(alice.composer(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] { return bob.shownMessages().contains(QStringLiteral("Hi Bob\nsecond line")); },
        kWaitMs));
    CHECK(typing->text().isEmpty());

    // The status bar names the TLS version and cipher of the current conversation.
    const QString tls = bob.controller()->peer(bob.current()).tlsProtocol;
    CHECK_FALSE(tls.isEmpty());
    bool tlsShown = false;
    for (QLabel *label : bob.window.statusBar()->findChildren<QLabel *>())
        tlsShown = tlsShown || label->text().contains(tls);
    CHECK(tlsShown);

    // Quit says bye: the other side sees the conversation end.
    alice.window.close();
    REQUIRE(QTest::qWaitFor([&] { return !alice.window.isVisible(); }, kWaitMs));
    REQUIRE(bob.waitForState(ConversationState::Closed));
    // Alice is a contact now: what Bob writes waits for her return.
    CHECK(bob.composer()->isEnabled());
    CHECK(child<QLabel>(&bob.window, "composerReasonLabel")
              ->text()
              .contains(QStringLiteral("not connected")));
}

TEST_CASE(
    "The one held for approval sees it, their messages queued, until accepted", "[gui][approval]")
{
    Person alice(test::aliceIdentity());
    Person bob(test::bobIdentity());
    knock(bob, alice);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return bob.shownMessages().contains(QStringLiteral("Waiting for Alice to accept you"));
        },
        kWaitMs));
    send(bob, QStringLiteral("are you there?"));
    REQUIRE(QTest::qWaitFor(
        [&] { return bob.shownMessages().contains(QStringLiteral("are you there?")); }, kWaitMs));
    // Shown as queued, not sent, and the notice stays below it.
    CHECK(bob.shownMessages().contains(QStringLiteral("· queued")));
    CHECK_FALSE(bob.shownMessages().contains(QStringLiteral("sent")));
    CHECK(bob.shownMessages().endsWith(QStringLiteral("until then.")));

    auto *approval = child<gui::ApprovalBanner>(&alice.window, "approvalBanner");
    QTest::mouseClick(child<QPushButton>(approval, "acceptButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] { return bob.shownMessages().contains(QStringLiteral("delivered")); }, kWaitMs));
    CHECK_FALSE(bob.shownMessages().contains(QStringLiteral("Waiting for Alice")));
    REQUIRE(QTest::qWaitFor(
        [&] { return alice.shownMessages().contains(QStringLiteral("are you there?")); }, kWaitMs));
}

TEST_CASE(
    "A contact's menu renames, shows the fingerprint and removes after asking", "[gui][contacts]")
{
    Person alice(test::aliceIdentity());
    Person bob(test::bobIdentity());
    knock(bob, alice);
    const chat::ConversationId request = alice.current();
    // Not a contact yet: only what applies to a request is offered.
    std::unique_ptr<QMenu> menu(alice.window.conversationMenu(request));
    CHECK_FALSE(child<QAction>(menu.get(), "renameAction")->isEnabled());
    CHECK_FALSE(child<QAction>(menu.get(), "removeContactAction")->isEnabled());
    auto *approval = child<gui::ApprovalBanner>(&alice.window, "approvalBanner");
    QTest::mouseClick(child<QPushButton>(approval, "acceptButton"), Qt::LeftButton);
    REQUIRE(alice.waitForState(ConversationState::Ready));
    const chat::ConversationId id = alice.current();
    REQUIRE(QTest::qWaitFor([&] { return bob.composer()->isEnabled(); }, kWaitMs));
    send(bob, QStringLiteral("keep this"));
    REQUIRE(QTest::qWaitFor(
        [&] { return alice.shownMessages().contains(QStringLiteral("keep this")); }, kWaitMs));

    // Both keep history (the default) and say so: the header shows it, with a tooltip.
    auto *keeps = child<QLabel>(&bob.window, "peerHistoryIcon");
    REQUIRE(QTest::qWaitFor([&] { return keeps->isVisible(); }, kWaitMs));
    CHECK(keeps->toolTip().contains(QStringLiteral("Alice keeps this conversation")));
    // Alice keeps nothing of Bob from now on, through the contact's menu; then 30 days.
    menu.reset(alice.window.conversationMenu(id));
    CHECK(child<QAction>(menu.get(), "retentionDefaultAction")->isChecked());
    child<QAction>(menu.get(), "retentionNothingAction")->trigger();
    CHECK(alice.controller()->retention(id).mode == storage::ContactStore::Retention::KeepNothing);
    REQUIRE(QTest::qWaitFor([&] { return !keeps->isVisible(); }, kWaitMs));
    child<QAction>(menu.get(), "retentionDaysAction")->trigger();
    auto *days = child<QInputDialog>(&alice.window, "retentionDaysDialog");
    days->setIntValue(30);
    days->accept();
    CHECK(alice.controller()->retention(id).mode == storage::ContactStore::Retention::KeepDays);
    CHECK(alice.controller()->retention(id).days == 30);
    CHECK(alice.contacts.find(test::bobIdentity().fingerprint())->retentionDays == 30);

    menu.reset(alice.window.conversationMenu(id));
    CHECK(child<QAction>(menu.get(), "verifyAction")->isEnabled());
    CHECK_FALSE(child<QAction>(menu.get(), "connectNowAction")->isEnabled()); // online
    child<QAction>(menu.get(), "renameAction")->trigger();
    auto *rename = child<QInputDialog>(&alice.window, "renameDialog");
    rename->setTextValue(QStringLiteral("Bobby"));
    rename->accept();
    CHECK(alice.controller()->peer(id).nickname == QStringLiteral("Bobby"));
    CHECK(alice.contacts.find(test::bobIdentity().fingerprint())->nickname
        == QStringLiteral("Bobby"));

    // The list: the newest message and its time, a filter on names.
    auto *list = child<QListView>(&alice.window, "conversationList");
    const QModelIndex row = static_cast<gui::ConversationListModel *>(list->model())->indexOf(id);
    CHECK(row.data(gui::ConversationListModel::PreviewRole).toString()
        == QStringLiteral("keep this"));
    CHECK(row.data(gui::ConversationListModel::LastActivityRole).toDateTime().isValid());
    auto *filter = child<QLineEdit>(&alice.window, "contactFilter");
    filter->setText(QStringLiteral("zzz"));
    CHECK(list->isRowHidden(row.row()));
    filter->setText(QStringLiteral("bobb"));
    CHECK(row.data().toString().startsWith(QStringLiteral("Bobby")));
    CHECK_FALSE(list->isRowHidden(row.row()));
    filter->clear();
    // The menu key opens the current row's menu.
    list->setFocus();
    const QPoint corner(1, list->viewport()->height() - 1);
    QContextMenuEvent menuKey(
        QContextMenuEvent::Keyboard, corner, list->viewport()->mapToGlobal(corner));
    QCoreApplication::sendEvent(list->viewport(), &menuKey);
    QMenu *popup = nullptr;
    for (QMenu *shown : alice.window.findChildren<QMenu *>()) {
        if (shown->isVisible())
            popup = shown;
    }
    REQUIRE(popup);
    CHECK(child<QAction>(popup, "renameAction")->isEnabled());
    popup->close();

    child<QAction>(menu.get(), "fingerprintAction")->trigger();
    auto *fingerprint = child<QMessageBox>(&alice.window, "fingerprintBox");
    CHECK(fingerprint->text().contains(test::bobIdentity().fingerprint().grouped().left(9)));
    fingerprint->close();

    // Removing says that the history goes too; Cancel keeps everything.
    child<QAction>(menu.get(), "removeContactAction")->trigger();
    auto *ask = child<QMessageBox>(&alice.window, "removeContactBox");
    CHECK(ask->text().contains(QStringLiteral("history")));
    ask->button(QMessageBox::Cancel)->click();
    CHECK(alice.contacts.find(test::bobIdentity().fingerprint()).has_value());
    REQUIRE(QTest::qWaitFor(
        [&] { return !alice.window.findChild<QMessageBox *>(QStringLiteral("removeContactBox")); },
        kWaitMs));
    child<QAction>(menu.get(), "removeContactAction")->trigger();
    QTest::mouseClick(
        child<QPushButton>(child<QMessageBox>(&alice.window, "removeContactBox"), "confirmButton"),
        Qt::LeftButton);
    CHECK_FALSE(alice.contacts.find(test::bobIdentity().fingerprint()).has_value());
    CHECK_FALSE(alice.controller()->peer(id).isContact);
}

TEST_CASE("A connection that fails is said in the Connect dialog, which stays open for a "
          "correction, and leaves no row or recent entry behind",
    "[gui][hostconnect]")
{
    Person alice(test::aliceIdentity());
    Person bob(test::bobIdentity());
    child<QAction>(&bob.window, "actionConnect")->trigger();
    auto *dialog = bob.window.findChild<gui::HostConnectDialog *>();
    REQUIRE(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "hostEdit"), QStringLiteral("127.0.0.1"));
    child<QSpinBox>(dialog, "connectPortSpin")->setValue(freePort()); // nobody listens there
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    auto *error = child<QLabel>(dialog, "errorLabel");
    REQUIRE(QTest::qWaitFor([&] { return !dialog->isConnecting(); }, kWaitMs));
    CHECK(dialog->isVisible());
    CHECK(error->isVisible());
    CHECK(error->text() != QStringLiteral("Connecting…"));
    CHECK_FALSE(error->text().isEmpty());
    CHECK(okButton(dialog)->isEnabled());
    CHECK(bob.profile.settings().recentConnections().isEmpty());
    CHECK(child<QListView>(&bob.window, "conversationList")->model()->rowCount() == 0);

    // Corrected to where Alice hosts: it connects, the dialog closes, the address is kept.
    const quint16 port = hostThroughDialog(alice);
    child<QSpinBox>(dialog, "connectPortSpin")->setValue(port);
    QPointer<gui::HostConnectDialog> open(dialog);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !open; }, kWaitMs));
    REQUIRE(bob.profile.settings().recentConnections().size() == 1);
    CHECK(bob.profile.settings().recentConnections().constFirst().port == port);
}

TEST_CASE("Cancelling the Connect dialog while it connects stops the attempt and leaves nothing "
          "behind",
    "[gui][hostconnect]")
{
    // Something that accepts the connection and then never answers the TLS handshake: the
    // attempt stays at "Connecting…" until the person gives up.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    QTcpSocket *accepted = nullptr;
    QObject::connect(&silent, &QTcpServer::newConnection, &silent,
        [&] { accepted = silent.nextPendingConnection(); });

    Person bob(test::bobIdentity());
    child<QAction>(&bob.window, "actionConnect")->trigger();
    QPointer<gui::HostConnectDialog> dialog = bob.window.findChild<gui::HostConnectDialog *>();
    REQUIRE(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "hostEdit"), QStringLiteral("127.0.0.1"));
    child<QSpinBox>(dialog, "connectPortSpin")->setValue(silent.serverPort());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return accepted != nullptr; }, kWaitMs));
    CHECK(dialog->isConnecting());
    REQUIRE(bob.controller()->conversations().size() == 1);

    QSignalSpy closed(bob.controller(), &chat::ChatController::conversationClosed);
    auto *buttons = child<QDialogButtonBox>(dialog, "buttonBox");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog; }, kWaitMs));
    // Ended because the person cancelled, not at the handshake deadline; nothing stays behind.
    REQUIRE(QTest::qWaitFor([&] { return !closed.isEmpty(); }, kWaitMs));
    CHECK(closed.constFirst().at(1).toString() == QStringLiteral("You closed the conversation."));
    REQUIRE(QTest::qWaitFor(
        [&] { return accepted->state() == QAbstractSocket::UnconnectedState; }, kWaitMs));
    CHECK(bob.controller()->conversations().isEmpty());
    CHECK(child<QListView>(&bob.window, "conversationList")->model()->rowCount() == 0);
    CHECK(bob.profile.settings().recentConnections().isEmpty());
}

TEST_CASE("A long status message ends in an ellipsis before the encryption label and is whole "
          "in the tooltip",
    "[gui][conversation]")
{
    Person alice(test::aliceIdentity());
    Person bob(test::bobIdentity());
    knock(bob, alice);
    REQUIRE(bob.waitForState(ConversationState::Ready));
    QStatusBar *bar = bob.window.statusBar();
    QLabel *security = nullptr;
    for (QLabel *label : bar->findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Connection security"))
            security = label;
    }
    REQUIRE(security);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !security->text().isEmpty()
                && security->width() >= security->sizeHint().width();
        },
        kWaitMs));
    const QString longText = QStringLiteral(
        "Your router forwards 203.0.113.7:47000 to this computer: people outside your network "
        "can connect there, and invites name it first. It answered for 2001:db8::7 too, which "
        "invites list second.");
    REQUIRE(bar->fontMetrics().horizontalAdvance(longText) > bar->width());
    auto *page = bob.window.findChild<gui::ConversationPage *>();
    REQUIRE(page);
    emit page->statusMessage(longText, 60000);
    const QString shown = bar->currentMessage();
    CHECK(shown != longText);
    CHECK(shown.endsWith(QChar(0x2026)));
    CHECK(longText.startsWith(shown.chopped(1)));
    CHECK(bar->toolTip() == longText);
    CHECK(bar->fontMetrics().horizontalAdvance(shown) < security->geometry().left());

    // A short one is shown as it is; with the message gone, so is the tooltip.
    emit page->statusMessage(QStringLiteral("Copied."), 60000);
    CHECK(bar->currentMessage() == QStringLiteral("Copied."));
    CHECK(bar->toolTip().isEmpty());
    emit page->statusMessage(longText, 60000);
    bar->clearMessage();
    CHECK(bar->toolTip().isEmpty());
}

TEST_CASE("Rejecting an incoming request ends it without showing anything", "[gui][approval]")
{
    Person alice(test::aliceIdentity());
    Person bob(test::bobIdentity());
    const quint16 port = hostThroughDialog(alice);
    connectThroughDialog(bob, port);
    REQUIRE(bob.waitForState(ConversationState::Ready));
    send(bob, QStringLiteral("let me in"));
    REQUIRE(alice.waitForState(ConversationState::AwaitingApproval));
    CHECK_FALSE(alice.shownMessages().contains(QStringLiteral("let me in")));
    auto *approval = child<gui::ApprovalBanner>(&alice.window, "approvalBanner");
    QTest::mouseClick(child<QPushButton>(approval, "rejectButton"), Qt::LeftButton);
    // A declined request leaves nothing behind: no contact, no row.
    REQUIRE(
        QTest::qWaitFor([&] { return alice.controller()->conversations().isEmpty(); }, kWaitMs));
    CHECK(alice.current() == 0);
    CHECK_FALSE(approval->isVisible());
    CHECK_FALSE(alice.shownMessages().contains(QStringLiteral("let me in")));
    CHECK_FALSE(alice.contacts.find(test::bobIdentity().fingerprint()).has_value());
    REQUIRE(bob.waitForState(ConversationState::Closed));

    // Bob may try again from the ended conversation; Alice is asked again.
    auto *reconnect = child<QPushButton>(&bob.window, "reconnectButton");
    CHECK(reconnect->isVisible());
    CHECK_FALSE(child<QPushButton>(&alice.window, "reconnectButton")->isVisible()); // incoming
    const auto ended = bob.current();
    QTest::mouseClick(reconnect, Qt::LeftButton);
    CHECK(bob.current() == ended); // one conversation per person, however often
    CHECK(bob.controller()->conversations().size() == 1);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto ids = alice.controller()->conversations();
            return ids.size() == 1
                && alice.controller()->state(ids.back()) == ConversationState::AwaitingApproval;
        },
        kWaitMs));
}

TEST_CASE(
    "A changed key blocks the composer behind a red banner until accepted", "[gui][keychanged]")
{
    Person alice(test::aliceIdentity());
    Person bob(test::bobIdentity());
    // Alice knew a "Bob" with another key.
    storage::ContactStore::Contact oldBob;
    oldBob.fingerprint = crypto::Fingerprint::fromBytes(QByteArray(32, '\x42'));
    oldBob.name = QStringLiteral("Bob");
    QString error;
    REQUIRE(alice.contacts.add(oldBob, &error));

    const quint16 port = hostThroughDialog(alice);
    connectThroughDialog(bob, port);
    REQUIRE(alice.waitForState(ConversationState::KeyChanged));
    // The name is the known contact's: marked, with the new key's short fingerprint.
    const QString bobLabel = QStringLiteral("\u26a0 Bob [%1]")
                                 .arg(chat::shortFingerprint(test::bobIdentity().fingerprint()));
    CHECK(child<QLabel>(&alice.window, "peerNameLabel")->text() == bobLabel);
    CHECK(child<QLabel>(&alice.window, "peerNameLabel")->toolTip().contains(QStringLiteral("Bob")));

    auto *banner = child<gui::KeyChangedBanner>(&alice.window, "keyChangedBanner");
    CHECK(banner->isVisible());
    CHECK(banner->palette().color(QPalette::Window).red() > 150);
    const QString previous = child<QLabel>(banner, "previousFingerprintLabel")->text();
    const QString current = child<QLabel>(banner, "newFingerprintLabel")->text();
    CHECK(QString(previous).replace(QLatin1Char('\n'), QLatin1Char(' '))
        == oldBob.fingerprint.grouped());
    CHECK(QString(current).replace(QLatin1Char('\n'), QLatin1Char(' '))
        == test::bobIdentity().fingerprint().grouped());
    CHECK_FALSE(alice.composer()->isEnabled());
    CHECK_FALSE(child<QPushButton>(&alice.window, "sendButton")->isEnabled());
    // Enter in the blocked composer sends nothing.
    QTest::keyClick(alice.composer(), Qt::Key_Return);
    CHECK(alice.controller()->messages(alice.current()).isEmpty());

    QTest::mouseClick(child<QPushButton>(banner, "acceptButton"), Qt::LeftButton);
    REQUIRE(alice.waitForState(ConversationState::Ready));
    CHECK_FALSE(banner->isVisible());
    CHECK(alice.composer()->isEnabled());
    // The old key is replaced: no other contact looks like this one any more.
    CHECK(child<QLabel>(&alice.window, "peerNameLabel")->text()
        == QStringLiteral("Bob [%1]")
               .arg(chat::shortFingerprint(test::bobIdentity().fingerprint())));
    send(alice, QStringLiteral("welcome back"));
    REQUIRE(QTest::qWaitFor(
        [&] { return bob.shownMessages().contains(QStringLiteral("welcome back")); }, kWaitMs));
}

TEST_CASE("Both windows' verify dialogs show the same safety number and mark the peer verified",
    "[gui][verify]")
{
    Person alice(test::aliceIdentity());
    Person bob(test::bobIdentity());
    const quint16 port = hostThroughDialog(alice);
    connectThroughDialog(bob, port);
    REQUIRE(alice.waitForState(ConversationState::AwaitingApproval));
    alice.controller()->acceptPeer(alice.current());
    REQUIRE(alice.waitForState(ConversationState::Ready));
    REQUIRE(bob.waitForState(ConversationState::Ready));

    // Ctrl+Shift+V, as a user would open it.
    auto openVerify = [](Person &person) {
        person.window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&person.window));
        QTest::keyClick(&person.window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = person.window.findChild<gui::VerifyPeerDialog *>();
        REQUIRE(dialog);
        return dialog;
    };
    auto *atAlice = openVerify(alice);
    auto *atBob = openVerify(bob);
    const QString number = child<QLabel>(atAlice, "safetyNumberLabel")->text();
    CHECK_FALSE(number.isEmpty());
    CHECK(number == child<QLabel>(atBob, "safetyNumberLabel")->text());

    auto *model = qobject_cast<gui::ConversationListModel *>(
        child<QListView>(&alice.window, "conversationList")->model());
    REQUIRE(model);
    CHECK_FALSE(
        model->data(model->indexOf(alice.current()), gui::ConversationListModel::VerifiedRole)
            .toBool());
    // Unverified: the name comes with the start of the key's fingerprint, in the list and header.
    const QString bobLabel
        = QStringLiteral("Bob [%1]").arg(chat::shortFingerprint(test::bobIdentity().fingerprint()));
    CHECK(model->data(model->indexOf(alice.current())).toString() == bobLabel);
    CHECK(child<QLabel>(&alice.window, "peerNameLabel")->text() == bobLabel);
    child<QCheckBox>(atAlice, "verifiedCheck")->setChecked(true);
    QTest::mouseClick(okButton(atAlice), Qt::LeftButton);
    CHECK(alice.controller()->peer(alice.current()).verified);
    CHECK(model->data(model->indexOf(alice.current()), gui::ConversationListModel::VerifiedRole)
              .toBool());
    CHECK(model->data(model->indexOf(alice.current())).toString() == QStringLiteral("Bob"));
    CHECK(child<QLabel>(&alice.window, "peerNameLabel")->text() == QStringLiteral("Bob"));
    CHECK(alice.contacts.find(test::bobIdentity().fingerprint())->isVerified());
    atBob->reject();
}

TEST_CASE("An invite made in one window and pasted into another's Connect dialog lets the guest "
          "in without the banner; a second use shows the banner with the reason",
    "[gui][conversation][invite]")
{
    Person alice(test::aliceIdentity());
    Person bob(test::bobIdentity());
    hostThroughDialog(alice);

    child<QAction>(&alice.window, "actionInvite")->trigger();
    auto *inviteDialog = alice.window.findChild<gui::InviteDialog *>();
    REQUIRE(inviteDialog);
    QTest::mouseClick(child<QPushButton>(inviteDialog, "createButton"), Qt::LeftButton);
    const QString link = child<QLineEdit>(inviteDialog, "linkEdit")->text();
    REQUIRE(link.startsWith(QStringLiteral("securechat:invite/")));
    inviteDialog->close();

    child<QAction>(&bob.window, "actionConnect")->trigger();
    auto *connectDialog = bob.window.findChild<gui::HostConnectDialog *>();
    REQUIRE(connectDialog);
    child<QLineEdit>(connectDialog, "hostEdit")->setText(link);
    REQUIRE(okButton(connectDialog)->isEnabled());
    QTest::mouseClick(okButton(connectDialog), Qt::LeftButton);

    // Alice is not asked: the guest comes in verified by invite, and so does she for Bob.
    REQUIRE(bob.waitForState(ConversationState::Ready));
    REQUIRE(QTest::qWaitFor([&] { return alice.current() != 0; }, kWaitMs));
    REQUIRE(alice.waitForState(ConversationState::Ready));
    CHECK_FALSE(child<gui::ApprovalBanner>(&alice.window, "approvalBanner")->isVisible());
    CHECK(child<QLabel>(&alice.window, "peerStateLabel")
              ->text()
              .contains(QStringLiteral("verified by invite")));
    CHECK(child<QLabel>(&bob.window, "peerStateLabel")
              ->text()
              .contains(QStringLiteral("verified by invite")));

    // The same link again, from Carol: the banner, saying the invite was already used.
    Person carol(test::carolIdentity());
    child<QAction>(&carol.window, "actionConnect")->trigger();
    auto *carolDialog = carol.window.findChild<gui::HostConnectDialog *>();
    REQUIRE(carolDialog);
    child<QLineEdit>(carolDialog, "hostEdit")->setText(link);
    QTest::mouseClick(okButton(carolDialog), Qt::LeftButton);
    const auto carolId = [&] {
        for (const auto id : alice.controller()->conversations()) {
            if (alice.controller()->peer(id).fingerprint == test::carolIdentity().fingerprint())
                return id;
        }
        return chat::ConversationId(0);
    };
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto id = carolId();
            return id && alice.controller()->state(id) == ConversationState::AwaitingApproval;
        },
        kWaitMs));
    alice.window.selectConversation(carolId());
    auto *banner = child<gui::ApprovalBanner>(&alice.window, "approvalBanner");
    CHECK(banner->isVisible());
    CHECK(child<QLabel>(banner, "detailsLabel")->text().contains(QStringLiteral("already used")));
}
