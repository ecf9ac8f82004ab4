#include "desktop/idle_lock.h"

#include <QEvent>
#include <algorithm>

namespace tessera::bridge {

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lockRequested);
}

void IdleLock::setIdleMinutes(int minutes)
{
    setIdleTimeout(std::chrono::minutes(std::max(minutes, 0)));
}

void IdleLock::setIdleTimeout(std::chrono::milliseconds timeout)
{
    if (timeout <= std::chrono::milliseconds::zero()) {
        m_timer.stop();
        m_timer.setInterval(0);
        return;
    }
    m_timer.setInterval(timeout);
    m_timer.start();
}

void IdleLock::userWasActive()
{
    if (m_timer.interval() > 0)
        m_timer.start(); // restart: counts from the last input
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        userWasActive();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tessera::bridge
