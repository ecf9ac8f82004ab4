#!/usr/bin/python3
"""A stand-in for xdg-desktop-portal's RemoteDesktop interface on a private session bus, for
test_portal_typing: CreateSession, SelectDevices and Start answer through Request objects as the portal
does (Start grants the keyboard, or refuses when started with "refuse", as a user's Cancel would), and
every call and key is written to LOG_FILE: "select TYPES", "start", "key KEYSYM STATE".
Usage: stand_in_remote_desktop_portal.py LOG_FILE [refuse]
"""
import dbus
import dbus.service

from stand_in_portal import StandInPortal, serve

IFACE = "org.freedesktop.portal.RemoteDesktop"


class Portal(StandInPortal):
    started = False

    def log(self, line):
        with open(self.log_file, "a") as out:
            out.write(line + "\n")

    @dbus.service.method("org.freedesktop.DBus.Properties", in_signature="ss", out_signature="v")
    def Get(self, interface, name):
        return dbus.UInt32(1 if name == "AvailableDeviceTypes" else 2)

    @dbus.service.method(IFACE, in_signature="a{sv}", out_signature="o", sender_keyword="sender")
    def CreateSession(self, options, sender=None):
        return self.create_session(sender, options)

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


serve(Portal)
