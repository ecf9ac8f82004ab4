#pragma once
// The import page: a file picked or dropped is recognised (or its format chosen), its password asked
// when it is encrypted, and its accounts previewed with duplicates marked; the chosen ones are added
// in one save, with a summary of what was skipped and why. Reading and key derivation run off the GUI
// thread. Secrets stay in the controller's ImportResult, never in QML.

#include "add/scan_result_model.h"

#include "session/account_transfer.h"

#include <QFutureWatcher>
#include "app/controller.h"

#include <QObject>
#include <atomic>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tessera::bridge {

class Services;

class ImportController : public Controller, public QmlSingleton<ImportController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString fileName READ fileName NOTIFY changed)
    Q_PROPERTY(QString formatName READ formatName NOTIFY changed)
    Q_PROPERTY(QString detectedFormatName READ detectedFormatName NOTIFY changed)
    Q_PROPERTY(int formatIndex READ formatIndex NOTIFY changed)
    Q_PROPERTY(bool needsPassword READ needsPassword NOTIFY changed)
    Q_PROPERTY(QString skippedText READ skippedText NOTIFY changed)
    Q_PROPERTY(QStringList formatNames READ formatNames CONSTANT)
    Q_PROPERTY(ScanResultModel *results READ results CONSTANT)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)
public:
    explicit ImportController(Services *services, QObject *parent = nullptr);
    ~ImportController() override;

    // Stops reading the file: the result is dropped and the reading stops at its next key derivation.
    Q_INVOKABLE void cancel();
    QString fileName() const { return m_fileName; }
    QString formatName() const;
    QString detectedFormatName() const { return m_detectedName; }
    int formatIndex() const { return m_formatIndex; }
    bool needsPassword() const { return m_needsPassword; }
    QString skippedText() const;
    QStringList formatNames() const;
    ScanResultModel *results() { return &m_results; }
    int selectedCount() const { return m_results.selectedCount(); }

    // Whether a dropped file is a picture (for the scan page) rather than an export.
    // Opens the file on the import page now, or as soon as the vault is unlocked.
    Q_INVOKABLE void openWhenUnlocked(const QUrl &file);
    // Opens the file and reads it at once when it needs no password.
    Q_INVOKABLE void openFile(const QUrl &file);
    // -1: recognise the format; otherwise an index into formatNames (sorted by name).
    Q_INVOKABLE void chooseFormat(int index);
    Q_INVOKABLE void unlock(const QString &password);
    Q_INVOKABLE bool addSelected();
    Q_INVOKABLE void clear();

signals:
    void changed();
    void selectionChanged();
    void added(int count, const QString &summary);
    // The import page should come up (a file was opened with Tessera).
    void showRequested();

private:
    using Outcome = Result<session::ImportPreview>;
    void read(SecretBytes password);

    Services *m_services;
    ScanResultModel m_results;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    QByteArray m_bytes; // the file as read; wiped on clear
    QString m_fileName;
    QUrl m_waitingForUnlock;
    int m_formatIndex = -1;
    QString m_detectedName;
    const interop::ImportFormat *m_format = nullptr;
    bool m_needsPassword = false;
    bool m_reading = false;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    bool m_discardReading = false; // cleared (or locked) while a file was being read: drop what comes back
    std::optional<session::ImportPreview> m_preview;
};

} // namespace tessera::bridge
