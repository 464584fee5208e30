#!/usr/bin/env python3
"""Builds a reproducible tree of N files for the index benchmark: sizes log-uniform between
256 B and 64 KiB (a web root's mix of pages, styles, scripts and small images), 100 files a
folder, two levels deep. Usage: make_tree.py ROOT N"""
import math, os, random, sys

root, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(20261124)
block = os.urandom(1 << 20)  # contents come from one random megabyte, at random offsets
total = 0
for i in range(count):
    folder = os.path.join(root, f"d{i // 10000:02d}", f"s{(i // 100) % 100:02d}")
    if i % 100 == 0:
        os.makedirs(folder, exist_ok=True)
    size = int(math.exp(rng.uniform(math.log(256), math.log(65536))))
    start = rng.randrange(0, len(block) - size)
    with open(os.path.join(folder, f"f{i:06d}.bin"), "wb") as f:
        f.write(block[start:start + size])
    total += size
print(f"{count} files, {total} bytes")
