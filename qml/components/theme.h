#pragma once
// The QML singleton "Theme": the colours of the appearance in use (palette.h), the list's density and
// whether motion is wanted. The user's choice in Settings wins; "like the system" follows the desktop's
// palette, and the desktop's high-contrast and reduced-motion settings are respected either way.

#include "app/controller.h"
#include "palette.h"

#include <QColor>
#include <QObject>
#include <optional>
#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

class SettingsController;

class Theme : public QObject, public QmlSingleton<Theme>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool dark READ dark NOTIFY changed)
    Q_PROPERTY(bool highContrast READ highContrast NOTIFY changed)
    Q_PROPERTY(bool reducedMotion READ reducedMotion NOTIFY changed)
    Q_PROPERTY(bool compact READ compact NOTIFY changed)
    Q_PROPERTY(QColor window READ window NOTIFY changed)
    Q_PROPERTY(QColor surface READ surface NOTIFY changed)
    Q_PROPERTY(QColor raised READ raised NOTIFY changed)
    Q_PROPERTY(QColor text READ text NOTIFY changed)
    Q_PROPERTY(QColor textMuted READ textMuted NOTIFY changed)
    Q_PROPERTY(QColor border READ border NOTIFY changed)
    Q_PROPERTY(QColor divider READ divider NOTIFY changed)
    Q_PROPERTY(QColor accent READ accent NOTIFY changed)
    Q_PROPERTY(QColor textOnAccent READ textOnAccent NOTIFY changed)
    Q_PROPERTY(QColor accentSoft READ accentSoft NOTIFY changed)
    Q_PROPERTY(QColor danger READ danger NOTIFY changed)
    Q_PROPERTY(QColor textOnDanger READ textOnDanger NOTIFY changed)
    Q_PROPERTY(QColor dangerSoft READ dangerSoft NOTIFY changed)
    Q_PROPERTY(QColor warning READ warning NOTIFY changed)
    Q_PROPERTY(QColor warningSoft READ warningSoft NOTIFY changed)
    Q_PROPERTY(QColor scrim READ scrim NOTIFY changed)
    // Sizes every page shares (logical pixels).
    Q_PROPERTY(int radius READ radius CONSTANT)
    Q_PROPERTY(int rowHeight READ rowHeight NOTIFY changed)
    Q_PROPERTY(int readingWidth READ readingWidth CONSTANT)
public:
    explicit Theme(SettingsController *settings, QObject *parent = nullptr);

    // What the desktop says (desktop/desktop_appearance.h): dark or light (nullopt: no preference, the
    // platform's palette decides), higher contrast, reduced motion. Until it says, the palette decides
    // and nothing more is asked for.
    void setSystemAppearance(std::optional<bool> dark, bool highContrast, bool reducedMotion);

    Appearance appearance() const;
    bool dark() const;
    bool highContrast() const { return m_systemHighContrast; }
    bool reducedMotion() const { return m_systemReducedMotion; }
    bool compact() const;
    QColor window() const { return m_palette.window; }
    QColor surface() const { return m_palette.surface; }
    QColor raised() const { return m_palette.raised; }
    QColor text() const { return m_palette.text; }
    QColor textMuted() const { return m_palette.textMuted; }
    QColor border() const { return m_palette.border; }
    QColor divider() const { return m_palette.divider; }
    QColor accent() const { return m_palette.accent; }
    QColor textOnAccent() const { return m_palette.textOnAccent; }
    QColor accentSoft() const { return m_palette.accentSoft; }
    QColor danger() const { return m_palette.danger; }
    QColor textOnDanger() const { return m_palette.textOnDanger; }
    QColor dangerSoft() const { return m_palette.dangerSoft; }
    QColor warning() const { return m_palette.warning; }
    QColor warningSoft() const { return m_palette.warningSoft; }
    QColor scrim() const { return m_palette.scrim; }
    int radius() const { return 8; }
    int rowHeight() const { return compact() ? 52 : 72; }
    int readingWidth() const { return 720; }

    // The letter avatar's colour for a service without an icon: stable per issuer.
    Q_INVOKABLE QColor avatarColour(const QString &issuer) const { return avatarColourFor(issuer); }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    SettingsController *m_settings;
    Palette m_palette;
    bool m_systemDark = false;
    bool m_darkFromDesktop = false; // the desktop named a scheme: palette changes no longer decide
    bool m_systemHighContrast = false;
    bool m_systemReducedMotion = false;
};

} // namespace tessera::bridge
