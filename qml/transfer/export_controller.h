#pragma once
// Handing accounts to a phone from the GUI: one account's QR code (after the user chose to reveal it),
// or all or chosen accounts as Google Authenticator transfer codes with "1 of 3" captions, saved as PNG
// files on request. The pictures reach QML through the "qr" image provider under ids that change with
// every export; they are dropped when the page closes or the vault locks. Pictures are one pixel per
// module, for QML to scale by a whole number.

#include <QImage>
#include "app/controller.h"

#include <QObject>
#include <QQuickImageProvider>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <vector>

class QQmlEngine;
class QJSEngine;

namespace tessera::bridge {

class Services;

class ExportController : public Controller, public QmlSingleton<ExportController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString accountCode READ accountCode NOTIFY changed)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY changed)
    Q_PROPERTY(int pageIndex READ pageIndex NOTIFY changed)
    Q_PROPERTY(QString pageSource READ pageSource NOTIFY changed)
    Q_PROPERTY(QString caption READ caption NOTIFY changed)
    Q_PROPERTY(QString notCarriedText READ notCarriedText NOTIFY changed)
public:
    explicit ExportController(Services *services, QObject *parent = nullptr);
    ~ExportController() override;

    QString accountCode() const;
    int pageCount() const { return int(m_pages.size()); }
    int pageIndex() const { return m_page; }
    QString pageSource() const;
    QString caption() const;
    QString notCarriedText() const { return m_notCarried; }

    // The picture for an image://qr/ id, or a null image.
    QImage imageFor(const QString &id) const;

    Q_INVOKABLE void showAccountCode(const QString &accountId);
    // accountIds empty: every account.
    Q_INVOKABLE void preparePhoneExport(const QStringList &accountIds);
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    // Writes every code as "tessera-transfer-N-of-M.png" into the folder; one account's code as
    // "ISSUER.png". Files are complete or absent, and readable by their owner only.
    Q_INVOKABLE bool saveTo(const QUrl &folder);
    Q_INVOKABLE void clear();

signals:
    void changed();

private:

    Services *m_services;
    QImage m_account;
    QString m_accountName;
    std::vector<QImage> m_pages;
    int m_page = 0;
    QString m_notCarried;
    QString m_token; // part of every image id: new pictures get new ids, so nothing stale is shown
};

// image://qr/ID → ExportController::imageFor(ID).
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace tessera::bridge
