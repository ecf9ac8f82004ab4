#include "transfer/export_controller.h"

#include "app/services.h"
#include "app/vault_session.h"

#include "common/error_text.h"
#include "qr_render.h"
#include "session/qr_export.h"

#include <QDir>
#include <QFont>
#include <QJSEngine>
#include <QPainter>
#include <QUuid>

namespace tessera::bridge {

namespace {

// Codes are kept at one pixel per module: QML and the files scale them by whole numbers, so every
// module stays square and sharp.
constexpr int kSavedPixelsPerModule = 8;

// The caption under a saved code, so a printed or mailed page explains itself.
QImage withCaption(const QImage &smallCode, const QString &caption)
{
    const QImage code = smallCode.scaled(smallCode.size() * kSavedPixelsPerModule, Qt::IgnoreAspectRatio,
                                         Qt::FastTransformation);
    const int band = code.height() / 8;
    QImage page(code.width(), code.height() + band, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.drawImage(0, 0, code);
    QFont font = painter.font();
    font.setPixelSize(std::max(12, band / 2));
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRect(0, code.height() - band / 4, code.width(), band), Qt::AlignCenter, caption);
    return page;
}

QString safeFileName(QString name)
{
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    return name.isEmpty() ? QStringLiteral("account") : name;
}

} // namespace

ExportController::ExportController(Services *services, QObject *parent) : Controller(parent), QmlSingleton(this), m_services(services)
{
    // The page's other values change with each message (a format found, a password needed, pages made).
    connect(this, &Controller::messageChanged, this, &ExportController::changed);
    connect(services->session(), &VaultSession::closed, this, &ExportController::clear);
}

ExportController::~ExportController()
{
}

QString ExportController::accountCode() const
{
    return m_account.isNull() ? QString() : QStringLiteral("image://qr/account-%1").arg(m_token);
}

QString ExportController::pageSource() const
{
    return m_pages.empty() ? QString() : QStringLiteral("image://qr/page-%1-%2").arg(m_token).arg(m_page);
}

QString ExportController::caption() const
{
    return m_pages.empty() ? QString() : tr("%1 of %2").arg(m_page + 1).arg(m_pages.size());
}

QImage ExportController::imageFor(const QString &id) const
{
    if (id == QStringLiteral("account-%1").arg(m_token))
        return m_account;
    const QString prefix = QStringLiteral("page-%1-").arg(m_token);
    if (id.startsWith(prefix)) {
        bool ok = false;
        const int page = id.mid(prefix.size()).toInt(&ok);
        if (ok && page >= 0 && page < pageCount())
            return m_pages[std::size_t(page)];
    }
    return {};
}

void ExportController::showAccountCode(const QString &accountId)
{
    clear();
    const QUuid id(accountId);
    auto link = m_services->session()->read([&](const auto &store) { return session::accountLink(store, id); });
    auto image = link ? imaging::qrImage(link->view(), 1) : tl::unexpected(link.error());
    if (!image) {
        setError(errorText(image.error()));
        return;
    }
    m_account = *image;
    m_accountName = m_services->session()->find(id)->displayName();
    m_token = QUuid::createUuid().toString(QUuid::Id128);
    emit changed();
}

void ExportController::preparePhoneExport(const QStringList &accountIds)
{
    clear();
    std::vector<QUuid> ids;
    for (const QString &id : accountIds)
        ids.emplace_back(id);
    auto exported = m_services->session()->read([&](const auto &store) { return session::exportForPhone(store, ids); });
    if (!exported) {
        setError(errorText(exported.error()));
        return;
    }
    QStringList notCarried;
    for (const interop::SkippedEntry &entry : exported->notCarried)
        notCarried << tr("%1 is not included: %2.").arg(entry.where, entry.reason);
    m_notCarried = notCarried.join(u'\n');
    for (const SecretBytes &link : exported->links) {
        auto image = imaging::qrImage(link.view(), 1);
        if (!image) {
            clear();
            setError(errorText(image.error()));
            return;
        }
        m_pages.push_back(*image);
    }
    if (m_pages.empty())
        setError(tr("None of these accounts can be transferred to Google Authenticator."));
    m_token = QUuid::createUuid().toString(QUuid::Id128);
    emit changed();
}

void ExportController::next()
{
    if (m_page + 1 < pageCount()) {
        ++m_page;
        emit changed();
    }
}

void ExportController::previous()
{
    if (m_page > 0) {
        --m_page;
        emit changed();
    }
}

bool ExportController::saveTo(const QUrl &folder)
{
    const QDir dir(folder.isLocalFile() ? folder.toLocalFile() : folder.toString());
    QStringList written;
    auto save = [&](const QImage &image, const QString &name) {
        auto saved = imaging::savePng(image, dir.filePath(name));
        if (!saved)
            setError(errorText(saved.error()));
        else
            written << name;
        return bool(saved);
    };
    if (!m_account.isNull() && !save(withCaption(m_account, m_accountName), safeFileName(m_accountName) + QStringLiteral(".png")))
        return false;
    for (int i = 0; i < pageCount(); ++i) {
        const QString caption = tr("Tessera → Google Authenticator · %1 of %2").arg(i + 1).arg(pageCount());
        if (!save(withCaption(m_pages[std::size_t(i)], caption), QStringLiteral("tessera-transfer-%1-of-%2.png").arg(i + 1).arg(pageCount())))
            return false;
    }
    setStatus(tr("Saved %1 in %2. These pictures hold your secret keys: delete them once the phone has them.")
                   .arg(written.join(QStringLiteral(", ")), dir.path()));
    return true;
}

void ExportController::clear()
{
    for (QImage &image : m_pages)
        image.fill(Qt::white); // the pixels spell the secrets
    m_pages.clear();
    if (!m_account.isNull())
        m_account.fill(Qt::white);
    m_account = QImage();
    m_accountName.clear();
    m_page = 0;
    m_notCarried.clear();
    setStatus(QString());
    m_token.clear();
    emit changed();
}

QrImageProvider::QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QImage image = ExportController::instance() ? ExportController::instance()->imageFor(id) : QImage();
    if (size)
        *size = image.size();
    if (!image.isNull() && requestedSize.isValid())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::FastTransformation); // sharp modules
    return image;
}

} // namespace tessera::bridge
