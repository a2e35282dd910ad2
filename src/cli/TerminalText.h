// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace securechat::cli {

// Peer-chosen text (a message body or a display name) made safe for one terminal line: newline
// as the two characters \n, carriage return as \r, and every other character of general
// category Cc (control, tab included), Cf (format: zero-width, bidirectional overrides, ...), Zl
// or Zp (U+2028, U+2029) as \xHH below U+0100 and \u{HHHH} above. So a peer can neither break
// the one-line-per-message format, nor send terminal escapes, nor hide characters in a name.
QString escapeForTerminal(const QString &text);

} // namespace securechat::cli
