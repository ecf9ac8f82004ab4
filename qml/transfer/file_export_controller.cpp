#include "transfer/file_export_controller.h"

#include "app/services.h"
#include "app/text_secret.h"
#include "app/ticker.h"
#include "app/vault_session.h"

#include "common/error_text.h"

#include <QDir>
#include <QJSEngine>
#include <QStandardPaths>
#include <QtConcurrent>

namespace tessera::bridge {
namespace {


session::ExportFormat formatOf(int kind)
{
    switch (kind) {
    case FileExportController::TesseraBackup:
        return session::ExportFormat::TesseraBackup;
    case FileExportController::AegisEncrypted:
    case FileExportController::AegisPlain:
        return session::ExportFormat::Aegis;
    case FileExportController::OtpauthList:
        return session::ExportFormat::OtpauthList;
    default:
        return session::ExportFormat::RecoverySheet;
    }
}

} // namespace

FileExportController::FileExportController(Services *services, QObject *parent)
    : Controller(parent), QmlSingleton(this), m_services(services)
{
    // The page's other values change with each message (a format found, a password needed, pages made).
    connect(this, &Controller::messageChanged, this, &FileExportController::changed);
    connect(&m_watcher, &QFutureWatcher<Result<void>>::finished, this, [this] {
        m_writing = false;
        setBusy(false);
        const Result<void> written = m_watcher.result();
        if (!written)
            return setError(errorText(written.error()));
        setStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(m_path)));
        emit saved(m_path);
    });
}

FileExportController::~FileExportController()
{
    m_watcher.waitForFinished();
}

bool FileExportController::needsPassword(int kind)
{
    return kind == TesseraBackup || kind == AegisEncrypted;
}

bool FileExportController::isPlain(int kind)
{
    return !needsPassword(kind);
}

QUrl FileExportController::suggestedFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(!documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath());
}

QUrl FileExportController::suggestedFile(int kind)
{
    return QUrl::fromLocalFile(QDir(suggestedFolder().toLocalFile()).filePath(fileNameFor(kind)));
}

QString FileExportController::fileNameFor(int kind)
{
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    switch (kind) {
    case TesseraBackup:
        return QStringLiteral("tessera-backup-%1.tessera").arg(date);
    case AegisEncrypted:
        return QStringLiteral("aegis-export-%1.json").arg(date);
    case AegisPlain:
        return QStringLiteral("aegis-export-plain-%1.json").arg(date);
    case OtpauthList:
        return QStringLiteral("otpauth-links-%1.txt").arg(date);
    default:
        return QStringLiteral("recovery-codes-%1.html").arg(date);
    }
}

void FileExportController::save(int kind, const QUrl &file, const QString &password, const QString &repeated,
                                const QStringList &accountIds)
{
    if (m_writing)
        return;
    if (needsPassword(kind) && password.isEmpty())
        return setError(tr("Choose a password for the file."));
    if (needsPassword(kind) && password != repeated)
        return setError(errorText(Error{ErrorCode::PasswordMismatch}));
    std::vector<QUuid> ids;
    for (const QString &id : accountIds)
        ids.push_back(QUuid::fromString(id));
    // Secrets are opened here (the store belongs to this thread); the slow part runs off it.
    auto accounts = m_services->session()->read([&](const auto &store) { return session::accountsForExport(store, ids); });
    if (!accounts)
        return setError(errorText(accounts.error()));
    auto shared = std::make_shared<interop::ImportResult>(std::move(*accounts));
    auto options = std::make_shared<session::ExportOptions>();
    options->nowMs = m_services->ticker()->nowMs();
    if (needsPassword(kind))
        options->password = secretFromText(password);
    m_path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    m_writing = true;
    setBusy(true);
    setStatus(tr("Saving…"));
    const session::ExportFormat format = formatOf(kind);
    m_watcher.setFuture(QtConcurrent::run([shared, options, format, path = m_path]() -> Result<void> {
        auto bytes = session::writeExport(*shared, format, *options);
        if (!bytes)
            return tl::unexpected(bytes.error());
        return session::writePrivateFile(path, bytes->bytes());
    }));
}

void FileExportController::clearMessage()
{
    setStatus(QString());
}

} // namespace tessera::bridge
