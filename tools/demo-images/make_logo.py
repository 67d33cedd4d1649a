#!/usr/bin/env python3
"""Writes the demo's raster pictures: the publisher's logo, public/images/logo.png (600x60),
for structured data, and the site's share picture, public/images/share.png (1200x630), for
social cards of pages without a picture of their own.

    python3 tools/demo-images/make_logo.py

Search engines and social networks want PNG or JPEG, not SVG (the demo's illustrations).
Standard library only (zlib for PNG): the wordmark is drawn from a 5x7 pixel font, so the files
are byte-identical on every run.
"""
import struct
import zlib
from pathlib import Path

IMAGES = Path(__file__).resolve().parents[2] / "public" / "images"
# file name: (width, height, pixels per font dot)
PICTURES = {"logo.png": (600, 60, 6), "share.png": (1200, 630, 11)}
INK, PAPER = (255, 255, 255), (14, 42, 71)
GLYPHS = {
    "A": ["01110", "10001", "10001", "11111", "10001", "10001", "10001"],
    "B": ["11110", "10001", "10001", "11110", "10001", "10001", "11110"],
    "E": ["11111", "10000", "10000", "11110", "10000", "10000", "11111"],
    "G": ["01110", "10001", "10000", "10111", "10001", "10001", "01111"],
    "H": ["10001", "10001", "10001", "11111", "10001", "10001", "10001"],
    "O": ["01110", "10001", "10001", "10001", "10001", "10001", "01110"],
    "R": ["11110", "10001", "10001", "11110", "10100", "10010", "10001"],
    "T": ["11111", "00100", "00100", "00100", "00100", "00100", "00100"],
    "U": ["10001", "10001", "10001", "10001", "10001", "10001", "01110"],
    "Z": ["11111", "00001", "00010", "00100", "01000", "10000", "11111"],
    " ": ["000"] * 7,
}


def pixels(text, width, height, scale):
    columns = []
    for letter in text:
        glyph = GLYPHS[letter]
        columns += [[row[x] == "1" for row in glyph] for x in range(len(glyph[0]))] + [[False] * 7]
    left = (width - len(columns) * scale) // 2
    top = (height - 7 * scale) // 2
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter byte: none
        for x in range(width):
            cx, cy = (x - left) // scale, (y - top) // scale
            on = 0 <= cx < len(columns) and 0 <= cy < 7 and x >= left and y >= top and columns[cx][cy]
            row += bytes(INK if on else PAPER)
        rows.append(bytes(row))
    return b"".join(rows)


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def main():
    for name, (width, height, scale) in PICTURES.items():
        header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
        png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
        image = pixels("HARBOUR GAZETTE", width, height, scale)
        png += chunk(b"IDAT", zlib.compress(image, 9)) + chunk(b"IEND", b"")
        (IMAGES / name).write_bytes(png)
        print(f"wrote {IMAGES / name} ({len(png)} bytes)")


if __name__ == "__main__":
    main()
