"""What the stand-in portals share (stand_in_shortcut_portal.py, stand_in_remote_desktop_portal.py): the
object at the portal's path, requests answered later through a Response signal on a path made from the
caller's bus name and its token (as xdg-desktop-portal does), sessions named the same way, and the main
loop on the private session bus under the portal's bus name."""
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

PATH = "/org/freedesktop/portal/desktop"


class Request(dbus.service.Object):
    @dbus.service.signal("org.freedesktop.portal.Request", signature="ua{sv}")
    def Response(self, response, results):
        pass


class StandInPortal(dbus.service.Object):
    def __init__(self, bus, log_file, refuse):
        super().__init__(bus, PATH)
        self.bus, self.log_file, self.refuse = bus, log_file, refuse
        self.session = None

    def answer(self, sender, token, response, results):
        """The request path for the call, answered 50 ms later as the real portal answers after its dialog."""
        path = f"{PATH}/request/{sender[1:].replace('.', '_')}/{token}"
        request = Request(self.bus, path)
        GLib.timeout_add(50, lambda: (request.Response(dbus.UInt32(response), results), False)[1])
        return dbus.ObjectPath(path)

    def create_session(self, sender, options):
        self.session = f"{PATH}/session/{sender[1:].replace('.', '_')}/{options['session_handle_token']}"
        return self.answer(sender, options["handle_token"], 0,
                           dbus.Dictionary({"session_handle": self.session}, signature="sv"))


def serve(portal_class):
    """Usage: SCRIPT LOG_FILE [refuse]"""
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    portal = portal_class(bus, sys.argv[1], len(sys.argv) > 2 and sys.argv[2] == "refuse")
    name = dbus.service.BusName("org.freedesktop.portal.Desktop", bus)
    GLib.MainLoop().run()
    del name, portal
