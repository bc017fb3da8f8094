"""Layout helpers shared by the PDF-only samples: canvas, blocks, hyphenation, truth."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ..pdf_writer import (
    Flow,
    PStyle,
    text_width,
)
from . import truth as truth_io

TRUTH = truth_io.TRUTH


def new_canvas(path: Path, title: str, author: str, creator: str, producer: str, subject: str = "") -> Canvas:
    c = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator(creator)
    c.setProducer(producer)
    return c


def lay_blocks(
    flow: Flow,
    blocks: list[tuple[Any, ...]],
    body: PStyle,
    headings: dict[str, PStyle],
    bullet_style: PStyle,
    bullet_char: str = "•",
    sep: str = " ",
    specials: dict[str, Callable[[Flow], None]] | None = None,
    hyph: dict[str, str] | None = None,
) -> None:
    def prep(x: str) -> str:
        x = " ".join(x.split())
        return apply_hyphenation(x, hyph) if hyph else x

    for blk in blocks:
        kind = blk[0]
        if kind == "h":
            _, number, title, level = blk
            flow.heading(number or None, title, int(level), headings[level], sep=sep)
        elif kind == "p":
            flow.para(prep(blk[1]), body)
        elif kind == "ul":
            for item in blk[1:]:
                flow.para(prep(item), bullet_style, bullet=bullet_char)
            flow.space(body.space_after)
        elif kind == "x":
            assert specials is not None
            specials[blk[1]](flow)
        else:
            raise ValueError(kind)


def apply_hyphenation(text: str, table: dict[str, str]) -> str:
    """Insert "~" hyphenation points from a syllable table into every matching word."""
    out = []
    for tok in text.split(" "):
        clean = tok.replace("~", "")
        new = clean
        for key, val in table.items():
            if key in new and "~" not in new:
                new = new.replace(key, val)
        if new != clean:
            new = re.sub(r"~+", "~", new)
            new = re.sub(r"~(?=[^\wäöüÄÖÜß]|$)", "", new)
            out.append(new)
        else:
            out.append(tok)
    return " ".join(out)


def truth_headings(flow: Flow) -> list[dict[str, Any]]:
    return [{"number": h.number, "title": h.title, "level": h.level} for h in flow.headings]


def write_truth(sample_id: str, data: dict[str, Any]) -> None:
    data = {"file": f"{sample_id}.pdf", **data}
    truth_io.write_truth(TRUTH / f"{sample_id}.pdf.json", data)


def _de(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _join_hyph(head: str, tail: str) -> str:
    """The word as it should read after de-hyphenation (real compound hyphens are kept)."""
    word = head[:-1] + tail
    tail_word = re.sub(r"[^\wäöüÄÖÜß].*$", "", tail)
    keep = tail_word[:1].isupper() or head in ("E-", "IT-") or tail.startswith("und ")
    return head + tail if keep else word


def _wrap_simple(s: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    cur = ""
    for w in s.split():
        trial = f"{cur} {w}".strip()
        if text_width(trial, font, size) <= width:
            cur = trial
        else:
            out.append(cur)
            cur = w
    out.append(cur)
    return out
