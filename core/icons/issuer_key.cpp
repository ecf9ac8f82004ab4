#include "icons/issuer_key.h"

#include <QRegularExpression>
#include <QSet>

namespace tessera::icons {
namespace {

// Words that name a company's legal form or the sign-in page rather than the service. Only dropped
// from the end, and never the last word left: "Lab" alone stays "lab".
const QSet<QString> &trailingWords()
{
    static const QSet<QString> words{
        QStringLiteral("inc"),     QStringLiteral("llc"),     QStringLiteral("ltd"),          QStringLiteral("limited"),
        QStringLiteral("gmbh"),    QStringLiteral("ag"),      QStringLiteral("corp"),         QStringLiteral("corporation"),
        QStringLiteral("co"),      QStringLiteral("company"), QStringLiteral("lab"),          QStringLiteral("labs"),
        QStringLiteral("sa"),      QStringLiteral("plc"),     QStringLiteral("bv"),           QStringLiteral("oy"),
        QStringLiteral("ab"),      QStringLiteral("as"),      QStringLiteral("srl"),          QStringLiteral("spa"),
        QStringLiteral("group"),   QStringLiteral("account"), QStringLiteral("accounts"),     QStringLiteral("login"),
        QStringLiteral("sso"),     QStringLiteral("id"),      QStringLiteral("online"),       QStringLiteral("technologies"),
        QStringLiteral("2fa"),     QStringLiteral("mfa"),     QStringLiteral("international")};
    return words;
}

// Second-level labels under which a country's sites register: "amazon.co.uk" is Amazon.
const QSet<QString> &secondLevelLabels()
{
    static const QSet<QString> labels{QStringLiteral("co"),  QStringLiteral("com"), QStringLiteral("org"),
                                      QStringLiteral("net"), QStringLiteral("ac"),  QStringLiteral("gov"),
                                      QStringLiteral("edu"), QStringLiteral("ne"),  QStringLiteral("or")};
    return labels;
}

QString withoutAccents(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            kept.append(c);
    }
    return kept.toLower();
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.split(separator, Qt::SkipEmptyParts);
}

QString withoutTrailingWords(QStringList words)
{
    while (words.size() > 1 && trailingWords().contains(words.last()))
        words.removeLast();
    return words.join(QString());
}

// The site's own label of a host name, or empty when `text` is not one.
QString siteLabel(QString text)
{
    if (const qsizetype scheme = text.indexOf(QLatin1String("://")); scheme >= 0)
        text = text.mid(scheme + 3);
    text = text.section(QLatin1Char('/'), 0, 0).section(QLatin1Char(':'), 0, 0);
    static const QRegularExpression host(QStringLiteral("^[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+$"));
    if (!host.match(text).hasMatch())
        return {};
    QStringList labels = text.split(QLatin1Char('.'));
    labels.removeLast(); // the top-level domain
    if (labels.size() > 1 && secondLevelLabels().contains(labels.last()))
        labels.removeLast();
    return labels.last();
}

} // namespace

QString nameKey(QStringView name)
{
    return wordsOf(withoutAccents(name)).join(QString());
}

QStringList issuerKeys(QStringView issuer)
{
    const QString plain = withoutAccents(issuer).trimmed();
    QStringList keys;
    const auto add = [&keys](const QString &key) {
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    };
    const QStringList words = wordsOf(plain);
    add(words.join(QString()));
    add(withoutTrailingWords(words));
    const QString site = siteLabel(plain);
    add(nameKey(site));
    return keys;
}

} // namespace tessera::icons
