// bench_bare_list: the bare Qt Quick list (bare_list_qml.h) with 100 rows, for bench/gui-idle.sh.
#include "bare_list_qml.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(bareListQml(100));
    return engine.rootObjects().isEmpty() ? 1 : QGuiApplication::exec();
}
