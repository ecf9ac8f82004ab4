// Windows, macOS and the rest: no desktop search provider (Windows Search and Spotlight index files,
// not live results), so the quick picker is the way from anywhere.
#include "desktop/desktop_search.h"

namespace tessera::bridge {

bool DesktopSearch::publish()
{
    m_problem = QStringLiteral("no desktop search provider on this platform");
    return false;
}

} // namespace tessera::bridge
