#include "app/controller.h"

#include "common/error_text.h"

#include <QJSEngine>

namespace tessera::bridge {

Controller::Controller(QObject *parent) : QObject(parent)
{
    connect(this, &Controller::statusChanged, this, &Controller::messageChanged);
    connect(this, &Controller::errorStringChanged, this, &Controller::messageChanged);
}

void Controller::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void Controller::setStatus(const QString &status)
{
    setError(QString());
    if (status != m_status) {
        m_status = status;
        emit statusChanged();
    }
    if (!status.isEmpty())
        emit reported(status, false);
}

void Controller::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        emit errorStringChanged();
    }
    if (!error.isEmpty())
        emit reported(error, true);
}

void Controller::setError(const Error &error)
{
    setError(errorText(error));
}

bool Controller::report(const Result<void> &result)
{
    if (!result)
        setError(result.error());
    else
        setError(QString());
    return result.has_value();
}

void keepCppOwnership(QJSEngine *engine, QObject *object)
{
    if (object)
        engine->setObjectOwnership(object, QJSEngine::CppOwnership);
}

} // namespace tessera::bridge
