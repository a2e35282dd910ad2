// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// One logging category per layer, named securechat.<layer>. Only warnings and worse are on by
// default; QT_LOGGING_RULES (e.g. "securechat.*.debug=true") or --verbose switch on the rest.
// Never log message bodies, keys, passphrases or anything else a peer or the user typed.
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcChat)
Q_DECLARE_LOGGING_CATEGORY(lcGui)
Q_DECLARE_LOGGING_CATEGORY(lcCli)

namespace securechat {

// Switches on every securechat.* category down to debug (the --verbose option of both
// programs). Rules from QT_LOGGING_RULES still take precedence, as Qt documents.
void enableVerboseLogging();

// Log output: "time category: message" on standard error, whatever the platform's default.
void installLogFormat();

} // namespace securechat
