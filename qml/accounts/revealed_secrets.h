#pragma once
// What the user asked to see of one account — its secret key, its recovery codes — for as long as the
// details page shows it. The text lives in locked memory (SecretBytes) and reaches QML as QStrings that
// point into it (QString::fromRawData), so the scene graph and the JavaScript engine share those bytes
// instead of copying them. hide() (page closed, vault locked, "Hide") first gives QML empty strings,
// then wipes the buffers; wiped buffers stay allocated until this object goes, so a view QML still
// holds can never point at freed memory.

#include "common/secret_bytes.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace tessera::bridge {

class RevealedSecrets : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the accounts controller owns what is revealed")
    Q_PROPERTY(QString accountId READ accountId NOTIFY changed)
    Q_PROPERTY(QString secret READ secret NOTIFY changed)
    Q_PROPERTY(QStringList recoveryCodes READ recoveryCodes NOTIFY changed)
    Q_PROPERTY(bool recoveryCodesShown READ recoveryCodesShown NOTIFY changed)
public:
    explicit RevealedSecrets(QObject *parent = nullptr);
    ~RevealedSecrets() override;

    const QString &accountId() const { return m_accountId; }
    QString secret() const { return m_secret; }
    QStringList recoveryCodes() const { return m_recoveryCodes; }
    bool recoveryCodesShown() const { return m_recoveryCodesShown; }

    // `utf8` is the text to show (a grouped key, one recovery code each). Showing one account's values
    // hides another's first.
    void showSecret(const QString &accountId, const SecretBytes &utf8);
    void showRecoveryCodes(const QString &accountId, const std::vector<const SecretBytes *> &utf8Codes);

    Q_INVOKABLE void hideSecret();
    Q_INVOKABLE void hide();

signals:
    void changed();

private:
    // A view of `utf8` decoded into a new locked buffer, which joins `buffers`.
    static QString keep(const SecretBytes &utf8, std::vector<SecretBytes> &buffers);
    void forAccount(const QString &accountId);
    void wipeBuffers(std::vector<SecretBytes> &buffers);

    QString m_accountId;
    QString m_secret;
    QStringList m_recoveryCodes;
    bool m_recoveryCodesShown = false;
    std::vector<SecretBytes> m_secretBuffers;
    std::vector<SecretBytes> m_codeBuffers;
    std::vector<SecretBytes> m_wiped; // see the header comment
};

} // namespace tessera::bridge
