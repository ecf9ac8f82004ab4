#pragma once
// The bundled service icons as the app carries them. The committed bundle (qCompress of one text,
// scripts/simple_icons_bundle.py) is split at build time (app/build-tools) into two tables that are
// embedded uncompressed: a small index the catalogue reads at start, and the icons' SVG paths, which
// stay in the binary's read-only data and are touched only when an icon is drawn. Holding the paths
// on the heap cost the running app several MiB for the few dozen icons a vault shows.

#include "common/error.h"

#include <QByteArray>

namespace tessera::icons {

struct ServiceIconTables
{
    // Line 1 "simple-icons VERSION"; then one line per icon, tab-separated:
    // slug, title, brand colour (6 hex digits), aliases separated by "|", path offset, path length.
    QByteArray index;
    QByteArray paths; // every icon's SVG path data, one after another
};

// `bundle`: the file as committed. A damaged bundle is Corrupted.
Result<ServiceIconTables> splitServiceIconBundle(const QByteArray &bundle);

} // namespace tessera::icons
