#pragma once
// Asks SNTP servers for the time over UDP (RFC 4330) and reports the best offset found.
// All servers are queried at once; each gets up to `samplesPerServer` requests, one at a time, and every
// reply is checked (ntp_packet.h). Each server's best sample (least delay) is one vote, and the servers
// that agree decide (offset_agreement.h). A server that sends kiss-o'-death is left alone. Nothing blocks: the answer arrives through the callback, at the latest
// after `overallTimeoutMs`.

#include "common/error.h"
#include "crypto/random.h"
#include "timesync/clock_measurement.h"
#include "timesync/server_address.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace tessera::timesync {

struct SntpOptions
{
    QList<ServerAddress> servers;
    int samplesPerServer = 4;
    int queryTimeoutMs = 1000;
    int overallTimeoutMs = 3000;
    MicroClock clock = systemNowMicros;
    crypto::RandomSource random = crypto::systemRandom;
};

class SntpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<ClockMeasurement>)>;

    explicit SntpClient(SntpOptions options, QObject *parent = nullptr);
    ~SntpClient() override;

    // Starts the queries; `done` is called exactly once, later, from the event loop.
    void start(Callback done);

private:
    struct Query;

    void resolve(const ServerAddress &server);
    void addQuery(const ServerAddress &server, const QHostAddress &address);
    void sendNext(Query &query);
    void receive(Query &query);
    void giveUp(Query &query, const QString &problem);
    void checkAllDone();
    void finish();

    SntpOptions m_options;
    Callback m_done;
    QTimer m_deadline;
    int m_pendingLookups = 0;
    bool m_finished = false;
    std::vector<std::unique_ptr<Query>> m_queries;
    QStringList m_problems; // "HOST:PORT: what went wrong", for the error detail
};

} // namespace tessera::timesync
