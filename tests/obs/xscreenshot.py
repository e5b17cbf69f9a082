#!/usr/bin/env python3
"""Saves what an X display shows as a PNG, with only python3-xlib (no ImageMagick needed).

    /usr/bin/python3 tests/obs/xscreenshot.py :99 shot.png
"""

import struct
import sys
import zlib

from Xlib import X, display as xdisplay


def _png_chunk(kind, payload):
    body = kind + payload
    return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))


def grab_rgb(display_name, x, y, width, height):
    """The RGB rows (3 bytes a pixel, top row first) of a rectangle of the screen."""
    connection = xdisplay.Display(display_name)
    try:
        image = connection.screen().root.get_image(x, y, width, height, X.ZPixmap, 0xFFFFFFFF)
    finally:
        connection.close()
    pixels = image.data if isinstance(image.data, bytes) else bytes(image.data, "latin-1")
    stride = len(pixels) // height
    rows = []
    for line in range(height):
        row = pixels[line * stride:line * stride + width * 4]
        rgb = bytearray(width * 3)
        rgb[0::3] = row[2::4]  # X delivers BGRX on little-endian servers
        rgb[1::3] = row[1::4]
        rgb[2::3] = row[0::4]
        rows.append(bytes(rgb))
    return rows


def write_png(path, rows, compression=6):
    """Writes RGB rows (as grab_rgb returns them) to `path` as PNG."""
    width, height = len(rows[0]) // 3, len(rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(_png_chunk(b"IHDR", header))
        out.write(_png_chunk(b"IDAT", zlib.compress(b"".join(b"\0" + row for row in rows),
                                                     compression)))
        out.write(_png_chunk(b"IEND", b""))


def capture_region(display_name, path, x, y, width, height, compression=6):
    """Writes a rectangle of the screen of `display_name` (24/32-bit TrueColor) to `path` as PNG."""
    write_png(path, grab_rgb(display_name, x, y, width, height), compression)


def capture(display_name, path):
    """Writes the whole screen of `display_name` to `path` as PNG."""
    connection = xdisplay.Display(display_name)
    try:
        screen = connection.screen()
        width, height = screen.width_in_pixels, screen.height_in_pixels
    finally:
        connection.close()
    capture_region(display_name, path, 0, 0, width, height)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: xscreenshot.py DISPLAY OUTPUT.png")
    capture(sys.argv[1], sys.argv[2])
    print(sys.argv[2])
