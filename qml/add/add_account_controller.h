#pragma once
// Adding an account by hand or from an otpauth:// link, with the live checks the form shows while
// the user types. QR sources (screenshot, file, clipboard, camera) plug in here: they all end in
// addFromLink() with the text of the code.

#include "app/controller.h"
#include "uri/key_uri.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

class Services;
class AccountForm;

// What a pasted link holds, for the preview under the field (no secret).
class LinkPreview
{
    Q_GADGET
    QML_VALUE_TYPE(linkPreview)
    Q_PROPERTY(bool valid MEMBER valid CONSTANT)
    Q_PROPERTY(QString issuer MEMBER issuer CONSTANT)
    Q_PROPERTY(QString name MEMBER name CONSTANT)
    Q_PROPERTY(QString kind MEMBER kind CONSTANT)
    Q_PROPERTY(QString algorithm MEMBER algorithm CONSTANT)
    Q_PROPERTY(int digits MEMBER digits CONSTANT)
    Q_PROPERTY(qint64 period MEMBER period CONSTANT)
    Q_PROPERTY(QString counter MEMBER counter CONSTANT)
public:
    bool valid = false;
    QString issuer;
    QString name;
    QString kind; // TOTP, HOTP or STEAM
    QString algorithm;
    int digits = 0;
    qint64 period = 0;
    QString counter;
};

class AddAccountController : public Controller, public QmlSingleton<AddAccountController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    explicit AddAccountController(Services *services, QObject *parent = nullptr);

    // "" when the text is a usable key; otherwise one sentence naming the bad character.
    Q_INVOKABLE QString secretProblem(const QString &secret) const;
    Q_INVOKABLE QString linkProblem(const QString &link) const;
    // The fields of a link, for a preview; not valid when the link does not parse.
    Q_INVOKABLE tessera::bridge::LinkPreview linkPreview(const QString &link) const;

    Q_INVOKABLE bool addManual(tessera::bridge::AccountForm *form);
    Q_INVOKABLE bool addFromLink(const QString &link);

signals:
    void added(const QString &displayName);

private:
    bool add(const uri::KeyUri &account);


    Services *m_services;
};

} // namespace tessera::bridge
