#pragma once
// Settings → Browser integration: the browsers found and whether Tessera's host is installed for each
// (install or remove it: session/browser_hosts.h), where the extension's files are for "Load
// unpacked", the browsers paired on this computer (forget one: it must be allowed again), and the
// websites answered Always or Never (forget one: it is asked about again).

#include "app/controller.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

class Services;

class BrowserIntegrationController : public Controller, public QmlSingleton<BrowserIntegrationController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{name, key, found, installed, canInstall, state}] in a fixed order; `state` says it in words.
    Q_PROPERTY(QVariantList browsers READ browsers NOTIFY browsersChanged)
    Q_PROPERTY(QString extensionFolder READ extensionFolder CONSTANT)
    // [{id, browser, paired}] of this computer, while the vault is open.
    Q_PROPERTY(QVariantList pairs READ pairs NOTIFY vaultChanged)
    // [{site, always}] answered Always or Never.
    Q_PROPERTY(QVariantList siteAnswers READ siteAnswers NOTIFY vaultChanged)
public:
    explicit BrowserIntegrationController(Services *services, QObject *parent = nullptr);

    QVariantList browsers() const;
    QString extensionFolder() const;
    QVariantList pairs() const;
    QVariantList siteAnswers() const;

    Q_INVOKABLE void install(const QString &key);
    Q_INVOKABLE void uninstall(const QString &key);
    Q_INVOKABLE void refresh() { emit browsersChanged(); }
    Q_INVOKABLE void forgetPair(const QString &id);
    Q_INVOKABLE void forgetSite(const QString &site);

signals:
    void browsersChanged();
    void vaultChanged();

private:
    Services *m_services;
};

} // namespace tessera::bridge
