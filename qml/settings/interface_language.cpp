#include "settings/interface_language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace tessera::bridge {

QStringList InterfaceLanguage::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("tessera_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString language = file.mid(8, file.size() - 8 - 3);
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

void InterfaceLanguage::apply(const QString &language)
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    const QString dir = QStringLiteral(":/i18n");
    const bool loaded =
        language.isEmpty()
            ? m_translator.load(QLocale(), QStringLiteral("tessera"), QStringLiteral("_"), dir) ||
                  m_translator.load(QStringLiteral("tessera_en"), dir)
            : m_translator.load(QStringLiteral("tessera_") + language, dir) ||
                  m_translator.load(QStringLiteral("tessera_en"), dir);
    m_installed = loaded && QCoreApplication::installTranslator(&m_translator);
}

} // namespace tessera::bridge
