#include "cli/TerminalText.h"

namespace securechat::cli {

QString escapeForTerminal(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            result += QLatin1StringView("\\n");
        else if (u == u'\r')
            result += QLatin1StringView("\\r");
        else if (u == u'\t')
            result += c;
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            result += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result;
}

} // namespace securechat::cli
