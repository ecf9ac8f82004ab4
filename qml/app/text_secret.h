#pragma once
// Text typed into QML (a password, a key) is a QString by nature; this moves it into SecretBytes and
// wipes the UTF-8 copy made on the way.

#include "common/secret_bytes.h"

#include <QString>

namespace tessera::bridge {

inline SecretBytes secretFromText(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes secret = SecretBytes::copyOf(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    wipe(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return secret;
}

} // namespace tessera::bridge
