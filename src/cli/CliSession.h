// SPDX-License-Identifier: MIT
#pragma once

#include "chat/ChatController.h"

#include <optional>

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

namespace securechat::cli {

class CliTransfers;
class StdinReader;

// Drives a ChatController from a terminal: stdin lines become messages, received messages are
// printed on stdout as "NAME: TEXT", everything else goes to stderr. Emits finished(exitCode).
class CliSession : public QObject
{
    Q_OBJECT
public:
    // Process exit codes; --help documents them.
    enum ExitCode {
        ExitOk = 0, // end of input, or the peer ended the conversation
        ExitUsage = 1, // bad command line
        ExitIdentity = 2, // identity or profile could not be created or loaded
        ExitListen = 3, // could not listen (port in use, address not available) or invite
        ExitFailed = 4, // connection failed, TLS refused, peer declined, protocol error, timeout
        ExitRefused = 5, // refused here: expected fingerprint mismatch, changed key, unknown peer
        ExitTransfer = 6 // otherwise fine, but a file transfer of this run failed
    };

    struct Options {
        bool acceptNew = false;
        bool interactive = false; // stdin is a terminal: ask about unknown peers
        QString acceptFilesFolder; // offered files are accepted into it; empty: /accept asks
    };

    CliSession(chat::ChatController *controller, const Options &options, QObject *parent = nullptr);

    void host(const QHostAddress &address, quint16 port);
    // While hosting: a new invite on standard output (one line, the URI), what it is for on
    // standard error. Ends the session (ExitListen) when none can be made.
    void printInvite(qint64 validitySeconds);
    void connectTo(const QString &host, quint16 port, const crypto::Fingerprint &expected);
    void connectWithInvite(const crypto::Invite &invite);
    // Ctrl+C: goodbye to everyone now, without waiting for receipts.
    void interrupt();

signals:
    void finished(int exitCode);

private:
    void onLine(const QString &line);
    void sendLine(const QString &line);
    void onEndOfInput();
    void onStateChanged(chat::ConversationId id, chat::ConversationState state);
    void onClosed(chat::ConversationId id, const QString &reason);
    void askNextDecision();
    void answerDecision(const QString &answer);
    void refuseAllDecisions();
    void printConfusableWarning(chat::ConversationId id);
    void decideWithoutAsking(chat::ConversationId id);
    void printReady(chat::ConversationId id);
    void maybeFinishAfterInput();
    void finish(int code);
    QString peerLabel(chat::ConversationId id) const;
    // Host mode: the contact a line goes to when nobody is connected: the last one connected
    // in this run, else the contact seen most recently.
    chat::ConversationId lastContact() const;
    // Where /send sends: every contact connected now (host), or the one peer (connect).
    QList<chat::ConversationId> fileTargets() const;

    chat::ChatController *m_controller;
    Options m_options;
    StdinReader *m_stdin = nullptr;
    CliTransfers *m_transfers = nullptr;
    bool m_hosting = false;
    chat::ConversationId m_outgoing = 0;
    chat::ConversationId m_lastContact = 0;
    // What each peer last said about keeping history, as printed.
    QHash<chat::ConversationId, std::optional<bool>> m_peerKeepsHistory;
    // Every answer belongs to the one peer whose question is on screen (m_asked); the others wait
    // in m_decisions until it is answered or withdrawn.
    chat::ConversationId m_asked = 0;
    QList<chat::ConversationId> m_decisions;
    bool m_inputEnded = false;
    bool m_closingAll = false;
    bool m_finished = false;
    int m_exitCode = ExitOk;
};

} // namespace securechat::cli
