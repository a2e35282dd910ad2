#include "chat/ChatController.h"
#include "chat/Profile.h"
#include "cli/CliSession.h"
#include "cli/InterruptWatcher.h"
#include "cli/StdinReader.h"
#include "cli/TerminalText.h"
#include "common/AppIdentity.h"
#include "common/Logging.h"
#include "crypto/CryptoCapabilities.h"
#include "crypto/RsaService.h"
#include "net/MessageCodec.h"
#include "storage/IdentityStore.h"
#include "storage/Settings.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QtCrypto>

using namespace securechat;
using cli::CliSession;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("securechat-cli", text);
}

// Standard output and standard error are both UTF-8, whatever the locale says.
void printErr(const QString &text)
{
    const QByteArray utf8 = QStringLiteral("securechat-cli: %1\n").arg(text).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

// "host", "host:port", "[v6]:port" or a bare IPv6 address; port 0 when none is given.
bool parseEndpoint(const QString &text, QString *host, quint16 *port)
{
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return false;
        *host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return false;
            portText = rest.mid(1);
        }
    } else if (text.count(u':') == 1) {
        *host = text.section(u':', 0, 0);
        portText = text.section(u':', 1);
    } else {
        *host = text;
    }
    *port = 0;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return false;
        *port = quint16(value);
    }
    return !host->isEmpty();
}

bool parsePort(const QString &text, quint16 *port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

QString description()
{
    return tr("SecureChat from a terminal: host or connect, then chat over stdin and stdout.\n"
              "\n"
              "  securechat-cli host [--port P] [--bind ADDR]\n"
              "  securechat-cli connect HOST[:PORT] [--expect FINGERPRINT]\n"
              "\n"
              "Each line on standard input is sent as one message (a host sends it to every "
              "connected peer). Each message received is printed on standard output as one line "
              "\"NAME: TEXT\"; a newline inside a message or name is printed as \\n, a carriage "
              "return as \\r, other control characters (tab included), invisible format "
              "characters and line separators as \\xHH or \\u{HHHH}. A peer that is not a known "
              "contact is shown with the start of its fingerprint after the name (\"Bob [B41A "
              "6080]\"). Your fingerprint, the peer's fingerprint, the safety number and all "
              "notices go to standard error. The end of standard input (or Ctrl+C) says goodbye "
              "to every peer and exits; connect first completes the connection and the --expect "
              "check.\n"
              "\n"
              "The first run creates your identity (an RSA key and certificate) in the profile "
              "folder without asking. An unknown peer is asked about on the terminal, accepted "
              "with --accept-new, and refused when standard input is not a terminal. A peer whose "
              "key changed is only ever accepted interactively. A passphrase-protected identity "
              "is unlocked with the SECURECHAT_PASSPHRASE environment variable.\n"
              "\n"
              "Exit codes:\n"
              "  0  input ended, or the peer ended the conversation\n"
              "  1  bad command line\n"
              "  2  identity or profile could not be created or loaded\n"
              "  3  could not listen (port in use, address not available)\n"
              "  4  connection failed: unreachable, TLS refused, peer declined, protocol error, "
              "timeout, connection lost\n"
              "  5  refused here: expected fingerprint mismatch, changed key, unknown peer not "
              "accepted");
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    securechat::applyApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("host or connect"));
    parser.addPositionalArgument(
        QStringLiteral("address"), tr("connect only: HOST[:PORT] (IPv6 as [ADDR]:PORT)"));
    const QCommandLineOption portOption(QStringLiteral("port"),
        tr("host: port to listen on (default: the profile's setting, 47000)."), tr("P"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
        tr("host: address to listen on (default: every IPv4 and IPv6 address)."), tr("ADDR"));
    const QCommandLineOption expectOption(QStringLiteral("expect"),
        tr("connect: refuse the host unless its key has this fingerprint (64 hex digits, any "
           "case, spaces, colons or hyphens allowed)."),
        tr("FINGERPRINT"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        tr("keep identity, known peers and settings in DIR (default: SecureChat's standard "
           "data folder)."),
        tr("DIR"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), tr("display name for a new identity."), tr("NAME"));
    const QCommandLineOption keyBitsOption(QStringLiteral("key-bits"),
        tr("RSA key size for a new identity: 2048, 3072 (default) or 4096."), tr("N"));
    const QCommandLineOption acceptNewOption(
        QStringLiteral("accept-new"), tr("accept unknown peers without asking."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
        tr("write diagnostics (connections, TLS parameters, close causes, storage errors; never "
           "message text or keys) to standard error."));
    parser.addOptions({ portOption, bindOption, expectOption, profileOption, nameOption,
        keyBitsOption, acceptNewOption, verboseOption });
    parser.process(app);
    installLogFormat();
    if (parser.isSet(verboseOption))
        enableVerboseLogging();

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const auto usage = [&](const QString &message) {
        printErr(message);
        const QByteArray hint = tr("Run securechat-cli --help for usage.\n").toUtf8();
        std::fwrite(hint.constData(), 1, size_t(hint.size()), stderr);
        return int(CliSession::ExitUsage);
    };
    if (command != QLatin1StringView("host") && command != QLatin1StringView("connect"))
        return usage(tr("say \"host\" or \"connect HOST:PORT\"."));
    const bool hosting = command == QLatin1StringView("host");
    if ((hosting && args.size() != 1) || (!hosting && args.size() != 2))
        return usage(hosting ? tr("host takes no address; use --bind and --port.")
                             : tr("connect needs exactly one HOST[:PORT]."));
    if (hosting && parser.isSet(expectOption))
        return usage(tr("--expect is for connect."));
    if (!hosting && (parser.isSet(portOption) || parser.isSet(bindOption)))
        return usage(tr("--port and --bind are for host; give connect HOST:PORT."));

    int keyBits = crypto::RsaService::kDefaultKeyBits;
    if (parser.isSet(keyBitsOption)) {
        bool ok = false;
        keyBits = parser.value(keyBitsOption).toInt(&ok);
        if (!ok || !crypto::RsaService::isSupportedKeySize(keyBits))
            return usage(tr("--key-bits must be 2048, 3072 or 4096."));
    }
    crypto::Fingerprint expected;
    if (parser.isSet(expectOption)) {
        const auto parsed = crypto::Fingerprint::fromString(parser.value(expectOption));
        if (!parsed)
            return usage(tr("--expect needs a fingerprint of 64 hexadecimal digits."));
        expected = *parsed;
    }
    QHostAddress bindAddress = QHostAddress::Any;
    if (parser.isSet(bindOption) && !bindAddress.setAddress(parser.value(bindOption)))
        return usage(tr("--bind needs an IP address, e.g. 0.0.0.0, :: or 127.0.0.1."));
    quint16 port = 0;
    if (parser.isSet(portOption) && !parsePort(parser.value(portOption), &port))
        return usage(tr("--port needs a number from 0 to 65535."));
    QString connectHost;
    quint16 connectPort = 0;
    if (!hosting && !parseEndpoint(args.at(1), &connectHost, &connectPort))
        return usage(tr("cannot read \"%1\" as HOST:PORT.").arg(args.at(1)));

    const auto capabilities = crypto::checkCryptoCapabilities();
    if (!capabilities.ok()) {
        printErr(capabilities.explanation());
        return CliSession::ExitIdentity;
    }

    const QString profileDir = parser.isSet(profileOption)
        ? QDir(parser.value(profileOption)).absolutePath()
        : QString();
    chat::Profile profile(profileDir);
    storage::Settings &settings = profile.settings();
    storage::IdentityStore &store = profile.identityStore();
    crypto::Identity identity;
    if (!store.exists()) {
        QString name = parser.value(nameOption).trimmed();
        if (name.isEmpty())
            name = settings.displayName().trimmed();
        if (name.isEmpty())
            name = qEnvironmentVariable("USER").trimmed();
        if (name.isEmpty())
            name = tr("SecureChat user");
        if (!net::MessageCodec::isAcceptableName(name))
            return usage(tr("the name \"%1\" holds control or invisible characters, a line "
                            "separator or \": \", so peers would refuse it; choose another with "
                            "--name.")
                             .arg(cli::escapeForTerminal(name)));
        printErr(tr("Creating your identity \"%1\" (RSA-%2) in %3; this takes a few seconds…")
                     .arg(name)
                     .arg(keyBits)
                     .arg(store.profileDir()));
        identity = crypto::RsaService::createIdentity(name, keyBits);
        QString error;
        if (identity.isNull()) {
            printErr(tr("Could not create an identity."));
            return CliSession::ExitIdentity;
        }
        if (!store.save(identity, {}, &error)) {
            printErr(tr("Could not save your identity: %1").arg(error));
            return CliSession::ExitIdentity;
        }
    } else {
        const auto loaded = store.load(qEnvironmentVariable("SECURECHAT_PASSPHRASE"));
        if (loaded.error != storage::IdentityStore::LoadError::None) {
            printErr(loaded.message);
            return CliSession::ExitIdentity;
        }
        if (!loaded.warning.isEmpty())
            printErr(loaded.warning);
        identity = loaded.identity;
        if (!net::MessageCodec::isAcceptableName(identity.displayName))
            printErr(tr("Your name \"%1\" holds control or invisible characters, a line separator "
                        "or \": \": peers will refuse the connection. Create a new identity with "
                        "another name.")
                         .arg(cli::escapeForTerminal(identity.displayName)));
        if (parser.isSet(nameOption) && parser.value(nameOption).trimmed() != identity.displayName)
            printErr(tr("An identity already exists in this profile; --name is ignored."));
    }
    if (!hosting && connectPort == 0)
        connectPort = settings.defaultPort();
    if (hosting && !parser.isSet(portOption))
        port = settings.defaultPort();

    for (const QString &warning : profile.openWarnings())
        printErr(warning);

    chat::ChatController &controller = *profile.start(identity);
    // The same name the desktop app introduces this profile with (its Settings can rename it).
    const QByteArray intro = tr("You are %1.\n  your fingerprint: %2\n")
                                 .arg(profile.displayName(), identity.fingerprint().grouped())
                                 .toUtf8();
    std::fwrite(intro.constData(), 1, size_t(intro.size()), stderr);

    CliSession::Options options;
    options.acceptNew = parser.isSet(acceptNewOption);
    options.interactive = cli::StdinReader::isTerminal();
    controller.setConfirmNewOutgoing(!options.acceptNew);
    CliSession session(&controller, options);
    QObject::connect(
        &session, &CliSession::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    cli::InterruptWatcher interrupts;
    QObject::connect(
        &interrupts, &cli::InterruptWatcher::interrupted, &session, &CliSession::interrupt);
    if (hosting)
        session.host(bindAddress, port);
    else
        session.connectTo(connectHost, connectPort, expected);
    return app.exec();
}
