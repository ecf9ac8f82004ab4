#include "desktop/idle_lock.h"

#include <QEvent>
#include <algorithm>

namespace tessera::bridge {

IdleLock::IdleLock(std::unique_ptr<Countdown> countdown, QObject *parent)
    : QObject(parent), m_countdown(std::move(countdown))
{
    connect(m_countdown.get(), &Countdown::expired, this, &IdleLock::lockRequested);
}

void IdleLock::setIdleMinutes(int minutes)
{
    setIdleTimeout(std::chrono::minutes(std::max(minutes, 0)));
}

void IdleLock::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds::zero());
    if (m_timeout == std::chrono::milliseconds::zero())
        m_countdown->stop();
    else
        m_countdown->start(m_timeout);
}

void IdleLock::userWasActive()
{
    if (m_timeout > std::chrono::milliseconds::zero())
        m_countdown->start(m_timeout); // restart: counts from the last input
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
