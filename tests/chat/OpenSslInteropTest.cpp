// SPDX-License-Identifier: MIT
#include "ChatTestSupport.h"
#include "net/MessageCodec.h"
#include "net/Protocol.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtEndian>

using namespace securechat;
using namespace securechat::test;
using chat::ConversationState;

namespace {

QByteArray frame(const QByteArray &payload)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), bytes.data());
    return bytes + payload;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// openssl s_client talking to a listening host: a TLS implementation nobody here wrote.
struct SClient {
    SClient(quint16 port, const QStringList &extra)
    {
        process.setProgram(QStandardPaths::findExecutable(QStringLiteral("openssl")));
        process.setArguments(
            QStringList { QStringLiteral("s_client"), QStringLiteral("-connect"),
                QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-tls1_3"),
                QStringLiteral("-nocommands"), QStringLiteral("-ign_eof") }
            + extra);
        process.start();
    }
    ~SClient()
    {
        process.kill();
        (void)process.waitForFinished(5000); // test-side cleanup of a child process
    }
    bool started()
    {
        return QTest::qWaitFor([&] { return process.state() == QProcess::Running; }, kWaitMs);
    }
    QByteArray output()
    {
        out += process.readAllStandardOutput();
        return out;
    }
    bool waitForOutput(const QByteArray &needle)
    {
        return QTest::qWaitFor([&] { return output().contains(needle); }, kWaitMs);
    }

    QProcess process;
    QByteArray out;
};

} // namespace

TEST_CASE("openssl s_client negotiates TLS 1.3 with a certificate and is refused without one",
    "[chat][interop]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty());
    Node host(Who::Host);
    host.listen();
    QSignalSpy failed(host.controller.get(), &chat::ChatController::incomingFailed);

    SECTION("with a client certificate: TLS 1.3, then the SecureChat protocol by hand")
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("carol.crt"));
        const QString key = dir.filePath(QStringLiteral("carol.key"));
        REQUIRE(writeFile(cert, identity(Who::Carol).sslCertificate().toPem()));
        REQUIRE(writeFile(key, identity(Who::Carol).sslKey().toPem()));
        SClient client(host.port(), { QStringLiteral("-cert"), cert, QStringLiteral("-key"), key });
        REQUIRE(client.started());
        REQUIRE(client.waitForOutput("Protocol: TLSv1.3"));
        CHECK(client.output().contains("New, TLSv1.3, Cipher is TLS_"));
        // The host's hello comes through the TLS stream.
        REQUIRE(client.waitForOutput("capabilities"));

        client.process.write(frame(net::MessageCodec::encode(net::Hello {
            1, QStringLiteral("OpenSSL"), QStringLiteral("openssl s_client"), {}, {} })));
        const auto id = host.waitForConversation();
        REQUIRE(id != 0);
        REQUIRE(host.waitForState(id, ConversationState::AwaitingApproval));
        CHECK(host->peer(id).displayName == QStringLiteral("OpenSSL"));
        CHECK(host->peer(id).fingerprint == identity(Who::Carol).fingerprint());
        CHECK(host->peer(id).tlsProtocol == QStringLiteral("TLS 1.3"));
        host->acceptPeer(id);
        REQUIRE(host->sendText(id, QStringLiteral("greetings, s_client")).size() > 0);
        REQUIRE(client.waitForOutput("greetings, s_client"));

        client.process.write(frame(net::MessageCodec::encode(net::Text { QStringLiteral("o1"),
            QStringLiteral("typed through openssl"), QDateTime::currentDateTimeUtc() })));
        REQUIRE(QTest::qWaitFor([&] { return host->messages(id).size() == 2; }, kWaitMs));
        CHECK(host->messages(id).last().body == QStringLiteral("typed through openssl"));
        CHECK(failed.isEmpty());
    }
    SECTION("without a client certificate the host refuses the handshake")
    {
        SClient client(host.port(), {});
        REQUIRE(client.started());
        REQUIRE((failed.size() == 1 || failed.wait(kWaitMs)));
        const QString reason = failed.first().at(1).toString();
        INFO(reason.toStdString());
        CHECK(reason.contains(QStringLiteral("certificate")));
        REQUIRE(QTest::qWaitFor(
            [&] { return client.process.state() == QProcess::NotRunning; }, kWaitMs));
        // No hello ever reached the client, and no conversation was created.
        CHECK_FALSE(client.output().contains("capabilities"));
        CHECK(host->conversations().isEmpty());
    }
}
