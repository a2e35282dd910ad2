// SPDX-License-Identifier: MIT
#include "gui/MainWindow.h"

#include "TestIdentity.h"
#include "TestProfile.h"
#include "chat/ChatController.h"
#include "chat/Profile.h"
#include "gui/InviteDialog.h"
#include "gui/SettingsDialog.h"
#include "storage/Settings.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using securechat::gui::MainWindow;
using namespace securechat;

TEST_CASE("The main window opens on the welcome page and quits on request", "[gui][mainwindow]")
{
    QTemporaryDir folder;
    chat::Profile profile(folder.path());
    MainWindow window(test::startedProfile(profile, test::aliceIdentity()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle() == QStringLiteral("SecureChat"));
    CHECK(window.menuBar()->actions().size() >= 3);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    REQUIRE(pages);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("welcomePage"));
    const QString welcome
        = window.findChild<QLabel *>(QStringLiteral("welcomeFingerprintLabel"))->text();
    CHECK(welcome.contains(QStringLiteral("Alice")));
    CHECK(welcome.contains(test::aliceIdentity().fingerprint().grouped().left(19)));

    window.close(); // says bye to everyone first, then closes
    REQUIRE(QTest::qWaitFor([&] { return !window.isVisible(); }, 5000));
}

TEST_CASE("Invite someone is offered while hosting and makes an invite to this host",
    "[gui][mainwindow][invite]")
{
    QTemporaryDir folder;
    chat::Profile profile(folder.path());
    MainWindow window(test::startedProfile(profile, test::aliceIdentity()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionInvite"));
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled());

    REQUIRE(profile.controller()->listen(QHostAddress::LocalHost, 0));
    CHECK(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<gui::InviteDialog *>();
    REQUIRE(dialog);
    dialog->createInvite();
    REQUIRE(dialog->invite());
    const auto invite = *dialog->invite();
    CHECK(invite.hostFingerprint == test::aliceIdentity().fingerprint());
    REQUIRE(invite.addresses.size() == 1);
    CHECK(invite.addresses.first().port == profile.controller()->listeningPort());
    dialog->close();

    profile.controller()->stopListening();
    CHECK_FALSE(action->isEnabled());
    window.close();
    REQUIRE(QTest::qWaitFor([&] { return !window.isVisible(); }, 5000));
}

TEST_CASE("A new display name from Settings applies at once, without a restart",
    "[gui][mainwindow][settings]")
{
    QTemporaryDir folder;
    chat::Profile profile(folder.path());
    MainWindow window(test::startedProfile(profile, test::aliceIdentity()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
    auto *dialog = window.findChild<gui::SettingsDialog *>();
    REQUIRE(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    REQUIRE(name);
    name->setText(QStringLiteral("Alice Liddell"));
    dialog->accept();
    // What peers are told in the next hello, and what the window says.
    CHECK(profile.displayName() == QStringLiteral("Alice Liddell"));
    CHECK(profile.controller()->identity().displayName == QStringLiteral("Alice Liddell"));
    CHECK(window.findChild<QLabel *>(QStringLiteral("welcomeFingerprintLabel"))
              ->text()
              .contains(QStringLiteral("Alice Liddell")));
    window.close();
    REQUIRE(QTest::qWaitFor([&] { return !window.isVisible(); }, 5000));
}
