#include "session/preferences.h"

#include "session/app_settings.h"

#include <algorithm>

namespace tessera::session {
namespace {

const QString kAutoLock = QStringLiteral("security/autoLockMinutes");
const QString kScreenLock = QStringLiteral("security/lockOnScreenLock");
const QString kClipboard = QStringLiteral("security/clipboardClearSeconds");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kCloseToTray = QStringLiteral("window/closeToTray");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kCompact = QStringLiteral("appearance/compactList");
const QString kLanguage = QStringLiteral("appearance/language");
const QString kSortMode = QStringLiteral("list/sortMode");
const QString kFavouritesFirst = QStringLiteral("list/favouritesFirst");
const QString kUsagePrefix = QStringLiteral("usage/");
const QString kPortalChoice = QStringLiteral("startup/atLogin");
const QString kQuickShortcut = QStringLiteral("quick/shortcut");
const QString kCliAccess = QStringLiteral("security/cliAccess");
const QString kNoShortcut = QStringLiteral("none"); // stored for "off", so that it differs from unset

constexpr int kDefaultAutoLockMinutes = 5;
constexpr int kDefaultClipboardSeconds = 30;

QString usageKey(const QUuid &account)
{
    return kUsagePrefix + account.toString(QUuid::WithoutBraces);
}

} // namespace

Preferences::Preferences(std::unique_ptr<QSettings> store) : m_store(std::move(store)) {}

Preferences Preferences::openDefault()
{
    return Preferences(openAppSettings());
}

bool Preferences::write(const QString &key, const QVariant &value)
{
    if (m_store->contains(key) && m_store->value(key) == value)
        return false;
    m_store->setValue(key, value);
    return true;
}

int Preferences::autoLockMinutes() const
{
    return std::clamp(m_store->value(kAutoLock, kDefaultAutoLockMinutes).toInt(), 0, 24 * 60);
}
void Preferences::setAutoLockMinutes(int minutes)
{
    write(kAutoLock, std::clamp(minutes, 0, 24 * 60));
}
bool Preferences::lockOnScreenLock() const
{
    return m_store->value(kScreenLock, true).toBool();
}
void Preferences::setLockOnScreenLock(bool on)
{
    write(kScreenLock, on);
}
int Preferences::clipboardClearSeconds() const
{
    return std::clamp(m_store->value(kClipboard, kDefaultClipboardSeconds).toInt(), 0, 3600);
}
void Preferences::setClipboardClearSeconds(int seconds)
{
    write(kClipboard, std::clamp(seconds, 0, 3600));
}
ThemeChoice Preferences::theme() const
{
    return static_cast<ThemeChoice>(std::clamp(m_store->value(kTheme, 0).toInt(), 0, 2));
}
void Preferences::setTheme(ThemeChoice theme)
{
    write(kTheme, static_cast<int>(theme));
}
QString Preferences::quickShortcut() const
{
    const QString keys = m_store->value(kQuickShortcut, defaultQuickShortcut()).toString();
    return keys == kNoShortcut ? QString() : keys;
}
void Preferences::setQuickShortcut(const QString &keys)
{
    write(kQuickShortcut, keys.isEmpty() ? kNoShortcut : keys);
}
QString Preferences::defaultQuickShortcut()
{
    return QStringLiteral("Ctrl+Alt+O");
}
CliAccess Preferences::cliAccess() const
{
    return static_cast<CliAccess>(std::clamp(m_store->value(kCliAccess, 0).toInt(), 0, 2));
}
void Preferences::setCliAccess(CliAccess access)
{
    write(kCliAccess, static_cast<int>(access));
}
bool Preferences::closeToTray() const
{
    return m_store->value(kCloseToTray, false).toBool();
}
void Preferences::setCloseToTray(bool on)
{
    write(kCloseToTray, on);
}
ListOrder Preferences::listOrder() const
{
    return static_cast<ListOrder>(std::clamp(m_store->value(kSortMode, 0).toInt(), 0, 2));
}
void Preferences::setListOrder(ListOrder order)
{
    write(kSortMode, static_cast<int>(order));
}
bool Preferences::favouritesFirst() const
{
    return m_store->value(kFavouritesFirst, true).toBool();
}
void Preferences::setFavouritesFirst(bool on)
{
    write(kFavouritesFirst, on);
}
int Preferences::useCount(const QUuid &account) const
{
    return std::max(0, m_store->value(usageKey(account), 0).toInt());
}
int Preferences::recordUse(const QUuid &account)
{
    const int uses = useCount(account) + 1;
    m_store->setValue(usageKey(account), uses);
    return uses;
}
// One entry per screen under window/geometry/, the screen's key made safe for a settings key.
static QString geometryKey(const QString &screenKey)
{
    QString safe = screenKey;
    safe.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return kGeometry + QLatin1Char('/') + safe;
}

QRect Preferences::windowGeometry(const QString &screenKey) const
{
    return m_store->value(geometryKey(screenKey)).toRect();
}
void Preferences::setWindowGeometry(const QString &screenKey, const QRect &geometry)
{
    write(geometryKey(screenKey), geometry);
}
bool Preferences::compactList() const
{
    return m_store->value(kCompact, false).toBool();
}
void Preferences::setCompactList(bool on)
{
    write(kCompact, on);
}
QString Preferences::language() const
{
    return m_store->value(kLanguage).toString();
}
void Preferences::setLanguage(const QString &language)
{
    write(kLanguage, language);
}
bool Preferences::startAtLoginThroughPortal() const
{
    return m_store->value(kPortalChoice, false).toBool();
}
void Preferences::setStartAtLoginThroughPortal(bool on)
{
    write(kPortalChoice, on);
}

} // namespace tessera::session
