#include "idle_lock.h"

#include <QEvent>

namespace tessera::bridge {

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lockRequested);
}

void IdleLock::setIdleMinutes(int minutes)
{
    if (minutes <= 0) {
        m_timer.stop();
        m_timer.setInterval(0);
        return;
    }
    m_timer.setInterval(minutes * 60 * 1000);
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
