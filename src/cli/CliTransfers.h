// SPDX-License-Identifier: MIT
#pragma once

#include "chat/ChatController.h"
#include "chat/FileTransfers.h"

#include <functional>

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

namespace securechat::cli {

// The terminal's side of file transfers: the /send, /accept, /decline, /cancel and /transfers
// commands, offers accepted into a folder (--accept-files) or announced for /accept, progress
// and outcomes as lines on standard error (through say).
class CliTransfers : public QObject
{
    Q_OBJECT
public:
    CliTransfers(chat::ChatController *controller, const QString &acceptFolder,
        std::function<void(const QString &)> say, QObject *parent = nullptr);

    // A line that starts with '/': runs the command in it. False when it is not one of the
    // transfer commands (the caller decides); targets are the conversations /send sends to.
    bool runCommand(const QString &line, const QList<chat::ConversationId> &targets);
    // Transfers started in this run that are not finished (the session waits for them at the
    // end of input).
    bool hasUnfinishedOutgoing() const;
    bool anyFailed() const { return m_failed; }

signals:
    void outgoingFinished();

private:
    void onAdded(chat::TransferHandle handle);
    void onProgress(chat::TransferHandle handle, qint64 done, qint64 size);
    void onFinished(chat::TransferHandle handle);
    QString peerOf(const chat::TransferInfo &info) const;
    QString describe(const chat::TransferInfo &info) const;
    chat::TransferHandle handleArgument(const QString &argument) const;

    chat::ChatController *m_controller;
    chat::FileTransfers *m_files;
    QString m_acceptFolder;
    std::function<void(const QString &)> m_say;
    QHash<chat::TransferHandle, int> m_lastTenth; // progress printed in tenths
    QHash<chat::TransferHandle, chat::TransferState> m_states; // to say when one resumes
    QSet<chat::TransferHandle> m_sentHere;
    bool m_failed = false;
};

} // namespace securechat::cli
