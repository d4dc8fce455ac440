"""Draw the app icon (a compass rose) into resources/icons/app.png and app.ico if absent.

Run ``python packaging/make_icon.py`` (``--force`` to redraw). Needs only Pillow, which
matplotlib already depends on. Existing files are never overwritten without ``--force``:
the GUI owns resources/icons and may ship a designed icon instead.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
BLUE = (0, 114, 178, 255)  # Okabe–Ito blue, as in the charts
VERMILLION = (213, 94, 0, 255)
WHITE = (255, 255, 255, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw(size: int = 1024) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    s = size / 256
    d.rounded_rectangle((8 * s, 8 * s, 248 * s, 248 * s), radius=48 * s, fill=BLUE)
    c = size / 2
    r = 92 * s
    d.ellipse((c - r, c - r, c + r, c + r), outline=WHITE, width=round(12 * s))
    # Needle tilted 35° ("change of direction"): vermillion tip, white tail.
    a = math.radians(35)
    tip = (c + math.sin(a) * 78 * s, c - math.cos(a) * 78 * s)
    tail = (c - math.sin(a) * 78 * s, c + math.cos(a) * 78 * s)
    side = (math.cos(a) * 20 * s, math.sin(a) * 20 * s)
    left = (c - side[0], c - side[1])
    right = (c + side[0], c + side[1])
    d.polygon([tip, left, right], fill=VERMILLION)
    d.polygon([tail, left, right], fill=WHITE)
    hub = 9 * s
    d.ellipse((c - hub, c - hub, c + hub, c + hub), fill=BLUE, outline=WHITE,
              width=round(3 * s))
    return img


def main(argv: list[str]) -> int:
    force = "--force" in argv
    ICONS.mkdir(parents=True, exist_ok=True)
    png, ico = ICONS / "app.png", ICONS / "app.ico"
    big = draw().resize((256, 256), Image.LANCZOS)
    if force or not png.exists():
        big.save(png, optimize=True)
        print(f"wrote {png.relative_to(ROOT)}")
    if force or not ico.exists():
        big.save(ico, sizes=ICO_SIZES)
        print(f"wrote {ico.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
