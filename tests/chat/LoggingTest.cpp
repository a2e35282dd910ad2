// SPDX-License-Identifier: MIT
#include "common/Logging.h"

#include "ChatTestSupport.h"

#include <QMutex>

using namespace securechat;
using namespace securechat::test;

namespace {

QMutex logMutex;
QStringList *capturedLog = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    if (capturedLog)
        capturedLog->append(QStringLiteral("%1: %2").arg(
            QLatin1StringView(context.category ? context.category : ""), message));
}

} // namespace

TEST_CASE("A verbose log tells the life of a session and never what was said", "[chat][logging]")
{
    QStringList log;
    {
        QMutexLocker lock(&logMutex);
        capturedLog = &log;
    }
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    enableVerboseLogging();

    const QString secret = QStringLiteral("zebra-orchid-4711 meet at the old mill");
    {
        Node host(Who::Host);
        Node alice(Who::Alice);
        host.listen();
        const auto [aliceId, hostId] = connectAndAccept(alice, host);
        QSignalSpy received(host.controller.get(), &chat::ChatController::messageReceived);
        alice->sendText(aliceId, secret);
        REQUIRE(received.wait(kWaitMs));
        alice->closeConversation(aliceId);
        REQUIRE(host.waitForState(hostId, chat::ConversationState::Closed));
        REQUIRE(alice.waitForState(aliceId, chat::ConversationState::Closed));
    }

    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);
    {
        QMutexLocker lock(&logMutex);
        capturedLog = nullptr;
    }
    const QString all = log.join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("securechat.net: session established")));
    CHECK(all.contains(QStringLiteral("securechat.chat: listening on")));
    CHECK(all.contains(QStringLiteral("closed, cause")));
    CHECK_FALSE(all.contains(QStringLiteral("zebra")));
    CHECK_FALSE(all.contains(QStringLiteral("old mill")));
    CHECK_FALSE(all.contains(QStringLiteral("PRIVATE KEY")));
    CHECK_FALSE(all.contains(QStringLiteral("BEGIN")));
}
