#pragma once
// Release builds call this first thing in main(): no core dumps (they would hold opened secrets and
// the master key) and, on Linux, no ptrace attach from other processes of the same user.

namespace tessera {

void disableCoreDumps();

} // namespace tessera
