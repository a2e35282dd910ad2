#include <MainWindow.h>

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

using securechat::gui::MainWindow;

TEST_CASE("The main window opens titled with the application name", "[gui][mainwindow]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.isVisible());
    CHECK(window.windowTitle() == QStringLiteral("SecureChat"));
    CHECK(window.menuBar()->actions().size() >= 1);
}
