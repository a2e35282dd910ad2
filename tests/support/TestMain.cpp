// SPDX-License-Identifier: MIT
// The one main() of every SecureChat test executable: Catch2 runs the tests inside a live
// Q(Core)Application so that event loops, signals and QCA work as they do in the program.
#include "common/AppIdentity.h"

#include <catch2/catch_session.hpp>

#include <QStandardPaths>
#include <QtCrypto>

#ifdef SECURECHAT_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    // Widget tests and test discovery must work without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests never touch the user's real profile.
    QStandardPaths::setTestModeEnabled(true);

    QCA::Initializer qcaInit;
    TestApplication app(argc, argv);
    securechat::applyApplicationIdentity();
    return Catch::Session().run(argc, argv);
}
