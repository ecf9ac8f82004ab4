#pragma once
// Where Tessera's programs find each other. tessera-cli starts lean (only `code`, answered by the running
// app or for a key given) and hands every other command to the full tessera-cli, which the app also
// runs to decode pictures. The browser host lives beside the full tessera-cli. That program is beside the running one (a build tree, Windows, a macOS
// bundle) or in the install's libexec folder (/usr/libexec/tessera in the Linux packages).

#include <QString>

namespace tessera {

// The full tessera-cli's path, or empty when it cannot be found (a broken install).
QString fullCliProgram();
// Its file name, for the message when it is missing.
QString fullCliFileName();
// The browsers' native messaging host (docs/BROWSER.md), found the same way; empty when missing. Its
// path goes into the host manifests, which browsers need absolute.
QString browserHostProgram();
QString browserHostFileName();
// The browser extension's unpacked folder, for "Load unpacked" (the build tree's browser/extension, or
// the install's share/tessera/browser-extension); empty when it is not there.
QString browserExtensionFolder();

} // namespace tessera
