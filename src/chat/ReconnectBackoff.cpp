// SPDX-License-Identifier: MIT
#include "chat/ReconnectBackoff.h"

#include <algorithm>
#include <cmath>

namespace securechat::chat {

int ReconnectBackoff::nextDelayMs(double jitterUnit)
{
    const int exponent = std::min(m_failures, 20);
    const double base = std::min(double(kMaximumMs), double(kInitialMs) * std::pow(2.0, exponent));
    ++m_failures;
    const double unit = std::clamp(jitterUnit, 0.0, 1.0);
    const double spread = base * kJitter * (2.0 * unit - 1.0);
    return int(std::clamp(
        base + spread, double(kInitialMs) * (1.0 - kJitter), double(kMaximumMs) * (1.0 + kJitter)));
}

} // namespace securechat::chat
