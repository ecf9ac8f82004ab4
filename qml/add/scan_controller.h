#pragma once
// The scan page: pictures from a file, dropped data, the clipboard, the screen or the camera go
// through one decoder off the GUI thread and one QrScan; the accounts found are previewed (duplicates
// marked) and the chosen ones added in one save. Secrets never reach QML.

#include "add/frame_sampler.h"
#include "add/scan_result_model.h"
#include "add/screen_grabber.h"

#include "common/error.h"
#include "session/qr_scan.h"

#include <QFutureWatcher>
#include <QImage>
#include "app/controller.h"

#include <QObject>
#include <atomic>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <deque>

class QQmlEngine;
class QJSEngine;

namespace tessera::bridge {

class Services;

class ScanController : public Controller, public QmlSingleton<ScanController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString exportProgress READ exportProgress NOTIFY resultsChanged)
    Q_PROPERTY(QString skippedText READ skippedText NOTIFY resultsChanged)
    Q_PROPERTY(ScanResultModel *results READ results CONSTANT)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
public:
    explicit ScanController(Services *services, QObject *parent = nullptr);
    ~ScanController() override;

    QString exportProgress() const;
    QString skippedText() const;
    ScanResultModel *results() { return &m_results; }
    int selectedCount() const { return m_results.selectedCount(); }
    QVideoSink *videoSink() const { return m_frames.videoSink(); }
    void setVideoSink(QVideoSink *sink);
    void setScreenWindow(QWindow *window) { m_grabber.setWindow(window); }

    // Pictures named on the command line ("Open with Tessera"): scanned once the vault is open.
    void scanWhenUnlocked(const QList<QUrl> &files);
    // otpauth:// and otpauth-migration:// links given on the command line, as the desktop does for a link
    // clicked in a browser: shown for choosing, like a scanned code, once the vault is open.
    void readLinksWhenUnlocked(std::vector<SecretBytes> links);

    Q_INVOKABLE void scanFile(const QUrl &file);
    Q_INVOKABLE void scanFiles(const QList<QUrl> &files);
    // Picture bytes dropped or pasted as data (PNG, JPEG…).
    Q_INVOKABLE void scanImageData(const QByteArray &bytes);
    // An image on the clipboard, or an otpauth:// / otpauth-migration:// text.
    Q_INVOKABLE void scanClipboard();
    Q_INVOKABLE void scanScreen();
    void scanImage(const QImage &image);

    // Adds the selected accounts in one save; false (and message) when nothing was added.
    Q_INVOKABLE bool addSelected();
    Q_INVOKABLE void clear();
    // Stops the picture being read and drops the ones waiting (the worker process is killed at once).
    Q_INVOKABLE void cancel();

signals:
    void resultsChanged();
    void selectionChanged();
    void videoSinkChanged();
    // The camera found what it was held up for (an export: all its parts): the page stops the camera.
    void foundByCamera();
    // Pictures arrived from outside the scan page: the window shows it.
    void showRequested();
    void added(int count);

private:
    using Load = std::function<Result<QImage>()>;
    struct Outcome
    {
        Result<QImage> picture = QImage();
        Result<std::vector<SecretBytes>> texts = std::vector<SecretBytes>{};
    };
    void enqueue(Load load);
    void startNext();
    enum class Source { Picture, Camera, Clipboard, Link };
    void takeTexts(std::vector<SecretBytes> texts, Source source);
    void refreshResults();

    Services *m_services;
    session::QrScan m_scan;
    ScanResultModel m_results;
    FrameSampler m_frames;
    ScreenGrabber m_grabber;
    std::deque<Load> m_queue;
    QList<QUrl> m_waitingForUnlock;
    std::vector<SecretBytes> m_linksWaitingForUnlock;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    bool m_decoding = false; // until the result is handled (the watcher says finished earlier)
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};

} // namespace tessera::bridge
