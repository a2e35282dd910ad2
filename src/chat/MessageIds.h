// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

namespace securechat::chat {

// Ids for the messages this side sends: RFC 9562 version-7 UUIDs, whose first 48 bits are the
// Unix time in milliseconds, so that ids sort in the order they were made. The history's unique
// index on (contact, id) then grows at its end instead of at random places, which keeps the
// pages a burst of texts touches few (docs/architecture.md, "Message ids"). The time is no
// secret: every text carries it anyway. The remaining 74 bits come from the system's secure
// random source; within one millisecond, or when the clock steps back, the 12 bits after the
// time count up from the last id (RFC 9562 6.2, method 1), so ids never go backwards.
class MessageIds
{
public:
    QString next();
    // The same from a given clock reading and random bits (for tests).
    QString next(qint64 unixMs, quint64 randomA, quint64 randomB);

private:
    qint64 m_lastMs = -1;
    quint16 m_counter = 0; // 12 bits
};

} // namespace securechat::chat
