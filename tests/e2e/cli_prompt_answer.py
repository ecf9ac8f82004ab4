#!/usr/bin/python3
"""Answers Tessera's tessera-cli prompt through the accessibility interface, as assistive technology would:
finds the app on the AT-SPI bus, waits for the prompt's button and invokes its Press action.
Usage: cli_prompt_answer.py PID BUTTON_NAME [EXPECTED_TEXT]     Exit 1 when the button never shows.
"""
import sys
import time

import pyatspi


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


def showing_nodes(root):
    stack = [root]
    while stack:
        node = stack.pop()
        try:
            if node is None or (node is not root and not node.getState().contains(pyatspi.STATE_SHOWING)):
                continue
            yield node
            stack.extend(reversed([child for child in node]))
        except Exception:
            continue


def main():
    pid, button = int(sys.argv[1]), sys.argv[2]
    expected = sys.argv[3] if len(sys.argv) > 3 else None
    app = app_of(pid)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        nodes = list(showing_nodes(app))
        texts = " ".join((n.name or "") for n in nodes)
        target = next((n for n in nodes if n.getRoleName() == "push button" and n.name == button), None)
        if target is not None and (expected is None or expected in texts):
            action = target.queryAction()
            names = [action.getName(i) for i in range(action.nActions)]
            if "Press" not in names:
                sys.exit(f"{button!r} offers no Press action ({names})")
            action.doAction(names.index("Press"))
            print(f"pressed {button!r}")
            return
        time.sleep(0.1)
    sys.exit(f"no showing button {button!r}" + (f" with {expected!r} on screen" if expected else ""))


main()
