"""A small two-pass layout engine on top of the reportlab canvas.

Pass 1 (``Flow``) places paragraphs, headings and atomic blocks into frames and records draw
operations per page; pass 2 (``render``) replays them on a canvas, so page totals ("Seite N von M")
and table-of-contents page numbers are known before anything is drawn.

Text markup understood by ``Flow.para``:
  ``~``  a permitted hyphenation point (drawn as "-" only when the line breaks there);
  ``|``  a forced line break (used to put a real compound hyphen such as "E-" at a line end).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)
Op = Callable[[Canvas], None]


@dataclass(frozen=True)
class PStyle:
    font: str
    size: float
    leading: float
    color: Color = BLACK
    align: str = "left"  # "left" | "justify" | "center" | "right"
    space_before: float = 0.0
    space_after: float = 0.0
    left_indent: float = 0.0
    first_indent: float = 0.0


@dataclass(frozen=True)
class Frame:
    x: float
    top: float
    width: float
    bottom: float


@dataclass
class HeadingMark:
    number: str | None
    title: str
    level: int
    page: int  # 1-based
    y: float


@dataclass
class Line:
    words: list[str]
    last: bool  # last line of the paragraph (or before a forced break)
    forced: bool = False
    split: tuple[str, str] | None = None  # (head with "-", tail) when the line ends hyphenated


def _w(s: str, font: str, size: float) -> float:
    return float(stringWidth(s, font, size))


def _split_points(word: str) -> list[tuple[str, str]]:
    """All (head, tail) splits of a word at "~" or after a hard hyphen; head includes the hyphen."""
    out: list[tuple[str, str]] = []
    for i, ch in enumerate(word):
        if ch == "~":
            head, tail = word[:i] + "-", word[i + 1 :]
        elif ch == "-" and 0 < i < len(word) - 1:
            head, tail = word[: i + 1], word[i + 1 :]
        else:
            continue
        out.append((head.replace("~", ""), tail))
    return out


def wrap(text: str, font: str, size: float, first_width: float, width: float) -> list[Line]:
    tokens = text.replace("|", " | ").split()
    lines: list[Line] = []
    cur: list[str] = []
    cur_w = 0.0
    space = _w(" ", font, size)

    def avail() -> float:
        return first_width if not lines else width

    def flush(last: bool, forced: bool = False, split: tuple[str, str] | None = None) -> None:
        nonlocal cur, cur_w
        lines.append(Line(cur, last, forced, split))
        cur, cur_w = [], 0.0

    queue = list(tokens)
    while queue:
        tok = queue.pop(0)
        if tok == "|":
            flush(True, forced=True)
            continue
        clean = tok.replace("~", "")
        add = _w(clean, font, size) + (space if cur else 0.0)
        if cur_w + add <= avail():
            cur.append(clean)
            cur_w += add
            continue
        # try to hyphenate: longest head that still fits
        best: tuple[str, str] | None = None
        for head, tail in _split_points(tok):
            if cur_w + _w(head, font, size) + (space if cur else 0.0) <= avail():
                best = (head, tail)
        if best is not None and cur:
            cur.append(best[0])
            flush(False, split=(best[0], best[1].replace("~", "")))
            queue.insert(0, best[1])
            continue
        if not cur:  # a single overlong word: put it alone
            cur.append(clean)
            flush(False)
            continue
        flush(False)
        queue.insert(0, tok)
    if cur:
        flush(True)
    return lines


@dataclass
class Flow:
    frames_for_page: Callable[[int], list[Frame]]  # 1-based page number -> frames
    pages: list[list[Op]] = field(default_factory=list)
    headings: list[HeadingMark] = field(default_factory=list)
    frame_idx: int = 0
    y: float = 0.0
    forced_fill: list[float] = field(default_factory=list)
    forced_text: list[str] = field(default_factory=list)
    hyphenated: list[tuple[int, str, str]] = field(default_factory=list)  # (page, head, tail)

    def __post_init__(self) -> None:
        self._new_page()

    # ---- frame handling -------------------------------------------------------------------
    @property
    def page_no(self) -> int:
        return len(self.pages)

    @property
    def frame(self) -> Frame:
        return self.frames_for_page(self.page_no)[self.frame_idx]

    def _new_page(self) -> None:
        self.pages.append([])
        self.frame_idx = 0
        self.y = self.frame.top

    def next_frame(self) -> None:
        if self.frame_idx + 1 < len(self.frames_for_page(self.page_no)):
            self.frame_idx += 1
            self.y = self.frame.top
        else:
            self._new_page()

    def page_break(self) -> None:
        self._new_page()

    def ensure(self, height: float) -> None:
        if self.y - height < self.frame.bottom and self.y < self.frame.top:
            self.next_frame()

    def op(self, fn: Op) -> None:
        self.pages[-1].append(fn)

    def space(self, h: float) -> None:
        if self.y < self.frame.top:
            self.y -= h

    # ---- content --------------------------------------------------------------------------
    def para(
        self,
        text: str,
        st: PStyle,
        bullet: str | None = None,
        keep_lines: int = 2,
    ) -> None:
        fr = self.frame
        width = fr.width - st.left_indent
        lines = wrap(text, st.font, st.size, width - st.first_indent, width)
        self.space(st.space_before)
        # orphan control: keep the first `keep_lines` lines together
        self.ensure(st.leading * min(keep_lines, len(lines)))
        for i, ln in enumerate(lines):
            if self.y - st.leading < self.frame.bottom - 0.5:
                self.next_frame()
            fr = self.frame
            x0 = fr.x + st.left_indent + (st.first_indent if i == 0 else 0.0)
            avail = fr.width - st.left_indent - (st.first_indent if i == 0 else 0.0)
            base = self.y - st.size
            self._draw_line(ln, st, x0, base, avail)
            if i == 0 and bullet:
                bx = fr.x + st.left_indent - 11
                self.op(_text_op(st.font, st.size, st.color, bx, base, bullet))
            self.y -= st.leading
        self.y -= st.space_after

    def _draw_line(self, ln: Line, st: PStyle, x0: float, base: float, avail: float) -> None:
        s = " ".join(ln.words)
        width = _w(s, st.font, st.size)
        if ln.split:
            self.hyphenated.append((self.page_no, *ln.split))
        if ln.forced:
            self.forced_fill.append(width / avail)
            self.forced_text.append(s)
        justify = st.align == "justify" and len(ln.words) > 1 and (not ln.last or ln.forced)
        if justify and ln.forced and width / avail < 0.72:
            justify = False
        if justify:
            total = sum(_w(w, st.font, st.size) for w in ln.words)
            gap = (avail - total) / (len(ln.words) - 1)
            x = x0
            for k, w in enumerate(ln.words):
                # keep a real space glyph after each word, as PDF exporters do
                shown = w if k == len(ln.words) - 1 else w + " "
                self.op(_text_op(st.font, st.size, st.color, x, base, shown))
                x += _w(w, st.font, st.size) + gap
        elif st.align == "center":
            self.op(_text_op(st.font, st.size, st.color, x0 + (avail - width) / 2, base, s))
        elif st.align == "right":
            self.op(_text_op(st.font, st.size, st.color, x0 + avail - width, base, s))
        else:
            self.op(_text_op(st.font, st.size, st.color, x0, base, s))

    def heading(
        self,
        number: str | None,
        title: str,
        level: int,
        st: PStyle,
        sep: str = " ",
        keep_after: float = 30.0,
    ) -> None:
        label = f"{number}{sep}{title}" if number else title
        n_lines = len(wrap(label, st.font, st.size, self.frame.width, self.frame.width))
        if self.y < self.frame.top:
            self.y -= st.space_before
        self.ensure(n_lines * st.leading + keep_after)
        self.headings.append(HeadingMark(number, title, level, self.page_no, self.y))
        self.para(label, PStyle(**{**st.__dict__, "space_before": 0.0}), keep_lines=n_lines)

    def block(self, height: float, draw: Callable[[Canvas, float, float, float], None]) -> None:
        """An atomic block: draw(canvas, x, top, width)."""
        self.ensure(height)
        fr = self.frame
        top = self.y

        def _op(c: Canvas, fr: Frame = fr, top: float = top) -> None:
            draw(c, fr.x, top, fr.width)

        self.op(_op)
        self.y -= height


def _text_op(font: str, size: float, color: Color, x: float, y: float, s: str) -> Op:
    def _op(c: Canvas) -> None:
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        c.drawString(x, y, s)

    return _op


def draw_text(c: Canvas, font: str, size: float, x: float, y: float, s: str, color: Color = BLACK) -> None:
    c.setFillColorRGB(*color)
    c.setFont(font, size)
    c.drawString(x, y, s)


def draw_right(c: Canvas, font: str, size: float, x: float, y: float, s: str, color: Color = BLACK) -> None:
    draw_text(c, font, size, x - _w(s, font, size), y, s, color)


def text_width(s: str, font: str, size: float) -> float:
    return _w(s, font, size)


def render(
    c: Canvas,
    pages: list[list[Op]],
    decorate: Callable[[Canvas, int, int], None] | None = None,
    before: Callable[[Canvas, int, int], None] | None = None,
) -> None:
    total = len(pages)
    for i, ops in enumerate(pages, start=1):
        if before:
            before(c, i, total)
        for fn in ops:
            fn(c)
        if decorate:
            decorate(c, i, total)
        c.showPage()


def style(base: PStyle, **kw: Any) -> PStyle:
    return PStyle(**{**base.__dict__, **kw})
