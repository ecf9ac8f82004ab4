#pragma once
// The app's end of the "browser" channel (docs/BROWSER.md; the socket's rules are LocalRequestChannel's):
// tessera-browser-host relays one of the extension's native-messaging frames per connection, answered
// by BrowserRequestsController.

#include "app/local_request_channel.h"

namespace tessera::bridge {

class BrowserRequestsController;

class BrowserChannel : public LocalRequestChannel
{
    Q_OBJECT
public:
    BrowserChannel(const QString &key, BrowserRequestsController *requests, QObject *parent = nullptr);
};

} // namespace tessera::bridge
