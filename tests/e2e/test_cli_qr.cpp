// tessera-cli scan, add --image and export as a user runs them, with every picture made here; exports
// are read back by Tessera and by an independent reader (zbarimg, zbar-tools).
#include "cli_runner.h"
#include "qr_pictures.h"

#include "uri/google_migration.h"
#include "uri/otpauth_parser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tessera;

namespace {

const QByteArray kGcore = "otpauth://totp/Gcore:anna%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Gcore";
const QByteArray kKerio = "otpauth://totp/MyKerio:admin?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&issuer=MyKerio&algorithm=SHA256&digits=8";
const QByteArray kIssuu = "otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Issuu&counter=1";

// zbarimg's reading of a picture: the raw text of each code, one per line.
QByteArray zbarimg(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sbinary"), file});
    p.waitForFinished(30000);
    return p.readAllStandardOutput().trimmed();
}

// issuer/name/params/secret of a link, to compare what different writers spell differently.
QString fingerprint(const uri::KeyUri &a)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(a.issuer, a.name, otp::typeName(a.params.type), otp::algorithmName(a.params.algorithm))
        .arg(a.params.digits)
        .arg(a.params.type == otp::OtpType::Hotp ? qint64(a.params.counter) : a.params.periodSeconds)
        .arg(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(a.secret.data()), qsizetype(a.secret.size())).toHex()));
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QString fingerprintOf(const QByteArray &link)
{
    auto parsed = uri::parseOtpauth(std::string_view(link.constData(), std::size_t(link.size())));
    return parsed ? fingerprint(*parsed) : QStringLiteral("unparsable: ") + QString::fromUtf8(link);
}

QStringList fingerprintsOfLines(const QByteArray &out)
{
    QStringList prints;
    for (const QByteArray &line : out.split('\n'))
        if (!line.isEmpty())
            prints << fingerprintOf(line);
    prints.sort();
    return prints;
}

} // namespace

class TestCliQr : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    CliRun vaultCli(QStringList args, const QString &vault)
    {
        args << QStringLiteral("--vault") << vault << QStringLiteral("--password-stdin");
        return runCli(args, "correct horse battery staple\n", m_env);
    }
    QString newVault(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (vaultCli({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive")}, path).exitCode != 0)
            qFatal("init failed");
        return path;
    }
    QString savePicture(const QImage &image, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!image.save(path))
            qFatal("cannot save %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "TESSERA_CLI must name the built tessera-cli");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty(), "zbar-tools must be installed");
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/tessera-test"));
    }

    void scanPrintsEveryAccount()
    {
        const QString a = savePicture(qrpics::onCanvas(qrpics::code(kGcore), {700, 500}, Qt::white, {100, 50}, QTransform().rotate(10)), QStringLiteral("a.png"));
        const QString b = savePicture(qrpics::jpegRoundTrip(qrpics::darkScreenshot(qrpics::code(kKerio)), 60), QStringLiteral("b.jpg"));
        const CliRun run = runCli({QStringLiteral("scan"), a, b});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QCOMPARE(fingerprintsOfLines(run.out), sorted({fingerprintOf(kGcore), fingerprintOf(kKerio)}));
    }
    void scanSaysWhichPictureHasNoAccount()
    {
        const QString good = savePicture(qrpics::code(kGcore), QStringLiteral("good.png"));
        const QString web = savePicture(qrpics::code("https://example.com/"), QStringLiteral("web.png"));
        const QString none = savePicture(qrpics::noise({300, 300}), QStringLiteral("none.png"));
        CliRun run = runCli({QStringLiteral("scan"), good, web, none});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(fingerprintsOfLines(run.out), QStringList{fingerprintOf(kGcore)}); // what was found is still printed
        QVERIFY2(run.err.contains("web.png: This QR code holds a web address, not an authenticator account."), run.err.constData());
        QVERIFY(run.err.contains("none.png: No QR code was found"));
        run = runCli({QStringLiteral("scan"), m_dir.filePath(QStringLiteral("missing.png"))});
        QCOMPARE(run.exitCode, 2);
        VERIFY_ONE_SENTENCE_ERROR(run);
        QCOMPARE(runCli({QStringLiteral("scan")}).exitCode, 1);
    }

    // Vault → transfer codes → zbarimg and Tessera read the same accounts → another vault by picture.
    void exportForPhoneRoundTrips()
    {
        const QString vault = newVault(QStringLiteral("phone.tessera"));
        for (const QByteArray &link : {kGcore, kKerio, kIssuu})
            QCOMPARE(vaultCli({QStringLiteral("add"), QStringLiteral("--uri"), QString::fromUtf8(link)}, vault).exitCode, 0);
        QCOMPARE(vaultCli({"add", "--uri", "otpauth://steam/Steam:gamer?secret=JRZCL47CMXVOQMNPZR2F7J4RGI"}, vault).exitCode, 0);
        QCOMPARE(vaultCli({"add", "--uri", "otpauth://totp/Slow:me?secret=GEZDGNBVGY3TQOJQ&period=60"}, vault).exitCode, 0);

        const QString out = m_dir.filePath(QStringLiteral("codes"));
        const CliRun exported = vaultCli({"export", "--format", "google-migration-qr", "--output", out}, vault);
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.err.contains("not exported: Steam (gamer)") && exported.err.contains("Slow (me)"), exported.err.constData());
        const QStringList files = QDir(out).entryList({QStringLiteral("*.png")});
        QCOMPARE(files, QStringList{QStringLiteral("tessera-transfer-1-of-1.png")});
        const QString file = QDir(out).filePath(files.first());
        QCOMPARE(QFile(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        const QStringList expected = sorted({fingerprintOf(kGcore), fingerprintOf(kKerio), fingerprintOf(kIssuu)});
        // Tessera reads it back.
        const CliRun scanned = runCli({QStringLiteral("scan"), file});
        QCOMPARE(scanned.exitCode, 0);
        QCOMPARE(fingerprintsOfLines(scanned.out), expected);
        // zbarimg, an independent reader, sees the same transfer link.
        const QByteArray text = zbarimg(file);
        QVERIFY2(text.startsWith("otpauth-migration://offline?data="), text.constData());
        auto part = uri::parseMigration(std::string_view(text.constData(), std::size_t(text.size())));
        QVERIFY(part);
        QStringList fromZbar;
        for (const uri::KeyUri &a : part->accounts)
            fromZbar << fingerprint(a);
        QCOMPARE(sorted(fromZbar), expected);

        // A second computer adds them from the picture; a second add finds nothing new.
        const QString other = newVault(QStringLiteral("other.tessera"));
        CliRun added = vaultCli({QStringLiteral("add"), QStringLiteral("--image"), file}, other);
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains("Added 3:"), added.out.constData());
        added = vaultCli({QStringLiteral("add"), QStringLiteral("--image"), file}, other);
        QCOMPARE(added.exitCode, 0);
        QVERIFY(added.out.contains("Nothing new to add."));
        const CliRun listed = vaultCli({QStringLiteral("list"), QStringLiteral("--json")}, other);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 3);
    }
    void exportOneAccountsCode()
    {
        const QString vault = newVault(QStringLiteral("one.tessera"));
        QCOMPARE(vaultCli({QStringLiteral("add"), QStringLiteral("--uri"), QString::fromUtf8(kKerio)}, vault).exitCode, 0);
        const QString file = m_dir.filePath(QStringLiteral("kerio.png"));
        const CliRun run = vaultCli({"export", "--format", "qr", "--account", "kerio", "--output", file}, vault);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(fingerprintOf(zbarimg(file)), fingerprintOf(kKerio));
        QCOMPARE(vaultCli({"export", "--format", "qr", "--account", "nobody", "--output", file}, vault).exitCode, 2);
        QCOMPARE(vaultCli({"export", "--format", "qr", "--output", file}, vault).exitCode, 1);
        QCOMPARE(vaultCli({"export", "--format", "pdf", "--output", file}, vault).exitCode, 1);
    }
    void addFromAPictureWithoutAccountChangesNothing()
    {
        const QString vault = newVault(QStringLiteral("none.tessera"));
        const QByteArray before = [&] { QFile f(vault); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        const QString web = savePicture(qrpics::code("https://example.com/"), QStringLiteral("web2.png"));
        const CliRun run = vaultCli({QStringLiteral("add"), QStringLiteral("--image"), web}, vault);
        QCOMPARE(run.exitCode, 2);
        VERIFY_ONE_SENTENCE_ERROR(run);
        QFile f(vault);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_MAIN(TestCliQr)
#include "test_cli_qr.moc"
