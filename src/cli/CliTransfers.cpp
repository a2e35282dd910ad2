// SPDX-License-Identifier: MIT
#include "cli/CliTransfers.h"

#include "cli/TerminalText.h"

#include <QDir>
#include <QLocale>

namespace securechat::cli {

using chat::TransferHandle;
using chat::TransferInfo;
using chat::TransferState;

namespace {

QString stateText(TransferState state)
{
    switch (state) {
    case TransferState::Preparing:
        return CliTransfers::tr("being hashed");
    case TransferState::Offered:
        return CliTransfers::tr("offered");
    case TransferState::Checking:
        return CliTransfers::tr("checking what is already there");
    case TransferState::Transferring:
        return CliTransfers::tr("transferring (when connected)");
    case TransferState::Paused:
        return CliTransfers::tr("paused");
    case TransferState::Completed:
        return CliTransfers::tr("completed");
    case TransferState::Failed:
        break;
    }
    return CliTransfers::tr("failed");
}

} // namespace

CliTransfers::CliTransfers(chat::ChatController *controller, const QString &acceptFolder,
    std::function<void(const QString &)> say, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_files(controller->files())
    , m_acceptFolder(acceptFolder)
    , m_say(std::move(say))
{
    connect(m_files, &chat::FileTransfers::transferAdded, this, &CliTransfers::onAdded);
    connect(m_files, &chat::FileTransfers::progress, this, &CliTransfers::onProgress);
    connect(m_files, &chat::FileTransfers::transferFinished, this, &CliTransfers::onFinished);
    connect(m_files, &chat::FileTransfers::transferChanged, this, [this](TransferHandle handle) {
        const TransferInfo info = m_files->transfer(handle);
        // A transfer not seen before counts as changed; it cannot be resuming.
        const bool seen = m_states.contains(handle);
        const TransferState before = m_states.value(handle, TransferState::Preparing);
        if (info.isFinal())
            m_states.remove(handle);
        else
            m_states.insert(handle, info.state);
        if (seen && before == info.state)
            return;
        if (info.state == TransferState::Paused && !info.reason.isEmpty()) {
            m_say(tr("[%1] %2 paused: %3").arg(handle).arg(describe(info), info.reason));
        } else if (info.state == TransferState::Checking) {
            m_say(tr("[%1] %2: checking the %3 already transferred before going on")
                      .arg(handle)
                      .arg(describe(info), QLocale().formattedDataSize(info.done)));
        } else if (info.state == TransferState::Transferring && info.done > 0
            && (before == TransferState::Paused || before == TransferState::Checking)) {
            m_say(tr("[%1] %2 resumes at %3")
                      .arg(handle)
                      .arg(describe(info), QLocale().formattedDataSize(info.done)));
        }
    });
}

QString CliTransfers::peerOf(const TransferInfo &info) const
{
    const chat::ConversationId id = m_controller->conversationOf(info.contact);
    const QString name = id ? m_controller->peer(id).displayName : QString();
    return escapeForTerminal(name.isEmpty() ? info.contact.grouped().left(9) : name);
}

QString CliTransfers::describe(const TransferInfo &info) const
{
    return tr("%1 (%2)").arg(escapeForTerminal(info.name), QLocale().formattedDataSize(info.size));
}

TransferHandle CliTransfers::handleArgument(const QString &argument) const
{
    bool ok = false;
    const TransferHandle handle = argument.trimmed().toULongLong(&ok);
    return ok && m_files->transfer(handle).handle ? handle : 0;
}

bool CliTransfers::runCommand(const QString &line, const QList<chat::ConversationId> &targets)
{
    const QString command = line.section(QLatin1Char(' '), 0, 0);
    const QString argument = line.section(QLatin1Char(' '), 1).trimmed();
    if (command == QLatin1StringView("/send")) {
        if (argument.isEmpty()) {
            m_say(tr("Usage: /send PATH"));
            return true;
        }
        const QString path = QDir::cleanPath(argument.startsWith(QLatin1StringView("~/"))
                ? QDir::homePath() + argument.mid(1)
                : argument);
        if (targets.isEmpty()) {
            m_say(tr("Nobody to send %1 to: connect to a contact first.").arg(path));
            return true;
        }
        for (const chat::ConversationId id : targets) {
            QString error;
            const TransferHandle handle
                = m_files->sendFile(m_controller->peer(id).fingerprint, path, &error);
            if (!handle) {
                m_say(error);
                return true;
            }
            m_sentHere.insert(handle);
            m_say(tr("[%1] Offering %2 to %3; it goes out once they accept.")
                      .arg(handle)
                      .arg(describe(m_files->transfer(handle)),
                          escapeForTerminal(m_controller->peer(id).displayName)));
        }
        return true;
    }
    if (command == QLatin1StringView("/accept") || command == QLatin1StringView("/decline")
        || command == QLatin1StringView("/cancel")) {
        const QString number = argument.section(QLatin1Char(' '), 0, 0);
        const TransferHandle handle = handleArgument(number);
        if (!handle) {
            m_say(tr("No transfer numbered \"%1\"; /transfers lists them.")
                      .arg(escapeForTerminal(number)));
            return true;
        }
        if (command == QLatin1StringView("/accept")) {
            const QString folder = argument.section(QLatin1Char(' '), 1).trimmed();
            QString error;
            if (!m_files->accept(handle, folder.isEmpty() ? m_acceptFolder : folder, &error))
                m_say(error);
            else
                m_say(tr("[%1] Receiving %2 into %3.")
                          .arg(handle)
                          .arg(describe(m_files->transfer(handle)),
                              QDir::toNativeSeparators(m_files->transfer(handle).folder)));
        } else if (command == QLatin1StringView("/decline")) {
            m_files->decline(handle);
        } else {
            m_files->cancel(handle);
        }
        return true;
    }
    if (command == QLatin1StringView("/transfers")) {
        const QList<TransferInfo> all = m_files->transfers();
        if (all.isEmpty())
            m_say(tr("No file transfers."));
        for (const TransferInfo &info : all) {
            const QString direction
                = info.outgoing ? tr("to %1").arg(peerOf(info)) : tr("from %1").arg(peerOf(info));
            m_say(tr("[%1] %2 %3: %4 of %5, %6")
                      .arg(info.handle)
                      .arg(escapeForTerminal(info.name), direction,
                          QLocale().formattedDataSize(info.done),
                          QLocale().formattedDataSize(info.size),
                          info.reason.isEmpty() ? stateText(info.state)
                                                : escapeForTerminal(info.reason)));
        }
        return true;
    }
    return false;
}

void CliTransfers::onAdded(TransferHandle handle)
{
    const TransferInfo info = m_files->transfer(handle);
    if (info.outgoing || info.state != TransferState::Offered)
        return;
    const QString shownName = info.peerName == info.name
        ? escapeForTerminal(info.name)
        : tr("%1 (sent as \"%2\")")
              .arg(escapeForTerminal(info.name), escapeForTerminal(info.peerName));
    m_say(tr("[%1] %2 offers %3, %4, SHA-256 %5.")
              .arg(handle)
              .arg(peerOf(info), shownName, QLocale().formattedDataSize(info.size),
                  QString::fromLatin1(info.sha256.toHex())));
    if (m_acceptFolder.isEmpty()) {
        m_say(tr("[%1] Type /accept %1 [FOLDER] to save it, or /decline %1.").arg(handle));
        return;
    }
    QString error;
    if (m_files->accept(handle, m_acceptFolder, &error))
        m_say(tr("[%1] Receiving it into %2.")
                  .arg(handle)
                  .arg(QDir::toNativeSeparators(m_files->transfer(handle).folder)));
    else
        m_say(tr("[%1] Not accepted: %2").arg(handle).arg(error));
}

void CliTransfers::onProgress(TransferHandle handle, qint64 done, qint64 size)
{
    const int tenth = size > 0 ? int(done * 10 / size) : 10;
    if (tenth <= m_lastTenth.value(handle, 0) || tenth >= 10)
        return;
    m_lastTenth.insert(handle, tenth);
    m_say(tr("[%1] %2%: %3 of %4")
              .arg(handle)
              .arg(tenth * 10)
              .arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(size)));
}

void CliTransfers::onFinished(TransferHandle handle)
{
    const TransferInfo info = m_files->transfer(handle);
    m_lastTenth.remove(handle);
    if (info.state == TransferState::Completed) {
        if (info.outgoing)
            m_say(tr("[%1] Sent %2 to %3; they checked it.")
                      .arg(handle)
                      .arg(describe(info), peerOf(info)));
        else
            m_say(tr("[%1] Received %2 from %3, SHA-256 checked: %4")
                      .arg(handle)
                      .arg(describe(info), peerOf(info), QDir::toNativeSeparators(info.path)));
    } else {
        m_failed = true;
        m_say(tr("[%1] The transfer of %2 failed: %3")
                  .arg(handle)
                  .arg(describe(info), escapeForTerminal(info.reason)));
    }
    if (info.outgoing && m_sentHere.contains(handle))
        emit outgoingFinished();
}

bool CliTransfers::hasUnfinishedOutgoing() const
{
    for (const TransferHandle handle : m_sentHere) {
        if (!m_files->transfer(handle).isFinal())
            return true;
    }
    return false;
}

} // namespace securechat::cli
