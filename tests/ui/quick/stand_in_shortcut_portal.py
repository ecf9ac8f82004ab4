#!/usr/bin/python3
"""A stand-in for xdg-desktop-portal's GlobalShortcuts interface on a private session bus, for
test_portal_shortcut: CreateSession and BindShortcuts answer through Request objects as the portal does
(granting, or refusing when started with "refuse"), the bound trigger is written to TRIGGER_FILE, and the
test presses the shortcut by calling Press on org.tessera.Test.
Usage: stand_in_shortcut_portal.py TRIGGER_FILE [refuse]
"""
import dbus
import dbus.service

from stand_in_portal import StandInPortal, serve

IFACE = "org.freedesktop.portal.GlobalShortcuts"


class Portal(StandInPortal):
    @dbus.service.method("org.freedesktop.DBus.Properties", in_signature="ss", out_signature="v")
    def Get(self, interface, name):
        return dbus.UInt32(1)

    @dbus.service.method(IFACE, in_signature="a{sv}", out_signature="o", sender_keyword="sender")
    def CreateSession(self, options, sender=None):
        return self.create_session(sender, options)

    @dbus.service.method(IFACE, in_signature="oa(sa{sv})sa{sv}", out_signature="o", sender_keyword="sender")
    def BindShortcuts(self, session, shortcuts, parent, options, sender=None):
        with open(self.log_file, "w") as out:
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


serve(Portal)
