// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace securechat::cli {

// Reads standard input line by line from the event loop (no threads, no blocking reads):
// a socket notifier reports when bytes are there. Works for terminals, pipes and files.
class StdinReader : public QObject
{
    Q_OBJECT
public:
    explicit StdinReader(QObject *parent = nullptr);

    static bool isTerminal();
    // Drops input typed but not yet read as a line (on a terminal also what the terminal still
    // holds), so that it cannot answer a question asked after it was typed.
    void discardPending();

signals:
    void lineRead(const QString &line); // without the line ending
    void finished(); // end of input (or a read error)

private:
    void readAvailable();
    void emitLines();

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
};

} // namespace securechat::cli
