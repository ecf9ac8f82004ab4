#include "common/process_hardening.h"

#include <QTest>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

class TestProcessHardening : public QObject
{
    Q_OBJECT
private slots:
    void noCoreDumpsAfterwards()
    {
        tessera::disableCoreDumps();
#if defined(Q_OS_UNIX)
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
#endif
#if defined(Q_OS_LINUX)
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "test_process_hardening.moc"
