// What the details page revealed is gone from memory once the vault locks: the secret key and the
// recovery codes are shown in the real page (rendered offscreen), the vault is locked, and then no
// copy of them — UTF-8 or UTF-16, in the controller, the JavaScript engine or the scene — is left
// anywhere in this process's readable memory. The account's key and codes are made at run time and the
// test keeps them only XOR-masked (memory_scanner.h), so its own copies never match.
#include "gui_fixture.h"
#include "memory_scanner.h"

#include "crypto/random.h"
#include "encoding/base32.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TesseraPlugin)

using namespace tessera;

namespace {

// A fresh key and two recovery codes, added to the vault; only their masked forms are kept.
std::vector<MaskedPattern> addSecretAccount(vault::VaultStore &store, QString &idOut)
{
    std::vector<MaskedPattern> patterns;
    uri::KeyUri key;
    key.issuer = QStringLiteral("MyKerio");
    key.name = QStringLiteral("memory");
    key.secret = crypto::randomSecret(20);
    const SecretBytes base32 = base32::encode(key.secret.bytes());
    // The page shows the key in groups of four; match the first group of eight characters either way.
    SecretBytes grouped(9);
    std::copy_n(base32.data(), 4, grouped.data());
    grouped.data()[4] = ' ';
    std::copy_n(base32.data() + 4, 4, grouped.data() + 5);
    addMaskedText(patterns, "key (shown, UTF-8)", "key (shown, UTF-16)", grouped.bytes());
    addMaskedText(patterns, "key (Base32, UTF-8)", "key (Base32, UTF-16)", base32.bytes().first(16));
    auto id = session::addAccount(store, key, 1);
    if (!id)
        qFatal("could not add the test account");
    idOut = id->toString(QUuid::WithoutBraces);
    QList<QByteArray> codes;
    for (int i = 0; i < 2; ++i) {
        SecretBytes code = base32::encode(crypto::randomSecret(10).bytes());
        addMaskedText(patterns, "recovery code (UTF-8)", "recovery code (UTF-16)", code.bytes());
        codes.append(QByteArray(code.view().data(), qsizetype(code.size())));
    }
    if (!session::addRecoveryCodes(store, *id, codes, false, 2))
        qFatal("could not add the recovery codes");
    for (QByteArray &code : codes) // the list's own copies: wiped, then freed
        wipe(code.data(), std::size_t(code.size()));
    return patterns;
}

} // namespace

class TestRevealedMemory : public QObject
{
    Q_OBJECT
private slots:
    void nothingRevealedOutlivesTheLock()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("reads /proc/self/mem: Linux only");
#elif defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer maps terabytes of shadow memory: scanning it all is the plain build's job");
#else
        GuiFixture f(1);
        QString id;
        std::vector<MaskedPattern> patterns;
        {
            auto store = vault::VaultStore::openWithPassword(f.path, password("pw"));
            QVERIFY(store);
            patterns = addSecretAccount(**store, id);
        }
        QVERIFY(f.unlock());

        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(&engine);
        component.setData(QStringLiteral("import QtQuick\nimport QtQuick.Controls\nimport Tessera\n"
                                         "ApplicationWindow { width: 460; height: 900; visible: true\n"
                                         "  property alias page: page\n"
                                         "  AccountDetailsPage { id: page; anchors.fill: parent; accountId: \"%1\" } }")
                              .arg(id)
                              .toUtf8(),
                          QUrl());
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QVERIFY(f.accounts->revealSecret(id));
        QVERIFY(f.accounts->revealRecoveryCodes(id));
        QSignalSpy frames(window, &QQuickWindow::frameSwapped);
        window->update();
        QVERIFY(frames.wait(5000)); // the page has laid out and drawn them

        // The scanner sees what is on screen (the key and both codes, in the controller's buffers).
        QStringList found;
        QVERIFY2(scanOwnMemory(patterns, found) >= 3, qPrintable(found.join(QStringLiteral(", "))));

        f.vault->lock();
        QCoreApplication::processEvents();
        root.reset(); // the locked window shows another page; the details page is gone with it
        engine.collectGarbage();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        found.clear();
        const int hits = scanOwnMemory(patterns, found);
        QVERIFY2(hits == 0, qPrintable(found.join(QStringLiteral(", "))));
#endif
    }
};

QTEST_MAIN(TestRevealedMemory)
#include "test_revealed_memory.moc"
