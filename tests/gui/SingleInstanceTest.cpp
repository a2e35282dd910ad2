// SPDX-License-Identifier: MIT
#include "gui/SingleInstance.h"

#include "TestIdentity.h"
#include "TestProfile.h"
#include "chat/Profile.h"
#include "gui/HostConnectDialog.h"
#include "gui/MainWindow.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace securechat;
using gui::SingleInstance;

namespace {

QString sampleLink()
{
    return crypto::Invite::create(test::aliceIdentity().fingerprint(), QStringLiteral("Alice"),
        { { QHostAddress(QStringLiteral("192.0.2.7")), 47000 } },
        QDateTime::currentDateTimeUtc().addSecs(3600))
        .toUri();
}

// The real program started a second time with this profile and these arguments; its exit code.
int startSecondInstance(const QTemporaryDir &profile, const QStringList &arguments)
{
    QProcess second;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    second.setProcessEnvironment(environment);
    second.start(QStringLiteral(SECURECHAT_APP_PATH),
        QStringList { QStringLiteral("--profile"), profile.path() } + arguments);
    // The first instance answers from this thread's event loop while the second one waits.
    const bool ended = QTest::qWaitFor(
        [&] { return second.state() == QProcess::NotRunning; }, 20000);
    if (!ended) {
        second.kill();
        (void)second.waitForFinished(5000); // test-side cleanup only
        return -1;
    }
    return second.exitStatus() == QProcess::NormalExit ? second.exitCode() : -2;
}

} // namespace

TEST_CASE("A second start with the same profile hands its invite link to the first and ends",
    "[gui][instance]")
{
    QTemporaryDir profile;
    SingleInstance first(profile.path());
    REQUIRE(first.listen());
    QSignalSpy activated(&first, &SingleInstance::activated);

    const QString link = sampleLink();
    CHECK(startSecondInstance(profile, { link }) == 0);
    REQUIRE(activated.size() == 1);
    CHECK(activated.first().first().toStringList() == QStringList { link });

    // Started again without a link: the window is only brought forward.
    CHECK(startSecondInstance(profile, {}) == 0);
    REQUIRE(activated.size() == 2);
    CHECK(activated.last().first().toStringList().isEmpty());
}

TEST_CASE("Instances for different profiles do not meet, and a crashed one's socket is replaced",
    "[gui][instance]")
{
    QTemporaryDir one, two;
    SingleInstance first(one.path());
    REQUIRE(first.listen());
    const SingleInstance other(two.path());
    CHECK(other.serverName() != first.serverName());
    CHECK_FALSE(other.handToRunning({}, 500));

    // What a crash leaves behind: the socket's name taken by a file nobody listens on.
    QTemporaryDir three;
    SingleInstance crashed(three.path());
    QFile leftover(crashed.serverName());
    REQUIRE(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    CHECK_FALSE(crashed.handToRunning({}, 500));
    CHECK(crashed.listen());
}

TEST_CASE("A link handed over opens the Connect dialog with it, for the user to decide",
    "[gui][instance][invite]")
{
    QTemporaryDir folder;
    chat::Profile profile(folder.path());
    gui::MainWindow window(test::startedProfile(profile, test::bobIdentity()));
    window.show();
    const QString link = sampleLink();
    gui::HostConnectDialog *dialog = window.openInviteLink(link);
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->mode() == gui::HostConnectDialog::Mode::Connect);
    REQUIRE(dialog->invite());
    CHECK(dialog->invite()->toUri() == link);
    CHECK(profile.controller()->conversations().isEmpty()); // nothing happens before OK
    dialog->reject();
    window.close();
    REQUIRE(QTest::qWaitFor([&] { return !window.isVisible(); }, 5000));
}
