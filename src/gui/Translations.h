// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QLocale>

class QTranslator;

namespace securechat::gui {

// Installs SecureChat's and Qt's own translations for a locale and removes them again when
// destroyed or when another locale is loaded.
class Translations
{
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // True when SecureChat's translation for the locale was found (English needs none).
    bool load(const QLocale &locale);
    void unload();

    // Where the compiled SecureChat translations live (in the resources).
    static QString resourceDirectory();

private:
    QList<QTranslator *> m_installed;
};

} // namespace securechat::gui
