"""The participants' URL as a QR code, for the projector (SVG) and for print or Qt (PNG)."""

from __future__ import annotations

import io

import segno

# Medium error correction survives a projector's glare and a slightly blurred phone camera
# while keeping the code coarse enough to scan from the back of the room.
ERROR_CORRECTION = "m"


def _code(url: str) -> segno.QRCode:
    return segno.make_qr(url, error=ERROR_CORRECTION, boost_error=False)


def qr_svg(url: str, *, scale: int = 8, dark: str = "#000", light: str = "#fff") -> bytes:
    """A standalone SVG (with the quiet zone) that encodes ``url``."""
    buffer = io.BytesIO()
    _code(url).save(buffer, kind="svg", scale=scale, dark=dark, light=light, xmldecl=False)
    return buffer.getvalue()


def qr_png(url: str, *, scale: int = 10) -> bytes:
    """A black-on-white PNG (with the quiet zone) that encodes ``url``."""
    buffer = io.BytesIO()
    _code(url).save(buffer, kind="png", scale=scale)
    return buffer.getvalue()
