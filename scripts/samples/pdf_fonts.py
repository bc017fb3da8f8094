"""Register the system TrueType fonts with reportlab (embedded as subsets, like real exports)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_DIRS = [
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype/dejavu"),
]

FONTS = {
    "LiberationSans": "LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "LiberationSans-Bold.ttf",
    "LiberationSans-Italic": "LiberationSans-Italic.ttf",
    "LiberationSans-BoldItalic": "LiberationSans-BoldItalic.ttf",
    "LiberationSerif": "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic": "LiberationSerif-Italic.ttf",
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
}


def font_path(file_name: str) -> Path:
    for d in _DIRS:
        p = d / file_name
        if p.exists():
            return p
    raise FileNotFoundError(file_name)


def register_fonts() -> None:
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in FONTS.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_path(file_name))))
