// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>

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

} // namespace securechat::bench
