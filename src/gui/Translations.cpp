// SPDX-License-Identifier: MIT
#include "gui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace securechat::gui {

Translations::~Translations()
{
    unload();
}

QString Translations::resourceDirectory()
{
    return QStringLiteral(":/i18n");
}

bool Translations::load(const QLocale &locale)
{
    unload();
    auto install = [this, &locale](const QString &name, const QString &directory) {
        auto *translator = new QTranslator;
        if (translator->load(locale, name, QStringLiteral("_"), directory)
            && QCoreApplication::installTranslator(translator)) {
            m_installed << translator;
            return true;
        }
        delete translator;
        return false;
    };
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    install(QStringLiteral("qtbase"), qtDirectory);
    return install(QStringLiteral("securechat"), resourceDirectory());
}

void Translations::unload()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

} // namespace securechat::gui
