#include "timesync/sntp_client.h"

#include "timesync/clock_sample.h"
#include "timesync/offset_agreement.h"

#include <QHostInfo>
#include <QNetworkDatagram>
#include <QUdpSocket>

namespace tessera::timesync {
namespace {

// Addresses tried per name: a pool name resolves to several independent servers.
constexpr int kAddressesPerName = 4;
// A negative delay beyond rounding means the server claims it held our packet longer than the round trip.
constexpr double kDelayToleranceMs = 1.0;

} // namespace

struct SntpClient::Query
{
    QString label; // what the user wrote, as HOST:PORT
    QHostAddress address;
    quint16 port = kNtpPort;
    std::unique_ptr<QUdpSocket> socket;
    QTimer timeout;
    NtpTimestamp nonce = 0;
    std::int64_t sentAtMicros = 0;
    int sent = 0;
    bool done = false;
    QString lastProblem;
    std::vector<ClockSample> samples;
};

SntpClient::SntpClient(SntpOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a promise to the user: never later than the limit
    connect(&m_deadline, &QTimer::timeout, this, &SntpClient::finish);
}

SntpClient::~SntpClient() = default;

void SntpClient::start(Callback done)
{
    m_done = std::move(done);
    m_deadline.start(m_options.overallTimeoutMs);
    if (m_options.servers.isEmpty()) {
        QTimer::singleShot(0, this, &SntpClient::finish);
        return;
    }
    for (const ServerAddress &server : std::as_const(m_options.servers))
        resolve(server);
}

void SntpClient::resolve(const ServerAddress &server)
{
    const QHostAddress literal(server.host);
    if (!literal.isNull()) {
        addQuery(server, literal);
        return;
    }
    ++m_pendingLookups;
    QHostInfo::lookupHost(server.host, this, [this, server](const QHostInfo &info) {
        --m_pendingLookups;
        if (m_finished)
            return;
        int used = 0;
        for (const QHostAddress &address : info.addresses())
            if (used < kAddressesPerName) {
                addQuery(server, address);
                ++used;
            }
        if (used == 0) {
            m_problems << QStringLiteral("%1: %2").arg(server.toString(),
                                                       info.errorString().isEmpty() ? QStringLiteral("no address")
                                                                                    : info.errorString());
            checkAllDone();
        }
    });
}

void SntpClient::addQuery(const ServerAddress &server, const QHostAddress &address)
{
    auto query = std::make_unique<Query>();
    Query &q = *query;
    q.label = server.toString();
    q.address = address;
    q.port = server.port;
    q.socket = std::make_unique<QUdpSocket>();
    q.timeout.setSingleShot(true);
    // A connected UDP socket only hears this server and learns of ICMP "port unreachable" at once.
    q.socket->connectToHost(address, server.port);
    connect(q.socket.get(), &QUdpSocket::readyRead, this, [this, &q] { receive(q); });
    connect(q.socket.get(), &QUdpSocket::errorOccurred, this, [this, &q] { giveUp(q, q.socket->errorString()); });
    connect(&q.timeout, &QTimer::timeout, this, [this, &q] {
        // A rejected reply says more about the server than the silence that followed it.
        if (q.lastProblem.isEmpty())
            q.lastProblem = QStringLiteral("no reply within %1 ms").arg(m_options.queryTimeoutMs);
        sendNext(q);
    });
    m_queries.push_back(std::move(query));
    sendNext(q);
}

void SntpClient::sendNext(Query &query)
{
    if (query.done || m_finished)
        return;
    if (query.sent >= m_options.samplesPerServer) {
        query.done = true;
        if (query.samples.empty())
            m_problems << QStringLiteral("%1: %2").arg(query.label, query.lastProblem);
        checkAllDone();
        return;
    }
    std::uint8_t random[8];
    m_options.random(random);
    query.nonce = 0;
    for (std::uint8_t byte : random)
        query.nonce = (query.nonce << 8) | byte;
    query.sentAtMicros = m_options.clock();
    ++query.sent;
    query.timeout.start(m_options.queryTimeoutMs);
    if (query.socket->write(makeRequest(query.nonce)) != kNtpPacketSize)
        giveUp(query, query.socket->errorString());
}

void SntpClient::receive(Query &query)
{
    // Qt reports an ICMP "port unreachable" on a connected UDP socket as readyRead with nothing to read
    // (its peek consumes the ECONNREFUSED): nobody listens there, and waiting would only burn the time limit.
    if (!query.socket->hasPendingDatagrams() && query.timeout.isActive()) {
        giveUp(query, QStringLiteral("no NTP service at this address (port closed)"));
        return;
    }
    while (query.socket->hasPendingDatagrams()) {
        const std::int64_t receivedAtMicros = m_options.clock();
        const QNetworkDatagram datagram = query.socket->receiveDatagram();
        if (query.done || m_finished || !query.timeout.isActive())
            continue; // late or unasked-for: no request of ours is waiting
        auto reply = parseReply(datagram.data(), query.nonce);
        if (!reply) {
            query.lastProblem = describe(reply.error());
            if (reply.error().problem == ReplyProblem::KissOfDeath)
                giveUp(query, query.lastProblem);
            continue; // a forged or broken datagram: keep waiting for the real answer
        }
        ClockSample sample = sampleFrom(ntpFromUnixMicros(query.sentAtMicros), reply->receive, reply->transmit,
                                        ntpFromUnixMicros(receivedAtMicros));
        if (sample.delayMs < -kDelayToleranceMs || sample.delayMs > m_options.queryTimeoutMs) {
            query.lastProblem = QStringLiteral("implausible round trip of %1 ms").arg(sample.delayMs, 0, 'f', 1);
            continue;
        }
        sample.delayMs = std::max(sample.delayMs, 0.0);
        query.samples.push_back(sample);
        query.timeout.stop();
        sendNext(query);
    }
}

void SntpClient::giveUp(Query &query, const QString &problem)
{
    if (query.done)
        return;
    query.done = true;
    query.timeout.stop();
    if (query.samples.empty())
        m_problems << QStringLiteral("%1: %2").arg(query.label, problem);
    checkAllDone();
}

void SntpClient::checkAllDone()
{
    if (m_pendingLookups > 0)
        return;
    for (const auto &query : m_queries)
        if (!query->done)
            return;
    // Deferred: this may run inside a socket's signal, and finishing deletes the sockets.
    QTimer::singleShot(0, this, &SntpClient::finish);
}

void SntpClient::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();

    std::vector<ServerSample> perServer; // each server's best sample: one vote each
    for (const auto &query : m_queries) {
        query->timeout.stop();
        if (auto candidate = bestSample(query->samples))
            perServer.push_back({query->label, *candidate});
    }
    const std::optional<Agreement> best = findAgreement(perServer);
    if (!best) {
        QStringList problems = m_problems;
        for (const auto &query : m_queries)
            if (!query->done)
                problems << QStringLiteral("%1: %2").arg(query->label, query->lastProblem.isEmpty()
                                                                           ? QStringLiteral("no reply in time")
                                                                           : query->lastProblem);
        if (problems.isEmpty())
            problems << QStringLiteral("no time server configured");
        problems.removeDuplicates();
        m_done(fail(ErrorCode::TimeServerUnreachable, problems.join(QStringLiteral("; "))));
        return;
    }
    ClockMeasurement measurement;
    measurement.offsetMs = best->best.sample.offsetMs;
    measurement.delayMs = best->best.sample.delayMs;
    measurement.precisionMs = best->best.sample.delayMs / 2;
    measurement.server = best->best.server;
    measurement.source = TimeSource::Sntp;
    measurement.agreeing = best->agreeing;
    measurement.consulted = best->consulted;
    m_done(measurement);
}

} // namespace tessera::timesync
