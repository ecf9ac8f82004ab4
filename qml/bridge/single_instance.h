#pragma once
// One Tessera per user: the first instance listens on a local socket; a second launch asks it to
// raise its window and exits.

#include <QLocalServer>
#include <QObject>

namespace tessera::bridge {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);

    // True when another instance answered (and was asked to show itself): this one should exit.
    bool notifyRunningInstance();
    // Starts listening; call when this process is the one that stays.
    void listen();

signals:
    void raiseRequested();

private:
    QString m_name;
    QLocalServer m_server;
};

} // namespace tessera::bridge
