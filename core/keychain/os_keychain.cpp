#include "keychain/os_keychain.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace tessera::keychain {
namespace {

const QString kService = QStringLiteral("Tessera");

template <typename Job>
void runToEnd(Job &job, const QString &account)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(account);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

tl::unexpected<Error> failure(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return fail(ErrorCode::KeychainNoEntry);
    case QKeychain::NoBackendAvailable:
        return fail(ErrorCode::KeychainUnavailable, QStringLiteral("no keychain service is running"));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return fail(ErrorCode::KeychainUnavailable, QStringLiteral("access was denied"));
    default:
        // QtKeychain says "Unknown error" when no D-Bus session exists at all.
        return fail(ErrorCode::KeychainUnavailable, job.errorString() == QLatin1String("Unknown error")
                                                        ? QStringLiteral("no keychain service answered")
                                                        : job.errorString());
    }
}

} // namespace

Result<SecretBytes> readKey(const QString &account)
{
    QKeychain::ReadPasswordJob job(kService);
    runToEnd(job, account);
    if (job.error() != QKeychain::NoError)
        return failure(job);
    QByteArray data = job.binaryData();
    SecretBytes key = SecretBytes::copyOf(
        std::span(reinterpret_cast<const std::uint8_t *>(data.constData()), static_cast<std::size_t>(data.size())));
    wipe(data.data(), static_cast<std::size_t>(data.size()));
    return key;
}

Result<void> storeKey(const QString &account, const SecretBytes &key)
{
    QKeychain::WritePasswordJob job(kService);
    QByteArray data(reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size()));
    job.setBinaryData(data);
    wipe(data.data(), static_cast<std::size_t>(data.size()));
    runToEnd(job, account);
    if (job.error() != QKeychain::NoError)
        return failure(job);
    return {};
}

Result<void> deleteKey(const QString &account)
{
    QKeychain::DeletePasswordJob job(kService);
    runToEnd(job, account);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return failure(job);
    return {};
}

} // namespace tessera::keychain
