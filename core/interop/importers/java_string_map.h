#pragma once
// Reads a Java object-serialisation stream (Java Object Serialization Specification, chapter 6) that
// holds one java.util.HashMap<String, String>, as FreeOTP 2 writes its backups. Only what such a map
// needs is understood: class descriptors, strings, back-references and the map's block data.

#include "common/error.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <optional>

namespace tessera::interop {

inline constexpr std::string_view kJavaStreamMagic = "\xAC\xED\x00\x05";

// Corrupted when the stream is not such a map or is cut off; ImportTooCostly when back-references would
// hand out more text than the file holds (plus 1 MiB).
Result<QHash<QString, QString>> readJavaStringMap(QByteArrayView bytes);

} // namespace tessera::interop
