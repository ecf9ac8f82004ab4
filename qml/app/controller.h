#pragma once
// What every QML controller shares: one way to say it is busy, what just happened (status) and what
// went wrong (errorString, one sentence), and one way to run slow work off the GUI thread. Controllers
// are QML singletons made by the composition root (app/app_root.h); QmlSingleton hands the engine that
// instance (Qt 6.4 needs the class to be not default-constructible for that, see STYLE.md).

#include "common/error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent>
#include <functional>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace tessera::bridge {

class Controller : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    // For a page that shows one line: the error while there is one, else the status.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsProblem READ messageIsProblem NOTIFY messageChanged)
public:
    explicit Controller(QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    QString status() const { return m_status; }
    QString errorString() const { return m_error; }
    QString message() const { return m_error.isEmpty() ? m_status : m_error; }
    bool messageIsProblem() const { return !m_error.isEmpty(); }
    Q_INVOKABLE void clearError() { setError(QString()); }

signals:
    void busyChanged();
    void statusChanged();
    void errorStringChanged();
    void messageChanged();
    // Every status and error as it happens, also when the same sentence comes twice (for toasts).
    void reported(const QString &text, bool isError);

protected:
    void setBusy(bool busy);
    void setStatus(const QString &status); // clears the error
    void setError(const QString &error);
    void setError(const Error &error);
    // Shows the error of a failed result; true when it succeeded.
    bool report(const Result<void> &result);

    // Runs `work` on the thread pool and `done` with its result back on the GUI thread, busy meanwhile.
    // One piece of work at a time: false (and nothing runs) while one is under way.
    template <typename T>
    bool runInBackground(std::function<T()> work, std::function<void(T &)> done)
    {
        if (m_busy)
            return false;
        setError(QString());
        setBusy(true);
        auto *watcher = new QFutureWatcher<std::shared_ptr<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)] {
            std::shared_ptr<T> result = watcher->result();
            watcher->deleteLater();
            setBusy(false);
            done(*result);
        });
        watcher->setFuture(QtConcurrent::run([work = std::move(work)] { return std::make_shared<T>(work()); }));
        return true;
    }

private:
    bool m_busy = false;
    QString m_status;
    QString m_error;
};

// The one instance of a controller, for QML_SINGLETON's create() and for C++ that needs it.
template <typename T>
class QmlSingleton
{
public:
    static T *create(QQmlEngine *, QJSEngine *engine);
    static T *instance() { return s_instance; }

protected:
    explicit QmlSingleton(T *self) { s_instance = self; }
    ~QmlSingleton()
    {
        if (s_instance == static_cast<T *>(this))
            s_instance = nullptr;
    }

private:
    static inline T *s_instance = nullptr;
};

void keepCppOwnership(QJSEngine *engine, QObject *object);

template <typename T>
T *QmlSingleton<T>::create(QQmlEngine *, QJSEngine *engine)
{
    keepCppOwnership(engine, s_instance);
    return s_instance;
}

} // namespace tessera::bridge
