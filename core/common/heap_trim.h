#pragma once
// Gives the C library's free heap memory back to the system. Opening a vault parses the whole payload
// at once, and the allocator keeps what that freed (12 MiB for 10,000 accounts) in the running app.
// Where the C library offers no such call this does nothing.

namespace tessera {

void returnFreeHeapToSystem();

} // namespace tessera
