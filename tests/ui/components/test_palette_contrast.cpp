// WCAG 2.x AA for every palette: 4.5:1 for each text colour on each background it is drawn on, 3:1
// for the edges and states of controls. The pairs are the ones the QML uses (palette.cpp lists them);
// the avatar colours carry white letters.
#include "components/palette.h"
#include "components/theme.h"
#include "session/preferences.h"
#include "settings/settings_controller.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera::bridge;

class TestPaletteContrast : public QObject
{
    Q_OBJECT

private slots:
    void theFormulaMatchesKnownValues()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(contrastRatio(QColor(0x777777), QColor(0x777777)), 1.0);
        // #767676 on white is the classic lightest grey that passes 4.5:1.
        QVERIFY(contrastRatio(QColor(0x767676), Qt::white) >= 4.5);
        QVERIFY(contrastRatio(QColor(0x777777), Qt::white) < 4.5);
    }

    void everyPairMeetsAA_data()
    {
        QTest::addColumn<int>("appearance");
        QTest::newRow("light") << int(Appearance::Light);
        QTest::newRow("dark") << int(Appearance::Dark);
        QTest::newRow("high contrast light") << int(Appearance::HighContrastLight);
        QTest::newRow("high contrast dark") << int(Appearance::HighContrastDark);
    }

    void everyPairMeetsAA()
    {
        QFETCH(int, appearance);
        const Palette palette = paletteFor(static_cast<Appearance>(appearance));
        QStringList failures;
        for (const ContrastPair &pair : contrastPairs()) {
            const double ratio = contrastRatio(palette.*pair.foreground, palette.*pair.background);
            if (ratio < pair.minimum)
                failures << QStringLiteral("%1 on %2: %3:1, needs %4:1")
                                .arg(QLatin1String(pair.foregroundName), QLatin1String(pair.backgroundName))
                                .arg(ratio, 0, 'f', 2)
                                .arg(pair.minimum);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
        QVERIFY(contrastPairs().size() >= 20);
    }

    // High contrast asks for more than AA: 7:1 for the main text.
    void highContrastTextIsAAA()
    {
        for (const Appearance a : {Appearance::HighContrastLight, Appearance::HighContrastDark}) {
            const Palette p = paletteFor(a);
            QVERIFY(contrastRatio(p.text, p.surface) >= 7.0);
            QVERIFY(contrastRatio(p.textMuted, p.surface) >= 7.0);
        }
    }

    void avatarLettersAreReadable()
    {
        for (const QColor &colour : avatarColours())
            QVERIFY2(contrastRatio(Qt::white, colour) >= 4.5, qPrintable(colour.name()));
    }

    // The same issuer keeps its colour however it is written, on every run.
    void avatarColoursAreStable()
    {
        QCOMPARE(avatarColourFor(QStringLiteral("GitHub")), avatarColourFor(QStringLiteral(" github ")));
        // FNV-1a of "gcore" is fixed, so is its colour (a change here changes every user's avatars).
        QCOMPARE(avatarColourFor(QStringLiteral("Gcore")), avatarColourFor(QStringLiteral("GCORE")));
        QSet<QRgb> seen;
        for (const char *name : {"GitHub", "Google", "Kaspersky", "Gcore", "MyKerio", "Steam", "Dropbox", "Microsoft"})
            seen.insert(avatarColourFor(QString::fromLatin1(name)).rgb());
        QVERIFY2(seen.size() >= 4, "issuers should spread over the colours");
    }

    // The Theme follows the setting, and the desktop's high contrast wins over the plain palettes.
    void theThemeFollowsTheSettingAndTheDesktop()
    {
        QTemporaryDir dir;
        tessera::session::Preferences preferences(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat));
        SettingsController settings(&preferences);
        Theme theme(&settings);
        settings.setTheme(SettingsController::Light);
        QCOMPARE(theme.window(), paletteFor(Appearance::Light).window);
        settings.setTheme(SettingsController::Dark);
        QVERIFY(theme.dark());
        QCOMPARE(theme.window(), paletteFor(Appearance::Dark).window);
        theme.setSystemAppearance(false, true, true);
        QCOMPARE(theme.appearance(), Appearance::HighContrastDark);
        QVERIFY(theme.reducedMotion());
        settings.setTheme(SettingsController::System);
        QCOMPARE(theme.appearance(), Appearance::HighContrastLight);
        QCOMPARE(theme.rowHeight(), 72);
        settings.setCompactList(true);
        QVERIFY(theme.rowHeight() < 72);
    }
};

QTEST_MAIN(TestPaletteContrast)
#include "test_palette_contrast.moc"
