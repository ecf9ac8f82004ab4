#pragma once
// What the desktop asks of every app's look: a dark or light scheme (when it says one), higher
// contrast, reduced motion. One small implementation per platform (desktop_appearance_<platform>.cpp)
// keeps `current()` up to date; the composition root hands it to Theme.

#include <QMap>
#include <QObject>
#include <QVariantMap>

#include <optional>

namespace tessera::bridge {

struct SystemAppearance
{
    std::optional<bool> dark; // nullopt: the desktop has no preference, the palette decides
    bool highContrast = false;
    bool reducedMotion = false;
    bool operator==(const SystemAppearance &) const = default;
};

// The settings portal's answer (namespace → key → value) as an appearance: org.freedesktop.appearance
// color-scheme, contrast and reduced-motion, and where a desktop does not fill those yet, its own keys
// (GNOME's high-contrast and enable-animations, KDE's AnimationDurationFactor of 0).
SystemAppearance appearanceFromPortal(const QMap<QString, QVariantMap> &settings);
// The namespaces appearanceFromPortal reads.
QStringList portalAppearanceNamespaces();

class DesktopAppearance : public QObject
{
    Q_OBJECT
public:
    explicit DesktopAppearance(QObject *parent = nullptr);
    SystemAppearance current() const { return m_current; }

signals:
    void changed();

private:
    void set(const SystemAppearance &appearance);
    void read(); // asks the desktop again; the answer arrives later through set()
    SystemAppearance m_current;
    friend class DesktopAppearanceReader;
};

} // namespace tessera::bridge
