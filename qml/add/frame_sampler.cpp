#include "add/frame_sampler.h"

#include "picture.h"

#include <QVideoFrame>
#include <QVideoSink>
#include <QtConcurrent>

namespace tessera::bridge {

FrameSampler::FrameSampler(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Texts>>::finished, this, [this] {
        ++m_decoded;
        std::shared_ptr<Texts> texts = m_watcher.result();
        if (texts && !texts->empty() && m_handler)
            m_handler(std::move(*texts));
    });
}

FrameSampler::~FrameSampler()
{
    m_watcher.waitForFinished();
}

void FrameSampler::setVideoSink(QVideoSink *sink)
{
    if (sink == m_sink)
        return;
    disconnect(m_connection);
    m_sink = sink;
    if (sink)
        m_connection = connect(sink, &QVideoSink::videoFrameChanged, this, &FrameSampler::onFrame);
}

void FrameSampler::onFrame(const QVideoFrame &frame)
{
    ++m_seen;
    if (!frame.isValid() || m_watcher.isRunning() || (m_sinceLast.isValid() && m_sinceLast.elapsed() < m_intervalMs))
        return;
    m_sinceLast.start();
    QImage image = frame.toImage();
    if (image.isNull())
        return;
    m_watcher.setFuture(QtConcurrent::run([image = std::move(image)] {
        return std::make_shared<Texts>(imaging::decodePicture(image));
    }));
}

} // namespace tessera::bridge
