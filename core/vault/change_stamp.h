#pragma once
// When, and on which computer, a part of the vault last changed. Copies of one vault on several
// computers are merged part by part (vault_merge.h): the later stamp wins. Stamps are ordered by time,
// then by device id, so two copies always agree on which one is later, even for the same millisecond.

#include <QString>
#include <compare>

namespace tessera::vault {

struct ChangeStamp
{
    qint64 timeMs = 0;
    QString device; // the computer's random id (DeviceIdentity); empty before the vault kept history

    bool isNull() const { return timeMs == 0 && device.isEmpty(); }
    friend bool operator==(const ChangeStamp &, const ChangeStamp &) = default;
    friend std::strong_ordering operator<=>(const ChangeStamp &a, const ChangeStamp &b)
    {
        if (const auto byTime = a.timeMs <=> b.timeMs; byTime != 0)
            return byTime;
        return QString::compare(a.device, b.device) <=> 0;
    }
};

} // namespace tessera::vault
