#pragma once
// Runs the built tessera-cli (path from TESSERA_CLI, set by ctest) and captures what a user sees.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QString cliPath()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("TESSERA_CLI"));
}

inline CliRun runCli(const QStringList &args, const QByteArray &stdinData = {},
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cliPath(), args);
    if (!process.waitForStarted(10000))
        return {};
    process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// A failing command must say one sentence on stderr and nothing on stdout.
#define VERIFY_ONE_SENTENCE_ERROR(run)                                                                                \
    do {                                                                                                              \
        QVERIFY2((run).out.isEmpty(), (run).out.constData());                                                         \
        QVERIFY2((run).err.endsWith(".\n"), (run).err.constData());                                                   \
        QCOMPARE((run).err.count('\n'), 1);                                                                           \
    } while (false)
