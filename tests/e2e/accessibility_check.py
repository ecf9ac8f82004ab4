#!/usr/bin/python3
"""Walks Tessera's accessibility tree on a real AT-SPI bus, as a screen reader or switch access sees it.

Checks, page by page (the list, Add, Settings, the account's menu, Lock): every control that is showing
has a name; the account rows say service, account, code and seconds left; pressing controls through
their "Press" action does what a click does (pages open and close, a switch changes, the app locks).
Usage: accessibility_check.py PID        Exit 1 with every finding listed.
"""
import sys
import time

import pyatspi

INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "text", "password text", "combo box",
    "spin button", "list item", "menu item", "check menu item", "radio menu item", "page tab", "slider",
    "entry", "list", "dialog",
}
findings = []


def app_of(pid, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                pass
        time.sleep(0.2)
    sys.exit(f"the app (pid {pid}) never appeared on the accessibility bus")


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def nodes(root):
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None or not showing(node) and node is not root:
            continue
        yield node
        try:
            stack.extend(reversed([child for child in node]))
        except Exception:
            pass


def find(app, role, name_part, seconds=5):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for node in nodes(app):
            try:
                if node.getRoleName() == role and name_part.lower() in (node.name or "").lower():
                    return node
            except Exception:
                # A page closing while the tree is walked takes its objects with it: the next walk
                # sees what stands now.
                break
        time.sleep(0.1)
    return None


def press(app, role, name_part):
    node = find(app, role, name_part)
    if node is None:
        findings.append(f"no showing {role} named like {name_part!r} to press")
        return False
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if "Press" not in names:
        findings.append(f"{role} {node.name!r} offers no Press action ({names})")
        return False
    action.doAction(names.index("Press"))
    return True


def label_of(node):
    # Qt 6.4 hands a password field's Accessible.name to AT-SPI as its description and leaves the name
    # empty; screen readers read both, so either counts there.
    if node.getRoleName() == "password text":
        return (node.name or node.description or "").strip()
    return (node.name or "").strip()


def check_names(app, where):
    unnamed = [n for n in nodes(app) if n.getRoleName() in INTERACTIVE and not label_of(n)]
    for node in unnamed:
        context = node.parent.name if node.parent is not None else ""
        findings.append(f"{where}: a showing {node.getRoleName()} has no name (in {node.parent.getRoleName()} {context!r})")
    return len(unnamed)


def wait_for(condition, what, seconds=5):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    findings.append(f"did not happen within {seconds} s: {what}")
    return False


def checked(node):
    return node.getState().contains(pyatspi.STATE_CHECKED)


def main():
    app = app_of(int(sys.argv[1]))
    if not wait_for(lambda: find(app, "list item", "Gcore", 1) is not None, "the account list showed Gcore", 15):
        sys.exit("\n".join(findings))

    # The list: rows say what a sighted user sees.
    check_names(app, "the list")
    row = find(app, "list item", "Gcore")
    for part in ("Gcore", "me@example.com", "code", "left"):
        if part not in row.name:
            findings.append(f"the row {row.name!r} does not say {part!r}")
    if not any(ch.isdigit() for ch in row.name):
        findings.append(f"the row {row.name!r} says no code or seconds")

    # Add account, pressed through AT-SPI, opens the add page; its Back closes it.
    if press(app, "push button", "Add account"):
        if wait_for(lambda: find(app, "text", "Secret key", 1) is not None, "the add page opened on Press"):
            check_names(app, "the add page")
            press(app, "push button", "Back")
            wait_for(lambda: find(app, "list item", "Gcore", 1) is not None, "Back returned to the list")

    # The main menu, then Settings; a switch pressed through AT-SPI changes like a click.
    if press(app, "push button", "Main menu") and wait_for(
            lambda: find(app, "menu item", "Settings", 1) is not None, "the main menu opened on Press"):
        check_names(app, "the main menu")
        press(app, "menu item", "Settings")
        if wait_for(lambda: find(app, "check box", "screen locks", 1) is not None, "Settings opened from the menu"):
            check_names(app, "Settings")
            switch = find(app, "check box", "screen locks")
            before = checked(switch)
            press(app, "check box", "screen locks")
            wait_for(lambda: checked(switch) != before, "the switch changed on Press")
            press(app, "check box", "screen locks")
            wait_for(lambda: checked(switch) == before, "the switch changed back on Press")
            press(app, "push button", "Back")
            wait_for(lambda: find(app, "list item", "Gcore", 1) is not None, "Back left Settings")

    # The row's own menu names its entries.
    if press(app, "push button", "More for Gcore") and wait_for(
            lambda: find(app, "menu item", "Copy", 1) is not None, "the row's menu opened on Press"):
        check_names(app, "the row's menu")
        press(app, "menu item", "Details")
        if wait_for(lambda: find(app, "push button", "Change icon", 1) is not None, "Details opened from the menu"):
            check_names(app, "the details page")
            press(app, "push button", "Back")
            wait_for(lambda: find(app, "list item", "Gcore", 1) is not None, "Back left the details")

    # Lock, pressed: the unlock page asks for the password, and names its field.
    if press(app, "push button", "Lock ("):
        if wait_for(lambda: find(app, "password text", "", 1) is not None or find(app, "text", "password", 1) is not None,
                    "the app locked on Press"):
            check_names(app, "the unlock page")

    if findings:
        print("\n".join(findings))
        sys.exit(1)
    print("accessibility: every showing control named; presses through AT-SPI work")


main()
