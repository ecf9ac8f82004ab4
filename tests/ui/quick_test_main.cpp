// Qt Quick Test runner for the pages, offscreen. Each tst_*.qml runs in its own process (one ctest
// entry each) over a fresh vault: TESSERA_TEST_SEED accounts (0: no vault, for the first run), unlocked
// first when TESSERA_TEST_UNLOCKED is set.
#include "gui_fixture.h"

#include <QQmlEngine>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(TesseraPlugin)

class Setup : public QObject
{
    Q_OBJECT
    std::unique_ptr<GuiFixture> m_fixture;
    QTranslator m_translator;

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // TESSERA_TEST_LANGUAGE: the pages in that language, from the app's own .qm (TESSERA_QM_DIR).
        const QString language = qEnvironmentVariable("TESSERA_TEST_LANGUAGE");
        if (!language.isEmpty()) {
            if (!m_translator.load(QStringLiteral("tessera_") + language, QStringLiteral(TESSERA_QM_DIR)))
                qFatal("no translation for %s in %s", qPrintable(language), TESSERA_QM_DIR);
            QCoreApplication::installTranslator(&m_translator);
        }
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        tessera::bridge::AppRoot::addImageProviders(*engine);
        const int seed = qEnvironmentVariableIsSet("TESSERA_TEST_SEED") ? qEnvironmentVariableIntValue("TESSERA_TEST_SEED") : 4;
        m_fixture = std::make_unique<GuiFixture>(seed);
        if (qEnvironmentVariableIsSet("TESSERA_TEST_UNLOCKED") && !m_fixture->unlock())
            qFatal("the test vault did not unlock");
    }
    void cleanupTestCase() { m_fixture.reset(); }
};

QUICK_TEST_MAIN_WITH_SETUP(tessera_pages, Setup)
#include "quick_test_main.moc"
