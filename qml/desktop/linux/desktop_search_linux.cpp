// Linux: the GNOME Shell search provider and the KRunner runner, two D-Bus interfaces over one search.
// The shell finds the provider through the .ini file in gnome-shell/search-providers and KRunner
// through the .desktop file in krunner/dbusplugins (both installed by packaging/), by the bus name.
#include "desktop/desktop_search.h"

#include "common/app_identity.h"

#include <QDBusAbstractAdaptor>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QCoreApplication>

namespace tessera::bridge {

// KRunner's match: (id, text, icon name, type, relevance, properties).
struct RunnerMatch
{
    QString id;
    QString text;
    QString icon;
    int type = 0;
    double relevance = 0;
    QVariantMap properties;
};
// KRunner's action: (id, text, icon name).
struct RunnerAction
{
    QString id;
    QString text;
    QString icon;
};

QDBusArgument &operator<<(QDBusArgument &argument, const RunnerMatch &match)
{
    argument.beginStructure();
    argument << match.id << match.text << match.icon << match.type << match.relevance << match.properties;
    argument.endStructure();
    return argument;
}
const QDBusArgument &operator>>(const QDBusArgument &argument, RunnerMatch &match)
{
    argument.beginStructure();
    argument >> match.id >> match.text >> match.icon >> match.type >> match.relevance >> match.properties;
    argument.endStructure();
    return argument;
}
QDBusArgument &operator<<(QDBusArgument &argument, const RunnerAction &action)
{
    argument.beginStructure();
    argument << action.id << action.text << action.icon;
    argument.endStructure();
    return argument;
}
const QDBusArgument &operator>>(const QDBusArgument &argument, RunnerAction &action)
{
    argument.beginStructure();
    argument >> action.id >> action.text >> action.icon;
    argument.endStructure();
    return argument;
}

} // namespace tessera::bridge

Q_DECLARE_METATYPE(tessera::bridge::RunnerMatch)
Q_DECLARE_METATYPE(tessera::bridge::RunnerAction)

namespace tessera::bridge {
namespace {

constexpr int kExactMatch = 100; // KRunner's QueryMatch::ExactMatch
const QString kProviderPath = QStringLiteral("/io/github/tessera_authenticator/Tessera/SearchProvider");
const QString kRunnerPath = QStringLiteral("/io/github/tessera_authenticator/Tessera/KRunner");

QUuid idOf(const QString &text)
{
    return QUuid::fromString(text);
}

class GnomeSearchProvider : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Shell.SearchProvider2")
public:
    GnomeSearchProvider(QObject *object, DesktopSearch *search) : QDBusAbstractAdaptor(object), m_search(search) {}

public slots:
    QStringList GetInitialResultSet(const QStringList &terms) { return ids(terms); }
    QStringList GetSubsearchResultSet(const QStringList &, const QStringList &terms) { return ids(terms); }
    QList<QVariantMap> GetResultMetas(const QStringList &identifiers)
    {
        QList<QVariantMap> metas;
        for (const QString &identifier : identifiers) {
            const QString title = m_search->title(idOf(identifier));
            if (title.isEmpty())
                continue;
            metas.append({{QStringLiteral("id"), identifier},
                          {QStringLiteral("name"), title},
                          {QStringLiteral("description"), m_search->description(idOf(identifier))},
                          {QStringLiteral("gicon"), kAppId}});
        }
        return metas;
    }
    void ActivateResult(const QString &identifier, const QStringList &, uint) { m_search->activate(idOf(identifier)); }
    void LaunchSearch(const QStringList &, uint) {}

private:
    QStringList ids(const QStringList &terms) const
    {
        QStringList out;
        for (const QUuid &id : m_search->find(terms))
            out.append(id.toString(QUuid::WithoutBraces));
        return out;
    }
    DesktopSearch *m_search;
};

class KRunnerProvider : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.krunner1")
public:
    KRunnerProvider(QObject *object, DesktopSearch *search) : QDBusAbstractAdaptor(object), m_search(search) {}

public slots:
    QList<RunnerAction> Actions() { return {}; }
    QList<RunnerMatch> Match(const QString &query)
    {
        QList<RunnerMatch> matches;
        const QStringList terms = query.split(u' ', Qt::SkipEmptyParts);
        for (const QUuid &id : m_search->find(terms)) {
            const QString description = m_search->description(id);
            const QString title = m_search->title(id);
            matches.append({id.toString(QUuid::WithoutBraces),
                            description.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, description),
                            kAppId, kExactMatch, 0.8,
                            {{QStringLiteral("subtext"), QCoreApplication::translate("DesktopSearch", "Copy the code")}}});
        }
        return matches;
    }
    void Run(const QString &matchId, const QString &) { m_search->activate(idOf(matchId)); }
    void Teardown() {}

private:
    DesktopSearch *m_search;
};

} // namespace

bool DesktopSearch::publish()
{
    qDBusRegisterMetaType<QList<QVariantMap>>();
    qDBusRegisterMetaType<RunnerMatch>();
    qDBusRegisterMetaType<QList<RunnerMatch>>();
    qDBusRegisterMetaType<RunnerAction>();
    qDBusRegisterMetaType<QList<RunnerAction>>();
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_problem = QStringLiteral("no session bus");
        return false;
    }
    auto *provider = new QObject(this);
    new GnomeSearchProvider(provider, this);
    auto *runner = new QObject(this);
    new KRunnerProvider(runner, this);
    if (!bus.registerObject(kProviderPath, provider) || !bus.registerObject(kRunnerPath, runner)) {
        m_problem = bus.lastError().message();
        return false;
    }
    // The name the .ini and .desktop files point at; a second vault's Tessera finds it taken and
    // leaves the desktop's search to the first.
    if (!bus.registerService(kAppId)) {
        m_problem = bus.lastError().message();
        return false;
    }
    return true;
}

} // namespace tessera::bridge

#include "desktop_search_linux.moc"
