// SPDX-License-Identifier: MIT
#include "chat/Profile.h"

#include "ChatTestSupport.h"
#include "storage/HistoryStore.h"
#include "storage/IdentityStore.h"
#include "storage/Settings.h"

using namespace securechat;
using namespace securechat::test;
using chat::ConversationState;

TEST_CASE("A profile introduces the user by the name chosen in Settings, in every program",
    "[chat][profile]")
{
    QTemporaryDir folder;
    {
        // What the desktop app's Settings dialog writes.
        storage::Settings settings(folder.path());
        settings.setDisplayName(QStringLiteral("Alicia"));
        REQUIRE(settings.sync());
    }
    // A second program opening the same profile (the CLI, say) sees the same name.
    chat::Profile profile(folder.path());
    chat::ChatController *controller = profile.start(identity(Who::Alice));
    controller->setTimeouts(testTimeouts());
    CHECK(profile.displayName() == QStringLiteral("Alicia"));
    CHECK(profile.start(identity(Who::Alice)) == controller); // started once

    Node host(Who::Host);
    host.listen();
    const auto toHost = controller->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    const auto atHost = host.waitForConversation();
    REQUIRE(atHost != 0);
    REQUIRE(host.waitForState(atHost, ConversationState::AwaitingApproval));
    CHECK(host->peer(atHost).displayName == QStringLiteral("Alicia"));
    host->acceptPeer(atHost);
    REQUIRE(QTest::qWaitFor(
        [&] { return controller->state(toHost) == ConversationState::Ready; }, kWaitMs));
}

TEST_CASE("Renaming applies to the next hello without a restart and is stored", "[chat][profile]")
{
    QTemporaryDir folder;
    chat::Profile profile(folder.path());
    chat::ChatController *controller = profile.start(identity(Who::Bob));
    controller->setTimeouts(testTimeouts());
    CHECK(profile.displayName() == QStringLiteral("Bob")); // nothing chosen: the identity's name

    QSignalSpy renamed(&profile, &chat::Profile::displayNameChanged);
    QString error;
    REQUIRE(profile.setDisplayName(QStringLiteral("  Robert "), &error));
    CHECK(renamed.size() == 1);
    CHECK(profile.displayName() == QStringLiteral("Robert"));
    CHECK(storage::Settings(folder.path()).displayName() == QStringLiteral("Robert"));

    Node host(Who::Host);
    host.listen();
    controller->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    const auto atHost = host.waitForConversation();
    REQUIRE(atHost != 0);
    REQUIRE(host.waitForState(atHost, ConversationState::AwaitingApproval));
    CHECK(host->peer(atHost).displayName == QStringLiteral("Robert"));
}

TEST_CASE(
    "Shutting a profile down says goodbye to every peer, then reports once", "[chat][profile]")
{
    QTemporaryDir folder;
    chat::Profile profile(folder.path());
    chat::ChatController *controller = profile.start(identity(Who::Host));
    controller->setTimeouts(testTimeouts());
    REQUIRE(controller->listen(QHostAddress::LocalHost, 0));

    Node alice(Who::Alice);
    const auto toHost
        = alice->connectToPeer(QStringLiteral("127.0.0.1"), controller->listeningPort());
    REQUIRE(QTest::qWaitFor([&] { return !controller->conversations().isEmpty(); }, kWaitMs));
    const auto atHost = controller->conversations().first();
    REQUIRE(QTest::qWaitFor(
        [&] { return controller->state(atHost) == ConversationState::AwaitingApproval; }, kWaitMs));
    controller->acceptPeer(atHost);
    REQUIRE(alice.waitForState(toHost, ConversationState::Ready));

    QSignalSpy shutDown(&profile, &chat::Profile::shutDown);
    profile.shutdown();
    REQUIRE(shutDown.wait(kWaitMs));
    CHECK_FALSE(controller->isListening());
    REQUIRE(alice.waitForState(toHost, ConversationState::Closed));
    CHECK(alice->closeCause(toHost) == chat::CloseCause::ClosedByPeer);
    QTest::qWait(0);
    CHECK(shutDown.size() == 1);

    // A profile that never started has nothing to close and still reports.
    QTemporaryDir other;
    chat::Profile idle(other.path());
    QSignalSpy idleDown(&idle, &chat::Profile::shutDown);
    idle.shutdown();
    CHECK(idleDown.wait(kWaitMs));
}

TEST_CASE("A damaged history is reported, left alone, and chat still works", "[chat][profile]")
{
    QTemporaryDir folder;
    const QString historyPath = storage::HistoryStore::defaultPath(folder.path());
    {
        chat::Profile first(folder.path());
        first.start(identity(Who::Alice));
        REQUIRE(first.history() != nullptr);
        CHECK(first.historyError().isEmpty());
    }
    // Someone (or a failing disk) overwrote the start of the database.
    QFile file(historyPath);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.write(QByteArray(4096, 'x'));
    file.close();
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray damaged = file.readAll();
    file.close();

    chat::Profile profile(folder.path());
    chat::ChatController *controller = profile.start(identity(Who::Alice));
    controller->setTimeouts(testTimeouts());
    CHECK(profile.history() == nullptr);
    REQUIRE_FALSE(profile.historyError().isEmpty());
    CHECK(profile.historyError().contains(QStringLiteral("Nothing in it was changed")));
    CHECK(profile.openWarnings().contains(profile.historyError()));

    // Chat works, in memory.
    Node host(Who::Host);
    host.listen();
    const auto toHost = controller->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    const auto atHost = host.waitForPeer(Who::Alice);
    REQUIRE(atHost != 0);
    host->acceptPeer(atHost);
    REQUIRE(QTest::qWaitFor(
        [&] { return controller->state(toHost) == ConversationState::Ready; }, kWaitMs));
    CHECK_FALSE(controller->keepsHistory(toHost));
    QSignalSpy received(host.controller.get(), &chat::ChatController::messageReceived);
    controller->sendText(toHost, QStringLiteral("still here"));
    REQUIRE(received.wait(kWaitMs));

    // The damaged file is exactly as it was: nothing replaced it.
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == damaged);
}
