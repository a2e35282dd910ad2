// SPDX-License-Identifier: MIT
#include "../chat/ChatTestSupport.h"
#include "chat/PeerNames.h"
#include "cli/TerminalText.h"

#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace securechat;
using namespace securechat::test;
using chat::ConversationState;

namespace {

// Where a securechat-cli process reads its standard input from.
enum class Input {
    Pipe, // written by writeLine(), ended by endInput()
    Closed, // at end of input from the start (like </dev/null)
    Terminal, // a pseudo-terminal (the process sees a tty and asks questions), without echo
};

// One securechat-cli process with its output collected as it arrives.
class Cli
{
public:
    explicit Cli(const QStringList &arguments, Input input = Input::Pipe)
    {
        int terminal = -1;
        if (input == Input::Closed)
            m_process.setStandardInputFile(QProcess::nullDevice());
        if (input == Input::Terminal) {
            termios settings {};
            REQUIRE(::openpty(&m_terminal, &terminal, nullptr, nullptr, nullptr) == 0);
            REQUIRE(::tcgetattr(terminal, &settings) == 0);
            settings.c_lflag &= ~tcflag_t(ECHO);
            REQUIRE(::tcsetattr(terminal, TCSANOW, &settings) == 0);
            m_process.setChildProcessModifier([terminal] { ::dup2(terminal, STDIN_FILENO); });
        }
        m_process.setProgram(QStringLiteral(SECURECHAT_CLI_PATH));
        m_process.setArguments(arguments);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
            [this] { m_out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError,
            [this] { m_err += m_process.readAllStandardError(); });
        m_process.start();
        if (terminal >= 0)
            ::close(terminal);
    }
    ~Cli()
    {
        if (m_terminal >= 0)
            ::close(m_terminal);
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
    void writeLine(const QString &line)
    {
        const QByteArray bytes = line.toUtf8() + '\n';
        if (m_terminal < 0)
            m_process.write(bytes);
        else
            REQUIRE(::write(m_terminal, bytes.constData(), size_t(bytes.size())) == bytes.size());
    }
    void endInput()
    {
        if (m_terminal < 0)
            m_process.closeWriteChannel();
        else
            REQUIRE(::write(m_terminal, "\x04", 1) == 1); // Ctrl+D at the start of a line
    }
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
    int m_terminal = -1; // the pseudo-terminal's controlling side
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

// How securechat-cli names a peer that is not a known contact: the name and the short fingerprint.
QString labelOf(Who who)
{
    return QStringLiteral("%1 [%2]").arg(
        identity(who).displayName, chat::shortFingerprint(identity(who).fingerprint()));
}

QString ownShortFingerprintIn(const QString &err)
{
    static const QRegularExpression pattern(
        QStringLiteral("your fingerprint: ([0-9A-F]{4} [0-9A-F]{4})"));
    return pattern.match(err).captured(1);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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

    // Both are new to each other, so each name comes with its key's short form.
    const QString clio = QStringLiteral("Clio [%1]").arg(ownShortFingerprintIn(client.err()));
    const QString hosty = QStringLiteral("Hosty [%1]").arg(ownShortFingerprintIn(host.err()));
    CHECK(host.err().contains(QStringLiteral("Connected to ") + clio));
    client.writeLine(QStringLiteral("hello from clio"));
    client.writeLine(QStringLiteral("ünïcödé ✓ 🙂"));
    client.writeLine(QString());
    host.writeLine(QStringLiteral("hi clio"));
    REQUIRE(host.waitForOut(clio + QStringLiteral(": \n")));
    CHECK(host.out()
        == clio + QStringLiteral(": hello from clio\n") + clio
            + QStringLiteral(": ünïcödé ✓ 🙂\n") + clio + QStringLiteral(": \n"));
    REQUIRE(client.waitForOut(hosty + QStringLiteral(": hi clio\n")));
    CHECK(client.out() == hosty + QStringLiteral(": hi clio\n"));

    client.endInput();
    CHECK(client.waitForExit() == 0);
    REQUIRE(host.waitForErr(QStringLiteral("Conversation with %1 ended").arg(clio)));
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
    // Known contacts are shown by name alone.
    CHECK(client2.err().contains(QStringLiteral("Connected to Hosty (")));
    CHECK(host2.err().contains(QStringLiteral("Connected to Clio (")));
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
    const QString hostLabel = labelOf(Who::Host);
    CHECK(cli.out()
        == hostLabel + QStringLiteral(": two\\nlines\\r\\x1b[31mred\\x07 and a tab\\x09ok\n"));
    // A line separator must not start a line that seems to come from someone else.
    host->sendText(id, QStringLiteral("fine\u2028Legit: wire the money\u2029\u200b."));
    REQUIRE(cli.waitForOut(QStringLiteral(".\n")));
    CHECK(cli.out().endsWith(
        hostLabel + QStringLiteral(": fine\\u{2028}Legit: wire the money\\u{2029}\\u{200b}.\n")));

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
    SECTION("input already at its end: the handshake and the check still happen")
    {
        SECTION("another key: 5")
        {
            const QString wrong = identity(Who::Bob).fingerprint().toHex();
            Cli cli(QStringList { QStringLiteral("connect"), address, QStringLiteral("--expect"),
                        wrong }
                    + profileArgs(dir, QStringLiteral("Script")),
                Input::Closed);
            CHECK(cli.waitForExit() == 5);
            CHECK(cli.err().contains(QStringLiteral("but you expected")));
        }
        SECTION("the expected key: 0, after connecting")
        {
            const QString right = identity(Who::Host).fingerprint().toHex();
            Cli cli(QStringList { QStringLiteral("connect"), address, QStringLiteral("--expect"),
                        right }
                    + profileArgs(dir, QStringLiteral("Script")),
                Input::Closed);
            CHECK(cli.waitForExit() == 0);
            CHECK(cli.err().contains(QStringLiteral("Connected to ") + labelOf(Who::Host)));
            CHECK(cli.err().contains(QStringLiteral("key verified")));
        }
        SECTION("an unknown host without --accept-new: 5")
        {
            Cli cli(QStringList { QStringLiteral("connect"), address }
                    + profileArgs(dir, QStringLiteral("Script")),
                Input::Closed);
            CHECK(cli.waitForExit() == 5);
            CHECK(cli.err().contains(QStringLiteral("Refusing unknown peer Host")));
        }
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
        // A name peers would refuse is refused before an identity is made.
        Cli odd({ QStringLiteral("connect"), address, QStringLiteral("--profile"),
            dir.filePath(QStringLiteral("Odd")), QStringLiteral("--name"),
            QStringLiteral("Legit: wire the money") });
        CHECK(odd.waitForExit() == 1);
        CHECK(odd.err().contains(QStringLiteral("peers would refuse it")));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("Odd/identity.pem"))));
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

TEST_CASE("Peer text is escaped for the terminal: controls, format characters, separators",
    "[cli][escape]")
{
    using cli::escapeForTerminal;
    CHECK(escapeForTerminal(QStringLiteral("plain héllo 🙂"))
        == QStringLiteral("plain héllo 🙂"));
    CHECK(escapeForTerminal(QStringLiteral("a\nb\rc")) == QStringLiteral("a\\nb\\rc"));
    CHECK(escapeForTerminal(QStringLiteral("tab\there")) == QStringLiteral("tab\\x09here"));
    CHECK(escapeForTerminal(QStringLiteral("\x1b[2J\x7f\u0085\u009b"))
        == QStringLiteral("\\x1b[2J\\x7f\\x85\\x9b"));
    CHECK(
        escapeForTerminal(QString(QChar(u'\0')) + QStringLiteral("x")) == QStringLiteral("\\x00x"));
    // Cf below U+0100: the soft hyphen.
    CHECK(escapeForTerminal(QStringLiteral("Le\u00adgit")) == QStringLiteral("Le\\xadgit"));
    CHECK(escapeForTerminal(QStringLiteral("Le\u200bgit")) == QStringLiteral("Le\\u{200b}git"));
    CHECK(escapeForTerminal(QStringLiteral("\u202eevil\u2066"))
        == QStringLiteral("\\u{202e}evil\\u{2066}"));
    CHECK(escapeForTerminal(QStringLiteral("a\u2028Legit: b\u2029c"))
        == QStringLiteral("a\\u{2028}Legit: b\\u{2029}c"));
    CHECK(escapeForTerminal(QStringLiteral("bom\ufeff")) == QStringLiteral("bom\\u{feff}"));
    // Above the Basic Multilingual Plane: a tag character (Cf) is escaped, an emoji is not.
    CHECK(escapeForTerminal(QStringLiteral("x\U000E0041\U0001F642"))
        == QStringLiteral("x\\u{e0041}\U0001F642"));
    // Cyrillic letters are letters: shown as they are (the short fingerprint tells them apart).
    CHECK(escapeForTerminal(QStringLiteral("L\u0435git")) == QStringLiteral("L\u0435git"));
}

TEST_CASE("A hello name that pretends to be a line of someone else is refused", "[cli]")
{
    QTemporaryDir dir;
    Cli host(loopbackHostArgs(dir, QStringLiteral("Hosty")));
    const quint16 port = host.listeningPort();
    REQUIRE(port != 0);
    crypto::Identity liar = identity(Who::Carol);
    liar.displayName = QStringLiteral("Legit: all fine, wire the money");
    chat::ChatController carol(liar, nullptr);
    carol.setTimeouts(testTimeouts());
    const auto id = carol.connectToPeer(QStringLiteral("127.0.0.1"), port);
    REQUIRE(QTest::qWaitFor([&] { return carol.state(id) == ConversationState::Closed; }, kWaitMs));
    REQUIRE(host.waitForErr(QStringLiteral("\"name\"")));
    CHECK_FALSE(host.err().contains(QStringLiteral("Connected to")));
    CHECK(host.out().isEmpty());
    host.endInput();
    CHECK(host.waitForExit() == 0);
}

TEST_CASE(
    "A peer that leaves while asked about withdraws its own question, no other", "[cli][terminal]")
{
    QTemporaryDir dir;
    Cli host(QStringList { QStringLiteral("host"), QStringLiteral("--port"), QStringLiteral("0"),
                 QStringLiteral("--bind"), QStringLiteral("127.0.0.1") }
            + profileArgs(dir, QStringLiteral("Hosty")),
        Input::Terminal);
    const quint16 port = host.listeningPort();
    INFO(host.err().toStdString());
    REQUIRE(port != 0);
    const auto question = [](Who who) {
        return QStringLiteral("Accept %1 (fingerprint %2)? [y/N]")
            .arg(labelOf(who), identity(who).fingerprint().grouped());
    };

    Node alice(Who::Alice);
    const auto aliceId = alice->connectToPeer(QStringLiteral("127.0.0.1"), port);
    REQUIRE(host.waitForErr(question(Who::Alice)));
    // Mallory (who calls herself Bob) waits behind Alice's question and sends what is held.
    Node mallory(Who::Mallory);
    const auto malloryId = mallory->connectToPeer(QStringLiteral("127.0.0.1"), port);
    REQUIRE(mallory.waitForState(malloryId, ConversationState::Ready));
    mallory->sendText(malloryId, QStringLiteral("held until accepted"));
    CHECK_FALSE(host.err().contains(question(Who::Mallory)));

    alice->closeConversation(aliceId);
    const QString withdrawn
        = QStringLiteral("The question about %1 is withdrawn").arg(labelOf(Who::Alice));
    REQUIRE(host.waitForErr(withdrawn));
    // Mallory's question is asked afresh, naming her and her key, after the withdrawal.
    REQUIRE(host.waitForErr(question(Who::Mallory)));
    CHECK(host.err().indexOf(question(Who::Mallory)) > host.err().indexOf(withdrawn));
    CHECK(host.out().isEmpty());

    host.writeLine(QStringLiteral("n"));
    REQUIRE(mallory.waitForState(malloryId, ConversationState::Closed));
    CHECK(mallory->closeCause(malloryId) == chat::CloseCause::DeclinedByPeer);
    CHECK(host.out().isEmpty());

    // The last question withdrawn: the next line is a message again (to nobody).
    Node carol(Who::Carol);
    const auto carolId = carol->connectToPeer(QStringLiteral("127.0.0.1"), port);
    REQUIRE(host.waitForErr(question(Who::Carol)));
    carol->closeConversation(carolId);
    REQUIRE(host.waitForErr(
        QStringLiteral("The question about %1 is withdrawn").arg(labelOf(Who::Carol))));
    host.writeLine(QStringLiteral("y"));
    REQUIRE(host.waitForErr(QStringLiteral("Nobody is connected yet; the line was not sent.")));

    // Answers go to the peer on screen: Bob accepted, his text printed under his name.
    Node bob(Who::Bob);
    const auto bobId = bob->connectToPeer(QStringLiteral("127.0.0.1"), port);
    REQUIRE(host.waitForErr(question(Who::Bob)));
    bob->sendText(bobId, QStringLiteral("hello host"));
    host.writeLine(QStringLiteral("y"));
    REQUIRE(host.waitForOut(QStringLiteral("hello host\n")));
    CHECK(host.out() == labelOf(Who::Bob) + QStringLiteral(": hello host\n"));

    host.endInput();
    CHECK(host.waitForExit() == 0);
}

TEST_CASE(
    "Contacts and history last across runs; connect CONTACT needs no address", "[cli][history]")
{
    QTemporaryDir dir;
    Cli host(
        QStringList { QStringLiteral("host"), QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--accept-new") }
        + profileArgs(dir, QStringLiteral("Hosty")));
    const quint16 port = host.listeningPort();
    REQUIRE(port != 0);
    {
        Cli client(QStringList { QStringLiteral("connect"),
                       QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--accept-new") }
            + profileArgs(dir, QStringLiteral("Clio")));
        REQUIRE(client.waitForErr(QStringLiteral("Connected to")));
        client.writeLine(QStringLiteral("first words"));
        REQUIRE(host.waitForOut(QStringLiteral("first words")));
        client.endInput();
        CHECK(client.waitForExit() == 0);
    }
    const QStringList clio { QStringLiteral("--profile"), dir.filePath(QStringLiteral("Clio")) };

    Cli contacts(QStringList { QStringLiteral("contacts") } + clio, Input::Closed);
    REQUIRE(contacts.waitForExit() == 0);
    CHECK(contacts.out().contains(QStringLiteral("Hosty")));
    CHECK(contacts.out().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    CHECK(contacts.out().contains(QStringLiteral("verified: no")));

    Cli history(
        QStringList { QStringLiteral("history"), QStringLiteral("hosty") } + clio, Input::Closed);
    REQUIRE(history.waitForExit() == 0);
    CHECK(history.out().contains(QStringLiteral("Clio: first words (delivered)")));

    Cli nobody(
        QStringList { QStringLiteral("history"), QStringLiteral("Nobody") } + clio, Input::Closed);
    CHECK(nobody.waitForExit() == 1);
    CHECK(nobody.err().contains(QStringLiteral("No contact is called")));

    // Back by name: the address that worked last, the key known.
    {
        Cli again(QStringList { QStringLiteral("connect"), QStringLiteral("Hosty") } + clio);
        REQUIRE(again.waitForErr(QStringLiteral("Connected to")));
        again.writeLine(QStringLiteral("second words"));
        REQUIRE(host.waitForOut(QStringLiteral("second words")));
        again.endInput();
        CHECK(again.waitForExit() == 0);
    }
    host.endInput();
    REQUIRE(host.waitForExit() == 0);

    // The host's side, after a restart of the program: both messages, once each.
    Cli hostHistory(QStringList { QStringLiteral("history"), QStringLiteral("Clio"),
                        QStringLiteral("--profile"), dir.filePath(QStringLiteral("Hosty")) },
        Input::Closed);
    REQUIRE(hostHistory.waitForExit() == 0);
    CHECK(hostHistory.out().count(QStringLiteral("first words")) == 1);
    CHECK(hostHistory.out().count(QStringLiteral("second words")) == 1);
    Cli search(QStringList { QStringLiteral("history"), QStringLiteral("Clio"),
                   QStringLiteral("--search"), QStringLiteral("second"),
                   QStringLiteral("--profile"), dir.filePath(QStringLiteral("Hosty")) },
        Input::Closed);
    REQUIRE(search.waitForExit() == 0);
    CHECK(search.out().contains(QStringLiteral("[second] words")));
    CHECK_FALSE(search.out().contains(QStringLiteral("first")));
}

TEST_CASE("Retention, deleting history, lines kept for an absent contact and the peer's "
          "history notice, from the command line",
    "[cli][history][retention]")
{
    QTemporaryDir dir;
    Cli host(loopbackHostArgs(dir, QStringLiteral("Hosty")));
    const quint16 port = host.listeningPort();
    REQUIRE(port != 0);
    {
        Cli client(QStringList { QStringLiteral("connect"),
                       QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--accept-new") }
            + profileArgs(dir, QStringLiteral("Clio")));
        // Not contacts yet when they first meet, so the names come with fingerprints.
        REQUIRE(client.waitForErr(QStringLiteral("keeps a history of this conversation")));
        REQUIRE(host.waitForErr(QStringLiteral("keeps a history of this conversation")));
        client.writeLine(QStringLiteral("kept words"));
        REQUIRE(host.waitForOut(QStringLiteral("kept words")));
        client.endInput();
        CHECK(client.waitForExit() == 0);
    }
    const QStringList clio { QStringLiteral("--profile"), dir.filePath(QStringLiteral("Clio")) };
    const auto run = [&](const QStringList &arguments) {
        auto cli = std::make_unique<Cli>(arguments + clio, Input::Closed);
        cli->waitForExit();
        return cli;
    };
    const QString contacts = QStringLiteral("contacts");
    const QString retention = QStringLiteral("--retention");
    const QString hosty = QStringLiteral("Hosty");

    CHECK(run({ contacts, hosty, retention, QStringLiteral("days:0") })->waitForExit() == 1);
    CHECK(run({ contacts, hosty, retention, QStringLiteral("forever") })->waitForExit() == 1);
    // Deleting needs a yes; without a terminal, --yes.
    const auto unasked = run({ contacts, hosty, retention, QStringLiteral("days:30") });
    CHECK(unasked->waitForExit() == 5);
    CHECK(unasked->err().contains(QStringLiteral("--yes")));
    CHECK(run({ contacts, hosty, retention, QStringLiteral("days:30"), QStringLiteral("--yes") })
              ->waitForExit()
        == 0);
    CHECK(run({ contacts })->out().contains(QStringLiteral("history: kept for 30 days")));
    // Keeping nothing deletes nothing, and says so.
    const auto none = run({ contacts, hosty, retention, QStringLiteral("none") });
    CHECK(none->waitForExit() == 0);
    CHECK(none->err().contains(QStringLiteral("stay on disk")));
    CHECK(run({ contacts })->out().contains(QStringLiteral("history: not kept")));
    CHECK(run({ QStringLiteral("history"), hosty })->out().contains(QStringLiteral("kept words")));
    const auto deleteUnasked
        = run({ QStringLiteral("history"), hosty, QStringLiteral("--delete") });
    CHECK(deleteUnasked->waitForExit() == 5);
    CHECK(run({ QStringLiteral("history"), hosty, QStringLiteral("--delete"),
                  QStringLiteral("--yes") })
              ->waitForExit()
        == 0);
    CHECK_FALSE(
        run({ QStringLiteral("history"), hosty })->out().contains(QStringLiteral("kept words")));
    CHECK(run({ contacts, retention, QStringLiteral("days:7"), QStringLiteral("--yes") })
              ->waitForExit()
        == 0);
    CHECK(run({ contacts })->out().contains(QStringLiteral("history: not kept")));

    // The host writes while Clio is away: the line waits for her.
    host.writeLine(QStringLiteral("while you were away"));
    REQUIRE(host.waitForErr(QStringLiteral("will be sent when they are back")));
    {
        Cli again(QStringList { QStringLiteral("connect"), hosty } + clio);
        REQUIRE(again.waitForOut(QStringLiteral("Hosty: while you were away")));
        REQUIRE(host.waitForErr(QStringLiteral("Clio keeps no history of this conversation")));
        again.endInput();
        CHECK(again.waitForExit() == 0);
    }
    host.endInput();
    CHECK(host.waitForExit() == 0);
}

TEST_CASE("Killing the receiving securechat-cli at random moments loses and repeats nothing",
    "[cli][history][kill]")
{
    QTemporaryDir dir;
    const QStringList hostProfile = profileArgs(dir, QStringLiteral("Hosty"));
    const auto startHost = [&](quint16 port) {
        return std::make_unique<Cli>(
            QStringList { QStringLiteral("host"), QStringLiteral("--port"), QString::number(port),
                QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--accept-new") }
            + hostProfile);
    };
    auto host = startHost(0);
    const quint16 port = host->listeningPort();
    REQUIRE(port != 0);
    static const QRegularExpression fingerprintPattern(
        QStringLiteral("your fingerprint: ([0-9A-F ]{79})"));
    const auto hostKey
        = crypto::Fingerprint::fromString(fingerprintPattern.match(host->err()).captured(1));
    REQUIRE(hostKey.has_value());

    // The sender is a controller in this process: it keeps its outbox and reconnects by itself.
    Node alice(Who::Alice);
    alice->setReconnectScale(0.05);
    const auto id = alice->connectToPeer(QStringLiteral("127.0.0.1"), port, *hostKey);
    REQUIRE(alice.waitForState(id, ConversationState::Ready));
    alice->setConversationOpen(id, true);

    QRandomGenerator random(20261129);
    QStringList written;
    const int rounds = 20;
    const int perRound = 10;
    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        for (int i = 0; i < perRound; ++i) {
            written << QStringLiteral("m%1-%2").arg(round, 2, 10, QLatin1Char('0')).arg(i);
            REQUIRE_FALSE(alice->sendText(id, written.last()).isEmpty());
        }
        // Killed once it has printed a random number of this round's messages (0 to all).
        const int seen = int(random.bounded(perRound + 1));
        if (seen > 0)
            REQUIRE(host->waitForOut(
                QStringLiteral("m%1-%2").arg(round, 2, 10, QLatin1Char('0')).arg(seen - 1)));
        QSet<QString> deliveredBeforeKill;
        for (const auto &message : alice->messages(id)) {
            if (message.outgoing && message.delivery == chat::DeliveryState::Delivered)
                deliveredBeforeKill.insert(message.body);
        }
        host.reset(); // SIGKILL: no goodbye, nothing flushed by the program itself
        REQUIRE(alice.waitForState(id, ConversationState::Closed));

        // Everything Alice saw as delivered is in the killed host's history.
        Cli history(QStringList { QStringLiteral("history"), QStringLiteral("Alice"),
                        QStringLiteral("--limit"), QStringLiteral("100000") }
                + QStringList { QStringLiteral("--profile"),
                    dir.filePath(QStringLiteral("Hosty")) },
            Input::Closed);
        REQUIRE(history.waitForExit() == 0);
        for (const QString &body : std::as_const(deliveredBeforeKill))
            CHECK(history.out().contains(QStringLiteral("Alice: %1\n").arg(body)));

        host = startHost(port);
        REQUIRE(host->listeningPort() == port);
        REQUIRE(alice.waitForState(id, ConversationState::Ready, 30000));
    }
    // In the end every message arrives, and is acknowledged.
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto messages = alice->messages(id);
            return std::all_of(messages.begin(), messages.end(), [](const auto &m) {
                return !m.outgoing || m.delivery == chat::DeliveryState::Delivered;
            });
        },
        30000));
    host->endInput();
    REQUIRE(host->waitForExit() == 0);

    // Exactly once each, in the order written.
    Cli history(QStringList { QStringLiteral("history"), QStringLiteral("Alice"),
                    QStringLiteral("--limit"), QStringLiteral("100000"),
                    QStringLiteral("--profile"), dir.filePath(QStringLiteral("Hosty")) },
        Input::Closed);
    REQUIRE(history.waitForExit() == 0);
    static const QRegularExpression line(QStringLiteral("Alice: (m\\d\\d-\\d)\n"));
    QStringList received;
    for (auto it = line.globalMatch(history.out()); it.hasNext();)
        received << it.next().captured(1);
    CHECK(received == written);
}

TEST_CASE("An invite from securechat-cli lets exactly one person in, verified, without a prompt",
    "[cli][invite]")
{
    QTemporaryDir dir;
    // No --accept-new and no terminal: an unknown peer without a valid invite is refused.
    Cli host(
        QStringList { QStringLiteral("invite"), QStringLiteral("--expires"), QStringLiteral("2h"),
            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--bind"),
            QStringLiteral("127.0.0.1"), QStringLiteral("--no-port-mapping") }
        + profileArgs(dir, QStringLiteral("Hosty")));
    REQUIRE(host.waitForOut(QStringLiteral("\n")));
    const QString link = host.out().section(u'\n', 0, 0);
    INFO(host.err().toStdString());
    REQUIRE(link.startsWith(QStringLiteral("securechat:invite/")));
    const auto invite = crypto::Invite::parse(link);
    REQUIRE(invite.invite);
    CHECK(invite.invite->hostName == QStringLiteral("Hosty"));
    CHECK(invite.invite->addresses.size() == 1);
    CHECK(invite.invite->addresses.first().address == QHostAddress(QHostAddress::LocalHost));
    const qint64 validFor = QDateTime::currentDateTimeUtc().secsTo(invite.invite->expires);
    CHECK(validFor > 2 * 3600 - 120);
    CHECK(validFor <= 2 * 3600);
    CHECK(host.err().contains(QStringLiteral("works once")));

    Cli clio(
        QStringList { QStringLiteral("connect"), link } + profileArgs(dir, QStringLiteral("Clio")));
    REQUIRE(clio.waitForErr(QStringLiteral("Connected to Hosty")));
    CHECK(clio.err().contains(QStringLiteral("key verified by invite")));
    REQUIRE(host.waitForErr(QStringLiteral("Connected to Clio")));
    CHECK(host.err().contains(QStringLiteral("key verified by invite")));
    clio.writeLine(QStringLiteral("came through the invite"));
    REQUIRE(host.waitForOut(QStringLiteral(": came through the invite\n")));

    // The same link a second time, by someone else: asked about like any unknown peer, with
    // the reason, and (no terminal) refused.
    Cli carol(QStringList { QStringLiteral("connect"), link }
        + profileArgs(dir, QStringLiteral("Carol")));
    REQUIRE(host.waitForErr(QStringLiteral("already used")));
    REQUIRE(host.waitForErr(QStringLiteral("Refusing unknown peer Carol")));
    CHECK(carol.waitForExit() == 4);
    INFO(carol.err().toStdString());

    clio.endInput();
    CHECK(clio.waitForExit() == 0);
    host.endInput();
    CHECK(host.waitForExit() == 0);

    // Both keep each other as contacts verified by invite.
    Cli contacts(QStringList { QStringLiteral("contacts"), QStringLiteral("--profile"),
                     dir.filePath(QStringLiteral("Hosty")) },
        Input::Closed);
    REQUIRE(contacts.waitForExit() == 0);
    CHECK(contacts.out().contains(QStringLiteral("Clio")));
    CHECK(contacts.out().contains(QStringLiteral("verified: yes, by invite")));
}

TEST_CASE("securechat-cli refuses a damaged invite and a bad --expires before doing anything",
    "[cli][invite]")
{
    QTemporaryDir dir;
    Cli damaged(QStringList { QStringLiteral("connect"),
                    QStringLiteral("securechat:invite/AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0e") }
            + profileArgs(dir, QStringLiteral("Clio")),
        Input::Closed);
    CHECK(damaged.waitForExit() == 1);
    CHECK(damaged.err().contains(QStringLiteral("damaged")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("Clio/identity.pem"))));

    for (const char *bad : { "0m", "45s", "31d", "soon", "12" }) {
        INFO(bad);
        Cli expires(QStringList { QStringLiteral("invite"), QStringLiteral("--expires"),
                        QString::fromLatin1(bad) }
                + profileArgs(dir, QStringLiteral("Hosty")),
            Input::Closed);
        CHECK(expires.waitForExit() == 1);
        CHECK(expires.err().contains(QStringLiteral("--expires")));
    }
    Cli hostWithExpires(
        QStringList { QStringLiteral("host"), QStringLiteral("--expires"), QStringLiteral("1h") }
            + profileArgs(dir, QStringLiteral("Hosty")),
        Input::Closed);
    CHECK(hostWithExpires.waitForExit() == 1);
}

TEST_CASE("securechat-cli sends and receives files with /send, /accept and --accept-files",
    "[cli][files]")
{
    QTemporaryDir dir;
    QTemporaryDir hostFiles;
    QTemporaryDir clientFiles;
    QByteArray content(300 * 1024 + 7, Qt::Uninitialized);
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char(QRandomGenerator::global()->bounded(256));
    const QString source = dir.filePath(QStringLiteral("report.bin"));
    {
        QFile file(source);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(content) == content.size());
    }
    Cli host(loopbackHostArgs(dir, QStringLiteral("Hosty"))
        + QStringList { QStringLiteral("--accept-files"), hostFiles.path() });
    const quint16 port = host.listeningPort();
    REQUIRE(port != 0);
    Cli client(QStringList { QStringLiteral("connect"), QStringLiteral("127.0.0.1:%1").arg(port),
                   QStringLiteral("--accept-new") }
        + profileArgs(dir, QStringLiteral("Clio")));
    REQUIRE(client.waitForErr(QStringLiteral("Connected to Hosty")));
    REQUIRE(host.waitForErr(QStringLiteral("Connected to Clio")));

    // Host to client: the offer is announced with a number, accepted into a folder by hand.
    host.writeLine(QStringLiteral("/send ") + source);
    static const QRegularExpression offered(
        QStringLiteral("\\[(\\d+)\\] Hosty offers report\\.bin, [^,]+, SHA-256 [0-9a-f]{64}"));
    const bool offerShown
        = QTest::qWaitFor([&] { return offered.match(client.err()).hasMatch(); }, kWaitMs);
    INFO(host.err().toStdString());
    INFO(client.err().toStdString());
    REQUIRE(offerShown);
    CHECK(QDir(clientFiles.path()).isEmpty());
    const QString number = offered.match(client.err()).captured(1);
    client.writeLine(QStringLiteral("/accept %1 %2").arg(number, clientFiles.path()));
    REQUIRE(client.waitForErr(QStringLiteral("SHA-256 checked")));
    REQUIRE(host.waitForErr(QStringLiteral("they checked it")));
    CHECK(readAll(clientFiles.filePath(QStringLiteral("report.bin"))) == content);

    // Client to host, accepted without asking; commands and literal slashes.
    client.writeLine(QStringLiteral("/bogus"));
    REQUIRE(client.waitForErr(QStringLiteral("Unknown command /bogus")));
    client.writeLine(QStringLiteral("//shrug"));
    client.writeLine(QStringLiteral("/send ") + source);
    client.writeLine(QStringLiteral("after the file"));
    client.endInput();
    // The end of input waits for the file.
    CHECK(client.waitForExit(3 * kWaitMs) == 0);
    CHECK(client.err().contains(QStringLiteral("they checked it")));
    REQUIRE(host.waitForErr(QStringLiteral("SHA-256 checked")));
    CHECK(host.out().contains(QStringLiteral(": /shrug\n")));
    CHECK_FALSE(host.out().contains(QStringLiteral("bogus")));
    CHECK(host.out().contains(QStringLiteral(": after the file\n")));
    CHECK(readAll(hostFiles.filePath(QStringLiteral("report.bin"))) == content);
    CHECK(QDir(hostFiles.path()).entryList(QDir::Files).size() == 1);
    host.endInput();
    CHECK(host.waitForExit() == 0);
}

TEST_CASE("securechat-cli exits 6 when a file it offered is declined", "[cli][files]")
{
    QTemporaryDir dir;
    Node host(Who::Host);
    host.listen();
    const QString source = dir.filePath(QStringLiteral("unwanted.txt"));
    {
        QFile file(source);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write("no thanks") == 9);
    }
    Cli cli(QStringList { QStringLiteral("connect"),
                QStringLiteral("127.0.0.1:%1").arg(host.port()), QStringLiteral("--accept-new") }
        + profileArgs(dir, QStringLiteral("Pushy")));
    const auto id = host.waitForConversation();
    REQUIRE(id != 0);
    REQUIRE(host.waitForState(id, ConversationState::AwaitingApproval));
    host->acceptPeer(id);
    REQUIRE(cli.waitForErr(QStringLiteral("Connected to Host")));
    cli.writeLine(QStringLiteral("/send ") + source);
    cli.endInput();
    chat::TransferHandle offer = 0;
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto all = host->files()->transfers();
            offer = all.isEmpty() ? 0 : all.first().handle;
            return offer != 0;
        },
        kWaitMs));
    host->files()->decline(offer);
    CHECK(cli.waitForExit() == 6);
    CHECK(cli.err().contains(QStringLiteral("The contact declined unwanted.txt.")));
}

TEST_CASE("securechat-cli says when a paused file goes on, and from where", "[cli][files]")
{
    QTemporaryDir dir;
    QTemporaryDir received;
    Node host(Who::Host);
    host.listen();
    QByteArray content(2 * 1024 * 1024 + 3, Qt::Uninitialized);
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char(i * 13 + i / 1024);
    const QString source = dir.filePath(QStringLiteral("video.bin"));
    {
        QFile file(source);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(content) == content.size());
    }
    Cli cli(QStringList { QStringLiteral("connect"),
                QStringLiteral("127.0.0.1:%1").arg(host.port()), QStringLiteral("--accept-new") }
        + profileArgs(dir, QStringLiteral("Sendy")));
    const auto id = host.waitForConversation();
    REQUIRE(id != 0);
    REQUIRE(host.waitForState(id, ConversationState::AwaitingApproval));
    host->acceptPeer(id);
    REQUIRE(cli.waitForErr(QStringLiteral("Connected to Host")));
    // The receiving user pauses as soon as the first data arrived.
    bool paused = false;
    QObject::connect(host->files(), &chat::FileTransfers::progress, host->files(),
        [&](chat::TransferHandle handle, qint64 done, qint64) {
            if (!paused && done > 0) {
                paused = true;
                host->files()->pause(handle);
            }
        });
    cli.writeLine(QStringLiteral("/send ") + source);
    chat::TransferHandle offer = 0;
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto all = host->files()->transfers();
            offer = all.isEmpty() ? 0 : all.first().handle;
            return offer != 0
                && host->files()->transfer(offer).state == chat::TransferState::Offered;
        },
        kWaitMs));
    REQUIRE(host->files()->accept(offer, received.path()));
    const bool pausedShown = cli.waitForErr(QStringLiteral("video.bin (2.00 MiB) paused"));
    INFO(cli.err().toStdString());
    REQUIRE(pausedShown);
    CHECK_FALSE(cli.err().contains(QStringLiteral("resumes at")));
    const qint64 held = host->files()->transfer(offer).done;
    CHECK(held > 0);
    CHECK(held < content.size());

    host->files()->resume(offer);
    static const QRegularExpression resumed(
        QStringLiteral("video\\.bin \\(2\\.00 MiB\\) resumes at \\d"));
    REQUIRE(QTest::qWaitFor([&] { return resumed.match(cli.err()).hasMatch(); }, kWaitMs));
    REQUIRE(cli.waitForErr(QStringLiteral("they checked it")));
    CHECK(readAll(received.filePath(QStringLiteral("video.bin"))) == content);
    cli.endInput();
    CHECK(cli.waitForExit() == 0);
}
