// bench_gui_scale: the desktop app's account list with many accounts (10,000 by default), measured from
// inside the window: every figure is taken from the window's own frame-swapped timestamps.
//   bench_gui_scale [--accounts N]   Tessera: start, unlock (Argon2id `moderate`) until the list is on
//                                    screen, search latency per keystroke, scrolling frame times, memory
//   bench_gui_scale --bare [--accounts N]   the same scrolling and memory for the bare Qt Quick list
//   (bench_gui_scale --make-vault PATH N is the child process that makes the vault beforehand.)
// Prints one "name<TAB>value" line per figure (times in ms, memory in MiB) for bench/gui-scale.sh.
// Run it in a real window (Xvfb or a desktop), with the software renderer as the app uses it.
#include "bare_list_qml.h"
#include "gui_fixture.h"
#include "accounts/service_icons.h"

#include "crypto/kdf.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QUrl>
#include <QWheelEvent>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(TesseraPlugin)

namespace {

QElapsedTimer g_clock; // started first thing in main: "since start" is since the process began its work

double msNow()
{
    return double(g_clock.nsecsElapsed()) / 1e6;
}

void report(const char *name, double value)
{
    std::printf("%s\t%.2f\n", name, value);
    std::fflush(stdout);
}

// Frame-swapped timestamps of one window, and waiting for the next frame.
class FrameClock
{
public:
    explicit FrameClock(QQuickWindow *window)
    {
        // A frame starts when the window has run its animations (then polish, sync, render, swap).
        QObject::connect(window, &QQuickWindow::afterAnimating, window, [this] { m_started = msNow(); },
                         Qt::DirectConnection);
        QObject::connect(window, &QQuickWindow::frameSwapped, window, [this] {
            m_swaps.push_back(msNow());
            m_work.push_back(m_started >= 0 ? m_swaps.back() - m_started : -1);
            m_started = -1;
        }, Qt::DirectConnection);
    }
    // How long the frame swapped at `swapMs` took to make, from its start.
    double workOf(double swapMs) const
    {
        const auto at = std::find(m_swaps.begin(), m_swaps.end(), swapMs);
        return at == m_swaps.end() ? -1 : m_work[std::size_t(at - m_swaps.begin())];
    }
    // Waits until a frame is swapped after `sinceMs`; its timestamp, or a negative value on timeout.
    double nextFrameAfter(double sinceMs, int timeoutMs = 2000)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < timeoutMs) {
            const auto later = std::find_if(m_swaps.begin(), m_swaps.end(), [&](double t) { return t > sinceMs; });
            if (later != m_swaps.end())
                return *later;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        return -1;
    }
    std::vector<double> workBetween(double fromMs, double toMs) const
    {
        std::vector<double> out;
        for (std::size_t i = 0; i < m_swaps.size(); ++i)
            if (m_swaps[i] >= fromMs && m_swaps[i] <= toMs && m_work[i] >= 0)
                out.push_back(m_work[i]);
        return out;
    }
    std::vector<double> swapsBetween(double fromMs, double toMs) const
    {
        std::vector<double> out;
        std::copy_if(m_swaps.begin(), m_swaps.end(), std::back_inserter(out),
                     [&](double t) { return t >= fromMs && t <= toMs; });
        return out;
    }

private:
    std::vector<double> m_swaps;
    std::vector<double> m_work;
    double m_started = -1;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(std::clamp(p / 100.0 * double(values.size() - 1), 0.0, double(values.size() - 1)));
    return values[index];
}

void reportDistribution(const std::string &prefix, const std::vector<double> &values)
{
    report((prefix + "_median").c_str(), percentile(values, 50));
    report((prefix + "_p95").c_str(), percentile(values, 95));
    report((prefix + "_p99").c_str(), percentile(values, 99));
    report((prefix + "_max").c_str(), values.empty() ? -1 : *std::max_element(values.begin(), values.end()));
}

// Resident and peak memory from /proc (Linux; elsewhere the figures are missing, not wrong).
void reportMemory(const char *residentName, const char *peakName)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto kib = [&] { return line.mid(6).trimmed().split(' ').first().toDouble() / 1024; };
        if (line.startsWith("VmRSS:"))
            report(residentName, kib());
        else if (line.startsWith("VmHWM:"))
            report(peakName, kib());
    }
}

QString latin1(const tessera::SecretBytes &text)
{
    return QString::fromLatin1(text.view().data(), qsizetype(text.size()));
}

// Names as people's lists have them: a few hundred services, many accounts at the big ones.
std::vector<tessera::uri::KeyUri> sampleAccounts(int count)
{
    static const char *services[] = {"Kaspersky", "MyKerio", "Gcore", "GitHub", "Google", "Microsoft", "Amazon Web Services",
                                      "Dropbox", "Slack", "Discord", "Proton", "Bitwarden", "Cloudflare", "DigitalOcean",
                                      "GitLab", "Atlassian", "Nextcloud", "Mastodon", "Reddit", "Steam", "Epic Games",
                                      "Twitch", "PayPal", "Coinbase", "Kraken", "Binance", "Hetzner", "OVHcloud",
                                      "Namecheap", "Zoho", "Fastmail", "Tutanota", "Salesforce", "Okta", "Figma"};
    const int serviceCount = int(std::size(services));
    std::vector<tessera::uri::KeyUri> accounts;
    accounts.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const QString issuer = QString::fromLatin1(services[i % serviceCount]);
        const QString link = QStringLiteral("otpauth://totp/%1:user%2%40example.com?secret=JBSWY3DPEHPK3PXP%3&issuer=%1")
                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(issuer)))
                                 .arg(i)
                                 .arg(latin1(tessera::base32::encode({reinterpret_cast<const std::uint8_t *>(&i), sizeof i})));
        accounts.push_back(keyFrom(link.toLatin1().constData()));
    }
    return accounts;
}

template <typename Condition>
bool waitUntil(Condition condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// Wheel steps at 60 per second over the middle of the list for `durationMs`; the frame times meanwhile.
std::vector<double> scrollByWheel(QQuickWindow *window, FrameClock &frames, int durationMs)
{
    const QPointF middle(window->width() / 2.0, window->height() / 2.0);
    const double start = msNow();
    double next = start;
    while (msNow() - start < durationMs) {
        QWheelEvent wheel(middle, window->mapToGlobal(middle), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        wheel.setTimestamp(ulong(msNow())); // Flickable works out the wheel's speed from these
        QCoreApplication::sendEvent(window, &wheel);
        next += 1000.0 / 60;
        while (msNow() < next)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    const auto swaps = frames.swapsBetween(start, msNow());
    std::vector<double> intervals;
    for (std::size_t i = 1; i < swaps.size(); ++i)
        intervals.push_back(swaps[i] - swaps[i - 1]);
    report("scroll_frames", double(swaps.size()));
    reportDistribution("scroll_frame_work", frames.workBetween(start, msNow()));
    return intervals;
}

// Flicks down the list hard, five times, and the frame times while it glides.
std::vector<double> flick(QQuickWindow *window, QObject *list, FrameClock &frames)
{
    std::vector<double> intervals;
    for (int i = 0; i < 5; ++i) {
        const double start = msNow();
        QMetaObject::invokeMethod(list, "flick", Q_ARG(qreal, 0), Q_ARG(qreal, -6000));
        QTest::qWait(50);
        waitUntil([&] { return !list->property("moving").toBool(); }, 10000);
        const auto swaps = frames.swapsBetween(start, msNow());
        for (std::size_t s = 1; s < swaps.size(); ++s)
            intervals.push_back(swaps[s] - swaps[s - 1]);
    }
    Q_UNUSED(window);
    return intervals;
}

// The child process: a vault of `accounts` accounts, password "pw", Argon2id `moderate`.
int makeVault(const QString &path, int accounts)
{
    auto store = tessera::vault::VaultStore::create(path, password("pw"),
                                                    tessera::crypto::argon2Preset(tessera::crypto::KdfPreset::Moderate));
    return store && tessera::session::addAccounts(**store, sampleAccounts(accounts), 0) ? 0 : 1;
}

int runBareList(int rows)
{
    const double beforeQml = msNow();
    QQmlApplicationEngine engine;
    engine.loadData(bareListQml(rows));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    FrameClock frames(window);
    report("first_frame_since_qml_load", frames.nextFrameAfter(beforeQml, 10000) - beforeQml);
    QTest::qWait(500);
    auto *list = window->findChild<QObject *>(QStringLiteral("list"));
    reportMemory("memory_list_shown", "memory_peak_list_shown");
    reportDistribution("scroll_wheel_interval", scrollByWheel(window, frames, 5000));
    reportDistribution("flick_interval", flick(window, list, frames));
    reportMemory("memory_after_scrolling", "memory_peak");
    return 0;
}

int runTessera(int accounts)
{
    // The vault is made by a child process: making 10,000 accounts leaves memory behind that is the
    // benchmark's, not the app's.
    GuiFixture fixture(0, [&](const QString &path) {
        const int made = QProcess::execute(QCoreApplication::applicationFilePath(),
                                           {QStringLiteral("--make-vault"), path, QString::number(accounts)});
        if (made != 0)
            qFatal("could not make the benchmark vault");
    });
    reportMemory("memory_before_qml", "memory_peak_before_qml");
    tessera::bridge::preloadServiceIcons(); // as main.cpp does
    const double beforeQml = msNow();
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    tessera::bridge::AppRoot::addImageProviders(engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Tessera/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    FrameClock frames(window);
    report("first_frame_since_qml_load", frames.nextFrameAfter(beforeQml, 10000) - beforeQml);

    // Unlock as the unlock page does, until the list of every account is on screen.
    const double unlockStart = msNow();
    fixture.vault->unlock(QStringLiteral("pw"));
    if (!waitUntil([&] { return fixture.vault->state() == tessera::bridge::VaultController::Unlocked; }, 30000))
        qFatal("the vault did not unlock");
    const double unlocked = msNow();
    QObject *list = nullptr;
    waitUntil([&] {
        list = window->findChild<QObject *>(QStringLiteral("list"));
        return list && list->property("count").toInt() == accounts;
    }, 10000);
    if (!list)
        qFatal("the account list did not appear");
    const double listShown = frames.nextFrameAfter(msNow());
    report("unlock_until_list_on_screen", listShown - unlockStart);
    report("unlock_until_unlocked", unlocked - unlockStart);
    report("list_on_screen_after_unlock", listShown - unlocked);
    {
        // The key derivation alone, same parameters, so the figures above split into KDF and the rest.
        const QByteArray salt(int(tessera::crypto::kArgon2SaltSize), 's');
        const double kdfStart = msNow();
        (void)tessera::crypto::argon2id(password("pw"), salt, tessera::crypto::argon2Preset(tessera::crypto::KdfPreset::Moderate));
        report("argon2id_moderate_alone", msNow() - kdfStart);
    }
    QTest::qWait(1500);
    reportMemory("memory_list_shown", "memory_peak_list_shown");

    // Search: Ctrl+F, then type a name a letter at a time and delete it again. Each keystroke is timed
    // from the key press to the frame that shows its result.
    window->requestActivate();
    QTest::keySequence(window, QKeySequence::Find);
    QTest::qWait(200);
    std::vector<double> keystrokes, handling, frameWork;
    int timeouts = 0;
    const auto timeKey = [&](Qt::Key key, char text) {
        const double pressed = msNow();
        if (text)
            QTest::keyClick(window, text);
        else
            QTest::keyClick(window, key);
        handling.push_back(msNow() - pressed);
        const double shown = frames.nextFrameAfter(pressed);
        if (shown < 0)
            ++timeouts;
        else {
            keystrokes.push_back(shown - pressed);
            frameWork.push_back(frames.workOf(shown));
        }
        QTest::qWait(60); // a fast typist: ~15 keys a second
    };
    const std::string words[] = {"kaspersky", "user4711", "gcore"};
    for (const std::string &word : words) {
        for (const char c : word)
            timeKey(Qt::Key_unknown, c);
        for (std::size_t i = 0; i < word.size(); ++i)
            timeKey(Qt::Key_Backspace, 0);
    }
    reportDistribution("search_keystroke", keystrokes);
    reportDistribution("search_key_handling", handling); // the part before rendering: filtering, bindings
    reportDistribution("search_frame_work", frameWork);   // making the frame that shows the result
    report("search_keystrokes", double(keystrokes.size()));
    report("search_keystrokes_without_frame", timeouts);
    QTest::keyClick(window, Qt::Key_Escape);
    QTest::qWait(300);

    reportDistribution("scroll_wheel_interval", scrollByWheel(window, frames, 5000));
    reportDistribution("flick_interval", flick(window, list, frames));
    reportMemory("memory_after_scrolling", "memory_peak");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    g_clock.start();
    // As the app runs: the software renderer (app/gui/main.cpp says why).
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == QStringLiteral("--make-vault"))
        return makeVault(args.at(2), args.at(3).toInt());
    int accounts = 10000;
    if (const qsizetype at = args.indexOf(QStringLiteral("--accounts")); at >= 0 && at + 1 < args.size())
        accounts = args.at(at + 1).toInt();
    report("accounts", accounts);
    return args.contains(QStringLiteral("--bare")) ? runBareList(accounts) : runTessera(accounts);
}
