#pragma once
// This computer's id in the history of every vault it saves (vault/change_stamp.h): random, made once
// and kept in the settings the GUI and the CLI share. It names no one and nothing about the computer;
// it only tells this computer's saves from another's.

#include <QString>

namespace tessera::session {

// 32 hex digits; made and kept on first use.
QString deviceId();

} // namespace tessera::session
