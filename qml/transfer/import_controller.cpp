#include "transfer/import_controller.h"

#include "app/services.h"
#include "app/text_secret.h"
#include "app/ticker.h"
#include "app/vault_session.h"

#include "common/error_text.h"
#include "session/qr_scan.h"

#include <QFileInfo>
#include <QImageReader>
#include <QJSEngine>
#include <QtConcurrent>

namespace tessera::bridge {
namespace {


} // namespace

ImportController::ImportController(Services *services, QObject *parent) : Controller(parent), QmlSingleton(this), m_services(services)
{
    // The page's other values change with each message (a format found, a password needed, pages made).
    connect(this, &Controller::messageChanged, this, &ImportController::changed);
    connect(&m_results, &ScanResultModel::selectionChanged, this, &ImportController::selectionChanged);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, [this] {
        m_reading = false;
        setBusy(false);
        auto outcome = m_watcher.result();
        if (std::exchange(m_discardReading, false))
            return emit changed();
        if (!*outcome) {
            const Error &error = outcome->error();
            m_needsPassword = m_needsPassword || error.code == ErrorCode::ImportWrongPassword ||
                              error.code == ErrorCode::ImportPasswordRequired;
            setError(errorText(error));
            return;
        }
        m_preview = std::move(**outcome);
        // Duplicates are looked up here: the store belongs to the GUI thread.
        auto inVault = m_services->session()->read([&](const auto &store) -> Result<std::vector<bool>> {
            return session::duplicatesInVault(store, m_preview->result.accounts);
        });
        if (inVault)
            m_preview->duplicates = std::move(*inVault);
        m_format = m_preview->format;
        m_needsPassword = false;
        m_results.reset(m_preview->result.accounts, m_preview->duplicates);
        setStatus(QString());
    });
    // A locked vault forgets the preview: it held secrets.
    connect(services->session(), &VaultSession::closed, this, &ImportController::clear);
    connect(services->session(), &VaultSession::opened, this, [this] {
        if (m_waitingForUnlock.isEmpty())
            return;
        emit showRequested();
        openFile(std::exchange(m_waitingForUnlock, {}));
    });
}

void ImportController::openWhenUnlocked(const QUrl &file)
{
    if (!m_services->session()->isOpen()) {
        m_waitingForUnlock = file;
        return;
    }
    emit showRequested();
    openFile(file);
}

ImportController::~ImportController()
{
    // Not waited for: the reading holds only its own copies, stops at its next key derivation, and
    // the app's exit does not wait for it either (app/gui/main.cpp).
    m_cancelled->store(true);
    clear();
}

QString ImportController::formatName() const
{
    return m_format ? m_format->name : QString();
}

// The formats as the user picks them: by name, A to Z (the registry's order is the detection order).
static std::vector<const interop::ImportFormat *> formatsByName()
{
    std::vector<const interop::ImportFormat *> sorted;
    for (const interop::ImportFormat &format : interop::importFormats())
        sorted.push_back(&format);
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto *a, const auto *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    return sorted;
}

QStringList ImportController::formatNames() const
{
    QStringList names;
    for (const interop::ImportFormat *format : formatsByName())
        names.append(format->name);
    return names;
}

QString ImportController::skippedText() const
{
    if (!m_preview)
        return {};
    QStringList lines;
    for (const interop::SkippedEntry &entry : m_preview->result.skipped)
        lines << tr("Left out %1: %2").arg(entry.where, entry.reason);
    return lines.join(u'\n');
}

void ImportController::openFile(const QUrl &file)
{
    if (m_reading) // the page offers no way to do this; a second "Open with" meanwhile is refused
        return setError(tr("Wait until the file being read is done, then open the next one."));
    clear();
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    auto bytes = session::readImportFile(path);
    m_fileName = QFileInfo(path).fileName();
    if (!bytes)
        return setError(errorText(bytes.error()));
    m_bytes = std::move(*bytes);
    if (const auto detected = interop::detectImportFormat(m_bytes))
        m_detectedName = detected->format->name;
    chooseFormat(-1);
}

void ImportController::chooseFormat(int index)
{
    // A file is read one way at a time; the choice can be made again once the reading ended.
    if (m_bytes.isEmpty() || m_reading)
        return;
    m_formatIndex = index;
    m_preview.reset();
    m_results.reset({}, {});
    const auto formats = formatsByName();
    interop::Protection protection = interop::Protection::Plain;
    if (index >= 0 && index < int(formats.size())) {
        m_format = formats[std::size_t(index)];
        protection = interop::protectionOf(*m_format, m_bytes);
    } else if (const auto detected = interop::detectImportFormat(m_bytes)) {
        m_format = detected->format;
        protection = detected->protection;
    } else {
        m_format = nullptr;
        emit changed();
        return setError(errorText(Error{ErrorCode::UnknownFormat}));
    }
    m_needsPassword = protection == interop::Protection::Password;
    if (m_needsPassword)
        return setStatus(tr("This %1 file is encrypted. Type the password it was exported with.").arg(m_format->name));
    read({});
}

void ImportController::unlock(const QString &password)
{
    if (password.isEmpty())
        return setError(tr("Type the password of the file."));
    read(secretFromText(password));
}

void ImportController::read(SecretBytes password)
{
    if (!m_format || m_reading)
        return;
    m_discardReading = false;
    m_reading = true;
    setBusy(true);
    m_cancelled = std::make_shared<std::atomic<bool>>(false); // a cancelled reading keeps its own flag
    setStatus(tr("Reading the %1 file…").arg(m_format->name));
    const QByteArray bytes = m_bytes;
    const QString id = m_format->id;
    auto key = std::make_shared<SecretBytes>(std::move(password));
    m_watcher.setFuture(QtConcurrent::run([bytes, id, key, cancelled = m_cancelled] {
        return std::make_shared<Outcome>(session::readImport(nullptr, bytes, id, *key, cancelled.get()));
    }));
}

void ImportController::cancel()
{
    if (!m_reading)
        return;
    m_cancelled->store(true);
    m_discardReading = true; // whatever it still reports is dropped
    m_reading = false;
    setBusy(false);
    setStatus(tr("Stopped reading the file."));
    emit changed();
}

bool ImportController::addSelected()
{
    if (!m_preview)
        return false;
    const std::vector<bool> chosen = m_results.selection();
    if (std::none_of(chosen.begin(), chosen.end(), [](bool b) { return b; })) {
        setError(tr("Choose at least one account to add."));
        return false;
    }
    auto saved = m_services->session()->apply([&](auto &store) {
        return session::addImported(store, m_preview->result, chosen, m_services->ticker()->nowMs());
    });
    if (!saved) {
        setError(errorText(saved.error()));
        return false;
    }
    const int count = *saved;
    const int skipped = int(m_preview->result.skipped.size());
    clear();
    QString summary = tr("Added %n account(s).", nullptr, count);
    if (skipped > 0)
        summary += u' ' + tr("%n entry(s) of the file could not be read and were left out.", nullptr, skipped);
    setStatus(summary);
    emit added(count, summary);
    return true;
}

void ImportController::clear()
{
    m_discardReading = m_reading; // the worker cannot be stopped; its result is dropped on arrival
    wipe(m_bytes.data(), std::size_t(m_bytes.size()));
    m_bytes.clear();
    m_fileName.clear();
    m_format = nullptr;
    m_formatIndex = -1;
    m_detectedName.clear();
    m_needsPassword = false;
    m_preview.reset();
    m_results.reset({}, {});
    setStatus(QString());
}

} // namespace tessera::bridge
