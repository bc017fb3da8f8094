"""Visible text of one DOCX paragraph in Word's "final" view, plus page and field state.

Unwraps the containers that hide text from python-docx (content controls,
smart tags, custom XML, hyperlinks, simple fields, insertions), drops deleted
and moved-away text, and collects text boxes so they can be emitted after the
paragraph that anchors them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sketchproc.ingest.docx_styles import RunFormat, StyleSheet
from sketchproc.ingest.docx_xml import (
    MC_ALTERNATE,
    W_SDT,
    W_SDT_CONTENT,
    Element,
    alternate_branch,
    attr,
    outer_text_boxes,
    w,
)

_UNWRAPPED = frozenset(
    w(tag) for tag in ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "dir", "bdo")
)
_OBJECTS = frozenset(w(tag) for tag in ("drawing", "pict", "object"))
_LINE_BREAK = "\n"
_HORIZONTAL_SPACE = re.compile(r"[^\S\n\t]+")


@dataclass
class PageTracker:
    """Counts pages from Word's rendered and hard page breaks (only if the file has rendered ones).

    Word writes a w:lastRenderedPageBreak right after a hard break as well; a
    rendered break that follows a hard one before any text is the same break
    and is not counted twice.
    """

    enabled: bool
    page: int = 1
    _after_hard_break: bool = False

    def hard_break(self) -> None:
        """A w:br w:type="page" or a paragraph with pageBreakBefore."""
        self.page += 1
        self._after_hard_break = True

    def rendered_break(self) -> None:
        """A w:lastRenderedPageBreak."""
        if self._after_hard_break:
            self._after_hard_break = False
        else:
            self.page += 1

    def saw_text(self) -> None:
        """Visible text ends the window in which a rendered break repeats a hard one."""
        self._after_hard_break = False

    @property
    def current(self) -> int | None:
        """The page now being read, or None when the file carries no page information."""
        return self.page if self.enabled else None


@dataclass
class FieldTracker:
    """Open complex fields (w:fldChar begin … end), which may span many paragraphs."""

    _instructions: list[list[str]] = field(default_factory=list)

    def begin(self) -> None:
        """A field starts."""
        self._instructions.append([])

    def instruction(self, text: str) -> None:
        """Part of the innermost open field's code (w:instrText may be split over runs)."""
        if self._instructions:
            self._instructions[-1].append(text)

    def end(self) -> None:
        """The innermost field ends."""
        if self._instructions:
            self._instructions.pop()

    @property
    def in_toc(self) -> bool:
        """True while inside a TOC field's code or result."""
        return any("".join(parts).lstrip().upper().startswith("TOC") for parts in self._instructions)


@dataclass
class TextPiece:
    """A run of visible text with its resolved formatting."""

    text: str
    fmt: RunFormat | None


@dataclass
class ParagraphContent:
    """What one paragraph contributes: text pieces, anchored text boxes, page and TOC state."""

    pieces: list[TextPiece] = field(default_factory=list)
    text_boxes: list[Element] = field(default_factory=list)
    page: int | None = None
    in_toc_field: bool = False

    @property
    def raw_text(self) -> str:
        """Normalised text that keeps tabs (TOC lines are recognised by "title<TAB>page")."""
        return normalise_text("".join(piece.text for piece in self.pieces), keep_tabs=True)

    @property
    def text(self) -> str:
        """Normalised text with tabs as spaces."""
        return normalise_text("".join(piece.text for piece in self.pieces), keep_tabs=False)


def normalise_text(text: str, *, keep_tabs: bool) -> str:
    """NFKC, soft hyphens dropped, non-breaking hyphens as "-", spaces collapsed, stripped."""
    text = text.replace("\u00ad", "").replace("\u2011", "-")
    text = unicodedata.normalize("NFKC", text)
    if not keep_tabs:
        text = text.replace("\t", " ")
    text = _HORIZONTAL_SPACE.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


class ParagraphReader:
    """Reads paragraphs in document order, sharing page and field state across them."""

    def __init__(self, styles: StyleSheet, pages: PageTracker, fields: FieldTracker) -> None:
        self._styles = styles
        self._pages = pages
        self._fields = fields

    def read(self, paragraph: Element, style_id: str | None, page_break_before: bool) -> ParagraphContent:
        """The visible content of one w:p."""
        if page_break_before:
            self._pages.hard_break()
        content = ParagraphContent(in_toc_field=self._fields.in_toc)
        self._walk(paragraph, content, style_id)
        if content.page is None:
            content.page = self._pages.current
        return content

    def _walk(self, element: Element, content: ParagraphContent, style_id: str | None) -> None:
        for sub in element:
            tag = sub.tag
            if tag == w("r"):
                self._read_run(sub, sub, content, style_id)
            elif tag in _UNWRAPPED:
                self._walk(sub, content, style_id)
            elif tag == w("fldSimple"):
                if (attr(sub, "instr") or "").lstrip().upper().startswith("TOC"):
                    content.in_toc_field = True
                self._walk(sub, content, style_id)
            elif tag == W_SDT:
                sdt_content = sub.find(W_SDT_CONTENT)
                if sdt_content is not None:
                    self._walk(sdt_content, content, style_id)
            elif tag == MC_ALTERNATE:
                branch = alternate_branch(sub)
                if branch is not None:
                    self._walk(branch, content, style_id)
            # w:del, w:moveFrom, w:pPr, bookmarks, comments: not part of the final text

    def _read_run(
        self, run: Element, container: Element, content: ParagraphContent, style_id: str | None
    ) -> None:
        fmt = self._styles.run_format(run, style_id)
        for sub in container:
            tag = sub.tag
            if tag == w("t"):
                self._add_text(content, sub.text or "", fmt)
            elif tag in (w("tab"), w("ptab")):
                self._add_text(content, "\t", fmt)
            elif tag == w("br"):
                self._read_break(sub, content, fmt)
            elif tag == w("cr"):
                self._add_text(content, _LINE_BREAK, fmt)
            elif tag == w("noBreakHyphen"):
                self._add_text(content, "-", fmt)
            elif tag == w("lastRenderedPageBreak"):
                self._pages.rendered_break()
            elif tag == w("fldChar"):
                self._read_field_char(sub, content)
            elif tag == w("instrText"):
                self._fields.instruction(sub.text or "")
                content.in_toc_field = content.in_toc_field or self._fields.in_toc
            elif tag in _OBJECTS:
                content.text_boxes.extend(outer_text_boxes(sub))
            elif tag == MC_ALTERNATE:
                branch = alternate_branch(sub)
                if branch is not None:
                    self._read_run(run, branch, content, style_id)
            # w:delText, w:softHyphen, w:sym, w:rPr: nothing visible to keep

    def _read_break(self, br: Element, content: ParagraphContent, fmt: RunFormat) -> None:
        if attr(br, "type") == "page":
            self._pages.hard_break()
        else:
            self._add_text(content, _LINE_BREAK, fmt)

    def _read_field_char(self, element: Element, content: ParagraphContent) -> None:
        kind = attr(element, "fldCharType")
        if kind == "begin":
            self._fields.begin()
        elif kind == "end":
            content.in_toc_field = content.in_toc_field or self._fields.in_toc
            self._fields.end()

    def _add_text(self, content: ParagraphContent, text: str, fmt: RunFormat) -> None:
        if fmt.hidden:  # w:vanish: Word neither shows nor prints it
            return
        if text.strip():
            if content.page is None:
                content.page = self._pages.current
            self._pages.saw_text()
        content.pieces.append(TextPiece(text, fmt))
