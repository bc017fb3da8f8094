"""Register the system TrueType fonts with reportlab (embedded as subsets, like real exports).

Fonts come from Debian's fonts-liberation2, fonts-liberation and fonts-dejavu-core. Where they are
not installed, SKETCHPROC_FONT_ROOT may name a folder with the same tree (usr/share/fonts/…), for
example the packages unpacked with `dpkg -x`; it is searched before the system folders.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TRUETYPE = Path("usr/share/fonts/truetype")
# Liberation 2 first: its metrics are those of the committed PDF samples.
SUBDIRS = ("liberation2", "liberation", "dejavu")

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


def font_path(file_name: str, subdirs: Sequence[str] = SUBDIRS) -> Path:
    """The first `file_name` in the font folders `subdirs` (SKETCHPROC_FONT_ROOT first, then /).

    Raises:
        FileNotFoundError: no folder holds the font.
    """
    roots = [Path(os.environ["SKETCHPROC_FONT_ROOT"])] if os.environ.get("SKETCHPROC_FONT_ROOT") else []
    for root in [*roots, Path("/")]:
        for subdir in subdirs:
            path = root / TRUETYPE / subdir / file_name
            if path.exists():
                return path
    raise FileNotFoundError(f"{file_name} (install fonts-liberation2 fonts-liberation fonts-dejavu-core)")


def register_fonts() -> None:
    """Register every font of FONTS with reportlab once."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in FONTS.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_path(file_name))))
