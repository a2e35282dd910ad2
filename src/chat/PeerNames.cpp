// SPDX-License-Identifier: MIT
#include "chat/PeerNames.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include <QChar>
#include <QStringList>

namespace securechat::chat {

namespace {

// Default-ignorable code points (UAX #44 Default_Ignorable_Code_Point) that are not of category
// Cf (those are removed by category): they render as nothing, so they hide in a name.
bool isIgnorable(char32_t u)
{
    return u == 0x034F || u == 0x115F || u == 0x1160 || u == 0x17B4 || u == 0x17B5
        || (u >= 0x180B && u <= 0x180F) || u == 0x3164 || (u >= 0xFE00 && u <= 0xFE0F)
        || u == 0xFFA0 || (u >= 0xE0100 && u <= 0xE01EF);
}

// Lower-case (after case folding) Cyrillic and Greek letters, and a few Latin and digit forms,
// that look like a Latin letter in common fonts, in either case. Sorted by code point.
constexpr std::pair<char32_t, char32_t> kLookAlikes[] = {
    { U'0', U'o' }, { U'1', U'l' }, { U'|', U'l' }, { 0x0131, U'i' }, // dotless i
    { 0x0261, U'g' }, // script g
    { 0x03B1, U'a' }, // Greek alpha
    { 0x03B2, U'b' }, // beta (capital looks like B)
    { 0x03B3, U'y' }, // gamma
    { 0x03B5, U'e' }, // epsilon (capital looks like E)
    { 0x03B6, U'z' }, // zeta (capital looks like Z)
    { 0x03B7, U'h' }, // eta (capital looks like H)
    { 0x03B9, U'i' }, // iota
    { 0x03BA, U'k' }, // kappa
    { 0x03BC, U'm' }, // mu (capital looks like M)
    { 0x03BD, U'v' }, // nu
    { 0x03BF, U'o' }, // omicron
    { 0x03C1, U'p' }, // rho
    { 0x03C4, U't' }, // tau (capital looks like T)
    { 0x03C5, U'u' }, // upsilon
    { 0x03C7, U'x' }, // chi
    { 0x0430, U'a' }, // Cyrillic a
    { 0x0432, U'b' }, // ve (capital looks like B)
    { 0x0435, U'e' }, // ie
    { 0x043A, U'k' }, // ka
    { 0x043C, U'm' }, // em (capital looks like M)
    { 0x043D, U'h' }, // en (capital looks like H)
    { 0x043E, U'o' }, // o
    { 0x0440, U'p' }, // er
    { 0x0441, U'c' }, // es
    { 0x0442, U't' }, // te (capital looks like T)
    { 0x0443, U'y' }, // u
    { 0x0445, U'x' }, // ha
    { 0x0455, U's' }, // dze
    { 0x0456, U'i' }, // Byelorussian-Ukrainian i
    { 0x0458, U'j' }, // je
    { 0x04BB, U'h' }, // shha
    { 0x04C0, U'l' }, // palochka
    { 0x04CF, U'l' }, // small palochka
    { 0x0501, U'd' }, // komi de
    { 0x051B, U'q' }, // qa
    { 0x051D, U'w' }, // we
    { 0x0585, U'o' }, // Armenian oh
    { 0x13A0, U'd' }, // Cherokee a (looks like D)
    { 0x13AC, U'e' }, // Cherokee gv (looks like E)
    { 0x2010, U'-' }, // hyphen
    { 0x2212, U'-' }, // minus sign
};
static_assert(std::is_sorted(std::begin(kLookAlikes), std::end(kLookAlikes)));

char32_t lookAlike(char32_t u)
{
    const auto it = std::lower_bound(std::begin(kLookAlikes), std::end(kLookAlikes), u,
        [](const std::pair<char32_t, char32_t> &entry, char32_t value) {
            return entry.first < value;
        });
    return it != std::end(kLookAlikes) && it->first == u ? it->second : u;
}

} // namespace

QString shortFingerprint(const crypto::Fingerprint &fingerprint)
{
    if (fingerprint.isNull())
        return {};
    return fingerprint.grouped().left(9);
}

QString nameSkeleton(const QString &name)
{
    const QString folded = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString result;
    result.reserve(folded.size());
    bool pendingSpace = false;
    for (const char32_t u : folded.toUcs4()) {
        const auto category = QChar::category(u);
        if (category == QChar::Other_Format || isIgnorable(u))
            continue;
        if (QChar::isSpace(u) || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result += QLatin1Char(' ');
            pendingSpace = false;
        }
        const char32_t mapped = lookAlike(u);
        result += QString::fromUcs4(&mapped, 1);
    }
    // Letter pairs that read as one letter in most proportional fonts.
    result.replace(QLatin1StringView("rn"), QLatin1StringView("m"));
    result.replace(QLatin1StringView("vv"), QLatin1StringView("w"));
    return result.normalized(QString::NormalizationForm_KD);
}

bool namesConfusable(const QString &a, const QString &b)
{
    return nameSkeleton(a) == nameSkeleton(b);
}

} // namespace securechat::chat
