// tessera: starts the Qt Quick application and loads the static QML module "Tessera".
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

#include "common/process_hardening.h"

Q_IMPORT_QML_PLUGIN(TesseraPlugin)

int main(int argc, char *argv[])
{
#ifdef NDEBUG
    tessera::disableCoreDumps();
#endif
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Tessera"));
    QGuiApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("tessera"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tessera, a desktop authenticator."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QQmlApplicationEngine engine;
    // Qt 6.4 has no loadFromModule: the static module's files live under qrc:/qt/qml.
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Tessera/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return QGuiApplication::exec();
}
