// tessera-test-hostile-files DIR: writes files shaped to cost an importer or the QR reader as much as
// possible, for test_hostile_files and bench/hostile.sh (docs/SECURITY.md, "Hostile files"):
//   aegis-slots.json      an Aegis export (password "export pw") with 300 password slots in front of the
//                         real one, each asking scrypt for 1 GiB
//   aegis-costly.json     the same with 6 slots of 256 MiB each: few slots, but more work than allowed
//   freeotp-refs.xml      a FreeOTP 2 backup (password "pw") whose 3,000 entries all refer back to one
//                         10 MiB string
//   json-deep.json        64 MiB of nested JSON arrays
//   json-values.json      14 MiB of JSON: seven million tiny values
//   csv-wide.csv          a Bitwarden CSV with one 60 MiB quoted field
//   csv-commas.csv        a Bitwarden CSV row of fifteen million empty fields
//   finder-tiles.png      a 900×900 picture tiled with about 12,500 QR finder patterns
//   huge-picture.png      a 30,000×30,000 picture (a few KiB compressed) with nothing in it
#include "foreign_files.h"
#include "hostile_pictures.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace {

bool save(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray aegisWithSlots(const QString &fixture, int count, int n)
{
    QFile file(fixture);
    file.open(QIODevice::ReadOnly);
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject header = root["header"].toObject();
    const QJsonArray real = header["slots"].toArray();
    QJsonArray slotList;
    for (int i = 0; i < count; ++i) {
        QJsonObject slot = real.first().toObject();
        slot["n"] = n; // with r = 8 and n = 2^20: 1 GiB, the most a slot may ask for
        slot["salt"] = QString::fromLatin1(foreign::random(32).toHex());
        slotList.append(slot);
    }
    for (const QJsonValue &slot : real)
        slotList.append(slot);
    header["slots"] = slotList;
    root["header"] = header;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// The master key opens with "pw"; then every "-token" entry is a reference to one huge string.
QByteArray freeOtpReferences()
{
    const QByteArray normal = foreign::freeOtp2("pw");
    // Re-read the master key entry from the normal backup's first string pair.
    const qsizetype masterAt = normal.indexOf("masterKey") + 9;
    const quint16 masterLength = qFromBigEndian<quint16>(normal.constData() + masterAt + 1);
    const QByteArray master = normal.mid(masterAt + 3, masterLength);

    using foreign::bigEndian, foreign::u16, foreign::u32;
    constexpr int kEntries = 3000;
    QByteArray out = foreign::javaStringMapHeader(quint32(kEntries + 1));
    // Handles: 0 the class descriptor, 1 the map, then one per string in order of appearance.
    out += QByteArray("\x74") + u16(9) + "masterKey" + "\x74" + u16(int(master.size())) + master; // handles 2, 3
    QByteArray huge = "{\"issuerExt\":\"";
    huge += QByteArray(10 * 1024 * 1024, 'A'); // below the import size limit
    huge += "\",\"type\":\"TOTP\"}";
    quint32 handle = 4;
    quint32 hugeHandle = 0;
    for (int i = 0; i < kEntries; ++i) {
        const QByteArray key = QByteArray::number(i) + "-token";
        out += "\x74" + u16(int(key.size())) + key;
        ++handle;
        if (i == 0) {
            out += "\x7c" + bigEndian(quint64(huge.size())) + huge;
            hugeHandle = handle++;
        } else {
            out += "\x71" + u32(0x7E0000 + hugeHandle);
        }
    }
    return out + "\x78";
}

QByteArray deepJson()
{
    constexpr int kDepth = 1000; // within what parsers accept; the width makes the size
    QByteArray unit = QByteArray(kDepth, '[') + QByteArray(kDepth, ']');
    QByteArray out = "[";
    while (out.size() < 64 * 1024 * 1024 - qsizetype(unit.size()) - 2)
        out += unit + ',';
    out.chop(1);
    return out + "]";
}

QByteArray manyValues()
{
    QByteArray out = "[";
    out += QByteArray(7 * 1000 * 1000, ',').replace(",", "0,");
    out.chop(1);
    return out + "]";
}

QByteArray manyCommas()
{
    return "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n" +
           QByteArray(15 * 1000 * 1000, ',') + "\n";
}

QByteArray wideCsv()
{
    QByteArray out = "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n";
    out += ",,login,\"" + QByteArray(60 * 1024 * 1024, 'x') + "\",,,,,,,otpauth://totp/A:b?secret=JBSWY3DP\n";
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DIR AEGIS_FIXTURE\n", argv[0]);
        return 1;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(dir.path());
    const QString aegis = QString::fromLocal8Bit(argv[2]);
    bool ok = save(dir.filePath(QStringLiteral("aegis-slots.json")), aegisWithSlots(aegis, 300, 1 << 20)) &&
              save(dir.filePath(QStringLiteral("aegis-costly.json")), aegisWithSlots(aegis, 6, 1 << 18)) &&
              save(dir.filePath(QStringLiteral("json-values.json")), manyValues()) &&
              save(dir.filePath(QStringLiteral("csv-commas.csv")), manyCommas()) &&
              save(dir.filePath(QStringLiteral("freeotp-refs.xml")), freeOtpReferences()) &&
              save(dir.filePath(QStringLiteral("json-deep.json")), deepJson()) &&
              save(dir.filePath(QStringLiteral("csv-wide.csv")), wideCsv()) &&
              finderPatternTiles().save(dir.filePath(QStringLiteral("finder-tiles.png")));
    QImage huge(30000, 30000, QImage::Format_Mono); // 112 MB in memory, a few KiB as PNG
    huge.fill(1);
    ok = ok && huge.save(dir.filePath(QStringLiteral("huge-picture.png")));
    return ok ? 0 : 1;
}
