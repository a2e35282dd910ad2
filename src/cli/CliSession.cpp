// SPDX-License-Identifier: MIT
#include "cli/CliSession.h"

#include "chat/HostAddresses.h"
#include "chat/PeerNames.h"
#include "cli/CliTransfers.h"
#include "cli/StdinReader.h"
#include "cli/TerminalText.h"
#include "net/Protocol.h"

#include <cstdio>

#include <QCoreApplication>
#include <QLocale>

namespace securechat::cli {

namespace {

// Both streams are UTF-8 whatever the locale says, so that a script reads one encoding.
void printErr(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

using chat::ConversationState;

} // namespace

CliSession::CliSession(chat::ChatController *controller, const Options &options, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_options(options)
    , m_stdin(new StdinReader(this))
    , m_transfers(new CliTransfers(controller, options.acceptFilesFolder, &printErr, this))
{
    connect(m_transfers, &CliTransfers::outgoingFinished, this, &CliSession::maybeFinishAfterInput);
    connect(m_stdin, &StdinReader::lineRead, this, &CliSession::onLine);
    connect(m_stdin, &StdinReader::finished, this, &CliSession::onEndOfInput);
    connect(m_controller, &chat::ChatController::stateChanged, this, &CliSession::onStateChanged);
    connect(m_controller, &chat::ChatController::conversationClosed, this, &CliSession::onClosed);
    // The attempt of connect mode becomes the contact's lasting conversation once the host is
    // known: follow it there.
    connect(m_controller, &chat::ChatController::conversationRemoved, this,
        [this](chat::ConversationId id, chat::ConversationId mergedInto) {
            if (id == m_outgoing && mergedInto)
                m_outgoing = mergedInto;
            for (auto &decision : m_decisions) {
                if (decision == id && mergedInto)
                    decision = mergedInto;
            }
        });
    connect(m_controller, &chat::ChatController::messageReceived, this,
        [this](chat::ConversationId id, const chat::ChatMessage &message) {
            printOut(QStringLiteral("%1: %2").arg(peerLabel(id), escapeForTerminal(message.body)));
        });
    connect(m_controller, &chat::ChatController::deliveryChanged, this,
        [this](chat::ConversationId id, const QString &, chat::DeliveryState state) {
            if (state == chat::DeliveryState::Failed)
                printErr(tr("A message to %1 could not be sent.").arg(peerLabel(id)));
            maybeFinishAfterInput();
        });
    connect(m_controller, &chat::ChatController::incomingFailed, this,
        [](const QString &address, const QString &reason) {
            printErr(tr("Dropped a connection from %1: %2").arg(address, reason));
        });
    connect(m_controller, &chat::ChatController::warning, this, &printErr);
    connect(m_controller, &chat::ChatController::addressAttempted, this,
        [](chat::ConversationId, const QString &host, quint16 port, bool connected) {
            const QString where = chat::hostAndPort(QHostAddress(host), port);
            printErr(connected ? tr("Reached %1.").arg(where) : tr("Trying %1…").arg(where));
        });
    connect(m_controller, &chat::ChatController::heldByPeerChanged, this,
        [this](chat::ConversationId id, chat::HeldByPeer held) {
            switch (held) {
            case chat::HeldByPeer::AwaitingApproval:
                printErr(tr("Waiting for %1 to accept you; your lines are kept until then.")
                             .arg(peerLabel(id)));
                break;
            case chat::HeldByPeer::KeyChangePending:
                printErr(tr("%1 has to accept your new key; your lines are kept until then.")
                             .arg(peerLabel(id)));
                break;
            case chat::HeldByPeer::No:
                printErr(tr("%1 accepted you.").arg(peerLabel(id)));
                break;
            }
        });
    connect(
        m_controller, &chat::ChatController::peerChanged, this, [this](chat::ConversationId id) {
            const std::optional<bool> keeps = m_controller->peer(id).peerKeepsHistory;
            if (!keeps || m_peerKeepsHistory.value(id) == keeps)
                return;
            m_peerKeepsHistory.insert(id, keeps);
            printErr(*keeps ? tr("%1 keeps a history of this conversation.").arg(peerLabel(id))
                            : tr("%1 keeps no history of this conversation (memory only).")
                                  .arg(peerLabel(id)));
        });
    connect(m_controller, &chat::ChatController::allClosed, this, [this] {
        if (m_closingAll && m_hosting)
            finish(m_exitCode);
    });
}

void CliSession::host(const QHostAddress &address, quint16 port)
{
    m_hosting = true;
    QString error;
    if (!m_controller->listen(address, port, &error)) {
        printErr(error);
        finish(ExitListen);
        return;
    }
    QStringList addresses;
    const auto all = m_controller->listeningAddresses();
    for (const QHostAddress &a : all)
        addresses.append(a.toString());
    printErr(tr("Listening on %1, port %2. Waiting for peers; type a line to send it to everyone "
                "connected, end the input (Ctrl+D) to quit.")
                 .arg(addresses.join(QStringLiteral(", ")))
                 .arg(m_controller->listeningPort()));
}

void CliSession::printInvite(qint64 validitySeconds)
{
    QString error;
    const auto invite = m_controller->createInvite(validitySeconds, &error);
    if (!invite) {
        printErr(tr("No invite was made: %1").arg(error));
        finish(ExitListen);
        return;
    }
    QStringList addresses;
    for (const auto &entry : invite->addresses)
        addresses << chat::hostAndPort(entry.address, entry.port);
    printOut(invite->toUri());
    printErr(tr("Give this invite (the line above) to the one person you want to talk to, "
                "privately: whoever uses it first connects to you as a trusted contact, without "
                "comparing fingerprints. It works once, until %1, and tries %2.")
                 .arg(QLocale().toString(invite->expires.toLocalTime(), QLocale::ShortFormat),
                     addresses.join(QStringLiteral(", "))));
}

void CliSession::connectTo(const QString &host, quint16 port, const crypto::Fingerprint &expected)
{
    printErr(tr("Connecting to %1 port %2…").arg(host).arg(port));
    m_outgoing = m_controller->connectToPeer(host, port, expected);
}

void CliSession::connectWithInvite(const crypto::Invite &invite)
{
    printErr(tr("Connecting to %1 with their invite; only the key %2 is accepted.")
                 .arg(escapeForTerminal(invite.hostName), invite.hostFingerprint.grouped()));
    if (invite.isExpired(QDateTime::currentDateTimeUtc()))
        printErr(tr("This invite expired on %1, so %2 will be asked whether to accept you.")
                     .arg(QLocale().toString(invite.expires.toLocalTime(), QLocale::ShortFormat),
                         escapeForTerminal(invite.hostName)));
    m_outgoing = m_controller->connectWithInvite(invite);
    if (m_outgoing == 0) {
        printErr(tr("The invite names no address to connect to. Ask for a new one."));
        finish(ExitFailed);
    }
}

void CliSession::interrupt()
{
    if (m_finished || m_closingAll)
        return;
    printErr(tr("Interrupted: saying goodbye."));
    m_inputEnded = true;
    m_asked = 0;
    m_decisions.clear();
    m_closingAll = true;
    m_controller->closeAll();
}

void CliSession::onLine(const QString &line)
{
    if (m_finished)
        return;
    if (m_asked) {
        answerDecision(line);
        return;
    }
    if (line.startsWith(QLatin1Char('/')) && !line.startsWith(QLatin1StringView("//"))) {
        if (!m_transfers->runCommand(line, fileTargets()))
            printErr(tr("Unknown command %1. Commands: /send PATH, /accept N [FOLDER], /decline N, "
                        "/cancel N, /transfers. To send a line that starts with /, begin it with "
                        "//.")
                         .arg(escapeForTerminal(line.section(QLatin1Char(' '), 0, 0))));
        return;
    }
    // "//..." sends "/...".
    const QString text = line.startsWith(QLatin1StringView("//")) ? line.mid(1) : line;
    sendLine(text);
}

QList<chat::ConversationId> CliSession::fileTargets() const
{
    QList<chat::ConversationId> targets;
    const auto ids
        = m_hosting ? m_controller->conversations() : QList<chat::ConversationId> { m_outgoing };
    for (const auto id : ids) {
        if (m_controller->state(id) == ConversationState::Ready && m_controller->peer(id).isContact)
            targets << id;
    }
    return targets;
}

void CliSession::sendLine(const QString &line)
{
    if (line.toUtf8().size() > net::kMaxTextBytes) {
        printErr(tr("That line is longer than %1 bytes and was not sent.").arg(net::kMaxTextBytes));
        return;
    }
    if (m_hosting) {
        int sent = 0;
        const auto ids = m_controller->conversations();
        for (const auto id : ids) {
            if (m_controller->state(id) == ConversationState::Ready
                && !m_controller->sendText(id, line).isEmpty())
                ++sent;
        }
        if (sent > 0)
            return;
        // Nobody is connected: the line waits for the contact last talked to.
        const chat::ConversationId last = lastContact();
        if (!last) {
            printErr(tr("Nobody is connected yet; the line was not sent. You have no contact "
                        "to keep it for."));
            return;
        }
        if (m_controller->sendText(last, line).isEmpty())
            return; // the controller's warning says why
        printErr(tr("%1 is not connected; the line is kept and will be sent when they are back.")
                     .arg(peerLabel(last)));
    } else if (m_controller->sendText(m_outgoing, line).isEmpty()) {
        printErr(tr("The conversation is closed; the line was not sent."));
    } else if (m_controller->state(m_outgoing) != ConversationState::Ready) {
        printErr(tr("Not connected yet; the line is kept and will be sent once you are."));
    }
}

chat::ConversationId CliSession::lastContact() const
{
    if (m_lastContact && m_controller->peer(m_lastContact).isContact)
        return m_lastContact;
    chat::ConversationId latest = 0;
    QDateTime latestSeen;
    const auto ids = m_controller->conversations();
    for (const auto id : ids) {
        const chat::PeerInfo peer = m_controller->peer(id);
        if (peer.isContact && (!latest || peer.lastSeen > latestSeen)) {
            latest = id;
            latestSeen = peer.lastSeen;
        }
    }
    return latest;
}

void CliSession::onEndOfInput()
{
    m_inputEnded = true;
    refuseAllDecisions();
    maybeFinishAfterInput();
}

void CliSession::refuseAllDecisions()
{
    // No answer will come: refuse what was being asked and what was waiting to be.
    if (m_asked)
        m_decisions.prepend(std::exchange(m_asked, 0));
    const auto waiting = std::exchange(m_decisions, {});
    for (const auto id : waiting)
        m_controller->rejectPeer(id);
}

void CliSession::maybeFinishAfterInput()
{
    if (!m_inputEnded || m_closingAll || m_finished)
        return;
    // Files offered in this run are sent (or fail) before saying goodbye.
    if (m_transfers->hasUnfinishedOutgoing())
        return;
    // A connection still being set up finishes first, so that an --expect check (or a refusal)
    // decides the exit code even when the input was empty.
    if (!m_hosting) {
        const auto state = m_controller->state(m_outgoing);
        if (state == ConversationState::Connecting || state == ConversationState::Handshaking)
            return;
    }
    // Lines typed before the end are delivered (or fail) before saying goodbye.
    const auto ids = m_controller->conversations();
    for (const auto id : ids) {
        if (m_controller->state(id) == ConversationState::Closed)
            continue;
        const auto messages = m_controller->messages(id);
        for (const auto &message : messages) {
            if (message.outgoing
                && (message.delivery == chat::DeliveryState::Queued
                    || message.delivery == chat::DeliveryState::Sent))
                return;
        }
    }
    m_closingAll = true;
    m_controller->closeAll();
}

void CliSession::onStateChanged(chat::ConversationId id, chat::ConversationState state)
{
    switch (state) {
    case ConversationState::Ready:
        if (m_controller->peer(id).isContact)
            m_lastContact = id;
        printReady(id);
        maybeFinishAfterInput();
        break;
    case ConversationState::AwaitingApproval:
    case ConversationState::KeyChanged:
        if (m_options.interactive && !m_inputEnded
            && !(state == ConversationState::AwaitingApproval && m_options.acceptNew)) {
            m_decisions.append(id);
            askNextDecision();
        } else {
            decideWithoutAsking(id);
        }
        break;
    default:
        break;
    }
}

void CliSession::decideWithoutAsking(chat::ConversationId id)
{
    const chat::PeerInfo peer = m_controller->peer(id);
    if (m_controller->state(id) == ConversationState::AwaitingApproval && m_options.acceptNew) {
        printErr(tr("Accepting new peer %1 (--accept-new).").arg(peerLabel(id)));
        m_controller->acceptPeer(id);
        return;
    }
    if (m_controller->state(id) == ConversationState::KeyChanged) {
        printErr(tr("WARNING: %1 presents a different key than the one known for this name or "
                    "address.\n  previous: %2\n  now:      %3\nRefusing. Someone may be "
                    "impersonating them; if they really made a new key, run interactively to "
                    "accept it.")
                     .arg(peerLabel(id), peer.previousFingerprint.grouped(),
                         peer.fingerprint.grouped()));
    } else {
        if (!peer.inviteProblem.isEmpty())
            printErr(peer.inviteProblem);
        printErr(tr("Refusing unknown peer %1 (fingerprint %2): input is not a terminal, and "
                    "--accept-new was not given.")
                     .arg(peerLabel(id), peer.fingerprint.grouped()));
    }
    if (!m_hosting)
        m_exitCode = ExitRefused;
    m_controller->rejectPeer(id);
}

void CliSession::askNextDecision()
{
    if (m_asked || m_decisions.isEmpty())
        return;
    m_asked = m_decisions.takeFirst();
    const chat::ConversationId id = m_asked;
    const chat::PeerInfo peer = m_controller->peer(id);
    const QString who = tr("%1 (fingerprint %2)").arg(peerLabel(id), peer.fingerprint.grouped());
    if (m_controller->state(id) == ConversationState::KeyChanged) {
        printErr(tr("\nWARNING: THE KEY OF %1 HAS CHANGED.\n  previous fingerprint: %2\n  new "
                    "fingerprint:      %3\n  safety number:        %4\nSomeone may be "
                    "impersonating them. Only accept if they told you, through another channel, "
                    "that they made a new key.")
                     .arg(peerLabel(id).toUpper(), peer.previousFingerprint.grouped(),
                         peer.fingerprint.grouped(), peer.safetyNumber));
        printConfusableWarning(id);
        printErr(
            tr("Type \"accept\" to trust the new key of %1, anything else to refuse:").arg(who));
    } else {
        printErr(
            tr("\n%1 (%2) is not known yet.\n  fingerprint:   %3\n  safety number: %4")
                .arg(peerLabel(id), peer.address, peer.fingerprint.grouped(), peer.safetyNumber));
        printConfusableWarning(id);
        if (!peer.inviteProblem.isEmpty())
            printErr(peer.inviteProblem);
        printErr(tr("Accept %1? [y/N]").arg(who));
    }
}

void CliSession::answerDecision(const QString &answer)
{
    const chat::ConversationId id = std::exchange(m_asked, 0);
    const QString a = answer.trimmed().toLower();
    if (m_controller->state(id) == ConversationState::KeyChanged) {
        if (a == QLatin1StringView("accept"))
            m_controller->acceptChangedKey(id);
        else
            m_controller->rejectPeer(id);
    } else if (m_controller->state(id) == ConversationState::AwaitingApproval) {
        if (a == QLatin1StringView("y") || a == QLatin1StringView("yes"))
            m_controller->acceptPeer(id);
        else
            m_controller->rejectPeer(id);
    }
    askNextDecision();
}

void CliSession::printConfusableWarning(chat::ConversationId id)
{
    const chat::PeerInfo peer = m_controller->peer(id);
    if (peer.confusableWith.isEmpty())
        return;
    printErr(tr("WARNING: the name %1 looks like that of your contact %2, but the key is a "
                "different one. It may be someone pretending to be %2.")
                 .arg(peerLabel(id), escapeForTerminal(peer.confusableWith)));
}

void CliSession::printReady(chat::ConversationId id)
{
    const chat::PeerInfo peer = m_controller->peer(id);
    const QString trust = peer.verifiedByInvite ? tr("verified by invite")
        : peer.verified                         ? tr("verified")
        : peer.known                            ? tr("known")
                                                : tr("new");
    printErr(tr("Connected to %1 (%2 port %3, %4).\n  their fingerprint: %5\n  safety number:     "
                "%6\n  %7, %8; key %9")
                 .arg(peerLabel(id), peer.address)
                 .arg(peer.port)
                 .arg(peer.incoming ? tr("incoming") : tr("outgoing"), peer.fingerprint.grouped(),
                     peer.safetyNumber, peer.tlsProtocol, peer.tlsCipher, trust));
    printConfusableWarning(id);
}

void CliSession::onClosed(chat::ConversationId id, const QString &reason)
{
    printErr(tr("Conversation with %1 ended: %2").arg(peerLabel(id), reason));
    m_decisions.removeAll(id);
    if (id == m_asked) {
        m_asked = 0;
        // What was typed for the withdrawn question must not answer the next one.
        m_stdin->discardPending();
        printErr(tr("The question about %1 is withdrawn: they left before you answered. Nothing "
                    "was accepted.")
                     .arg(peerLabel(id)));
        askNextDecision();
    }
    if (m_hosting) {
        maybeFinishAfterInput();
        return;
    }
    if (id != m_outgoing)
        return;
    // The one conversation of connect mode decides the exit code, however it ended.
    switch (m_controller->closeCause(id)) {
    case chat::CloseCause::ClosedHere:
    case chat::CloseCause::ClosedByPeer:
        finish(m_exitCode);
        break;
    case chat::CloseCause::DeclinedHere:
    case chat::CloseCause::FingerprintMismatch:
        finish(ExitRefused);
        break;
    default:
        finish(ExitFailed);
        break;
    }
}

void CliSession::finish(int code)
{
    if (m_finished)
        return;
    if (code == ExitOk && m_transfers->anyFailed())
        code = ExitTransfer;
    m_finished = true;
    emit finished(code);
}

QString CliSession::peerLabel(chat::ConversationId id) const
{
    const chat::PeerInfo peer = m_controller->peer(id);
    if (peer.displayName.isEmpty())
        return QStringLiteral("%1:%2").arg(peer.address).arg(peer.port);
    // A name proves nothing: unless it is a known contact's (and looks like no other contact's),
    // the key it comes with is shown next to it.
    if (peer.known && peer.confusableWith.isEmpty())
        return escapeForTerminal(peer.displayName);
    return QStringLiteral("%1 [%2]").arg(
        escapeForTerminal(peer.displayName), chat::shortFingerprint(peer.fingerprint));
}

} // namespace securechat::cli
