#!/usr/bin/env python3
"""A stand-in for a hostile local process on Tessera's hand-over channel (test_channel_other_user.sh).

  channel_peer.py listen PATH LOG   listen on a Unix socket at PATH (world-writable), append every byte
                                    received to LOG, answer as Tessera would ('A'); runs until killed
  channel_peer.py send PATH ARG     connect to PATH, send a well-formed hand-over of ARG, print
                                    "accepted" when the listener confirmed it, "refused" otherwise
  channel_peer.py ask PATH QUERY    connect to PATH (the "cli" channel), send a well-formed request for
                                    QUERY's code, print "answered" when any answer came, "refused" otherwise
  channel_peer.py hello PATH        connect to PATH (the "browser" channel), send a well-formed "hello"
                                    of a browser extension, print "answered" when any answer came,
                                    "refused" when the connection was refused or closed without one
"""
import base64
import json
import os
import socket
import struct
import sys

MAGIC = 0x54455332  # "TES2", as qml/bridge/single_instance.cpp frames a request


def qstring(text):
    data = text.encode("utf-16-be")
    return struct.pack(">I", len(data)) + data


def request(working_directory, arguments):
    payload = qstring(working_directory) + struct.pack(">I", len(arguments))
    payload += b"".join(qstring(a) for a in arguments)
    return struct.pack(">II", MAGIC, len(payload)) + payload


def listen(path, log):
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    os.chmod(path, 0o777)
    server.listen(8)
    while True:
        connection, _ = server.accept()
        connection.settimeout(3)
        received = b""
        try:
            while True:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                received += chunk
                if len(received) >= 8:
                    connection.sendall(b"A")
        except OSError:
            pass
        connection.close()
        with open(log, "ab") as out:
            out.write(received)


def send(path, argument):
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(3)
    try:
        client.connect(path)
        client.sendall(request("/", [argument]))
        answer = client.recv(1)
    except OSError:
        answer = b""
    print("accepted" if answer == b"A" else "refused")


def cbor_text(text):
    data = text.encode()
    assert len(data) < 24
    return bytes([0x60 + len(data)]) + data


def ask(path, query):
    # core/channel/app_request.cpp: "TCLQ", version 1, length, then a CBOR map
    # {"command": 0 (a code), "query": QUERY, "systemClock": false}.
    body = bytes([0xA3]) + cbor_text("command") + bytes([0x00]) + cbor_text("query") + cbor_text(query)
    body += cbor_text("systemClock") + bytes([0xF4])
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(5)
    try:
        client.connect(path)
        client.sendall(struct.pack(">III", 0x54434C51, 1, len(body)) + body)
        answer = client.recv(65536)
    except OSError:
        answer = b""
    print("answered" if answer else "refused")


def hello(path):
    # docs/BROWSER.md: a 32-bit length in this machine's byte order, then the JSON message.
    body = json.dumps({"v": 1, "id": "h1", "type": "hello", "browser": "Chromium",
                       "key": base64.b64encode(os.urandom(32)).decode()}).encode()
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(5)
    try:
        client.connect(path)
        client.sendall(struct.pack("=I", len(body)) + body)
        answer = client.recv(65536)
    except OSError:
        answer = b""
    print("answered" if answer else "refused")


if __name__ == "__main__":
    if sys.argv[1] == "listen":
        listen(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "ask":
        ask(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "hello":
        hello(sys.argv[2])
    else:
        send(sys.argv[2], sys.argv[3])
