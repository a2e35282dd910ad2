// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include <sys/resource.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

namespace securechat::bench {

// Runs the event loop until done() or timeoutMs; false on timeout.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

// One line of the benchmark's table, flushed at once (the runs are watched while they go).
inline void out(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// getrusage's peak RSS of this process in KiB. It carries the parent's peak across fork and
// exec, so a child process reads procStatusKiB("VmHWM") instead.
inline long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// A "Field:  N kB" line of a /proc/.../status file in KiB; -1 when unknown.
inline qint64 statusFileKiB(const QString &path, const char *field)
{
    QFile status(path);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// This process's VmRSS, VmHWM, ... in KiB; -1 when unknown.
inline qint64 procStatusKiB(const char *field)
{
    return statusFileKiB(QStringLiteral("/proc/self/status"), field);
}

// Another process's (pid 0, as QProcess says once it ended: unknown, -1).
inline qint64 procStatusKiB(qint64 pid, const char *field)
{
    return pid > 0 ? statusFileKiB(QStringLiteral("/proc/%1/status").arg(pid), field) : -1;
}

// The q-quantile of sorted samples, interpolated between neighbours.
inline double quantileOfSorted(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const double rank = q * double(sorted.size() - 1);
    const size_t below = size_t(rank);
    const size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (rank - double(below));
}

inline double quantile(std::vector<double> samples, double q)
{
    std::sort(samples.begin(), samples.end());
    return quantileOfSorted(samples, q);
}

} // namespace securechat::bench
