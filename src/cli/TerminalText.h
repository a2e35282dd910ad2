#pragma once

#include <QString>

namespace securechat::cli {

// A received message made safe for one terminal line: newline as the two characters \n,
// carriage return as \r, every other control character (C0 except tab, DEL, C1) as \xHH, so
// that a peer can neither break the one-line-per-message format nor send terminal escapes.
QString escapeForTerminal(const QString &text);

} // namespace securechat::cli
