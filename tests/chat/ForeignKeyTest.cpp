// SPDX-License-Identifier: MIT
#include "ChatTestSupport.h"
#include "ForeignCertificates.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

using namespace securechat;
using namespace securechat::test;
using chat::ConversationState;

namespace {

// openssl with a foreign certificate, as client (s_client) or host (s_server). The security
// level is lowered so that OpenSSL itself agrees to present an RSA-1024 certificate.
struct OpenSslPeer {
    OpenSslPeer(const ForeignCertificate &foreign, const QStringList &role)
    {
        process.setProgram(QStandardPaths::findExecutable(QStringLiteral("openssl")));
        process.setArguments(role
            + QStringList { QStringLiteral("-tls1_3"), QStringLiteral("-cert"),
                foreign.certificatePath, QStringLiteral("-key"), foreign.keyPath,
                QStringLiteral("-cipher"), QStringLiteral("DEFAULT:@SECLEVEL=0") });
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start();
    }
    ~OpenSslPeer()
    {
        process.kill();
        (void)process.waitForFinished(5000); // test-side cleanup of a child process
    }
    QByteArray output()
    {
        out += process.readAll();
        return out;
    }

    QProcess process;
    QByteArray out;
};

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

// DSA cannot sign in TLS 1.3 at all, so OpenSSL gives up on it inside the handshake; every
// other key reaches SecureChat's check and is refused by name.
void checkRefusal(const ForeignCertificate &foreign, ForeignKey kind, const QString &reason)
{
    INFO(reason.toStdString());
    UNSCOPED_INFO(foreign.name << ": " << reason.toStdString());
    CHECK_FALSE(reason.isEmpty());
    if (kind == ForeignKey::Dsa) {
        CHECK((reason.contains(QString::fromLatin1(foreign.description))
            || reason.contains(QStringLiteral("TLS"))
            || reason.contains(QStringLiteral("certificate"))));
    } else {
        CHECK(reason.contains(QString::fromLatin1(foreign.description)));
        CHECK(reason.contains(QStringLiteral("accepts only RSA keys of 2048 to 4096 bits")));
    }
}

} // namespace

TEST_CASE("Our host refuses clients whose certificate key is not RSA 2048-4096, without a crash",
    "[chat][hostile][foreign-key]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty());
    Node host(Who::Host);
    host.listen();
    QSignalSpy failed(host.controller.get(), &chat::ChatController::incomingFailed);
    for (const ForeignKey kind : allForeignKeys()) {
        const ForeignCertificate &foreign = foreignCertificate(kind);
        INFO(foreign.name);
        failed.clear();
        OpenSslPeer client(foreign,
            { QStringLiteral("s_client"), QStringLiteral("-connect"),
                QStringLiteral("127.0.0.1:%1").arg(host.port()), QStringLiteral("-nocommands"),
                QStringLiteral("-ign_eof") });
        REQUIRE((!failed.isEmpty() || failed.wait(kWaitMs)));
        checkRefusal(foreign, kind, failed.first().at(1).toString());
        // Nothing of the protocol (the host's hello) reached the client.
        REQUIRE(QTest::qWaitFor(
            [&] { return client.process.state() == QProcess::NotRunning; }, kWaitMs));
        CHECK_FALSE(client.output().contains("capabilities"));
        CHECK(host->conversations().isEmpty());
    }

    // The host still serves a SecureChat peer.
    Node alice(Who::Alice);
    const auto [aliceId, hostId] = connectAndAccept(alice, host);
    CHECK(host->state(hostId) == ConversationState::Ready);
}

TEST_CASE("Our client refuses hosts whose certificate key is not RSA 2048-4096, without a crash",
    "[chat][hostile][foreign-key]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty());
    for (const ForeignKey kind : allForeignKeys()) {
        const ForeignCertificate &foreign = foreignCertificate(kind);
        for (const bool withExpected : { false, true }) {
            INFO(foreign.name << (withExpected ? " with --expect" : ""));
            const quint16 port = freeLoopbackPort();
            OpenSslPeer server(foreign,
                { QStringLiteral("s_server"), QStringLiteral("-accept"),
                    QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-naccept"),
                    QStringLiteral("1") });
            REQUIRE(QTest::qWaitFor([&] { return server.output().contains("ACCEPT"); }, kWaitMs));

            Node client(Who::Alice);
            // Expecting exactly the key it presents does not make it acceptable.
            const crypto::Fingerprint expected = withExpected
                ? crypto::Fingerprint::ofCertificate(foreign.certificate)
                : crypto::Fingerprint();
            REQUIRE(withExpected != expected.isNull());
            const auto id = client->connectToPeer(QStringLiteral("127.0.0.1"), port, expected);
            REQUIRE(client.waitForState(id, ConversationState::Closed));
            checkRefusal(foreign, kind, client->closeReason(id));
            CHECK(client->closeCause(id) == net::CloseCause::TlsFailure);
            CHECK(client->messages(id).isEmpty());
            CHECK(client.contacts->all().isEmpty());
        }
    }
}
