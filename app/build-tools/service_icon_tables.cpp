// service_icon_tables BUNDLE INDEX PATHS: splits the committed service-icon bundle into the two tables
// the app embeds uncompressed (core/icons/service_icon_tables.h). Runs at build time only.
#include "icons/service_icon_tables.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace {

bool writeFile(const char *path, const QByteArray &data)
{
    QSaveFile file(QString::fromLocal8Bit(path));
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: service_icon_tables BUNDLE INDEX PATHS\n");
        return 2;
    }
    QFile bundle(QString::fromLocal8Bit(argv[1]));
    if (!bundle.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "service_icon_tables: cannot read %s\n", argv[1]);
        return 1;
    }
    const auto tables = tessera::icons::splitServiceIconBundle(bundle.readAll());
    if (!tables) {
        std::fprintf(stderr, "service_icon_tables: %s is damaged\n", argv[1]);
        return 1;
    }
    if (!writeFile(argv[2], tables->index) || !writeFile(argv[3], tables->paths)) {
        std::fprintf(stderr, "service_icon_tables: cannot write the tables\n");
        return 1;
    }
    return 0;
}
