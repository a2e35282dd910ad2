// SPDX-License-Identifier: MIT
#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcCrypto, "securechat.crypto", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStorage, "securechat.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "securechat.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChat, "securechat.chat", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGui, "securechat.gui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "securechat.cli", QtWarningMsg)

namespace securechat {

void enableVerboseLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("securechat.*=true"));
}

void installLogFormat()
{
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-category}%{category} %{endif}%{type}: %{message}"));
}

} // namespace securechat
