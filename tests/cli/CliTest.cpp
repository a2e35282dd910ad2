#include "../chat/ChatTestSupport.h"

#include <QProcess>
#include <QRegularExpression>

using namespace securechat;
using namespace securechat::test;
using chat::ConversationState;

namespace {

// One securechat-cli process with its output collected as it arrives.
class Cli
{
public:
    explicit Cli(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(SECURECHAT_CLI_PATH));
        m_process.setArguments(arguments);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
            [this] { m_out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError,
            [this] { m_err += m_process.readAllStandardError(); });
        m_process.start();
    }
    ~Cli()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            (void)m_process.waitForFinished(5000); // test-side cleanup only
        }
    }

    QString out() const { return QString::fromUtf8(m_out); }
    QString err() const { return QString::fromUtf8(m_err); }
    bool waitForErr(const QString &text, int ms = kWaitMs)
    {
        return QTest::qWaitFor([&] { return err().contains(text); }, ms);
    }
    bool waitForOut(const QString &text, int ms = kWaitMs)
    {
        return QTest::qWaitFor([&] { return out().contains(text); }, ms);
    }
    void writeLine(const QString &line) { m_process.write(line.toUtf8() + '\n'); }
    void endInput() { m_process.closeWriteChannel(); }
    void terminate() { m_process.terminate(); }
    // The exit code, or -1 if it did not exit in time.
    int waitForExit(int ms = kWaitMs)
    {
        if (!QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, ms))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }
    quint16 listeningPort()
    {
        static const QRegularExpression pattern(QStringLiteral("port (\\d+)\\."));
        if (!QTest::qWaitFor([&] { return pattern.match(err()).hasMatch(); }, kWaitMs))
            return 0;
        return quint16(pattern.match(err()).captured(1).toUInt());
    }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

QStringList profileArgs(const QTemporaryDir &dir, const QString &who)
{
    return { QStringLiteral("--profile"), dir.filePath(who), QStringLiteral("--name"), who,
        QStringLiteral("--key-bits"), QStringLiteral("2048") };
}

QString safetyNumberIn(const QString &err)
{
    static const QRegularExpression pattern(QStringLiteral("safety number: +([0-9 ]{71})"));
    return pattern.match(err).captured(1);
}

// A host on 127.0.0.1, on a free port (read back with listeningPort()), accepting new peers.
QStringList loopbackHostArgs(const QTemporaryDir &dir, const QString &who)
{
    return QStringList { QStringLiteral("host"), QStringLiteral("--port"), QStringLiteral("0"),
        QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--accept-new") }
    + profileArgs(dir, who);
}

} // namespace

TEST_CASE("Two securechat-cli processes chat over loopback", "[cli]")
{
    QTemporaryDir dir;
    Cli host(loopbackHostArgs(dir, QStringLiteral("Hosty")));
    const quint16 port = host.listeningPort();
    INFO(host.err().toStdString());
    REQUIRE(port != 0);
    CHECK(host.err().contains(QStringLiteral("your fingerprint:")));

    Cli client(QStringList { QStringLiteral("connect"), QStringLiteral("127.0.0.1:%1").arg(port),
                   QStringLiteral("--accept-new") }
        + profileArgs(dir, QStringLiteral("Clio")));
    REQUIRE(client.waitForErr(QStringLiteral("Connected to Hosty")));
    REQUIRE(host.waitForErr(QStringLiteral("Connected to Clio")));
    CHECK(client.err().contains(QStringLiteral("their fingerprint:")));
    CHECK_FALSE(safetyNumberIn(client.err()).isEmpty());
    CHECK(safetyNumberIn(client.err()) == safetyNumberIn(host.err()));

    client.writeLine(QStringLiteral("hello from clio"));
    client.writeLine(QStringLiteral("ünïcödé ✓ 🙂"));
    client.writeLine(QString());
    host.writeLine(QStringLiteral("hi clio"));
    REQUIRE(host.waitForOut(QStringLiteral("Clio: \n")));
    CHECK(host.out()
        == QStringLiteral("Clio: hello from clio\nClio: ünïcödé ✓ 🙂\nClio: \n"));
    REQUIRE(client.waitForOut(QStringLiteral("Hosty: hi clio\n")));
    CHECK(client.out() == QStringLiteral("Hosty: hi clio\n"));

    client.endInput();
    CHECK(client.waitForExit() == 0);
    REQUIRE(host.waitForErr(QStringLiteral("Conversation with Clio ended")));
    host.endInput();
    CHECK(host.waitForExit() == 0);

    // Second run: both remember each other, nobody is new.
    Cli host2(QStringList { QStringLiteral("host"), QStringLiteral("--port"), QStringLiteral("0"),
                  QStringLiteral("--bind"), QStringLiteral("127.0.0.1") }
        + profileArgs(dir, QStringLiteral("Hosty")));
    const quint16 port2 = host2.listeningPort();
    REQUIRE(port2 != 0);
    Cli client2({ QStringLiteral("connect"), QStringLiteral("127.0.0.1:%1").arg(port2),
        QStringLiteral("--profile"), dir.filePath(QStringLiteral("Clio")) });
    REQUIRE(client2.waitForErr(QStringLiteral("key known")));
    REQUIRE(host2.waitForErr(QStringLiteral("key known")));
    client2.endInput();
    CHECK(client2.waitForExit() == 0);
    host2.endInput();
    CHECK(host2.waitForExit() == 0);
}

TEST_CASE("securechat-cli prints each message on one safe line and follows the host", "[cli]")
{
    QTemporaryDir dir;
    Node host(Who::Host);
    host.listen();
    Cli cli(QStringList { QStringLiteral("connect"),
                QStringLiteral("127.0.0.1:%1").arg(host.port()), QStringLiteral("--accept-new") }
        + profileArgs(dir, QStringLiteral("Terminal")));
    const auto id = host.waitForConversation();
    REQUIRE(id != 0);
    REQUIRE(host.waitForState(id, ConversationState::AwaitingApproval));
    host->acceptPeer(id);
    REQUIRE(cli.waitForErr(QStringLiteral("Connected to Host")));
    host->sendText(id, QStringLiteral("two\nlines\r\x1b[31mred\x07 and a tab\tok"));
    REQUIRE(cli.waitForOut(QStringLiteral("ok\n")));
    CHECK(cli.out() == QStringLiteral("Host: two\\nlines\\r\\x1b[31mred\\x07 and a tab\tok\n"));

    host->closeConversation(id);
    CHECK(cli.waitForExit() == 0);
    CHECK(cli.err().contains(QStringLiteral("Host ended the conversation.")));
}

TEST_CASE("SIGTERM (or Ctrl+C) makes securechat-cli say goodbye before it exits", "[cli]")
{
    QTemporaryDir dir;
    Cli host(loopbackHostArgs(dir, QStringLiteral("Quitter")));
    const quint16 port = host.listeningPort();
    REQUIRE(port != 0);
    Node alice(Who::Alice);
    const auto id = alice->connectToPeer(QStringLiteral("127.0.0.1"), port);
    REQUIRE(alice.waitForState(id, ConversationState::Ready));
    REQUIRE(host.waitForErr(QStringLiteral("Connected to Alice")));
    host.terminate();
    CHECK(host.waitForExit() == 0);
    REQUIRE(alice.waitForState(id, ConversationState::Closed));
    CHECK(alice->closeReason(id) == QStringLiteral("Quitter quit SecureChat."));
}

TEST_CASE("securechat-cli refuses and fails with documented exit codes", "[cli]")
{
    QTemporaryDir dir;
    Node host(Who::Host);
    host.listen();
    const QString address = QStringLiteral("127.0.0.1:%1").arg(host.port());

    SECTION("an unknown host with input that is not a terminal and no --accept-new: 5")
    {
        Cli cli(QStringList { QStringLiteral("connect"), address }
            + profileArgs(dir, QStringLiteral("Careful")));
        CHECK(cli.waitForExit() == 5);
        CHECK(cli.err().contains(QStringLiteral("Refusing unknown peer Host")));
    }
    SECTION("an expected fingerprint that does not match: 5")
    {
        const QString wrong = identity(Who::Bob).fingerprint().toHex().toUpper();
        Cli cli(
            QStringList { QStringLiteral("connect"), address, QStringLiteral("--expect"), wrong }
            + profileArgs(dir, QStringLiteral("Expecting")));
        CHECK(cli.waitForExit() == 5);
        CHECK(cli.err().contains(QStringLiteral("but you expected")));
    }
    SECTION("a matching expected fingerprint, given with separators in lower case: connects")
    {
        const QString right
            = identity(Who::Host).fingerprint().grouped().toLower().replace(u' ', u':');
        Cli cli(
            QStringList { QStringLiteral("connect"), address, QStringLiteral("--expect"), right }
            + profileArgs(dir, QStringLiteral("Expecting")));
        REQUIRE(cli.waitForErr(QStringLiteral("Connected to Host")));
        CHECK(cli.err().contains(QStringLiteral("key verified")));
        cli.endInput();
        CHECK(cli.waitForExit() == 0);
    }
    SECTION("the host declines: 4")
    {
        QSignalSpy added(host.controller.get(), &chat::ChatController::conversationAdded);
        Cli cli(QStringList { QStringLiteral("connect"), address, QStringLiteral("--accept-new") }
            + profileArgs(dir, QStringLiteral("Unwanted")));
        const auto id = host.waitForConversation();
        REQUIRE(id != 0);
        REQUIRE(host.waitForState(id, ConversationState::AwaitingApproval));
        host->rejectPeer(id);
        CHECK(cli.waitForExit() == 4);
        CHECK(cli.err().contains(QStringLiteral("Host declined the conversation.")));
    }
    SECTION("nobody listening: 4")
    {
        const quint16 port = host.port();
        host->stopListening();
        Cli cli(QStringList { QStringLiteral("connect"), QStringLiteral("127.0.0.1:%1").arg(port) }
            + profileArgs(dir, QStringLiteral("Lonely")));
        CHECK(cli.waitForExit() == 4);
        CHECK(cli.err().contains(QStringLiteral("connection refused")));
    }
    SECTION("a port in use: 3")
    {
        Cli cli(QStringList { QStringLiteral("host"), QStringLiteral("--bind"),
                    QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                    QString::number(host.port()) }
            + profileArgs(dir, QStringLiteral("Second")));
        CHECK(cli.waitForExit() == 3);
        CHECK(cli.err().contains(QStringLiteral("already in use")));
    }
    SECTION("bad command lines: 1")
    {
        CHECK(Cli({ QStringLiteral("chat") }).waitForExit() == 1);
        CHECK(Cli({ QStringLiteral("connect") }).waitForExit() == 1);
        CHECK(Cli({ QStringLiteral("connect"), address, QStringLiteral("--expect"),
                      QStringLiteral("abc") })
                  .waitForExit()
            == 1);
        CHECK(Cli({ QStringLiteral("host"), QStringLiteral("--key-bits"), QStringLiteral("1024") })
                  .waitForExit()
            == 1);
    }
    SECTION("an unreadable identity: 2, and the file is left alone")
    {
        const QString profile = dir.filePath(QStringLiteral("Broken"));
        REQUIRE(QDir().mkpath(profile));
        QFile file(profile + QStringLiteral("/identity.pem"));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not an identity\n");
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Cli cli({ QStringLiteral("connect"), address, QStringLiteral("--profile"), profile });
        CHECK(cli.waitForExit() == 2);
        QFile check(profile + QStringLiteral("/identity.pem"));
        REQUIRE(check.open(QIODevice::ReadOnly));
        CHECK(check.readAll() == "not an identity\n");
    }
}
