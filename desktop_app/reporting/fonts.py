"""Embedded fonts for the PDF, registered once on the first report (never at import time).

DejaVu Sans covers Latin, Greek, Cyrillic, Hebrew and basic Arabic, but has no glyphs
outside the Basic Multilingual Plane (emoji). If ``resources/fonts/Symbola.ttf`` is shipped
(George Douros, "free for any use", Debian package fonts-symbola) it is registered as a
fallback for exactly those characters; without it :mod:`text` writes a placeholder.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.paths import resources_dir

SANS = "WkSans"
SANS_BOLD = "WkSans-Bold"
SANS_ITALIC = "WkSans-Oblique"
SANS_BOLD_ITALIC = "WkSans-BoldOblique"
FALLBACK = "WkSymbol"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
FALLBACK_FILE = "Symbola.ttf"


@dataclass(frozen=True)
class FontSet:
    """What was registered: the body font's glyphs and, if shipped, the fallback's."""

    has_glyph: Callable[[int], bool]
    fallback_has_glyph: Callable[[int], bool] | None


_lock = threading.Lock()
_fonts: FontSet | None = None


def font_dir() -> Path:
    return resources_dir() / "fonts"


def fallback_font_path() -> Path:
    return font_dir() / FALLBACK_FILE


def _patch_to_unicode_cmap() -> None:
    """Make reportlab's ToUnicode CMap correct for code points above U+FFFF.

    reportlab 5.1 (pdfbase/ttfonts.py, ``makeToUnicodeCMap``) writes ``<%04X>``, which gives
    five hex digits for U+1F600 and an unreadable text layer. The CMap must hold UTF-16BE,
    i.e. a surrogate pair. Identical output for BMP characters, so determinism is unchanged.
    """
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_wk_patched", False):
        return

    def make_cmap(fontname: str, subset: list[int]) -> str:
        lines = original(fontname, subset).split("\n")
        start = lines.index(f"{len(subset)} beginbfchar") + 1
        for i, code in enumerate(subset):
            lines[start + i] = f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
        return "\n".join(lines)

    make_cmap._wk_patched = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_cmap


_fallback_lock = threading.Lock()


def _lazy_fallback() -> Callable[[int], bool]:
    """A glyph test that registers the 3 MB fallback font only when a text first needs it.

    Almost no report contains emoji; parsing Symbola up front cost every report ~70 ms.
    """
    glyphs: dict[int, int] | None = None

    def has_glyph(code: int) -> bool:
        nonlocal glyphs
        if glyphs is None:
            with _fallback_lock:
                if glyphs is None:
                    glyphs = _register_fallback()
        return code in glyphs

    return has_glyph


def _register_fallback() -> dict[int, int]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _patch_to_unicode_cmap()
    fallback = TTFont(FALLBACK, str(fallback_font_path()))
    pdfmetrics.registerFont(fallback)
    # Map all four styles to the same face so emoji inside <b> still resolve.
    pdfmetrics.registerFontFamily(
        FALLBACK, normal=FALLBACK, bold=FALLBACK, italic=FALLBACK, boldItalic=FALLBACK
    )
    glyphs: dict[int, int] = fallback.face.charToGlyph
    return glyphs


def register_fonts() -> FontSet:
    """Register the report fonts with reportlab (once per process) and describe them."""
    global _fonts
    with _lock:
        if _fonts is not None:
            return _fonts
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = font_dir()
        faces = {}
        for name, filename in _FILES.items():
            font = TTFont(name, str(folder / filename))
            pdfmetrics.registerFont(font)
            faces[name] = font
        # Family mapping makes <b>, <i> and <b><i> in paragraph markup pick the right face.
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
        )
        for bold, italic, face in (
            (0, 0, SANS), (1, 0, SANS_BOLD), (0, 1, SANS_ITALIC), (1, 1, SANS_BOLD_ITALIC)
        ):
            addMapping(SANS, bold, italic, face)
        body_glyphs = faces[SANS].face.charToGlyph
        _fonts = FontSet(
            has_glyph=body_glyphs.__contains__,
            fallback_has_glyph=_lazy_fallback() if fallback_font_path().is_file() else None,
        )
        return _fonts
