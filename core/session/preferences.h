#pragma once
// Every preference Tessera keeps, with its key and default, in one place; the GUI and the CLI open the
// store the same way (openAppSettings, app_settings.h). Secrets never go here. The time correction's
// values live in the same store under "time/" (time_settings.h).

#include <QRect>
#include <QSettings>
#include <QUuid>
#include <memory>

namespace tessera::session {

enum class ListOrder { Manual, ByIssuer, MostUsed };
enum class ThemeChoice { System, Light, Dark };
// Whether tessera-cli may read codes from the unlocked app: ask each time (default), allow while
// unlocked, never (the CLI then unlocks the file itself).
enum class CliAccess { Ask, WhileUnlocked, Never };

class Preferences
{
public:
    // The application's store, or another one (tests give each case a file of its own).
    explicit Preferences(std::unique_ptr<QSettings> store);
    static Preferences openDefault();

    // Minutes without input before the vault locks; 0 never. Default 5, at most a day.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    bool lockOnScreenLock() const; // default on
    void setLockOnScreenLock(bool on);
    // Seconds until a copied code is cleared from the clipboard; 0 never. Default 30, at most an hour.
    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);
    ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);
    bool closeToTray() const; // default off
    void setCloseToTray(bool on);

    ListOrder listOrder() const; // default Manual
    void setListOrder(ListOrder order);
    bool favouritesFirst() const; // default on
    void setFavouritesFirst(bool on);
    // How often each account's code was copied, for the "most used" order.
    int useCount(const QUuid &account) const;
    int recordUse(const QUuid &account); // the new count

    // The window's place on each screen the user has put it on (screenKey: windowPlacement.h's
    // screenKey()); empty when never saved there.
    QRect windowGeometry(const QString &screenKey) const;
    void setWindowGeometry(const QString &screenKey, const QRect &geometry);
    // The list's density: compact rows fit twice as many accounts. Default off.
    bool compactList() const;
    void setCompactList(bool on);
    // The language of the interface as a locale name ("de", "zh_CN"); empty follows the system.
    QString language() const;
    void setLanguage(const QString &language);
    // Whether the desktop portal was asked to start Tessera at login (Flatpak and other sandboxes).
    bool startAtLoginThroughPortal() const;
    void setStartAtLoginThroughPortal(bool on);

    // The keys that open the quick picker from anywhere, in Qt's portable form ("Ctrl+Alt+O", the
    // default); "" when the user turned the shortcut off.
    QString quickShortcut() const;
    void setQuickShortcut(const QString &keys);
    static QString defaultQuickShortcut();
    CliAccess cliAccess() const;
    void setCliAccess(CliAccess access);

    // The store itself, for the time correction's group and for writing it out.
    QSettings &store() { return *m_store; }

private:
    // Writes only a changed value, so that a page bound to a preference does not rewrite the file.
    bool write(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_store;
};

} // namespace tessera::session
