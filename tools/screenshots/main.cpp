// SPDX-License-Identifier: MIT
// securechat-screenshots: the documentation's pictures, taken from the real windows. A
// development tool (built with the tests, never installed): it uses throw-away profiles, talks
// to in-process peers over loopback and grabs the windows with QWidget::grab(). Any screen it
// cannot reach ends it with a message and exit code 1. Run by tools/screenshots.sh.
#include "chat/ChatController.h"
#include "chat/Profile.h"
#include "common/AppIdentity.h"
#include "crypto/KeyGenerator.h"
#include "gui/FirstRunDialog.h"
#include "gui/HostConnectDialog.h"
#include "gui/InviteDialog.h"
#include "gui/MainWindow.h"
#include "gui/MessageListModel.h"
#include "gui/MessageView.h"
#include "gui/SearchPanel.h"
#include "gui/VerifyPeerDialog.h"
#include "storage/ContactStore.h"
#include "storage/HistoryStore.h"
#include "storage/IdentityStore.h"
#include "storage/Settings.h"

#include <cstdio>
#include <stdexcept>

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPalette>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace securechat;

namespace {

constexpr int kWaitMs = 120000; // generous: a key on a slow, busy machine
using chat::ConversationState;

struct Unreachable : std::runtime_error {
    using std::runtime_error::runtime_error;
};

void waitFor(const std::function<bool()> &condition, const char *what)
{
    if (!QTest::qWaitFor(condition, kWaitMs))
        throw Unreachable(std::string("timed out waiting for ") + what);
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QLatin1StringView(name));
    if (!widget)
        throw Unreachable(std::string("no widget named ") + name);
    return widget;
}

class Tour
{
public:
    explicit Tour(const QString &outputDirectory)
        : m_output(outputDirectory)
    { }
    void run();

private:
    void save(QWidget *widget, const QString &name, int settleMs = 400);
    crypto::Identity generate(const QString &name);
    // Cards of file transfers between Alice's window and Bob: an offer, one in progress, paused,
    // completed and failed.
    void fileTransfers(gui::MainWindow &window, chat::ChatController *alice,
        chat::ConversationId withBob, chat::ChatController &bob, const QDir &scratch);

    QDir m_output;
};

void Tour::save(QWidget *widget, const QString &name, int settleMs)
{
    // Let pending layouts and paints settle before grabbing.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (settleMs > 0)
        QTest::qWait(settleMs);
    const QString path = m_output.filePath(name);
    if (!widget->grab().save(path))
        throw Unreachable("could not write " + path.toStdString());
    std::printf("screenshots: wrote %s\n", qPrintable(path));
}

crypto::Identity Tour::generate(const QString &name)
{
    crypto::KeyGenerator generator;
    crypto::Identity identity;
    bool done = false;
    QObject::connect(
        &generator, &crypto::KeyGenerator::finished, [&](const crypto::Identity &result) {
            identity = result;
            done = true;
        });
    QObject::connect(&generator, &crypto::KeyGenerator::failed, [&] { done = true; });
    generator.start(name, 2048);
    waitFor([&] { return done; }, "a peer's key");
    if (identity.isNull())
        throw Unreachable("could not generate a key for " + name.toStdString());
    return identity;
}

// What Alice and Bob wrote on the two days before (staged in Alice's history, which the
// conversation view reads as she scrolls up), so that the picture shows days apart.
void stageEarlierDays(chat::Profile &profile, const crypto::Fingerprint &bob)
{
    storage::HistoryStore *history = profile.history();
    if (!history)
        throw Unreachable("Alice's history is not open");
    const QDateTime today(QDate::currentDate(), QTime(9, 0));
    const struct {
        int daysAgo;
        int minutes;
        bool alice;
        const char *text;
    } lines[] = {
        { 2, 0, false, "Are we still on for the review on Thursday?" },
        { 2, 4, true, "Yes. I'll book the small room." },
        { 1, 95, false, "I'm running late, start without me." },
        { 1, 97, true, "No problem, we'll wait with the numbers until you're here." },
    };
    QList<storage::HistoryStore::Message> messages;
    for (const auto &line : lines) {
        storage::HistoryStore::Message message;
        message.id = QStringLiteral("staged-%1-%2").arg(line.daysAgo).arg(line.minutes);
        message.direction = line.alice ? storage::HistoryStore::Direction::Outgoing
                                       : storage::HistoryStore::Direction::Incoming;
        message.body = QString::fromUtf8(line.text);
        message.senderTime = today.addDays(-line.daysAgo).addSecs(line.minutes * 60).toUTC();
        messages.append(message);
    }
    for (const auto &result : history->appendAll(bob, messages)) {
        if (result.outcome != storage::HistoryStore::Outcome::Stored)
            throw Unreachable("could not stage the earlier days");
    }
}

// A file of size bytes at path, with content that does not compress to nothing.
void writeScratchFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Unreachable("could not write " + path.toStdString());
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += block.size()) {
        for (qsizetype i = 0; i < block.size(); ++i)
            block[i] = char((written / block.size() * 7 + i * 31 + i / 97) & 0xff);
        const qint64 length = std::min<qint64>(block.size(), size - written);
        if (file.write(block.constData(), length) != length)
            throw Unreachable("could not write " + path.toStdString());
    }
}

chat::TransferInfo newestTransfer(chat::ChatController *controller, const QString &name)
{
    chat::TransferInfo found;
    waitFor(
        [&] {
            for (const chat::TransferInfo &info : controller->files()->transfers()) {
                if (info.name == name)
                    found = info;
            }
            return found.handle != 0;
        },
        "a file transfer to appear");
    return found;
}

void waitForTransferState(chat::ChatController *controller, chat::TransferHandle handle,
    chat::TransferState state, const char *what)
{
    waitFor([&] { return controller->files()->transfer(handle).state == state; }, what);
}

void Tour::fileTransfers(gui::MainWindow &window, chat::ChatController *alice,
    chat::ConversationId withBob, chat::ChatController &bob, const QDir &scratch)
{
    using chat::TransferState;
    alice->files()->setDownloadFolder(scratch.filePath(QStringLiteral("alice-downloads")));
    bob.files()->setDownloadFolder(scratch.filePath(QStringLiteral("bob-downloads")));
    QDir().mkpath(alice->files()->downloadFolder());
    QDir().mkpath(bob.files()->downloadFolder());
    window.selectConversation(withBob);
    const crypto::Fingerprint bobKey = alice->peer(withBob).fingerprint;
    const crypto::Fingerprint aliceKey = alice->identity().fingerprint();

    // Files dragged over the conversation: it says where they go.
    auto *view = child<gui::MessageView>(&window, "messageView");
    const QString notes = scratch.filePath(QStringLiteral("notes.txt"));
    writeScratchFile(notes, 4096);
    QMimeData dragged;
    dragged.setUrls({ QUrl::fromLocalFile(notes) });
    QDragEnterEvent enter(view->viewport()->rect().center(), Qt::CopyAction, &dragged,
        Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    if (!view->showsDropHint())
        throw Unreachable("the conversation did not take the dragged file");
    save(&window, QStringLiteral("file-drop.png"));
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(view->viewport(), &leave);

    // Bob offers the report; Alice sees the offer.
    const QString report = scratch.filePath(QStringLiteral("Q3 report (final).pdf"));
    writeScratchFile(report, 1462 * 1024);
    if (!bob.files()->sendFile(aliceKey, report))
        throw Unreachable("Bob could not offer the report");
    const chat::TransferInfo offer = newestTransfer(alice, QStringLiteral("Q3 report (final).pdf"));
    waitForTransferState(alice, offer.handle, TransferState::Offered, "the offer");
    save(&window, QStringLiteral("file-offer.png"));

    // She accepts it; then sends Bob a large archive, which he accepts: in progress.
    alice->files()->accept(offer.handle);
    waitForTransferState(alice, offer.handle, TransferState::Completed, "the report to arrive");
    const QString photos = scratch.filePath(QStringLiteral("holiday-photos.zip"));
    writeScratchFile(photos, qint64(768) << 20);
    const chat::TransferHandle sending = alice->files()->sendFile(bobKey, photos);
    if (!sending)
        throw Unreachable("Alice could not offer the photos");
    const chat::TransferInfo incoming = newestTransfer(&bob, QStringLiteral("holiday-photos.zip"));
    waitForTransferState(&bob, incoming.handle, TransferState::Offered, "Bob to see the offer");
    bob.files()->accept(incoming.handle);
    const gui::MessageListModel *model = view->messageModel();
    waitFor(
        [&] {
            const int row = model->rowOfTransfer(sending);
            return row >= 0 && model->rowText(row).contains(QStringLiteral(" left"))
                && alice->files()->transfer(sending).done
                > alice->files()->transfer(sending).size / 5;
        },
        "the photos to be on their way");
    save(&window, QStringLiteral("file-progress.png"), 0);

    alice->files()->pause(sending);
    save(&window, QStringLiteral("file-paused.png"));
    alice->files()->resume(sending);
    waitForTransferState(alice, sending, TransferState::Completed, "the photos to arrive");
    save(&window, QStringLiteral("file-completed.png"));

    // Bob offers a spreadsheet and edits it before Alice accepts: it fails, and says why.
    const QString budget = scratch.filePath(QStringLiteral("budget-2027.ods"));
    writeScratchFile(budget, 88 * 1024);
    if (!bob.files()->sendFile(aliceKey, budget))
        throw Unreachable("Bob could not offer the budget");
    const chat::TransferInfo budgetOffer = newestTransfer(alice, QStringLiteral("budget-2027.ods"));
    waitForTransferState(alice, budgetOffer.handle, TransferState::Offered, "the budget offer");
    writeScratchFile(budget, 91 * 1024);
    alice->files()->accept(budgetOffer.handle);
    waitForTransferState(alice, budgetOffer.handle, TransferState::Failed, "the budget to fail");
    save(&window, QStringLiteral("file-failed.png"));
}

// For checking by eye that every widget follows a dark system palette.
void useDarkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x36, 0x3a));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa2));
    dark.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x43));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x73, 0x78));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x73, 0x78));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x73, 0x78));
    QApplication::setPalette(dark);
}

void Tour::run()
{
    QTemporaryDir aliceProfile, bobProfile, malloryProfile;
    if (!aliceProfile.isValid() || !bobProfile.isValid() || !malloryProfile.isValid())
        throw Unreachable("could not create temporary profiles");

    // 1. First run: the form filled in, the key being generated.
    chat::Profile profile(aliceProfile.path());
    gui::FirstRunDialog firstRun(&profile.identityStore());
    firstRun.show();
    child<QLineEdit>(&firstRun, "nameEdit")->setText(QStringLiteral("Alice"));
    child<QLineEdit>(&firstRun, "passphraseEdit")
        ->setText(QStringLiteral("correct horse battery staple"));
    child<QLineEdit>(&firstRun, "confirmEdit")
        ->setText(QStringLiteral("correct horse battery staple"));
    waitFor([&] { return firstRun.isVisible(); }, "the first-run dialog to show");
    firstRun.accept();
    // Grabbed at once: on a fast machine the key is ready within a second.
    save(&firstRun, QStringLiteral("first-run.png"), 0);
    waitFor([&] { return firstRun.result() == QDialog::Accepted; }, "the first-run dialog");
    firstRun.hide();

    // 2. A verified conversation with Bob.
    chat::ChatController *alice = profile.start(firstRun.identity());
    gui::MainWindow window(&profile);
    window.resize(980, 660);
    window.show();
    // Without a window manager nothing activates the window, and messages would count as
    // unread.
    window.activateWindow();
    QString error;
    if (!alice->listen(QHostAddress::LocalHost, storage::Settings::kDefaultPort)
        && !alice->listen(QHostAddress::LocalHost, 0, &error))
        throw Unreachable("could not listen on loopback: " + error.toStdString());

    const crypto::Identity bobIdentity = generate(QStringLiteral("Bob"));
    stageEarlierDays(profile, bobIdentity.fingerprint());
    storage::ContactStore bobKnown(bobProfile.path());
    chat::ChatController bob(bobIdentity, &bobKnown);
    const auto toAlice = bob.connectToPeer(
        QStringLiteral("127.0.0.1"), alice->listeningPort(), firstRun.identity().fingerprint());
    chat::ConversationId withBob = 0;
    waitFor(
        [&] {
            withBob = alice->conversations().value(0);
            return withBob && alice->state(withBob) == ConversationState::AwaitingApproval;
        },
        "Bob's request");
    alice->acceptPeer(withBob);
    waitFor([&] { return bob.state(toAlice) == ConversationState::Ready; }, "the conversation");

    bob.sendText(toAlice,
        QStringLiteral("Hi Alice! Here is the draft we talked about: "
                       "https://example.org/drafts/q3-report"));
    waitFor([&] { return alice->messages(withBob).size() == 1; }, "Bob's message");
    alice->sendText(withBob, QStringLiteral("Thanks, Bob. Reading it now."));
    waitFor([&] { return bob.messages(toAlice).size() == 2; }, "Alice's message");
    bob.sendText(toAlice,
        QStringLiteral("One more thing: the numbers in section 3 changed after Tuesday's call, "
                       "so please check the table on page 7 before you forward it to anyone.\n"
                       "I'd rather we fix it once than send corrections later."));
    waitFor([&] { return alice->messages(withBob).size() == 3; }, "Bob's second message");
    waitFor(
        [&] { return alice->messages(withBob).at(1).delivery == chat::DeliveryState::Delivered; },
        "the delivery receipt");
    alice->setVerified(withBob, true);
    bob.setTyping(toAlice, true);
    auto *typing = child<QLabel>(&window, "typingLabel");
    waitFor([&] { return !typing->text().isEmpty(); }, "the typing notice");
    window.selectConversation(withBob);
    save(&window, QStringLiteral("conversation.png"));
    bob.setTyping(toAlice, false);
    waitFor([&] { return typing->text().isEmpty(); }, "the typing notice to go");
    QTemporaryDir scratch;
    if (!scratch.isValid())
        throw Unreachable("could not create a folder for files");
    fileTransfers(window, alice, withBob, bob, QDir(scratch.path()));

    // Searching every conversation for a word, as typed; the results come from the history.
    gui::SearchPanel *search = window.openSearch(true);
    QTest::keyClicks(search->searchEdit(), QStringLiteral("numbers"));
    waitFor([&] { return search->resultCount() == 2; }, "the search results");
    save(&window, QStringLiteral("search.png"));
    QTest::keyClick(search->searchEdit(), Qt::Key_Escape);

    // The verify dialog for that conversation, and the connect tab as someone would fill it in
    // (the host tab would show this machine's own addresses).
    window.openVerifyDialog();
    auto *verify = window.findChild<gui::VerifyPeerDialog *>();
    if (!verify)
        throw Unreachable("the verify dialog did not open");
    save(verify, QStringLiteral("verify.png"));
    verify->reject();
    gui::HostConnectDialog *connectDialog = window.openHostConnectDialog(false);
    connectDialog->setConnectTarget(QStringLiteral("192.168.1.20"), storage::Settings::kDefaultPort,
        bobIdentity.fingerprint().grouped());
    save(connectDialog, QStringLiteral("connect.png"));
    connectDialog->reject();

    // The connect tab with LAN discovery on: who announces is staged (no multicast here).
    gui::HostConnectDialog *nearbyDialog = window.openHostConnectDialog(false);
    nearbyDialog->setNearbyHosts(
        { { QStringLiteral("Bob"), QHostAddress(QStringLiteral("192.168.1.20")),
              storage::Settings::kDefaultPort, bobIdentity.fingerprint() },
            { QStringLiteral("Carol"), QHostAddress(QStringLiteral("192.168.1.31")),
                storage::Settings::kDefaultPort,
                crypto::Fingerprint::fromBytes(QByteArray(crypto::Fingerprint::kSize, '\x5c')) } },
        true);
    if (auto *nearbyList = nearbyDialog->findChild<QListWidget *>(QStringLiteral("nearbyList")))
        nearbyList->setCurrentRow(0);
    else
        throw Unreachable("the connect dialog has no list of hosts nearby");
    save(nearbyDialog, QStringLiteral("nearby.png"));
    nearbyDialog->reject();

    // The invite dialog, as a host behind a home router sees it: the router's answer is staged
    // with a documentation address (RFC 5737), as no router is asked here.
    alice->setExternalAddress(QHostAddress(QStringLiteral("203.0.113.7")), 47000);
    gui::InviteDialog *inviteDialog = window.openInviteDialog();
    inviteDialog->createInvite();
    if (!inviteDialog->invite())
        throw Unreachable("the invite dialog made no invite");
    save(inviteDialog, QStringLiteral("invite.png"));
    inviteDialog->reject();
    alice->setExternalAddress({}, 0);

    // Alice connects to Dave, who has not accepted her yet: she sees that she waits, and what
    // she writes stays queued.
    const crypto::Identity daveIdentity = generate(QStringLiteral("Dave"));
    chat::ChatController dave(daveIdentity, nullptr);
    if (!dave.listen(QHostAddress::LocalHost, 0, &error))
        throw Unreachable("Dave could not listen on loopback: " + error.toStdString());
    const chat::ConversationId toDave
        = alice->connectToPeer(QStringLiteral("127.0.0.1"), dave.listeningPort());
    waitFor(
        [&] {
            return alice->state(toDave) == ConversationState::Ready
                && alice->peer(toDave).heldByPeer != chat::HeldByPeer::No;
        },
        "Dave holding Alice for his decision");
    window.selectConversation(toDave);
    alice->sendText(toDave, QStringLiteral("Hi Dave, it's Alice from the review."));
    save(&window, QStringLiteral("held.png"));
    dave.closeAll();

    // 3. Someone else calling themselves Bob, with another key.
    const crypto::Identity mallory = generate(QStringLiteral("Bob"));
    storage::ContactStore malloryKnown(malloryProfile.path());
    chat::ChatController impostor(mallory, &malloryKnown);
    impostor.connectToPeer(QStringLiteral("127.0.0.1"), alice->listeningPort());
    chat::ConversationId changed = 0;
    waitFor(
        [&] {
            for (const chat::ConversationId id : alice->conversations()) {
                if (alice->state(id) == ConversationState::KeyChanged)
                    changed = id;
            }
            return changed != 0;
        },
        "the key-change warning");
    window.selectConversation(changed);
    save(&window, QStringLiteral("key-changed.png"));

    impostor.closeAll();
    bob.closeAll();
    window.close();
    waitFor([&] { return !window.isVisible(); }, "the window to close");
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QApplication app(argc, argv);
    securechat::applyApplicationIdentity();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.size() > 3 || (args.size() == 3 && args.at(2) != u"--dark")) {
        std::fprintf(stderr, "usage: securechat-screenshots OUTPUT-DIR [--dark]\n");
        return 2;
    }
    if (!QDir().mkpath(args.at(1))) {
        std::fprintf(stderr, "screenshots: cannot create %s\n", qPrintable(args.at(1)));
        return 1;
    }
    if (args.size() == 3)
        useDarkPalette();
    try {
        Tour(args.at(1)).run();
    } catch (const Unreachable &failure) {
        std::fprintf(stderr, "screenshots: FAILED: %s\n", failure.what());
        return 1;
    }
    return 0;
}
