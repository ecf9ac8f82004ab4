#include "add/scan_controller.h"

#include "app/services.h"
#include "app/ticker.h"
#include "app/vault_session.h"

#include "common/error_text.h"
#include "picture.h"
#include "qr_worker.h"
#include "session/account_operations.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJSEngine>
#include <QMimeData>
#include <QtConcurrent>

namespace tessera::bridge {

ScanController::ScanController(Services *services, QObject *parent) : Controller(parent), QmlSingleton(this), m_services(services)
{
    connect(&m_results, &ScanResultModel::selectionChanged, this, &ScanController::selectionChanged);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, [this] {
        std::shared_ptr<Outcome> outcome = m_watcher.result();
        m_decoding = false;
        if (!outcome->picture)
            setError(errorText(outcome->picture.error()));
        else if (!outcome->texts && outcome->texts.error().code == ErrorCode::Cancelled)
            setStatus(tr("Stopped reading the picture."));
        else if (!outcome->texts)
            setError(errorText(outcome->texts.error()));
        else
            takeTexts(std::move(*outcome->texts), Source::Picture);
        startNext();
    });
    m_frames.setHandler([this](FrameSampler::Texts texts) { takeTexts(std::move(texts), Source::Camera); });
    // A locked vault forgets what was scanned: the preview held secrets.
    connect(services->session(), &VaultSession::closed, this, &ScanController::clear);
    connect(services->session(), &VaultSession::opened, this, [this] {
        if (!m_linksWaitingForUnlock.empty())
            readLinksWhenUnlocked(std::exchange(m_linksWaitingForUnlock, {}));
        if (!m_waitingForUnlock.isEmpty())
            scanWhenUnlocked(std::exchange(m_waitingForUnlock, {}));
    });
}

void ScanController::scanWhenUnlocked(const QList<QUrl> &files)
{
    if (files.isEmpty())
        return;
    if (m_services->session()->isOpen()) {
        emit showRequested();
        scanFiles(files);
    } else {
        m_waitingForUnlock += files;
    }
}

void ScanController::readLinksWhenUnlocked(std::vector<SecretBytes> links)
{
    if (links.empty())
        return;
    if (!m_services->session()->isOpen()) {
        std::move(links.begin(), links.end(), std::back_inserter(m_linksWaitingForUnlock));
        return;
    }
    emit showRequested();
    takeTexts(std::move(links), Source::Link);
}

ScanController::~ScanController()
{
    m_cancelled->store(true); // the worker process is killed within a moment, so quitting never waits long
    m_watcher.waitForFinished();
}

void ScanController::setVideoSink(QVideoSink *sink)
{
    if (sink == m_frames.videoSink())
        return;
    m_frames.setVideoSink(sink);
    emit videoSinkChanged();
}

void ScanController::scanFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    enqueue([path] { return imaging::readPicture(path); });
}

void ScanController::scanFiles(const QList<QUrl> &files)
{
    for (const QUrl &file : files)
        scanFile(file);
}

void ScanController::scanImageData(const QByteArray &bytes)
{
    enqueue([bytes] { return imaging::pictureFromData(bytes); });
}

void ScanController::scanImage(const QImage &image)
{
    enqueue([image] { return Result<QImage>(image); });
}

void ScanController::scanClipboard()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (data && data->hasImage()) {
        scanImage(qvariant_cast<QImage>(data->imageData()));
        return;
    }
    const QByteArray text = data ? data->text().toUtf8() : QByteArray();
    std::vector<SecretBytes> texts;
    texts.push_back(SecretBytes::copyOf(std::string_view(text.constData(), std::size_t(text.size()))));
    takeTexts(std::move(texts), Source::Clipboard); // a link is read like a QR code's text
}

void ScanController::scanScreen()
{
    setStatus(tr("Looking at the screen…"));
    m_grabber.grab([this](Result<QList<QImage>> pictures) {
        if (!pictures) {
            setError(errorText(pictures.error()));
            return;
        }
        // Every screen as one picture each: the code may be on any of them.
        for (const QImage &picture : std::as_const(*pictures))
            scanImage(picture);
    });
}

void ScanController::enqueue(Load load)
{
    m_queue.push_back(std::move(load));
    if (!m_decoding)
        startNext();
    setBusy(!m_queue.empty() || m_decoding);
}

void ScanController::startNext()
{
    if (m_queue.empty()) {
        setBusy(!m_queue.empty() || m_decoding);
        return;
    }
    Load load = std::move(m_queue.front());
    m_queue.pop_front();
    m_decoding = true;
    m_cancelled->store(false);
    // Reading a 4K PNG and decoding it both take tens of milliseconds: never on the GUI thread. The
    // decoding runs in a worker process that a hostile picture cannot keep busy for long (qr_worker.h).
    m_watcher.setFuture(QtConcurrent::run([load = std::move(load), cancelled = m_cancelled] {
        auto outcome = std::make_shared<Outcome>();
        outcome->picture = load();
        if (outcome->picture) {
            outcome->texts = imaging::decodeInWorker(*outcome->picture, cancelled.get());
            *outcome->picture = QImage(); // the pixels may show a secret: keep them no longer than needed
        }
        return outcome;
    }));
}

void ScanController::takeTexts(std::vector<SecretBytes> texts, Source source)
{
    auto partsRead = [this] {
        std::size_t n = 0;
        for (const session::MigrationProgress &p : m_scan.exports())
            n += p.read.size();
        return n;
    };
    const std::size_t partsBefore = partsRead();
    const session::QrScan::Step step = m_scan.add(std::move(texts));
    const bool newPart = partsRead() > partsBefore;
    const bool incomplete = m_scan.incomplete().has_value();
    if (step.newAccounts > 0 || newPart) {
        setStatus(incomplete ? tr("Part read; scan the next code.") : tr("Found %n account(s).", nullptr, step.newAccounts));
        // The camera keeps looking while an export still has parts to show.
        if (source == Source::Camera && !incomplete)
            emit foundByCamera();
        refreshResults(); // only when something changed: a camera sees the same code many times a second
    } else if (!step.problems.empty()) {
        const bool pastedText = source == Source::Clipboard && step.problems.front().code == ErrorCode::QrNotAnAccount;
        setError(pastedText ? tr("The clipboard holds no picture and no link; copy the QR code's picture or its "
                                   "otpauth:// link.")
                              : errorText(step.problems.front()));
    } else {
        setStatus(tr("Nothing new in this picture: its accounts are already in the list."));
    }
}

void ScanController::refreshResults()
{
    std::vector<bool> duplicate(m_scan.accounts().size(), false);
    auto inVault = m_services->session()->read([&](const auto &store) -> Result<std::vector<bool>> {
        return session::duplicatesInVault(store, m_scan.accounts());
    });
    if (inVault)
        duplicate = std::move(*inVault);
    m_results.reset(m_scan.accounts(), duplicate);
    emit resultsChanged();
}

QString ScanController::exportProgress() const
{
    QStringList lines;
    for (const session::MigrationProgress &p : m_scan.exports()) {
        if (p.size <= 1)
            continue;
        if (p.isComplete()) {
            lines << tr("All %1 codes of the Google Authenticator export read.").arg(p.size);
            continue;
        }
        QStringList missing;
        for (int n : p.missing())
            missing << QString::number(n);
        lines << tr("%1 of %2 codes of the Google Authenticator export read; still missing: %3.")
                     .arg(p.read.size())
                     .arg(p.size)
                     .arg(missing.join(QStringLiteral(", ")));
    }
    return lines.join(u'\n');
}

QString ScanController::skippedText() const
{
    QStringList lines;
    for (const interop::SkippedEntry &entry : m_scan.skipped())
        lines << tr("Left out %1: %2.").arg(entry.where, entry.reason);
    return lines.join(u'\n');
}

bool ScanController::addSelected()
{
    const std::vector<bool> chosen = m_results.selection();
    const std::vector<uri::KeyUri> &all = m_scan.accounts();
    std::vector<uri::KeyUri> toAdd; // copies: the preview stays as it was if the save fails
    for (std::size_t i = 0; i < all.size(); ++i)
        if (i < chosen.size() && chosen[i])
            toAdd.push_back({all[i].issuer, all[i].name, all[i].params, SecretBytes::copyOf(all[i].secret.bytes())});
    const int count = int(toAdd.size());
    if (count == 0) {
        setError(tr("Choose at least one account to add."));
        return false;
    }
    auto saved = m_services->session()->apply([&](auto &store) {
        return session::addAccounts(store, toAdd, m_services->ticker()->nowMs());
    });
    if (!saved) {
        setError(errorText(saved.error()));
        return false;
    }
    m_scan.clear();
    refreshResults();
    setStatus(tr("Added %n account(s).", nullptr, count));
    emit added(count);
    return true;
}

void ScanController::cancel()
{
    m_queue.clear();
    if (m_decoding)
        m_cancelled->store(true); // the running decode reports "stopped" and busy ends with it
    setBusy(!m_queue.empty() || m_decoding);
}

void ScanController::clear()
{
    m_scan.clear();
    m_queue.clear(); // a decode already running still reports, into an empty scan
    setStatus(QString());
    refreshResults();
}

} // namespace tessera::bridge
