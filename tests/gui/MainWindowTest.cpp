// SPDX-License-Identifier: MIT
#include "gui/MainWindow.h"

#include "TestIdentity.h"
#include "TestProfile.h"
#include "chat/Profile.h"
#include "storage/Settings.h"

#include <catch2/catch_test_macros.hpp>

#include <QLabel>
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
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 5000);
}
