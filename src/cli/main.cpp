// SPDX-License-Identifier: MIT
#include "chat/ChatController.h"
#include "chat/HostAddresses.h"
#include "chat/Profile.h"
#include "cli/CliSession.h"
#include "cli/InterruptWatcher.h"
#include "cli/StdinReader.h"
#include "cli/TerminalText.h"
#include "common/AppIdentity.h"
#include "common/Logging.h"
#include "crypto/CryptoCapabilities.h"
#include "crypto/Invite.h"
#include "crypto/RsaService.h"
#include "net/LanDiscovery.h"
#include "net/MessageCodec.h"
#include "net/PortMapper.h"
#include "storage/ContactStore.h"
#include "storage/HistoryStore.h"
#include "storage/IdentityStore.h"
#include "storage/Settings.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <utility>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QHostAddress>
#include <QTimer>
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

// "90s", "30m", "24h", "7d": an invite's validity in seconds, from one minute to 30 days.
std::optional<qint64> parseDuration(const QString &text)
{
    constexpr qint64 kMinSeconds = 60;
    constexpr qint64 kMaxSeconds = 30 * 24 * 60 * 60;
    static const QList<std::pair<QChar, qint64>> units { { u's', 1 }, { u'm', 60 },
        { u'h', 60 * 60 }, { u'd', 24 * 60 * 60 } };
    const QString trimmed = text.trimmed().toLower();
    for (const auto &[unit, seconds] : units) {
        if (!trimmed.endsWith(unit))
            continue;
        bool ok = false;
        const qint64 count = trimmed.chopped(1).toLongLong(&ok);
        // Bounded before multiplying, so that no count can overflow.
        if (!ok || count <= 0 || count > kMaxSeconds / seconds || count * seconds < kMinSeconds)
            return std::nullopt;
        return count * seconds;
    }
    return std::nullopt;
}

// The router's answer, on stderr: where people outside the network can connect, or why not.
void reportPortMapping(net::PortMapper &mapper)
{
    QObject::connect(
        &mapper, &net::PortMapper::mapped, &mapper, [&mapper](const net::PortMapping &mapping) {
            const QString where = mapping.externalAddress.isNull()
                ? tr("port %1").arg(mapping.externalPort)
                : QStringLiteral("%1:%2")
                      .arg(mapping.externalAddress.toString())
                      .arg(mapping.externalPort);
            printErr(tr("Your router forwards %1 to this computer: people outside your network "
                        "can connect there.")
                         .arg(where));
            if (!mapper.problem().isEmpty())
                printErr(mapper.problem());
        });
    QObject::connect(&mapper, &net::PortMapper::failed, &mapper, &printErr);
}

QString description()
{
    return tr(
        "SecureChat from a terminal: host or connect, then chat over stdin and stdout.\n"
        "\n"
        "  securechat-cli host [--port P] [--bind ADDR] [--no-port-mapping]\n"
        "  securechat-cli invite [--expires DURATION] [--port P] [--bind ADDR] "
        "[--no-port-mapping]\n"
        "  securechat-cli connect HOST[:PORT] [--expect FINGERPRINT]\n"
        "  securechat-cli connect CONTACT\n"
        "  securechat-cli connect INVITE\n"
        "  securechat-cli nearby [--seconds N]\n"
        "  securechat-cli contacts [[CONTACT] --retention keep|days:N|none|default]\n"
        "  securechat-cli history CONTACT [--search TEXT] [--limit N]\n"
        "  securechat-cli history CONTACT --delete [--yes]\n"
        "\n"
        "invite hosts as host does and prints an invite on standard output (a securechat: "
        "link, valid for 24 hours unless --expires says otherwise, e.g. 30m, 12h, 7d) once the "
        "router has answered about port mapping. The one person who uses it with connect "
        "INVITE reaches you without comparing fingerprints: the invite carries your key, and "
        "their program proves it holds the invite, so you accept them without being asked "
        "and both sides mark each other verified by invite. An invite works once; a used, "
        "expired or forged one is asked about like any unknown peer.\n"
        "\n"
        "host and invite with --lan-discovery announce this host on the local network (UDP "
        "multicast: name, fingerprint, port) and connect at once to contacts found announcing "
        "there; nearby listens for N seconds (default 12) and prints every host announcing "
        "itself, one per line: NAME, HOST:PORT and fingerprint, separated by tabs. An "
        "announcement is a claim: connect with --expect FINGERPRINT to hold the host to it.\n"
        "\n"
        "CONTACT is a contact's nickname, name or the start of its fingerprint; connect "
        "CONTACT uses the address that worked last and expects the contact's key. A peer "
        "you have talked to is a contact, with one lasting conversation: history is kept "
        "encrypted in the profile, and lines written while the contact is away are stored "
        "and sent the next time you are connected. --retention chooses how long a contact's "
        "history is kept (without CONTACT: for every contact left at \"default\"): keep, "
        "days:N (older messages are deleted, now and once a day), none (nothing new is "
        "written to disk; what is stored stays until history CONTACT --delete). What "
        "deletes messages asks first on a terminal, and needs --yes otherwise.\n"
        "\n"
        "Each line on standard input is sent as one message (a host sends it to every "
        "connected peer; when nobody is, it is kept for the contact last connected and sent "
        "when they are back). Each message received is printed on standard output as one line "
        "\"NAME: TEXT\"; a newline inside a message or name is printed as \\n, a carriage "
        "return as \\r, other control characters (tab included), invisible format "
        "characters and line separators as \\xHH or \\u{HHHH}. A peer that is not a known "
        "contact is shown with the start of its fingerprint after the name (\"Bob [B41A "
        "6080]\"). Your fingerprint, the peer's fingerprint, the safety number and all "
        "notices go to standard error. The end of standard input (or Ctrl+C) says goodbye "
        "to every peer and exits; connect first completes the connection and the --expect "
        "check.\n"
        "\n"
        "Files: a line \"/send PATH\" offers that file to the peer (a host: to every contact "
        "connected now); it goes out once they accept, in small chunks between the messages, "
        "and counts as sent when they confirmed its SHA-256. An offer received is shown on "
        "standard error with a number N: \"/accept N [FOLDER]\" saves it (default: your "
        "download folder), \"/decline N\" refuses it; with --accept-files DIR every offer is "
        "saved into DIR without asking. \"/cancel N\" stops a transfer either way, "
        "\"/transfers\" lists them. Progress goes to standard error. A file is written as "
        "NAME.part and renamed only once its SHA-256 matched, never over an existing file "
        "(\"NAME (1).EXT\"); an interrupted transfer continues where it stopped the next time "
        "the two of you are connected. At the end of input, files offered in this run are "
        "sent first. A line that starts with / is a command; to send a message that starts "
        "with /, begin the line with // (\"//shrug\" sends \"/shrug\").\n"
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
        "  3  could not listen (port in use, address not available), or no invite could be "
        "made\n"
        "  4  connection failed: unreachable, TLS refused, peer declined, protocol error, "
        "timeout, connection lost\n"
        "  5  refused here: expected fingerprint mismatch, changed key, unknown peer not "
        "accepted, deleting messages not agreed to\n"
        "  6  everything else went well, but a file transfer of this run failed");
}

void printOutLine(const QString &text)
{
    const QByteArray utf8 = (text + u'\n').toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
}

QString contactLabel(const storage::ContactStore::Contact &contact)
{
    const QString name = contact.nickname.isEmpty()
        ? contact.name
        : QStringLiteral("%1 (%2)").arg(contact.nickname, contact.name);
    return cli::escapeForTerminal(name);
}

// CONTACT as the user wrote it: a nickname, a name or a fingerprint prefix. Prints why when
// it names nobody or more than one contact.
std::optional<storage::ContactStore::Contact> findContact(
    const storage::ContactStore &contacts, const QString &text, bool quietWhenNone)
{
    const auto matches = contacts.match(text);
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.isEmpty()) {
        if (!quietWhenNone)
            printErr(tr("No contact is called \"%1\"; securechat-cli contacts lists them.")
                         .arg(cli::escapeForTerminal(text)));
        return std::nullopt;
    }
    QStringList candidates;
    for (const auto &contact : matches)
        candidates
            << QStringLiteral("  %1  %2").arg(contactLabel(contact), contact.fingerprint.grouped());
    printErr(tr("\"%1\" could mean more than one contact; give more of the fingerprint:\n%2")
                 .arg(cli::escapeForTerminal(text), candidates.join(u'\n')));
    return std::nullopt;
}

using Retention = storage::Settings::HistoryRetention;
using RetentionMode = storage::ContactStore::Retention;

// "keep", "days:N", "none" or "default"; std::nullopt for anything else.
std::optional<Retention> parseRetention(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1StringView("keep"))
        return Retention { RetentionMode::Keep, 0 };
    if (word == QLatin1StringView("none"))
        return Retention { RetentionMode::KeepNothing, 0 };
    if (word == QLatin1StringView("default"))
        return Retention { RetentionMode::Default, 0 };
    if (!word.startsWith(QLatin1StringView("days:")))
        return std::nullopt;
    bool ok = false;
    const int days = word.mid(5).toInt(&ok);
    if (!ok || !storage::ContactStore::isValidRetentionDays(days))
        return std::nullopt;
    return Retention { RetentionMode::KeepDays, days };
}

QString describeRetention(const Retention &retention)
{
    switch (retention.mode) {
    case RetentionMode::Default:
        return tr("default");
    case RetentionMode::Keep:
        return tr("kept");
    case RetentionMode::KeepDays:
        return tr("kept for %1 days").arg(retention.days);
    case RetentionMode::KeepNothing:
        return tr("not kept (memory only)");
    }
    return {};
}

// Asks on the terminal; without one, only --yes agrees.
bool confirm(const QString &question, bool yes)
{
    if (yes)
        return true;
    if (!cli::StdinReader::isTerminal()) {
        printErr(tr("%1 Standard input is not a terminal, so nothing was done; add --yes to "
                    "agree.")
                     .arg(question));
        return false;
    }
    const QByteArray prompt = tr("%1 [y/N] ").arg(question).toUtf8();
    std::fwrite(prompt.constData(), 1, size_t(prompt.size()), stderr);
    std::fflush(stderr);
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin))
        return false;
    return answer[0] == 'y' || answer[0] == 'Y';
}

QString verificationWord(storage::ContactStore::Verification verification)
{
    switch (verification) {
    case storage::ContactStore::Verification::None:
        break;
    case storage::ContactStore::Verification::SafetyNumber:
        return tr("yes, safety number compared");
    case storage::ContactStore::Verification::Invite:
        return tr("yes, by invite");
    }
    return tr("no");
}

int listContacts(const storage::ContactStore &contacts, const Retention &defaultRetention)
{
    const auto all = contacts.all();
    if (all.isEmpty())
        printErr(tr("No contacts yet: a peer becomes a contact once you have talked to them."));
    for (const auto &contact : all) {
        QStringList addresses;
        for (const auto &address : contact.addresses) {
            addresses << (address.weConnected
                    ? QStringLiteral("%1:%2").arg(address.host).arg(address.port)
                    : tr("from %1").arg(address.host));
        }
        const Retention own { contact.retention, contact.retentionDays };
        const QString kept = own.mode == RetentionMode::Default
            ? tr("%1 (the default)").arg(describeRetention(defaultRetention))
            : describeRetention(own);
        printOutLine(
            tr("%1\n  fingerprint: %2\n  verified: %3\n  last seen: %4\n  addresses: "
               "%5\n  history: %6")
                .arg(contactLabel(contact), contact.fingerprint.grouped(),
                    verificationWord(contact.verification),
                    contact.lastSeen.isValid()
                        ? contact.lastSeen.toLocalTime().toString(Qt::ISODate)
                        : tr("never"),
                    addresses.isEmpty() ? tr("none") : addresses.join(QStringLiteral(", ")), kept));
    }
    return 0;
}

QString deliveryWord(storage::HistoryStore::Delivery delivery)
{
    switch (delivery) {
    case storage::HistoryStore::Delivery::Queued:
        return tr("queued");
    case storage::HistoryStore::Delivery::Sent:
        return tr("sent");
    case storage::HistoryStore::Delivery::Delivered:
        return tr("delivered");
    case storage::HistoryStore::Delivery::Failed:
        return tr("failed");
    }
    return {};
}

// One line per message: TIME NAME: TEXT, with the delivery state of what you sent.
int printHistory(storage::HistoryStore &history, const storage::ContactStore::Contact &contact,
    const QString &myName, const QString &search, int limit)
{
    storage::HistoryStore::Error error;
    if (!search.isEmpty()) {
        const auto hits = history.search(search, contact.fingerprint, limit, &error);
        for (auto it = hits.crbegin(); it != hits.crend(); ++it) {
            QString snippet = it->snippet;
            snippet.replace(storage::HistoryStore::kHitStart, u'[')
                .replace(storage::HistoryStore::kHitEnd, u']');
            printOutLine(
                QStringLiteral("%1 %2").arg(it->storedTime.toLocalTime().toString(Qt::ISODate),
                    cli::escapeForTerminal(snippet)));
        }
    } else {
        const auto messages = history.newest(contact.fingerprint, limit, &error);
        for (const auto &message : messages) {
            const QString when
                = (message.senderTime.isValid() ? message.senderTime : message.storedTime)
                      .toLocalTime()
                      .toString(Qt::ISODate);
            if (message.kind != storage::HistoryStore::Kind::Text) {
                printOutLine(
                    QStringLiteral("%1 -- %2").arg(when, cli::escapeForTerminal(message.body)));
                continue;
            }
            const bool mine = message.direction == storage::HistoryStore::Direction::Outgoing;
            printOutLine(
                QStringLiteral("%1 %2: %3%4")
                    .arg(when, mine ? cli::escapeForTerminal(myName) : contactLabel(contact),
                        cli::escapeForTerminal(message.body),
                        mine ? QStringLiteral(" (%1)").arg(deliveryWord(message.delivery))
                             : QString()));
        }
    }
    if (error) {
        printErr(error.message);
        return CliSession::ExitIdentity;
    }
    return 0;
}

// contacts [CONTACT] --retention MODE, once the profile is started.
int changeRetention(chat::Profile &profile,
    const std::optional<storage::ContactStore::Contact> &contact, const Retention &chosen, bool yes)
{
    chat::ChatController &controller = *profile.controller();
    QString error;
    if (!contact) {
        if (chosen.mode == RetentionMode::Default) {
            printErr(tr("\"default\" is for a contact; the default itself is keep, days:N or "
                        "none."));
            return CliSession::ExitUsage;
        }
        if (chosen.mode == RetentionMode::KeepDays
            && !confirm(tr("Messages stored more than %1 days ago with every contact that "
                           "follows the default will be deleted now.")
                            .arg(chosen.days),
                yes))
            return CliSession::ExitRefused;
        if (!profile.setDefaultRetention(chosen, &error)) {
            printErr(error);
            return CliSession::ExitIdentity;
        }
        printErr(
            tr("History of contacts that follow the default: %1.").arg(describeRetention(chosen)));
        return 0;
    }
    const chat::ConversationId id = controller.conversationOf(contact->fingerprint);
    const QString who = contactLabel(*contact);
    const Retention before = controller.effectiveRetention(id);
    const Retention after
        = chosen.mode == RetentionMode::Default ? controller.defaultRetention() : chosen;
    if (after.mode == RetentionMode::KeepDays
        && !confirm(tr("Messages with %1 stored more than %2 days ago will be deleted now.")
                        .arg(who)
                        .arg(after.days),
            yes))
        return CliSession::ExitRefused;
    if (!controller.setRetention(id, chosen.mode, chosen.days, &error)) {
        printErr(error);
        return CliSession::ExitIdentity;
    }
    printErr(tr("History with %1: %2.").arg(who, describeRetention(after)));
    const qint64 stored
        = profile.history() ? profile.history()->messageCount(contact->fingerprint) : 0;
    if (after.mode == RetentionMode::KeepNothing && before.mode != RetentionMode::KeepNothing
        && stored > 0)
        printErr(tr("The %1 messages already stored with %2 stay on disk; delete them with "
                    "securechat-cli history %3 --delete.")
                     .arg(stored)
                     .arg(who, contact->fingerprint.toHex().left(16)));
    return 0;
}

// nearby: listens for LAN discovery announcements, then lists who announced.
int listNearby(int seconds)
{
    net::LanDiscovery discovery;
    QString error;
    if (!discovery.start({}, net::LanDiscovery::kDefaultUdpPort, &error)) {
        printErr(error);
        return CliSession::ExitListen;
    }
    // No %n plural: the terminal client loads no translations, so "second(s)" would show as is.
    printErr(QCoreApplication::translate("securechat-cli",
        "Listening for hosts announcing themselves on the local network (%1 s)…")
            .arg(seconds));
    QEventLoop wait;
    QTimer::singleShot(seconds * 1000, &wait, &QEventLoop::quit);
    wait.exec();
    const auto peers = discovery.peers();
    if (peers.isEmpty())
        printErr(tr("Nobody announced a SecureChat host on this network. The host must turn on "
                    "LAN discovery (securechat-cli host --lan-discovery, or the desktop app's "
                    "Settings), and both must be on the same network."));
    for (const auto &peer : peers) {
        printOutLine(QStringLiteral("%1\t%2\t%3")
                         .arg(cli::escapeForTerminal(peer.announcement.name),
                             chat::hostAndPort(peer.address, peer.announcement.port),
                             peer.announcement.fingerprint.grouped()));
    }
    return 0;
}

// history CONTACT --delete, once the profile is started.
int deleteHistory(chat::Profile &profile, const storage::ContactStore::Contact &contact, bool yes)
{
    const QString who = contactLabel(contact);
    const qint64 stored = profile.history()->messageCount(contact.fingerprint);
    if (stored == 0) {
        printErr(tr("No history with %1 is stored.").arg(who));
        return 0;
    }
    if (!confirm(tr("Delete the %1 messages stored with %2 (texts not yet delivered too)?")
                     .arg(stored)
                     .arg(who),
            yes))
        return CliSession::ExitRefused;
    QString error;
    chat::ChatController &controller = *profile.controller();
    if (!controller.deleteHistory(controller.conversationOf(contact.fingerprint), &error)) {
        printErr(tr("The history with %1 could not be deleted: %2").arg(who, error));
        return CliSession::ExitIdentity;
    }
    printErr(tr("Deleted the history with %1.").arg(who));
    return 0;
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
    parser.addPositionalArgument(
        QStringLiteral("command"), tr("host, invite, connect, nearby, contacts or history"));
    parser.addPositionalArgument(QStringLiteral("address"),
        tr("connect: HOST[:PORT] (IPv6 as [ADDR]:PORT), CONTACT or INVITE"));
    const QCommandLineOption portOption(QStringLiteral("port"),
        tr("host: port to listen on (default: the profile's setting, 47000)."), tr("P"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
        tr("host: address to listen on (default: every IPv4 and IPv6 address)."), tr("ADDR"));
    const QCommandLineOption noPortMappingOption(QStringLiteral("no-port-mapping"),
        tr("host: do not ask the router to forward the port (UPnP, NAT-PMP); only people on "
           "your network can connect then, unless you forward it yourself."));
    const QCommandLineOption lanDiscoveryOption(QStringLiteral("lan-discovery"),
        tr("host, invite: announce this host on the local network and connect to contacts "
           "found there (off unless given, whatever the desktop app's setting)."));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
        tr("nearby: how long to listen (1 to 600, default 12)."), tr("N"));
    const QCommandLineOption expiresOption(QStringLiteral("expires"),
        tr("invite: how long the invite is valid, e.g. 30m, 12h, 7d (default 24h, at most 30d)."),
        tr("DURATION"));
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
    const QCommandLineOption acceptFilesOption(QStringLiteral("accept-files"),
        tr("host, connect: save every file contacts offer into DIR without asking."), tr("DIR"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
        tr("write diagnostics (connections, TLS parameters, close causes, storage errors; never "
           "message text or keys) to standard error."));
    const QCommandLineOption searchOption(QStringLiteral("search"),
        tr("history: only messages containing all these words."), tr("TEXT"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        tr("history: at most N messages, the newest (default 20)."), tr("N"));
    const QCommandLineOption retentionOption(QStringLiteral("retention"),
        tr("contacts: how long CONTACT's history is kept (without CONTACT: the default): keep, "
           "days:N (1 to 36500), none (nothing new written to disk) or default."),
        tr("MODE"));
    const QCommandLineOption deleteOption(QStringLiteral("delete"),
        tr("history: delete the whole history with CONTACT (the contact stays)."));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
        tr("contacts --retention, history --delete: agree to deleting messages without being "
           "asked."));
    parser.addOptions({ portOption, bindOption, noPortMappingOption, lanDiscoveryOption,
        secondsOption, expiresOption, expectOption, profileOption, nameOption, keyBitsOption,
        acceptNewOption, acceptFilesOption, verboseOption, searchOption, limitOption,
        retentionOption, deleteOption, yesOption });
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
    const bool listing = command == QLatin1StringView("contacts");
    const bool reading = command == QLatin1StringView("history");
    const bool inviting = command == QLatin1StringView("invite");
    if (command == QLatin1StringView("nearby")) {
        if (args.size() != 1)
            return usage(tr("nearby takes no address."));
        int seconds = 12;
        if (parser.isSet(secondsOption)) {
            bool ok = false;
            seconds = parser.value(secondsOption).toInt(&ok);
            if (!ok || seconds < 1 || seconds > 600)
                return usage(tr("--seconds needs a number from 1 to 600."));
        }
        return listNearby(seconds);
    }
    if (parser.isSet(secondsOption))
        return usage(tr("--seconds is for nearby."));
    if (command != QLatin1StringView("host") && command != QLatin1StringView("connect") && !listing
        && !reading && !inviting)
        return usage(tr("say \"host\", \"invite\", \"connect HOST:PORT\" (or CONTACT, or "
                        "INVITE), \"nearby\", \"contacts\" or \"history CONTACT\"."));
    const bool hosting = command == QLatin1StringView("host") || inviting;
    qint64 inviteValidity = crypto::Invite::kDefaultValiditySeconds;
    if (parser.isSet(expiresOption)) {
        const auto parsed = parseDuration(parser.value(expiresOption));
        if (!inviting || !parsed)
            return usage(tr("--expires is for invite and needs a duration from 1m to 30d, e.g. "
                            "30m, 12h or 7d."));
        inviteValidity = *parsed;
    }
    std::optional<Retention> retention;
    if (parser.isSet(retentionOption)) {
        retention = parseRetention(parser.value(retentionOption));
        if (!listing || !retention)
            return usage(tr("--retention is for contacts and needs keep, days:N (N from 1 to "
                            "36500), none or default."));
    }
    const bool deleting = parser.isSet(deleteOption);
    if (deleting && (!reading || parser.isSet(searchOption) || parser.isSet(limitOption)))
        return usage(tr("--delete is for history CONTACT, without --search or --limit."));
    if (parser.isSet(yesOption) && !retention && !deleting)
        return usage(tr("--yes goes with contacts --retention or history --delete."));
    if (listing && (args.size() > 2 || (args.size() == 2 && !retention)))
        return usage(tr("contacts takes a CONTACT only with --retention."));
    if (reading && args.size() != 2)
        return usage(tr("history needs exactly one CONTACT."));
    if (!reading && !listing && ((hosting && args.size() != 1) || (!hosting && args.size() != 2)))
        return usage(hosting ? tr("%1 takes no address; use --bind and --port.").arg(command)
                             : tr("connect needs exactly one HOST[:PORT], CONTACT or INVITE."));
    int historyLimit = 20;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        historyLimit = parser.value(limitOption).toInt(&ok);
        if (!reading || !ok || historyLimit < 1 || historyLimit > 100000)
            return usage(tr("--limit is for history and needs a number from 1 to 100000."));
    }
    if (parser.isSet(searchOption) && !reading)
        return usage(tr("--search is for history."));
    if (hosting && parser.isSet(expectOption))
        return usage(tr("--expect is for connect."));
    if (!hosting && (parser.isSet(portOption) || parser.isSet(bindOption)))
        return usage(tr("--port and --bind are for host and invite; give connect HOST:PORT."));
    if (!hosting && parser.isSet(noPortMappingOption))
        return usage(tr("--no-port-mapping is for host and invite."));
    if (!hosting && parser.isSet(lanDiscoveryOption))
        return usage(tr("--lan-discovery is for host and invite."));
    std::optional<crypto::Invite> invite;
    if (command == QLatin1StringView("connect") && args.size() == 2
        && crypto::Invite::looksLikeInvite(args.at(1))) {
        const auto parsed = crypto::Invite::parse(args.at(1));
        if (!parsed.invite)
            return usage(parsed.message);
        if (parser.isSet(expectOption))
            return usage(tr("An invite names the host's key itself; leave out --expect."));
        invite = parsed.invite;
    }

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
    const auto capabilities = crypto::checkCryptoCapabilities();
    if (!capabilities.ok()) {
        printErr(capabilities.explanation());
        return CliSession::ExitIdentity;
    }

    const QString profileDir = parser.isSet(profileOption)
        ? QDir(parser.value(profileOption)).absolutePath()
        : QString();
    chat::Profile profile(profileDir);
    if (listing && !retention)
        return listContacts(profile.contacts(), profile.settings().defaultRetention());
    // From here on, commands that change stored history need the identity (its key opens it).
    const bool changing = listing || deleting;

    QString connectHost;
    quint16 connectPort = 0;
    std::optional<storage::ContactStore::Contact> contact;
    if (!hosting && args.size() > 1 && !invite) {
        const auto candidates = profile.contacts().match(args.at(1));
        if (reading || listing || !candidates.isEmpty()) {
            contact = findContact(profile.contacts(), args.at(1), false);
            if (!contact)
                return CliSession::ExitUsage;
        }
        if (!reading && !listing && contact) {
            const auto dialled = std::find_if(contact->addresses.cbegin(),
                contact->addresses.cend(), [](const auto &a) { return a.weConnected; });
            if (dialled == contact->addresses.cend())
                return usage(tr("%1 has only ever connected to you; there is no address to "
                                "connect to. Give HOST:PORT instead.")
                                 .arg(contactLabel(*contact)));
            if (!expected.isNull() && expected != contact->fingerprint)
                return usage(
                    tr("--expect names another key than %1's.").arg(contactLabel(*contact)));
            connectHost = dialled->host;
            connectPort = dialled->port;
            expected = contact->fingerprint;
        } else if (!reading && !listing && !parseEndpoint(args.at(1), &connectHost, &connectPort)) {
            return usage(tr("cannot read \"%1\" as HOST:PORT or a contact.").arg(args.at(1)));
        }
    }
    storage::Settings &settings = profile.settings();
    storage::IdentityStore &store = profile.identityStore();
    crypto::Identity identity;
    if ((reading || changing) && !store.exists()) {
        printErr(tr("There is no identity in this profile yet, so there is no history."));
        return CliSession::ExitIdentity;
    }
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
    if (!hosting && !listing && connectPort == 0)
        connectPort = settings.defaultPort();
    if (hosting && !parser.isSet(portOption))
        port = settings.defaultPort();

    // The terminal client takes part in LAN discovery only when told to, for this run.
    profile.setLanDiscovery(hosting && parser.isSet(lanDiscoveryOption));
    chat::ChatController &controller = *profile.start(identity);
    for (const QString &warning : profile.openWarnings())
        printErr(warning);
    if (listing)
        return changeRetention(profile, contact, *retention, parser.isSet(yesOption));
    if (reading) {
        if (!profile.history())
            return CliSession::ExitIdentity;
        if (deleting)
            return deleteHistory(profile, *contact, parser.isSet(yesOption));
        return printHistory(*profile.history(), *contact, profile.displayName(),
            parser.value(searchOption), historyLimit);
    }
    // The same name the desktop app introduces this profile with (its Settings can rename it).
    const QByteArray intro = tr("You are %1.\n  your fingerprint: %2\n")
                                 .arg(profile.displayName(), identity.fingerprint().grouped())
                                 .toUtf8();
    std::fwrite(intro.constData(), 1, size_t(intro.size()), stderr);

    CliSession::Options options;
    options.acceptNew = parser.isSet(acceptNewOption);
    options.interactive = cli::StdinReader::isTerminal();
    options.acceptFilesFolder = parser.value(acceptFilesOption);
    controller.setConfirmNewOutgoing(!options.acceptNew);
    CliSession session(&controller, options);
    QObject::connect(
        &session, &CliSession::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    cli::InterruptWatcher interrupts;
    QObject::connect(
        &interrupts, &cli::InterruptWatcher::interrupted, &session, &CliSession::interrupt);
    if (hosting) {
        if (parser.isSet(noPortMappingOption))
            profile.setPortMappingAllowed(false);
        net::PortMapper *mapper = profile.portMapper();
        reportPortMapping(*mapper);
        session.host(bindAddress, port);
        if (parser.isSet(lanDiscoveryOption) && controller.isListening()) {
            if (profile.lanDiscoveryProblem().isEmpty())
                printErr(tr("Announcing this host on the local network (LAN discovery); contacts "
                            "found announcing there are connected to."));
            else
                printErr(profile.lanDiscoveryProblem());
        }
        if (inviting && controller.isListening()) {
            // The router's address goes first in the invite, so its answer is waited for.
            if (mapper->isActive() && !mapper->hasMapping()) {
                // Renewals come as mapped() too; only the first answer prints the invite.
                const auto printed = std::make_shared<bool>(false);
                const auto printOnce = [&session, printed, inviteValidity] {
                    if (!std::exchange(*printed, true))
                        session.printInvite(inviteValidity);
                };
                QObject::connect(mapper, &net::PortMapper::mapped, &session, printOnce);
                QObject::connect(mapper, &net::PortMapper::failed, &session, printOnce);
            } else {
                session.printInvite(inviteValidity);
            }
        }
    } else if (invite) {
        session.connectWithInvite(*invite);
    } else {
        session.connectTo(connectHost, connectPort, expected);
    }
    return app.exec();
}
