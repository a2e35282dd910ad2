// SPDX-License-Identifier: MIT
#include "cli/TerminalText.h"

#include <QChar>
#include <QList>

namespace securechat::cli {

QString escapeForTerminal(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const char32_t u : text.toUcs4()) {
        const auto category = QChar::category(u);
        if (u == U'\n') {
            result += QLatin1StringView("\\n");
        } else if (u == U'\r') {
            result += QLatin1StringView("\\r");
        } else if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph) {
            result += u < 0x100 ? QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'))
                                : QStringLiteral("\\u{%1}").arg(uint(u), 4, 16, QLatin1Char('0'));
        } else {
            result += QString::fromUcs4(&u, 1);
        }
    }
    return result;
}

} // namespace securechat::cli
