#pragma once
// The add page's form, typed: QML binds its fields here and AddAccountController.addManual(form) turns
// it into an account with the same rules as `tessera-cli add --secret` (session/account_input.h).
// Which fields a type uses comes from core too, so the page shows only those.

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

class AccountForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString issuer MEMBER m_issuer NOTIFY changed)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY changed)
    // The key as typed; the page clears it (and so this copy) once the account is added.
    Q_PROPERTY(QString secret MEMBER m_secret NOTIFY changed)
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY changed)
    Q_PROPERTY(Algorithm algorithm MEMBER m_algorithm NOTIFY changed)
    Q_PROPERTY(int digits MEMBER m_digits NOTIFY changed)
    Q_PROPERTY(int period MEMBER m_period NOTIFY changed)
    Q_PROPERTY(QString counter MEMBER m_counter NOTIFY changed)
    Q_PROPERTY(bool usesAlgorithm READ usesAlgorithm NOTIFY changed)
    Q_PROPERTY(bool usesDigits READ usesDigits NOTIFY changed)
    Q_PROPERTY(bool usesPeriod READ usesPeriod NOTIFY changed)
    Q_PROPERTY(bool usesCounter READ usesCounter NOTIFY changed)
public:
    enum Kind { Totp, Hotp, Steam };
    Q_ENUM(Kind)
    enum Algorithm { Sha1, Sha256, Sha512 };
    Q_ENUM(Algorithm)

    explicit AccountForm(QObject *parent = nullptr) : QObject(parent) {}

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    bool usesAlgorithm() const;
    bool usesDigits() const;
    bool usesPeriod() const;
    bool usesCounter() const;

    const QString &issuer() const { return m_issuer; }
    const QString &name() const { return m_name; }
    const QString &secret() const { return m_secret; }
    Algorithm algorithm() const { return m_algorithm; }
    int digits() const { return m_digits; }
    int period() const { return m_period; }
    const QString &counter() const { return m_counter; }

signals:
    void changed();

private:
    QString m_issuer;
    QString m_name;
    QString m_secret;
    Kind m_kind = Totp;
    Algorithm m_algorithm = Sha1;
    int m_digits = 6;
    int m_period = 30;
    QString m_counter = QStringLiteral("0");
};

} // namespace tessera::bridge
