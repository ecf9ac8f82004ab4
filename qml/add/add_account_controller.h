#pragma once
// Adding an account by hand or from an otpauth:// link, with the live checks the form shows while
// the user types. QR sources (screenshot, file, clipboard, camera) plug in here: they all end in
// addFromLink() with the text of the code.

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tessera::bridge {

class Services;

class AddAccountController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
public:
    explicit AddAccountController(Services *services, QObject *parent = nullptr);
    static AddAccountController *create(QQmlEngine *, QJSEngine *);

    QString errorString() const { return m_error; }

    // "" when the text is a usable key; otherwise one sentence naming the bad character.
    Q_INVOKABLE QString secretProblem(const QString &secret) const;
    Q_INVOKABLE QString linkProblem(const QString &link) const;
    // The fields of a link, for a preview: issuer, name, kind, algorithm, digits, period, counter.
    Q_INVOKABLE QVariantMap linkPreview(const QString &link) const;

    Q_INVOKABLE bool addManual(const QString &issuer, const QString &name, const QString &secret, const QString &kind,
                               const QString &algorithm, int digits, int period, const QString &counter);
    Q_INVOKABLE bool addFromLink(const QString &link);

signals:
    void errorStringChanged();
    void added(const QString &displayName);

private:
    void setError(const QString &error);

    Services *m_services;
    QString m_error;
};

} // namespace tessera::bridge
