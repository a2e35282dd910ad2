// SPDX-License-Identifier: MIT
#include "cli/StdinReader.h"

#include "net/Protocol.h"

#include <cerrno>
#include <termios.h>
#include <unistd.h>

#include <QSocketNotifier>

namespace securechat::cli {

namespace {
// A "line" longer than this is passed on as it is (and refused as too long to send) instead of
// buffering input without end.
constexpr qsizetype kMaxLineBytes = 2 * net::kMaxTextBytes;
} // namespace

StdinReader::StdinReader(QObject *parent)
    : QObject(parent)
    , m_notifier(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinReader::readAvailable);
}

bool StdinReader::isTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

void StdinReader::discardPending()
{
    m_buffer.clear();
    if (isTerminal())
        ::tcflush(STDIN_FILENO, TCIFLUSH);
}

void StdinReader::readAvailable()
{
    char chunk[64 * 1024];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (n <= 0) {
        m_notifier->setEnabled(false);
        if (!m_buffer.isEmpty()) {
            if (m_buffer.endsWith('\r'))
                m_buffer.chop(1);
            emit lineRead(QString::fromUtf8(std::exchange(m_buffer, {})));
        }
        emit finished();
        return;
    }
    m_buffer.append(chunk, n);
    emitLines();
}

void StdinReader::emitLines()
{
    qsizetype start = 0;
    for (qsizetype newline = m_buffer.indexOf('\n'); newline >= 0;
         newline = m_buffer.indexOf('\n', start)) {
        QByteArray line = m_buffer.mid(start, newline - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = newline + 1;
        emit lineRead(QString::fromUtf8(line));
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > kMaxLineBytes)
        emit lineRead(QString::fromUtf8(std::exchange(m_buffer, {})));
}

} // namespace securechat::cli
