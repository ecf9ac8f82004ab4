#!/usr/bin/python3
"""Two computers, one vault, kept in step by two REAL Syncthing instances on loopback.

Each "computer" has its own home (so its own Tessera device id and settings) and its own Syncthing with
discovery, relays, NAT and reporting off, talking only to the other over 127.0.0.1. The test pauses
the connection through the REST API to change the vault on both sides apart, resumes it, lets
Syncthing make its conflict copy, runs one tessera-cli command on each side, and checks that both end
with byte-identical vault files holding exactly the union minus the deletion, and no conflict copy
left beside the vault. A second round renames the same account on both sides: one account remains.

Usage: test_syncthing.py TESSERA_CLI
"""
import copy
import glob
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import xml.etree.ElementTree as ET

PASSWORD = "correct horse battery staple 42"
FOLDER = "tessera"
WAIT_S = 90


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what, check, timeout=WAIT_S, every=0.25):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = check()
            if value:
                return value
        except OSError:
            pass
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


class Computer:
    def __init__(self, name, work, cli):
        self.name = name
        self.cli = cli
        self.home = os.path.join(work, name, "home")
        self.st_home = os.path.join(work, name, "syncthing")
        self.folder = os.path.join(work, name, "Sync")
        self.vault = os.path.join(self.folder, "vault.tessera")
        for d in (self.home, self.folder):
            os.makedirs(d)
        out = subprocess.run(["syncthing", "generate", f"--home={self.st_home}", "--no-default-folder",
                              "--skip-port-probing"], capture_output=True, text=True, timeout=60, check=True)
        self.device = next(line.split("Device ID:")[1].strip()
                           for line in (out.stdout + out.stderr).splitlines() if "Device ID:" in line)
        self.listen_port = free_port()
        self.gui_port = free_port()
        self.apikey = f"tessera-test-{name}-key"
        self.process = None

    # --- Syncthing -----------------------------------------------------------------------------------
    def configure(self, peer):
        path = os.path.join(self.st_home, "config.xml")
        tree = ET.parse(path)
        root = tree.getroot()
        gui = root.find("gui")
        gui.find("address").text = f"127.0.0.1:{self.gui_port}"
        gui.find("apikey").text = self.apikey
        options = root.find("options")
        settings = {"listenAddress": f"tcp://127.0.0.1:{self.listen_port}", "globalAnnounceEnabled": "false",
                    "localAnnounceEnabled": "false", "relaysEnabled": "false", "natEnabled": "false",
                    "urAccepted": "-1", "autoUpgradeIntervalH": "0", "crashReportingEnabled": "false",
                    "startBrowser": "false", "reconnectionIntervalS": "5", "announceLANAddresses": "false"}
        for key, value in settings.items():
            element = options.find(key)
            if element is None:
                element = ET.SubElement(options, key)
            element.text = value
        other = ET.SubElement(root, "device", {"id": peer.device, "name": peer.name, "compression": "metadata",
                                               "introducer": "false"})
        ET.SubElement(other, "address").text = f"tcp://127.0.0.1:{peer.listen_port}"
        ET.SubElement(other, "paused").text = "false"
        # The folder as Syncthing's own defaults make it (conflict copies kept: maxConflicts 10), shared.
        folder = copy.deepcopy(root.find("defaults/folder"))
        folder.attrib.update({"id": FOLDER, "label": FOLDER, "path": self.folder, "type": "sendreceive",
                              "rescanIntervalS": "5", "fsWatcherEnabled": "true", "fsWatcherDelayS": "1"})
        for device in folder.findall("device"):
            folder.remove(device)
        for device in (self.device, peer.device):
            ET.SubElement(folder, "device", {"id": device, "introducedBy": ""})
        assert int(folder.findtext("maxConflicts", "10")) != 0
        root.insert(0, folder)
        tree.write(path)

    def start(self, log):
        env = dict(os.environ, STNORESTART="1", STNOUPGRADE="1", STNODEFAULTFOLDER="1", STMONITORED="1",
                   HOME=self.home)
        self.process = subprocess.Popen(["syncthing", "serve", f"--home={self.st_home}", "--no-browser",
                                         "--no-restart", "--no-upgrade"], env=env, stdout=log, stderr=log,
                                        start_new_session=True)

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=15)

    def rest(self, path, method="GET"):
        request = urllib.request.Request(f"http://127.0.0.1:{self.gui_port}{path}", method=method,
                                         headers={"X-API-Key": self.apikey})
        with urllib.request.urlopen(request, timeout=10) as reply:
            body = reply.read()
        return json.loads(body) if body.strip() else {}

    def connected_to(self, peer):
        return self.rest("/rest/system/connections")["connections"].get(peer.device, {}).get("connected", False)

    def scan(self):
        self.rest(f"/rest/db/scan?folder={FOLDER}", "POST")

    def idle_and_complete(self, peer):
        status = self.rest(f"/rest/db/status?folder={FOLDER}")
        completion = self.rest(f"/rest/db/completion?folder={FOLDER}&device={peer.device}")
        return status.get("state") == "idle" and status.get("needTotalItems", 1) == 0 \
            and completion.get("completion") == 100 and completion.get("needItems", 1) == 0

    # --- Tessera -------------------------------------------------------------------------------------
    def tessera(self, *args, check=True):
        env = dict(os.environ, HOME=self.home, XDG_CONFIG_HOME=os.path.join(self.home, ".config"),
                   XDG_DATA_HOME=os.path.join(self.home, ".local/share"), QT_QPA_PLATFORM="offscreen",
                   TESSERA_VAULT=self.vault)
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keychain: the password comes on stdin
        result = subprocess.run([self.cli, *args, "--password-stdin"], input=PASSWORD + "\n", env=env,
                                capture_output=True, text=True, timeout=60)
        if check and result.returncode != 0:
            raise AssertionError(f"{self.name}: tessera-cli {' '.join(args)} exited {result.returncode}: "
                                 f"{result.stderr.strip()}")
        return result

    def accounts(self):
        listed = json.loads(self.tessera("list", "--json").stdout)
        return sorted(f"{a['issuer']}:{a['name']}" for a in listed)

    def conflict_copies(self):
        return sorted(os.path.basename(p) for p in glob.glob(os.path.join(self.folder, "*sync-conflict*")))

    def vault_bytes(self):
        with open(self.vault, "rb") as f:
            return f.read()


def in_step(a, b):
    """Both sides idle with nothing left to pull, and the same vault file."""
    a.scan()
    b.scan()
    return a.idle_and_complete(b) and b.idle_and_complete(a) and \
        os.path.exists(a.vault) and os.path.exists(b.vault) and a.vault_bytes() == b.vault_bytes() and \
        a.conflict_copies() == b.conflict_copies()


def settle(a, b, what):
    # Twice in a row, a second apart: a sync round can pass through a moment where both look done.
    wait_for(what, lambda: in_step(a, b) and (time.sleep(1.0) or in_step(a, b)), every=0.5)


def apart(a, b):
    a.rest(f"/rest/system/pause?device={b.device}", "POST")
    b.rest(f"/rest/system/pause?device={a.device}", "POST")
    wait_for("the computers to part", lambda: not a.connected_to(b) and not b.connected_to(a))


def together(a, b):
    a.rest(f"/rest/system/resume?device={b.device}", "POST")
    time.sleep(1.0)  # 1.19 handles one handshake at a time: do not dial each other at the same moment
    b.rest(f"/rest/system/resume?device={a.device}", "POST")
    wait_for("the computers to meet again", lambda: a.connected_to(b) and b.connected_to(a))


def reconcile(a, b, what):
    """After both changed apart: Syncthing keeps one version and a conflict copy; one command on each
    side (and a sync round after each) must leave one file."""
    together(a, b)
    def conflict_everywhere():
        a.scan()
        b.scan()
        return a.conflict_copies() and a.conflict_copies() == b.conflict_copies() and \
            a.idle_and_complete(b) and b.idle_and_complete(a)
    wait_for("Syncthing's conflict copy on both sides", conflict_everywhere)
    print(f"{what}: conflict copy {a.conflict_copies()}", flush=True)
    a.tessera("list")
    settle(a, b, f"{what}: A's merge to reach B")
    b.tessera("list")
    settle(a, b, f"{what}: both in step")
    assert a.conflict_copies() == [] and b.conflict_copies() == [], (a.conflict_copies(), b.conflict_copies())
    assert a.vault_bytes() == b.vault_bytes()


def main():
    cli = os.path.abspath(sys.argv[1])
    if shutil.which("syncthing") is None:
        print("syncthing is not installed (scripts/install-deps.sh test installs it)", file=sys.stderr)
        return 1
    work = tempfile.mkdtemp(prefix="tessera-syncthing-")
    a = Computer("laptop", work, cli)
    b = Computer("desktop", work, cli)
    a.configure(b)
    b.configure(a)
    logs = [open(os.path.join(work, f"{c.name}.log"), "wb") for c in (a, b)]
    ok = False
    try:
        a.start(logs[0])
        time.sleep(1.0)
        b.start(logs[1])
        for c in (a, b):
            wait_for(f"{c.name}'s REST API", lambda c=c: c.rest("/rest/system/status").get("myID") == c.device)
        wait_for("the two Syncthings to connect", lambda: a.connected_to(b) and b.connected_to(a))

        # The vault is made on the laptop and reaches the desktop.
        init = subprocess.run([cli, "init", "--kdf", "interactive", "--password-stdin"], input=PASSWORD + "\n",
                              env=dict(os.environ, HOME=a.home, XDG_CONFIG_HOME=os.path.join(a.home, ".config"),
                                       XDG_DATA_HOME=os.path.join(a.home, ".local/share"),
                                       QT_QPA_PLATFORM="offscreen", TESSERA_VAULT=a.vault),
                              capture_output=True, text=True, timeout=60)
        assert init.returncode == 0, init.stderr
        a.tessera("add", "--issuer", "Gcore", "--name", "me", "--secret", "JBSWY3DPEHPK3PXP")
        a.tessera("add", "--issuer", "Kaspersky", "--name", "me", "--secret", "JBSWY3DPEHPK3PXQ")
        settle(a, b, "the new vault to reach the desktop")
        assert b.accounts() == ["Gcore:me", "Kaspersky:me"], b.accounts()

        # Round 1: apart, the laptop adds an account; the desktop adds another and deletes one.
        apart(a, b)
        a.tessera("add", "--issuer", "MyKerio", "--name", "me", "--secret", "JBSWY3DPEHPK3PXR")
        time.sleep(1.1)
        b.tessera("add", "--issuer", "GitHub", "--name", "me", "--secret", "JBSWY3DPEHPK3PXS")
        b.tessera("remove", "Kaspersky")
        reconcile(a, b, "round 1")
        expected = ["Gcore:me", "GitHub:me", "MyKerio:me"]
        assert a.accounts() == expected, a.accounts()
        assert b.accounts() == expected, b.accounts()

        # Round 2: both rename the same account apart; one account remains, under one of the names.
        apart(a, b)
        a.tessera("rename", "Gcore", "--issuer", "Gcore Work")
        time.sleep(1.1)
        b.tessera("rename", "Gcore", "--issuer", "G-Core")
        reconcile(a, b, "round 2")
        expected = ["G-Core:me", "GitHub:me", "MyKerio:me"]  # the later rename wins
        assert a.accounts() == expected, a.accounts()
        assert b.accounts() == expected, b.accounts()
        ok = True
        print("two Syncthing computers converged: " + ", ".join(a.accounts()))
    finally:
        for c in (a, b):
            c.stop()
        for log in logs:
            log.close()
        if ok:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept for inspection: {work}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
