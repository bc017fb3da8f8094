"""Fake scanned pages: draw a letter with Pillow, then make it look like a photocopy/scan.

Everything random comes from a seeded numpy Generator, and the JPEG is encoded with fixed settings,
so the bytes are reproducible.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .fonts import font_path

DPI = 150
A4_PX = (int(8.27 * DPI), int(11.69 * DPI))  # 1240 x 1753


def pt(v: float) -> int:
    """Points to pixels at the scan resolution."""
    return round(v * DPI / 72)


def font(file_name: str, size_pt: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(file_name)), pt(size_pt))


def wrap_px(draw: ImageDraw.ImageDraw, text: str, f: ImageFont.FreeTypeFont, width: int) -> list[str]:
    out: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if draw.textlength(trial, font=f) <= width:
            cur = trial
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def signature(draw: ImageDraw.ImageDraw, x: int, y: int, rng: np.random.Generator, width: int = 260) -> None:
    """A scribbled signature: a wobbly pen stroke built from a seeded random walk."""
    pts: list[tuple[float, float]] = []
    n = 90
    for i in range(n):
        t = i / (n - 1)
        px = x + t * width + rng.normal(0, 2.0)
        py = y + 18 * np.sin(t * 19 + rng.normal(0, 0.15)) * (1 - 0.6 * t) + rng.normal(0, 1.5)
        pts.append((px, py))
    draw.line(pts, fill=25, width=3, joint="curve")
    draw.line([(x + 10, y + 28), (x + width * 0.9, y + 22)], fill=40, width=2)


def stamp(
    draw: ImageDraw.ImageDraw, cx: int, cy: int, r: int, lines: list[str], f: ImageFont.FreeTypeFont
) -> None:
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=95, width=4)
    draw.ellipse([cx - r + 12, cy - r + 12, cx + r - 12, cy + r - 12], outline=95, width=2)
    h = len(lines) * (f.size + 4)
    yy = cy - h // 2
    for s in lines:
        w = draw.textlength(s, font=f)
        draw.text((cx - w / 2, yy), s, font=f, fill=95)
        yy += f.size + 4


def make_scan(
    paint: Callable[[ImageDraw.ImageDraw, np.random.Generator], None],
    seed: int,
    angle: float,
) -> bytes:
    """Return JPEG bytes of a greyish, slightly rotated, noisy A4 page at 150 dpi."""
    rng = np.random.default_rng(seed)
    img = Image.new("L", A4_PX, 255)
    draw = ImageDraw.Draw(img)
    paint(draw, rng)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    arr = np.asarray(img, dtype=np.float32)
    # paper tone, uneven illumination towards one edge, sensor noise, dust specks
    h, w = arr.shape
    shade = np.linspace(0, 14, w, dtype=np.float32)[None, :] + np.linspace(0, 6, h, dtype=np.float32)[:, None]
    arr = arr * 0.86 + 18 - shade
    arr += rng.normal(0, 7.0, size=arr.shape).astype(np.float32)
    specks = rng.random(arr.shape) < 0.0006
    arr[specks] = rng.uniform(40, 140, size=int(specks.sum()))
    # a darker scanner edge on the left
    arr[:, :10] -= 60
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, mode="L")
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=72, optimize=False, progressive=False, subsampling=0)
    return buf.getvalue()
