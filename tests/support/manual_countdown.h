#pragma once
// A countdown the test runs by hand (qml/app/countdown.h): it records what was asked and expires only
// when the test says so.

#include "app/countdown.h"

#include <vector>

class ManualCountdown final : public tessera::bridge::Countdown
{
public:
    void start(std::chrono::milliseconds delay) override
    {
        m_active = true;
        m_delay = delay;
        ++m_starts;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }

    std::chrono::milliseconds delay() const { return m_delay; }
    int starts() const { return m_starts; }
    // Time is up: what the real timer would do when it fires.
    void expire()
    {
        m_active = false;
        emit expired();
    }

private:
    bool m_active = false;
    std::chrono::milliseconds m_delay{0};
    int m_starts = 0;
};

// Hands out ManualCountdowns and keeps pointers to them, in the order they were made.
struct ManualCountdowns
{
    std::vector<ManualCountdown *> made;
    tessera::bridge::CountdownFactory factory()
    {
        return [this](Qt::TimerType) {
            auto countdown = std::make_unique<ManualCountdown>();
            made.push_back(countdown.get());
            return countdown;
        };
    }
};
