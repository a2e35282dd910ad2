// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace securechat::storage {

// How the storage layer's JSON files write times: UTC, ISO 8601 with milliseconds; an invalid
// time is an empty string, and anything unreadable reads back as an invalid time.
inline QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace securechat::storage
