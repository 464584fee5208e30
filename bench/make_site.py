#!/usr/bin/env python3
"""Builds a reproducible site for the sync benchmark: ROOT/files (N files, 100 a folder) and
ROOT/site.db (a SQLite table `posts` of ROWS rows).

File sizes are log-uniform on two ranges, so that N=10,000 files come to about 700 MB: 99% of
the files between 1 KiB and 256 KiB (pages, styles, scripts, thumbnails), 1% between 256 KiB and
8 MiB (images, PDFs, archives). A single log-uniform range from 1 KiB to 8 MiB would average
0.9 MB a file, 9 GB for 10,000 files. Half the files are text (words drawn at random from a
small vocabulary: compresses about 3:1, like HTML), half random bytes (incompressible, like
JPEG). Every file's content is its own: nothing repeats between files, so neither tool gains
from duplicate content.

Usage: make_site.py ROOT N ROWS
       make_site.py --edit ROOT PERCENT SEED   (overwrites 64 bytes in the middle of PERCENT% of
                                                the files, in place; prints how many)"""
import math, os, random, sqlite3, sys

WORDS = ("the site page post image style script header footer menu item price order user account "
         "content title body link table row column value index search result archive category "
         "comment author date time update delete insert select from where group limit offset "
         "server client agent sync ferry staging production release version change file folder").split()


def files_of(root):
    out = []
    for folder, _, names in os.walk(os.path.join(root, "files")):
        out.extend(os.path.join(folder, n) for n in names)
    return sorted(out)


def text_bytes(rng, size):
    words = rng.choices(WORDS, k=size // 5 + 16)
    for i in range(0, len(words), 12):  # a line every twelve words, numbered, like markup
        words[i] = f"\n<p id=\"{rng.randrange(1 << 30)}\">" + words[i]
    return " ".join(words).encode()[:size]


def make(root, count, rows):
    rng = random.Random(20261124)
    total = 0
    for i in range(count):
        folder = os.path.join(root, "files", f"d{i // 1000:02d}", f"s{(i // 100) % 10:02d}")
        if i % 100 == 0:
            os.makedirs(folder, exist_ok=True)
        low, high = (256 << 10, 8 << 20) if rng.random() < 0.01 else (1 << 10, 256 << 10)
        size = int(math.exp(rng.uniform(math.log(low), math.log(high))))
        text = i % 2 == 0
        data = text_bytes(rng, size) if text else os.urandom(size)
        with open(os.path.join(folder, f"f{i:05d}.{'html' if text else 'bin'}"), "wb") as f:
            f.write(data)
        total += size
    db = sqlite3.connect(os.path.join(root, "site.db"))
    db.execute("CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL, "
               "updated INTEGER NOT NULL)")
    db.executemany("INSERT INTO posts VALUES (?, ?, ?, ?)",
                   ((n, f"Post {n}", text_bytes(rng, 200).decode(), 1700000000 + n) for n in range(1, rows + 1)))
    db.commit()
    db.close()
    print(f"{count} files, {total} bytes; {rows} rows")


def edit(root, percent, seed):
    rng = random.Random(seed)
    paths = files_of(root)
    chosen = rng.sample(paths, max(1, len(paths) * percent // 100))
    for path in chosen:
        size = os.path.getsize(path)
        with open(path, "r+b") as f:
            f.seek(max(0, size // 2 - 32))
            f.write(b"<!-- edited %08d -->" % rng.randrange(10**8) + b"." * 43)
    print(len(chosen))


if __name__ == "__main__":
    if sys.argv[1] == "--edit":
        edit(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        make(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
