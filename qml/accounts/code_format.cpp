#include "accounts/code_format.h"

namespace tessera::bridge {

QString groupedCode(const std::string &code)
{
    const QString text = QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()));
    const qsizetype n = text.size();
    if (n <= 5)
        return text;
    if (n % 2 == 0 && n <= 10)
        return text.left(n / 2) + u' ' + text.mid(n / 2);
    if (n == 7)
        return text.left(3) + u' ' + text.mid(3);
    QString grouped; // 9 digits: three groups of three
    for (qsizetype i = 0; i < n; i += 3)
        grouped += (grouped.isEmpty() ? QString() : QStringLiteral(" ")) + text.mid(i, 3);
    return grouped;
}

} // namespace tessera::bridge
