#pragma once
// Saving accounts to a file from the export page: an encrypted Tessera backup, an Aegis JSON file
// (encrypted, or plain after a warning), an otpauth:// list (after a warning) or a printable sheet of
// recovery codes. Key derivation and encryption run off the GUI thread; the file is written whole or
// not at all, readable by its owner only.

#include "session/account_transfer.h"

#include <QFutureWatcher>
#include "app/controller.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tessera::bridge {

class Services;

class FileExportController : public Controller, public QmlSingleton<FileExportController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    // The order of the choices on the page.
    enum Kind { TesseraBackup, AegisEncrypted, AegisPlain, OtpauthList, RecoverySheet };
    Q_ENUM(Kind)

    explicit FileExportController(Services *services, QObject *parent = nullptr);
    ~FileExportController() override;


    Q_INVOKABLE static bool needsPassword(int kind);
    Q_INVOKABLE static bool isPlain(int kind);
    // A dated name in the user's documents folder (or home), for the save dialog to start from.
    Q_INVOKABLE static QUrl suggestedFile(int kind);
    Q_INVOKABLE static QUrl suggestedFolder();
    Q_INVOKABLE static QUrl urlOf(const QString &path) { return QUrl::fromLocalFile(path); }
    // Empty accountIds: every account. The two passwords must match for the encrypted kinds.
    Q_INVOKABLE void save(int kind, const QUrl &file, const QString &password, const QString &repeated,
                          const QStringList &accountIds);
    Q_INVOKABLE void clearMessage();

signals:
    void changed();
    void saved(const QString &path);

private:
    static QString fileNameFor(int kind);

    Services *m_services;
    QFutureWatcher<Result<void>> m_watcher;
    QString m_path;
    bool m_writing = false;
};

} // namespace tessera::bridge
