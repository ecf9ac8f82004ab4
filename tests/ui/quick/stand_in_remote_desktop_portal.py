#!/usr/bin/python3
"""A stand-in for xdg-desktop-portal's RemoteDesktop interface on a private session bus, for
test_portal_typing: CreateSession, SelectDevices and Start answer through Request objects as the portal
does (Start grants the keyboard, or refuses when started with "refuse", as a user's Cancel would), and
every call and key is written to LOG_FILE: "select TYPES", "start", "key KEYSYM STATE".
Usage: stand_in_remote_desktop_portal.py LOG_FILE [refuse]
"""
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

PATH = "/org/freedesktop/portal/desktop"
IFACE = "org.freedesktop.portal.RemoteDesktop"


class Request(dbus.service.Object):
    @dbus.service.signal("org.freedesktop.portal.Request", signature="ua{sv}")
    def Response(self, response, results):
        pass


class Portal(dbus.service.Object):
    def __init__(self, bus, log_file, refuse):
        super().__init__(bus, PATH)
        self.bus, self.log_file, self.refuse = bus, log_file, refuse
        self.session = None
        self.started = False

    def log(self, line):
        with open(self.log_file, "a") as out:
            out.write(line + "\n")

    def answer(self, sender, token, response, results):
        path = f"{PATH}/request/{sender[1:].replace('.', '_')}/{token}"
        request = Request(self.bus, path)
        GLib.timeout_add(50, lambda: (request.Response(dbus.UInt32(response), results), False)[1])
        return dbus.ObjectPath(path)

    @dbus.service.method("org.freedesktop.DBus.Properties", in_signature="ss", out_signature="v")
    def Get(self, interface, name):
        return dbus.UInt32(1 if name == "AvailableDeviceTypes" else 2)

    @dbus.service.method(IFACE, in_signature="a{sv}", out_signature="o", sender_keyword="sender")
    def CreateSession(self, options, sender=None):
        self.session = f"{PATH}/session/{sender[1:].replace('.', '_')}/{options['session_handle_token']}"
        return self.answer(sender, options["handle_token"], 0,
                           dbus.Dictionary({"session_handle": self.session}, signature="sv"))

    @dbus.service.method(IFACE, in_signature="oa{sv}", out_signature="o", sender_keyword="sender")
    def SelectDevices(self, session, options, sender=None):
        self.log(f"select {int(options.get('types', 0))}")
        return self.answer(sender, options["handle_token"], 0, dbus.Dictionary({}, signature="sv"))

    @dbus.service.method(IFACE, in_signature="osa{sv}", out_signature="o", sender_keyword="sender")
    def Start(self, session, parent, options, sender=None):
        self.log("start")
        self.started = not self.refuse
        results = dbus.Dictionary({} if self.refuse else {"devices": dbus.UInt32(1)}, signature="sv")
        return self.answer(sender, options["handle_token"], 1 if self.refuse else 0, results)

    @dbus.service.method(IFACE, in_signature="oa{sv}iu", out_signature="")
    def NotifyKeyboardKeysym(self, session, options, keysym, state):
        if not self.started or session != self.session:
            raise dbus.exceptions.DBusException("org.freedesktop.portal.Error.NotAllowed")
        self.log(f"key {keysym:#x} {int(state)}")


def main():
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    portal = Portal(bus, sys.argv[1], len(sys.argv) > 2 and sys.argv[2] == "refuse")
    name = dbus.service.BusName("org.freedesktop.portal.Desktop", bus)
    GLib.MainLoop().run()
    del name, portal


main()
