#pragma once
// The app's end of the "cli" channel (DESIGN.md §7; the socket's rules are LocalRequestChannel's): one
// framed request of tessera-cli per connection, within the size limit, answered by CliRequestsController,
// which is told who asks (the peer's process and terminal, read from the kernel).

#include "app/local_request_channel.h"

namespace tessera::bridge {

class CliRequestsController;

class CliChannel : public LocalRequestChannel
{
    Q_OBJECT
public:
    CliChannel(const QString &key, CliRequestsController *requests, QObject *parent = nullptr);
};

} // namespace tessera::bridge
