// SPDX-License-Identifier: MIT
#include "chat/FileNames.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace securechat::chat {

namespace {

constexpr int kMaxExtensionChars = 16;
constexpr int kMaxCopies = 9999;

bool isReservedOnWindows(const QString &name)
{
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList reserved
        = { QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
              QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$") };
    if (reserved.contains(stem))
        return true;
    if (stem.size() == 4
        && (stem.startsWith(QLatin1StringView("COM")) || stem.startsWith(QLatin1StringView("LPT"))))
        return stem.at(3).isDigit() || stem.at(3) == QChar(0x00b9) || stem.at(3) == QChar(0x00b2)
            || stem.at(3) == QChar(0x00b3);
    return false;
}

// Cuts text to at most maxBytes of UTF-8 without splitting a character.
QString cutToBytes(const QString &text, qsizetype maxBytes)
{
    QString result;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate();
        const QString character = text.mid(i, pair ? 2 : 1);
        const qsizetype size = character.toUtf8().size();
        if (bytes + size > maxBytes)
            break;
        result += character;
        bytes += size;
        if (pair)
            ++i;
    }
    return result;
}

} // namespace

QString sanitizeFileName(const QString &peerName)
{
    QString cleaned;
    cleaned.reserve(qMin<qsizetype>(peerName.size(), 4 * kMaxFileNameBytes));
    for (qsizetype i = 0; i < peerName.size(); ++i) {
        const QChar c = peerName.at(i);
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph
            || c.unicode() == 0xfffd)
            continue;
        if (c.isSurrogate()) {
            // Only whole pairs are kept.
            if (c.isHighSurrogate() && i + 1 < peerName.size()
                && peerName.at(i + 1).isLowSurrogate()) {
                const char32_t code = QChar::surrogateToUcs4(c, peerName.at(i + 1));
                if (QChar::category(code) != QChar::Other_Format) {
                    cleaned += c;
                    cleaned += peerName.at(i + 1);
                }
                ++i;
            }
            continue;
        }
        if (QStringView(u"/\\<>:\"|?*").contains(c))
            cleaned += QLatin1Char('_');
        else if (c.isSpace())
            cleaned += QLatin1Char(' ');
        else if (c == QLatin1Char('.') && cleaned.endsWith(QLatin1Char('.')))
            continue;
        else
            cleaned += c;
    }
    qsizetype start = 0;
    while (start < cleaned.size()
        && (cleaned.at(start) == QLatin1Char('.') || cleaned.at(start) == QLatin1Char(' ')))
        ++start;
    cleaned = cleaned.mid(start);
    while (cleaned.endsWith(QLatin1Char('.')) || cleaned.endsWith(QLatin1Char(' ')))
        cleaned.chop(1);
    if (cleaned.isEmpty())
        cleaned = QStringLiteral("file");
    if (isReservedOnWindows(cleaned))
        cleaned.prepend(QLatin1Char('_'));
    if (cleaned.toUtf8().size() > kMaxFileNameBytes) {
        const qsizetype dot = cleaned.lastIndexOf(QLatin1Char('.'));
        const QString extension = dot > 0 && cleaned.size() - dot <= kMaxExtensionChars + 1
            ? cleaned.mid(dot)
            : QString();
        const QString stem = extension.isEmpty() ? cleaned : cleaned.left(dot);
        cleaned
            = cutToBytes(stem, kMaxFileNameBytes - extension.toUtf8().size()).trimmed() + extension;
    }
    return cleaned;
}

QString freeFileName(const QString &dir, const QString &name)
{
    const QDir folder(dir);
    const auto taken = [&](const QString &candidate) {
        return QFileInfo::exists(folder.filePath(candidate))
            || QFileInfo::exists(folder.filePath(candidate + QLatin1StringView(".part")));
    };
    if (!taken(name))
        return name;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString extension = dot > 0 ? name.mid(dot) : QString();
    for (int copy = 1; copy <= kMaxCopies; ++copy) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(stem).arg(copy).arg(extension);
        if (!taken(candidate))
            return candidate;
    }
    return {};
}

} // namespace securechat::chat
