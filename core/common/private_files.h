#pragma once
// Files that hold secrets (the vault, its backups, exports) are the user's alone: 0600 files and 0700
// folders on Linux and macOS, whatever the umask; on Windows a protected ACL that admits only the
// user. Modes that an older Tessera or another program left open are repaired when the vault opens.

#include <QFileDevice>
#include <QString>

namespace tessera {

// For a file being written (QSaveFile's temporary file, before commit): readable by the user only.
void restrictToOwner(QFileDevice &file);
// The same for a file or folder that exists; false when it could not be done.
bool restrictPathToOwner(const QString &path);

// Creates `folder` and any missing parents, each one it creates closed to others; folders that already
// exist are left as they are (the user chose them). False when it could not be created.
bool makePrivateFolder(const QString &folder);

// Closes the vault file, its backups folder and every file in it to other users where they are open.
void repairVaultModes(const QString &vaultPath);

} // namespace tessera
