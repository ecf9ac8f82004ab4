#pragma once
// The icon packs a user imported, kept as their checked archives in one folder (the app's data
// folder), one file per pack named by its uuid — never by names from inside the archive.

#include "icons/icon_pack.h"

#include <QString>

#include <vector>

namespace tessera::icons {

class IconPackStore
{
public:
    explicit IconPackStore(QString folder);

    // Reads and checks the archive, then keeps a copy (replacing an earlier version of the same pack).
    // The file is read only up to the pack limit; IoFailure when it cannot be opened.
    Result<IconPack> import(const QString &archivePath);
    // Every kept pack, by name; a kept file that no longer reads is left out and named in `problems`.
    std::vector<IconPack> load(QStringList *problems = nullptr) const;
    Result<void> remove(const QUuid &uuid);

private:
    QString fileOf(const QUuid &uuid) const;
    QString m_folder;
};

} // namespace tessera::icons
