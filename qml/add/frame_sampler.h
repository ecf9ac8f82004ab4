#pragma once
// Camera frames into the QR decoder without overwhelming the machine: a frame is taken at most every
// `intervalMs`, converted on the GUI thread (cheap at that rate) and decoded on a worker thread, one at
// a time; frames that arrive meanwhile are dropped. Whatever produces frames into the QVideoSink works
// the same: a camera, or a video file in the tests.

#include "common/secret_bytes.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QVideoSink>
#include <functional>
#include <memory>
#include <vector>

class QVideoFrame;

namespace tessera::bridge {

class FrameSampler : public QObject
{
    Q_OBJECT
public:
    using Texts = std::vector<SecretBytes>;
    explicit FrameSampler(QObject *parent = nullptr);
    ~FrameSampler() override;

    void setVideoSink(QVideoSink *sink);
    QVideoSink *videoSink() const { return m_sink; }
    void setIntervalMs(int ms) { m_intervalMs = ms; }
    // Called on the GUI thread with the texts of a frame that had any.
    void setHandler(std::function<void(Texts)> handler) { m_handler = std::move(handler); }

    int framesSeen() const { return m_seen; }
    int framesDecoded() const { return m_decoded; }

private:
    void onFrame(const QVideoFrame &frame);

    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_connection;
    std::function<void(Texts)> m_handler;
    QFutureWatcher<std::shared_ptr<Texts>> m_watcher;
    QElapsedTimer m_sinceLast;
    int m_intervalMs = 200;
    int m_seen = 0;
    int m_decoded = 0;
};

} // namespace tessera::bridge
