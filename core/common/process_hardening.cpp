#include "common/process_hardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace tessera {

void disableCoreDumps()
{
#if defined(Q_OS_UNIX)
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
#if defined(Q_OS_LINUX)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    // Windows writes no user-mode dumps unless Windows Error Reporting is set up to; nothing to do.
}

} // namespace tessera
