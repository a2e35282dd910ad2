// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace securechat::chat {

// Exponential backoff with jitter for reconnecting to a contact: about 1 s after the first
// failure, doubling up to 5 minutes, each delay spread by ±20 % so that two programs that lost
// each other at the same moment do not retry in lockstep. reset() after a success.
class ReconnectBackoff
{
public:
    static constexpr int kInitialMs = 1000;
    static constexpr int kMaximumMs = 5 * 60 * 1000;
    static constexpr double kJitter = 0.2;

    // The delay before the next attempt; jitterUnit in [0, 1) picks where in the ±20 % band it
    // falls (the caller passes a random number; tests pass fixed ones).
    int nextDelayMs(double jitterUnit);
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_failures = 0;
};

} // namespace securechat::chat
