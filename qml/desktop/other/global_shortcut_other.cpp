// Other systems (the BSDs and the like): no known way for an app to bind keys for the whole desktop;
// the user binds `tessera --quick` in the desktop's own settings.
#include "desktop/global_shortcut.h"

namespace tessera::bridge {

std::unique_ptr<ShortcutBackend> makeShortcutBackend()
{
    return makeDesktopSettingShortcut();
}

} // namespace tessera::bridge
