// SPDX-License-Identifier: MIT
// settings.ini, read through QSettings and the accessors that validate each value.
#include "FuzzSupport.h"
#include "storage/Settings.h"

using namespace securechat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const storage::Settings settings(
        fuzz::profileWith(QStringLiteral("settings.ini"), fuzz::bytes(data, size)));
    settings.displayName();
    fuzz::check(settings.defaultPort() != 0, "the default port is a valid port");
    settings.keyBits();
    settings.notificationsEnabled();
    const auto recent = settings.recentConnections();
    fuzz::check(recent.size() <= storage::Settings::kMaxRecentConnections,
        "at most kMaxRecentConnections recent connections");
    for (const auto &connection : recent)
        fuzz::check(!connection.host.isEmpty() && connection.port != 0,
            "a recent connection has a host and a port");
    return 0;
}
