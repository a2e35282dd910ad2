#include "app/ScreenshotTour.h"

#include "crypto/KeyGenerator.h"
#include "gui/FirstRunDialog.h"
#include "gui/HostConnectDialog.h"
#include "gui/MainWindow.h"
#include "gui/VerifyPeerDialog.h"
#include "storage/IdentityStore.h"
#include "storage/KnownPeers.h"
#include "storage/Settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QTemporaryDir>
#include <QTimer>

namespace securechat::app {

namespace {
constexpr int kWaitMs = 120000; // generous: a 3072-bit key on a slow, busy machine
using chat::ConversationState;
} // namespace

ScreenshotTour::ScreenshotTour(const QString &outputDirectory)
    : m_outputDirectory(outputDirectory)
{ }

// A scripted scenario, not the interactive program: it may spin a local event loop until
// something has happened.
bool ScreenshotTour::waitUntil(
    const std::function<bool()> &condition, int timeoutMs, const char *what)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs) {
            qWarning("screenshots: timed out waiting for %s", what);
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool ScreenshotTour::save(QWidget *widget, const QString &name, int settleMs)
{
    // Let pending layouts and paints settle before grabbing.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QElapsedTimer settle;
    settle.start();
    waitUntil(
        [&] { return settle.elapsed() >= settleMs; }, settleMs + 1000, "the window to settle");
    const QString path = QDir(m_outputDirectory).filePath(name);
    if (!widget->grab().save(path)) {
        qWarning("screenshots: could not write %s", qPrintable(path));
        return false;
    }
    qInfo("screenshots: wrote %s", qPrintable(path));
    return true;
}

crypto::Identity ScreenshotTour::generate(const QString &name)
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
    waitUntil([&] { return done; }, kWaitMs, "a peer's key");
    return identity;
}

int ScreenshotTour::run()
{
    if (!QDir().mkpath(m_outputDirectory))
        return 1;
    // For checking by eye that every widget follows a dark system palette.
    if (qEnvironmentVariable("SECURECHAT_SCREENSHOT_PALETTE") == QLatin1String("dark")) {
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
    QTemporaryDir aliceProfile, bobProfile, malloryProfile;

    // 1. First run: the form filled in, the key being generated.
    storage::IdentityStore store(aliceProfile.path());
    gui::FirstRunDialog firstRun(&store);
    firstRun.show();
    firstRun.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Alice"));
    firstRun.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"))
        ->setText(QStringLiteral("correct horse battery staple"));
    firstRun.findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
        ->setText(QStringLiteral("correct horse battery staple"));
    waitUntil([&] { return firstRun.isVisible(); }, kWaitMs, "the first-run dialog to show");
    firstRun.accept();
    // Grabbed at once: on a fast machine the key is ready within a second.
    if (!save(&firstRun, QStringLiteral("first-run.png"), 0))
        return 1;
    if (!waitUntil([&] { return firstRun.result() == QDialog::Accepted; }, kWaitMs,
            "the first-run dialog"))
        return 1;
    firstRun.hide();

    // 2. A verified conversation with Bob.
    storage::KnownPeers knownPeers(aliceProfile.path());
    storage::Settings settings(aliceProfile.path());
    gui::MainWindow window(firstRun.identity(), &knownPeers, &settings);
    window.resize(980, 660);
    window.show();
    // Without a window manager nothing activates the window, and messages would count as
    // unread.
    window.activateWindow();
    chat::ChatController *alice = window.controller();
    if (!alice->listen(QHostAddress::LocalHost, storage::Settings::kDefaultPort)
        && !alice->listen(QHostAddress::LocalHost, 0))
        return 1;

    const crypto::Identity bobIdentity = generate(QStringLiteral("Bob"));
    storage::KnownPeers bobKnown(bobProfile.path());
    chat::ChatController bob(bobIdentity, &bobKnown);
    const auto toAlice = bob.connectToPeer(
        QStringLiteral("127.0.0.1"), alice->listeningPort(), firstRun.identity().fingerprint());
    chat::ConversationId withBob = 0;
    if (!waitUntil(
            [&] {
                withBob = alice->conversations().value(0);
                return withBob && alice->state(withBob) == ConversationState::AwaitingApproval;
            },
            kWaitMs, "Bob's request"))
        return 1;
    alice->acceptPeer(withBob);
    if (!waitUntil([&] { return bob.state(toAlice) == ConversationState::Ready; }, kWaitMs,
            "the conversation"))
        return 1;

    bob.sendText(toAlice,
        QStringLiteral("Hi Alice! Here is the draft we talked about: "
                       "https://example.org/drafts/q3-report"));
    waitUntil([&] { return alice->messages(withBob).size() == 1; }, kWaitMs, "Bob's message");
    alice->sendText(withBob, QStringLiteral("Thanks, Bob. Reading it now."));
    waitUntil([&] { return bob.messages(toAlice).size() == 2; }, kWaitMs, "Alice's message");
    bob.sendText(toAlice,
        QStringLiteral("One more thing: the numbers in section 3 changed after Tuesday's call, "
                       "so please check the table on page 7 before you forward it to anyone.\n"
                       "I'd rather we fix it once than send corrections later."));
    waitUntil(
        [&] { return alice->messages(withBob).size() == 3; }, kWaitMs, "Bob's second message");
    waitUntil(
        [&] {
            const auto messages = alice->messages(withBob);
            return messages.at(1).delivery == chat::DeliveryState::Delivered;
        },
        kWaitMs, "the delivery receipt");
    alice->setVerified(withBob, true);
    bob.setTyping(toAlice, true);
    auto *typing = window.findChild<QLabel *>(QStringLiteral("typingLabel"));
    waitUntil([&] { return !typing->text().isEmpty(); }, kWaitMs, "the typing notice");
    window.selectConversation(withBob);
    if (!save(&window, QStringLiteral("conversation.png")))
        return 1;

    // The verify dialog for that conversation, and the connect tab as someone would fill it in
    // (the host tab would show this machine's own addresses).
    window.openVerifyDialog();
    if (auto *verify = window.findChild<gui::VerifyPeerDialog *>()) {
        const bool saved = save(verify, QStringLiteral("verify.png"));
        verify->reject();
        if (!saved)
            return 1;
    }
    gui::HostConnectDialog *connectDialog = window.openHostConnectDialog(false);
    connectDialog->setConnectTarget(QStringLiteral("192.168.1.20"), storage::Settings::kDefaultPort,
        bobIdentity.fingerprint().grouped());
    const bool connectSaved = save(connectDialog, QStringLiteral("connect.png"));
    connectDialog->reject();
    if (!connectSaved)
        return 1;

    // 3. Someone else calling themselves Bob, with another key.
    const crypto::Identity mallory = generate(QStringLiteral("Bob"));
    storage::KnownPeers malloryKnown(malloryProfile.path());
    chat::ChatController impostor(mallory, &malloryKnown);
    impostor.connectToPeer(QStringLiteral("127.0.0.1"), alice->listeningPort());
    chat::ConversationId changed = 0;
    if (!waitUntil(
            [&] {
                changed = alice->conversations().value(1);
                return changed && alice->state(changed) == ConversationState::KeyChanged;
            },
            kWaitMs, "the key-change warning"))
        return 1;
    window.selectConversation(changed);
    if (!save(&window, QStringLiteral("key-changed.png")))
        return 1;

    impostor.closeAll();
    bob.closeAll();
    window.close();
    waitUntil([&] { return !window.isVisible(); }, 5000, "the window to close");
    return 0;
}

} // namespace securechat::app
