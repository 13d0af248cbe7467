"""Render the application icon from its one source, resources/icons/framing-desk.svg.

Writes, next to the SVG:

- framing-desk.png (256 px: the window icon, the Linux desktop entry's icon)
- framing-desk-512.png (512 px: the Linux hicolor theme, store listings)
- framing-desk.ico (Windows: 16–256 px; 32-bit BMP entries below 256 px, PNG at 256 px)
- framing-desk.icns (macOS: PNG entries 16–1024 px, retina variants included)

Qt's SVG renderer draws the images (no other dependency); the ICO and ICNS
containers are written here, as their formats are simple and Qt's own
writers store only one size per file. Run it after editing the SVG:

    .venv/bin/python scripts/build-icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "framing-desk.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types and their pixel sizes (ic11–ic14 are the @2x variants).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512))


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon at `size` × `size` pixels, premultiplied ARGB, transparent around it."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """An ICO image entry as a 32-bit DIB: header, bottom-up BGRA rows, an empty AND mask."""
    size = image.width()
    rows = [bytes(image.constScanLine(y))[: size * 4] for y in range(size)]  # BGRA in memory
    mask_row = ((size + 31) // 32) * 4
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0,
                         size * size * 4 + mask_row * size, 0, 0, 0, 0)
    return header + b"".join(reversed(rows)) + bytes(mask_row * size)


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries = [(size, png_bytes(image) if size >= 256 else bmp_entry(image))
               for size, image in sorted(images.items())]
    out = [struct.pack("<HHH", 0, 1, len(entries))]
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        side = size % 256  # 0 means 256
        out.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        offset += len(data)
    out.extend(data for _, data in entries)
    return b"".join(out)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"build-icons: cannot read {SOURCE}", file=sys.stderr)
        return 1
    sizes = sorted({*ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    images = {size: render(renderer, size) for size in sizes}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    outputs = {
        "framing-desk.png": pngs[256],
        "framing-desk-512.png": pngs[512],
        "framing-desk.ico": ico_bytes({size: images[size] for size in ICO_SIZES}),
        "framing-desk.icns": icns_bytes(pngs),
    }
    for name, data in outputs.items():
        (ICONS / name).write_bytes(data)
        print(f"{ICONS / name}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
