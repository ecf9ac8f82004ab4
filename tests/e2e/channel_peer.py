#!/usr/bin/env python3
"""A stand-in for a hostile local process on Tessera's hand-over channel (test_channel_other_user.sh).

  channel_peer.py listen PATH LOG   listen on a Unix socket at PATH (world-writable), append every byte
                                    received to LOG, answer as Tessera would ('A'); runs until killed
  channel_peer.py send PATH ARG     connect to PATH, send a well-formed hand-over of ARG, print
                                    "accepted" when the listener confirmed it, "refused" otherwise
"""
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


if __name__ == "__main__":
    if sys.argv[1] == "listen":
        listen(sys.argv[2], sys.argv[3])
    else:
        send(sys.argv[2], sys.argv[3])
