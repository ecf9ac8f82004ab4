#include "desktop/global_shortcut.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace tessera::bridge {
namespace {

class DesktopSettingShortcut final : public ShortcutBackend
{
public:
    Kind kind() const override { return Kind::DesktopSetting; }
    void bind(const QKeySequence &keys) override
    {
        if (keys.isEmpty())
            return report({});
        report(QCoreApplication::translate("GlobalShortcut",
                                           "This desktop does not let apps set shortcuts. To open the quick picker "
                                           "with %1, add a shortcut for the command “tessera --quick” in the "
                                           "desktop's keyboard settings.")
                   .arg(shortcutText(keys)));
    }
};

} // namespace

std::unique_ptr<ShortcutBackend> makeDesktopSettingShortcut()
{
    return std::make_unique<DesktopSettingShortcut>();
}

QString shortcutText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

GlobalShortcut::GlobalShortcut(QObject *parent) : GlobalShortcut(makeShortcutBackend(), parent) {}

GlobalShortcut::GlobalShortcut(std::unique_ptr<ShortcutBackend> backend, QObject *parent)
    : QObject(parent), m_backend(std::move(backend))
{
    // A press arrives inside the platform's event dispatch; the picker is shown after it returns.
    m_backend->activated = [this] { QMetaObject::invokeMethod(this, &GlobalShortcut::activated, Qt::QueuedConnection); };
    m_backend->report = [this](const QString &problem) {
        if (problem == m_problem)
            return;
        m_problem = problem;
        emit problemChanged();
    };
}

GlobalShortcut::~GlobalShortcut() = default;

void GlobalShortcut::bind(const QKeySequence &keys)
{
    m_keys = keys;
    m_backend->bind(keys);
}

} // namespace tessera::bridge
