// The webcam path without a webcam (none exists here): a video with a QR code, made with ffmpeg, is
// played by Qt Multimedia into a QVideoSink, the same sink the camera page hands to the scanner.
#include "gui_fixture.h"
#include "qr_pictures.h"

#include "add/frame_sampler.h"
#include "add/scan_result_model.h"

#include <QMediaPlayer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QVideoSink>

using namespace tessera;
using namespace tessera::bridge;

namespace {

const QByteArray kLink = "otpauth://totp/MyKerio:admin?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&issuer=MyKerio";

// A 3-second 25 fps webm of a page with the code on it, slightly off-centre as a hand holds it.
QString makeVideo(const QTemporaryDir &dir)
{
    const QString frame = dir.filePath(QStringLiteral("frame.png"));
    qrpics::onCanvas(qrpics::code(kLink, 5), {640, 480}, QColor(235, 232, 225), {150, 60}, QTransform().rotate(-8)).save(frame);
    const QString video = dir.filePath(QStringLiteral("qr.webm"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {"-loglevel", "error", "-y", "-loop", "1", "-i", frame, "-t", "3", "-r", "25",
                                            "-c:v", "libvpx", "-pix_fmt", "yuv420p", video});
    ffmpeg.waitForFinished(60000);
    return ffmpeg.exitCode() == 0 ? video : QString();
}

} // namespace

class TestCameraFrames : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_video;

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty(), "ffmpeg must be installed");
        m_video = makeVideo(m_dir);
        QVERIFY(!m_video.isEmpty());
    }

    void framesAreDecodedAtABoundedRate()
    {
        QVideoSink sink;
        QMediaPlayer player;
        player.setVideoSink(&sink);
        player.setSource(QUrl::fromLocalFile(m_video));
        FrameSampler sampler;
        sampler.setIntervalMs(200);
        sampler.setVideoSink(&sink);
        std::vector<QByteArray> found;
        sampler.setHandler([&](FrameSampler::Texts texts) {
            for (const SecretBytes &t : texts)
                found.emplace_back(t.view().data(), qsizetype(t.size()));
        });
        player.play();
        QVERIFY2(QTest::qWaitFor([&] { return player.mediaStatus() == QMediaPlayer::EndOfMedia || player.error() != QMediaPlayer::NoError; }, 20000),
                 qPrintable(player.errorString()));
        QCOMPARE(player.error(), QMediaPlayer::NoError);
        QTest::qWait(300); // the last decode
        QVERIFY2(sampler.framesSeen() >= 50, qPrintable(QString::number(sampler.framesSeen())));
        // 3 s at one decode per 200 ms at most: about 15 decodes, never one per frame.
        QVERIFY2(sampler.framesDecoded() >= 3 && sampler.framesDecoded() <= 17, qPrintable(QString::number(sampler.framesDecoded())));
        QVERIFY(!found.empty());
        for (const QByteArray &text : found)
            QCOMPARE(text, kLink);
    }

    // The camera page's path: frames into the scan controller, which stops the camera once it has a code.
    void theScanPageStopsOnceAnAccountIsFound()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        QVideoSink sink;
        QMediaPlayer player;
        player.setVideoSink(&sink);
        player.setSource(QUrl::fromLocalFile(m_video));
        f.scan->setVideoSink(&sink);
        QSignalSpy found(f.scan, &ScanController::foundByCamera);
        player.play();
        QVERIFY(found.wait(15000));
        player.stop();
        QCOMPARE(f.scan->results()->rowCount(), 1);
        QCOMPARE(f.scan->results()->index(0).data(ScanResultModel::IssuerRole).toString(), QStringLiteral("MyKerio"));
        f.scan->setVideoSink(nullptr);
    }
};

QTEST_MAIN(TestCameraFrames)
#include "test_camera_frames.moc"
