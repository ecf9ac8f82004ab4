#pragma once
// The desktop's own search finding Tessera's accounts (DESIGN.md §8): on Linux a GNOME Shell search
// provider (org.gnome.Shell.SearchProvider2) and a KRunner runner (org.kde.krunner1) on the session
// bus, under the app id. Results name the service and the account, never a code; choosing one copies
// its code; while the vault is locked nothing is offered. Other platforms have no such search here.

#include <QObject>
#include <QStringList>
#include <QUuid>
#include <functional>

namespace tessera::bridge {

class VaultSession;

class DesktopSearch : public QObject
{
    Q_OBJECT
public:
    // `copy` copies an account's code (AccountsController's rules: HOTP, use count, clearing).
    DesktopSearch(VaultSession *session, std::function<void(const QUuid &)> copy, QObject *parent = nullptr);
    ~DesktopSearch() override;

    // Registers the providers; false (and the reason in problem) where the bus or the name is not ours.
    bool publish();
    const QString &problem() const { return m_problem; }

    // What the providers share.
    QList<QUuid> find(const QStringList &terms) const;
    QString title(const QUuid &id) const;       // the service (or the account when it has none)
    QString description(const QUuid &id) const; // the account's name
    void activate(const QUuid &id);

private:
    VaultSession *m_session;
    std::function<void(const QUuid &)> m_copy;
    QString m_problem;
};

} // namespace tessera::bridge
