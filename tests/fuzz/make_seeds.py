#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/TARGET/) from valid and nearly
valid messages of protocol version PROTOCOL. Run again after a format change; the files are committed."""
import json
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
PROTOCOL = 2  # wire::protocolVersion


def cbor(value):
    """Minimal CBOR encoder: the types the protocol uses."""
    def head(major, n):
        if n < 24:
            return bytes([major << 5 | n])
        for extra, fmt in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
            if n < 1 << (8 * struct.calcsize(fmt)):
                return bytes([major << 5 | extra]) + struct.pack(fmt, n)
        raise ValueError(n)
    if value is None:
        return b"\xf6"
    if isinstance(value, bool):
        return b"\xf5" if value else b"\xf4"
    if isinstance(value, int):
        return head(0, value) if value >= 0 else head(1, -1 - value)
    if isinstance(value, bytes):
        return head(2, len(value)) + value
    if isinstance(value, str):
        data = value.encode()
        return head(3, len(data)) + data
    if isinstance(value, list):
        return head(4, len(value)) + b"".join(cbor(v) for v in value)
    if isinstance(value, dict):
        return head(5, len(value)) + b"".join(cbor(k) + cbor(v) for k, v in value.items())
    raise TypeError(value)


def write(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


SITE = "6f1c1c0e-5a8f-4b8e-9a71-3c2f5a1d9e01"
hello = {"agent": "ferryd", "version": "0.1.0", "protocol": {"min": PROTOCOL, "max": PROTOCOL},
         "time": "2026-11-24T01:02:03.456Z", "capabilities": ["feed-cbor", "chunks-lacking"],
         "sites": [{"uuid": SITE, "name": "www", "stage": 0, "resources": ["files", "table:posts"]}]}
write("hello", "valid.json", json.dumps(hello, indent=4))
write("hello", "no-sites.json", json.dumps(dict(hello, sites=[])))
write("hello", "future.json", json.dumps(dict(hello, protocol={"min": PROTOCOL + 1, "max": PROTOCOL + 2})))
write("hello", "traversal-name.json",
      json.dumps(dict(hello, sites=[dict(hello["sites"][0], name="../etc")])))
write("hello", "truncated.json", json.dumps(hello)[:60])
write("hello", "push.json", json.dumps(dict(hello, sites=[dict(hello["sites"][0], push=True)])))

file_entry = {"seq": 3, "kind": "file", "del": False, "ver": SITE + ":2", "hlc": 1700000000000 << 16,
              "path": "assets/site.css", "hash": b"\xab" * 32, "size": 1234}
row_entry = {"seq": 7, "kind": "row", "del": True, "ver": SITE + ":1", "hlc": 5, "table": "posts", "key": "[42]"}
page = {"v": PROTOCOL, "last": 7, "more": True, "entries": [file_entry, row_entry]}
write("feedpage", "valid.cbor", cbor(page))
write("feedpage", "empty.cbor", cbor({"v": PROTOCOL, "last": 0, "more": False, "entries": []}))
write("feedpage", "traversal.cbor", cbor(dict(page, entries=[dict(file_entry, path="../../etc/passwd")])))
write("feedpage", "future.cbor", cbor(dict(page, v=2)))
write("feedpage", "truncated.cbor", cbor(page)[:-7])

write("chunklist", "valid.cbor", cbor({"v": PROTOCOL, "chunks": [b"\x01" * 32, b"\xff" * 32]}))
write("chunklist", "empty.cbor", cbor({"v": PROTOCOL, "chunks": []}))
write("chunklist", "short-hash.cbor", cbor({"v": PROTOCOL, "chunks": [b"\x01" * 31]}))
write("chunklist", "hex.txt", "ab" * 32)

for name, text in {"simple": "index.html", "nested": "assets/css/site.css", "parent": "../etc/passwd",
                   "absolute": "/etc/passwd", "backslash": "a\\..\\b", "dot": "a/./b", "unicode": "bilder/größe.png",
                   "drive": "C:/Windows"}.items():
    write("relativepath", name + ".txt", text)
write("relativepath", "invalid-utf8.bin", b"a/\xff\xfe")

checkpoints = {"peer": SITE, "checkpoints": {"files": 42, "table:posts": 7}}
write("checkpoint", "valid.json", json.dumps(checkpoints))
write("checkpoint", "empty.json", json.dumps({"peer": SITE, "checkpoints": {}}))
write("checkpoint", "traversal.json", json.dumps({"peer": SITE, "checkpoints": {"../x": 1}}))
write("checkpoint", "negative.json", json.dumps({"peer": SITE, "checkpoints": {"files": -1}}))

# zstd frames: zstd's command line, if present, writes real ones; otherwise a hand-made empty frame.
import shutil, subprocess
if shutil.which("zstd"):
    for name, payload in {"text": b"<p>hello</p>\n" * 200, "zeros": b"\0" * 300000, "empty": b""}.items():
        frame = subprocess.run(["zstd", "-q", "-c"], input=payload, capture_output=True, check=True).stdout
        write("zstdchunk", name + ".zst", frame)
write("zstdchunk", "garbage.bin", b"\x28\xb5\x2f\xfd garbage")

# The sync messages.
chunk_list = b"\x11" * 32 + struct.pack(">I", 1000) + b"\x22" * 32 + struct.pack(">I", 234)
file_item = {"kind": "file", "del": False, "vonly": False, "ver": SITE + ":3", "hlc": 99, "base": SITE + ":2",
             "path": "assets/site.css", "hash": b"\xab" * 32, "size": 1234, "chunks": chunk_list}
row_item = {"kind": "row", "del": False, "vonly": False, "ver": SITE + ":1", "hlc": 5, "table": "posts", "key": "[42]",
            "values": {"id": 42, "title": "Hello", "body": b"\x00\x01"}}
gone = {"kind": "file", "del": True, "vonly": False, "ver": SITE + ":4", "hlc": 7, "path": "old.txt"}
write("applybatch", "valid.cbor", cbor({"v": PROTOCOL, "items": [file_item, row_item, gone]}))
write("applybatch", "traversal.cbor", cbor({"v": PROTOCOL, "items": [dict(file_item, path="../../etc/passwd")]}))
write("applybatch", "short-chunks.cbor", cbor({"v": PROTOCOL, "items": [dict(file_item, size=99999)]}))
import hashlib as _hashlib
inline_data = b"<p>inline</p>\n" * 10
inline_item = dict(file_item, path="pages/inline.html", hash=_hashlib.sha256(inline_data).digest(), size=len(inline_data),
                   chunks=_hashlib.sha256(inline_data).digest() + struct.pack(">I", len(inline_data)), data=inline_data, z=False)
write("applybatch", "inline.cbor", cbor({"v": PROTOCOL, "items": [inline_item]}))
write("applybatch", "inline-short.cbor", cbor({"v": PROTOCOL, "items": [dict(inline_item, data=inline_data[:-1])]}))
if shutil.which("zstd"):
    frame = subprocess.run(["zstd", "-q", "-c"], input=inline_data, capture_output=True, check=True).stdout
    write("applybatch", "inline-zstd.cbor", cbor({"v": PROTOCOL, "items": [dict(inline_item, data=frame, z=True)]}))
write("applybatch", "outcomes.cbor", cbor({"v": PROTOCOL, "results": [{"ok": True}, {"ok": False, "error": "no"}, {"ok": True}]}))
write("manifest", "question.cbor", cbor({"v": PROTOCOL, "paths": ["index.html", "assets/site.css"]}))
write("manifest", "answer.cbor", cbor({"v": PROTOCOL, "files": [{"path": "assets/site.css", "hash": b"\xab" * 32, "size": 1234,
                                                          "chunks": chunk_list}, {"path": "gone.txt", "missing": True}]}))
write("manifest", "absolute.cbor", cbor({"v": PROTOCOL, "paths": ["/etc/passwd"]}))
write("rowvalues", "question.cbor", cbor({"v": PROTOCOL, "rows": [{"table": "posts", "key": "[42]"}]}))
write("rowvalues", "answer.cbor", cbor({"v": PROTOCOL, "rows": [{"table": "posts", "key": "[42]", "values": {"id": 42, "t": None}},
                                                         {"table": "posts", "key": "[43]"}]}))
import hashlib
data = b"<p>hello</p>\n" * 20
write("chunkbatch", "raw.cbor", cbor({"v": PROTOCOL, "chunks": [{"hash": hashlib.sha256(data).digest(), "data": data, "z": False}]}))
write("chunkbatch", "wrong-hash.cbor", cbor({"v": PROTOCOL, "chunks": [{"hash": b"\0" * 32, "data": data, "z": False}]}))
write("chunkbatch", "request.cbor", cbor({"v": PROTOCOL, "hashes": [hashlib.sha256(data).digest()]}))
if shutil.which("zstd"):
    frame = subprocess.run(["zstd", "-q", "-c"], input=data, capture_output=True, check=True).stdout
    write("chunkbatch", "zstd.cbor", cbor({"v": PROTOCOL, "chunks": [{"hash": hashlib.sha256(data).digest(), "data": frame, "z": True}]}))

# The delta exchange (ChunkDeltaCodec) and librsync behind it (ChunkDelta). Real signatures and
# deltas come from rdiff (Debian's rdiff, librsync's command line) when it is installed.
import tempfile


def rdiff(*args, stdin=b""):
    return subprocess.run(["rdiff", *args], input=stdin, capture_output=True, check=True).stdout


def lcg(size, seed):
    """The fuzz_rsyncdelta target's basis: the same generator, so seeds match it."""
    out = bytearray()
    state = (seed * 2654435761 + 1) & 0xFFFFFFFF
    for _ in range(size):
        state = (state * 1103515245 + 12345) & 0xFFFFFFFF
        out.append(state >> 24)
    return bytes(out)


sig_header = struct.pack(">III", 0x72730147, 256, 4)
fake_sig = sig_header + b"\x01\x02\x03\x04" + b"\xaa" * 4
write("chunkdelta", "questions.cbor", cbor({"v": PROTOCOL, "chunks": [{"path": "assets/site.css", "at": 65536, "len": 40000}]}))
write("chunkdelta", "questions-traversal.cbor", cbor({"v": PROTOCOL, "chunks": [{"path": "../x", "at": 0, "len": 1}]}))
write("chunkdelta", "signatures.cbor", cbor({"v": PROTOCOL, "sigs": [{"basis": [b"\x11" * 32], "sig": fake_sig}, {"basis": [], "sig": b""}]}))
write("chunkdelta", "delta-questions.cbor", cbor({"v": PROTOCOL, "chunks": [{"hash": b"\x22" * 32, "sig": fake_sig}]}))
write("chunkdelta", "deltas.cbor", cbor({"v": PROTOCOL, "deltas": [{"hash": b"\x33" * 32, "len": 4096, "basis": [b"\x11" * 32],
                                                               "delta": b"rs\x026\x45\x00\x10\x00", "z": False}]}))
basis = lcg(4096, 1)
target = basis[:1000] + b"e" * 16 + basis[1016:]
write("rsyncdelta", "patch-literal.bin", b"\x00" + bytes.fromhex("72730236") + b"\x05hello\x00")
write("rsyncdelta", "patch-copy.bin", b"\x00" + bytes.fromhex("72730236") + bytes.fromhex("4900001000") + b"\x00")
write("rsyncdelta", "signature-fake.bin", b"\x01" + fake_sig)
if shutil.which("rdiff"):
    with tempfile.TemporaryDirectory() as folder:
        basis_path = os.path.join(folder, "basis")
        with open(basis_path, "wb") as f:
            f.write(basis)
        signature = rdiff("-b", "256", "-S", "4", "signature", basis_path, "-")
        write("rsyncdelta", "signature.bin", b"\x01" + signature)
        sig_path = os.path.join(folder, "sig")
        with open(sig_path, "wb") as f:
            f.write(signature)
        delta = rdiff("delta", sig_path, "-", "-", stdin=target)
        write("rsyncdelta", "patch-edit.bin", b"\x00" + delta)
        write("chunkdelta", "delta-questions-real.cbor", cbor({"v": PROTOCOL, "chunks": [{"hash": b"\x22" * 32, "sig": signature}]}))
        write("chunkdelta", "deltas-real.cbor", cbor({"v": PROTOCOL, "deltas": [{"hash": hashlib.sha256(target).digest(), "len": len(target),
                                                                           "basis": [b"\x11" * 32], "delta": delta, "z": False}]}))
