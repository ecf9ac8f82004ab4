#!/usr/bin/python3
"""A stand-in for xdg-desktop-portal's GlobalShortcuts interface on a private session bus, for
test_portal_shortcut: CreateSession and BindShortcuts answer through Request objects as the portal does
(granting, or refusing when started with "refuse"), the bound trigger is written to TRIGGER_FILE, and the
test presses the shortcut by calling Press on org.tessera.Test.
Usage: stand_in_shortcut_portal.py TRIGGER_FILE [refuse]
"""
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

PATH = "/org/freedesktop/portal/desktop"
IFACE = "org.freedesktop.portal.GlobalShortcuts"


class Request(dbus.service.Object):
    @dbus.service.signal("org.freedesktop.portal.Request", signature="ua{sv}")
    def Response(self, response, results):
        pass


class Portal(dbus.service.Object):
    def __init__(self, bus, trigger_file, refuse):
        super().__init__(bus, PATH)
        self.bus, self.trigger_file, self.refuse = bus, trigger_file, refuse
        self.session = None

    def answer(self, sender, token, response, results):
        path = f"{PATH}/request/{sender[1:].replace('.', '_')}/{token}"
        request = Request(self.bus, path)
        GLib.timeout_add(50, lambda: (request.Response(dbus.UInt32(response), results), False)[1])
        return dbus.ObjectPath(path)

    @dbus.service.method("org.freedesktop.DBus.Properties", in_signature="ss", out_signature="v")
    def Get(self, interface, name):
        return dbus.UInt32(1)

    @dbus.service.method(IFACE, in_signature="a{sv}", out_signature="o", sender_keyword="sender")
    def CreateSession(self, options, sender=None):
        self.session = f"{PATH}/session/{sender[1:].replace('.', '_')}/{options['session_handle_token']}"
        return self.answer(sender, options["handle_token"], 0,
                           dbus.Dictionary({"session_handle": self.session}, signature="sv"))

    @dbus.service.method(IFACE, in_signature="oa(sa{sv})sa{sv}", out_signature="o", sender_keyword="sender")
    def BindShortcuts(self, session, shortcuts, parent, options, sender=None):
        with open(self.trigger_file, "w") as out:
            for shortcut_id, properties in shortcuts:
                out.write(f"{shortcut_id} {properties.get('preferred_trigger', '')}\n")
        return self.answer(sender, options["handle_token"], 1 if self.refuse else 0,
                           dbus.Dictionary({}, signature="sv"))

    @dbus.service.signal(IFACE, signature="osta{sv}")
    def Activated(self, session, shortcut_id, timestamp, options):
        pass

    @dbus.service.method("org.tessera.Test", in_signature="s", out_signature="")
    def Press(self, shortcut_id):
        self.Activated(dbus.ObjectPath(self.session), shortcut_id, dbus.UInt64(0), dbus.Dictionary({}, signature="sv"))


def main():
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    portal = Portal(bus, sys.argv[1], len(sys.argv) > 2 and sys.argv[2] == "refuse")
    name = dbus.service.BusName("org.freedesktop.portal.Desktop", bus)
    GLib.MainLoop().run()
    del name, portal


main()
