#pragma once
// The language of the interface: the user's choice in Settings, else the system's where Tessera has a
// translation (resources/i18n), else English, whose file still gives the plural forms ("1 account").

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace tessera::bridge {

class InterfaceLanguage
{
public:
    // The languages built in, as locale names ("de", "en"), English first.
    static QStringList available();
    // Installs the translation for `language` ("" follows the system) in the application, replacing
    // the one before; the caller retranslates what is already on screen.
    void apply(const QString &language);

private:
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace tessera::bridge
