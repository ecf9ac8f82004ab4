// The floor for a Qt command-line start (bench/cli-start.sh): a QtCore program that prints one line.
// tessera-cli's start is measured against it (issue 21: `code --secret` within 1.5x of this, a code
// answered by the unlocked app within 3x).
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::puts("123456");
    return 0;
}
