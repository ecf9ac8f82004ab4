// The window follows the desktop's high-contrast, reduced-motion and dark settings: the settings
// portal's keys are read as the specification says, and on a private D-Bus session a stand-in portal
// (its own bus connection, as xdg-desktop-portal is another process) answers ReadAll and announces
// changes with SettingChanged, which reach the Theme without a restart.
#include "app/app_root.h"
#include "components/theme.h"
#include "desktop/desktop_appearance.h"

#include <QDBusConnection>
#include <QDBusMetaType>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QTest>

using namespace tessera::bridge;
using PortalSettings = QMap<QString, QVariantMap>;

namespace {

const QString kAppearance = QStringLiteral("org.freedesktop.appearance");

// The part of org.freedesktop.portal.Settings (version 2) the app uses.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    PortalSettings settings;
    int readAllCalls = 0;

public slots:
    PortalSettings ReadAll(const QStringList &namespaces)
    {
        ++readAllCalls;
        PortalSettings answer;
        for (const QString &space : namespaces) {
            if (settings.contains(space))
                answer.insert(space, settings.value(space));
        }
        return answer;
    }

signals:
    void SettingChanged(const QString &space, const QString &key, const QDBusVariant &value);

public:
    void change(const QString &space, const QString &key, const QVariant &value)
    {
        settings[space].insert(key, value);
        emit SettingChanged(space, key, QDBusVariant(value));
    }
};

} // namespace

class TestDesktopAppearance : public QObject
{
    Q_OBJECT

private slots:
    void portalKeysAreReadAsSpecified()
    {
        QCOMPARE(appearanceFromPortal({}), SystemAppearance{});
        const SystemAppearance all = appearanceFromPortal(
            {{kAppearance, {{QStringLiteral("color-scheme"), 1u}, {QStringLiteral("contrast"), 1u}, {QStringLiteral("reduced-motion"), 1u}}}});
        QCOMPARE(all, (SystemAppearance{true, true, true}));
        QCOMPARE(appearanceFromPortal({{kAppearance, {{QStringLiteral("color-scheme"), 2u}}}}).dark, std::optional<bool>(false));
        // Unknown values mean no preference.
        QCOMPARE(appearanceFromPortal({{kAppearance, {{QStringLiteral("color-scheme"), 7u}, {QStringLiteral("contrast"), 9u}}}}),
                 SystemAppearance{});
        // A desktop's own keys count where the standard ones are missing, never over them.
        const PortalSettings gnome{{QStringLiteral("org.gnome.desktop.a11y.interface"), {{QStringLiteral("high-contrast"), true}}},
                                   {QStringLiteral("org.gnome.desktop.interface"), {{QStringLiteral("enable-animations"), false}}}};
        QCOMPARE(appearanceFromPortal(gnome), (SystemAppearance{std::nullopt, true, true}));
        PortalSettings overridden = gnome;
        overridden[kAppearance] = {{QStringLiteral("contrast"), 0u}, {QStringLiteral("reduced-motion"), 0u}};
        QCOMPARE(appearanceFromPortal(overridden), SystemAppearance{});
        QCOMPARE(appearanceFromPortal({{QStringLiteral("org.kde.kdeglobals.KDE"), {{QStringLiteral("AnimationDurationFactor"), 0.0}}}})
                     .reducedMotion,
                 true);
    }

    void theThemeFollowsThePortalLive()
    {
        qDBusRegisterMetaType<PortalSettings>();
        QDBusConnection portalBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("portal"));
        QVERIFY2(portalBus.isConnected(), "run under dbus-run-session");
        FakePortal portal;
        portal.settings[kAppearance] = {{QStringLiteral("contrast"), 1u}, {QStringLiteral("color-scheme"), 0u}};
        QVERIFY(portalBus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), &portal,
                                         QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY(portalBus.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));

        AppRoot app(QString(), std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("t"), QStringLiteral("t")));
        QVERIFY(!app.theme->highContrast());
        app.followDesktopAppearance();
        QTRY_VERIFY_WITH_TIMEOUT(app.theme->highContrast(), 5000);
        QCOMPARE(app.theme->appearance(), tessera::bridge::Appearance::HighContrastLight);
        QVERIFY(!app.theme->reducedMotion());

        portal.change(kAppearance, QStringLiteral("reduced-motion"), 1u);
        QTRY_VERIFY_WITH_TIMEOUT(app.theme->reducedMotion(), 5000);
        portal.change(kAppearance, QStringLiteral("color-scheme"), 1u);
        QTRY_VERIFY_WITH_TIMEOUT(app.theme->dark(), 5000);
        QCOMPARE(app.theme->appearance(), tessera::bridge::Appearance::HighContrastDark);
        portal.change(kAppearance, QStringLiteral("contrast"), 0u);
        QTRY_COMPARE_WITH_TIMEOUT(app.theme->appearance(), tessera::bridge::Appearance::Dark, 5000);

        // Another namespace's change does not make the app ask again.
        const int asked = portal.readAllCalls;
        portal.change(QStringLiteral("org.example.other"), QStringLiteral("x"), 1u);
        QTest::qWait(200);
        QCOMPARE(portal.readAllCalls, asked);
    }
};

QTEST_MAIN(TestDesktopAppearance)
#include "test_desktop_appearance.moc"
