"""pdfplumber's character objects, built faster: the same dicts, without the generic walk.

`Page.process_object` turns every pdfminer layout object into pdfplumber's dict by mapping
each attribute through `resolve_all`, which looks for PDF references inside lists, tuples and
dicts. A character's attributes are numbers, strings and the matrix tuple, never a
reference, yet that walk was most of the time pdfplumber spends on a page of text (more than
reading the content stream). `use_fast_chars` gives a page a `process_object` that builds a
character's dict directly and leaves every other object (lines, rects, images, curves) to
pdfplumber. The dicts are equal, key order included; `tests/test_ingest_pdf.py` compares
them with pdfplumber's own on the sample PDFs, so an upgrade that changes pdfplumber's
objects fails there rather than changing what we read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from unicodedata import normalize as normalize_unicode

from pdfminer.layout import LTChar, LTItem
from pdfplumber.page import ALL_ATTRS, Page, fix_fontname_bytes
from pdfplumber.utils.pdfinternals import resolve_all, resolve_and_decode

__all__ = ["use_fast_chars"]

# Values `resolve_all` returns unchanged: no reference can hide in them.
_PLAIN = frozenset({float, int, str, bool, type(None)})


def use_fast_chars(page: Page) -> None:
    """Let `page` build its character objects with `char_object` (other objects unchanged)."""
    generic: Callable[[LTItem], dict[str, Any]] = page.process_object

    def process_object(obj: LTItem) -> dict[str, Any]:
        # Exactly LTChar: a subclass may carry attributes this shortcut does not know.
        if type(obj) is LTChar:
            return char_object(page, obj)
        return generic(obj)

    page.process_object = process_object  # type: ignore[method-assign]


def char_object(page: Page, obj: LTChar) -> dict[str, Any]:
    """pdfplumber's dict of one character, as `Page.process_object` (0.11) builds it."""
    attr = {
        key: value if type(value) in _PLAIN else _resolved(value)
        for key, value in obj.__dict__.items()
        if key in ALL_ATTRS
    }
    attr["object_type"] = "char"
    attr["page_number"] = page.page_number
    for space in ("ncs", "scs"):
        if hasattr(obj, space):
            attr[space] = _space_name(getattr(obj, space).name)
    text = obj.get_text()
    norm = page.pdf.unicode_norm
    attr["text"] = normalize_unicode(norm, text) if norm is not None else text
    state = obj.graphicstate
    attr["stroking_color"] = state.scolor if isinstance(state.scolor, tuple) else (state.scolor,)
    attr["non_stroking_color"] = state.ncolor if isinstance(state.ncolor, tuple) else (state.ncolor,)
    if isinstance(attr["fontname"], bytes):
        attr["fontname"] = fix_fontname_bytes(attr["fontname"])
    mb_x0, mb_top = page.mediabox[:2]
    if "y0" in attr:
        attr["top"] = (page.height - attr["y1"]) + mb_top
        attr["bottom"] = (page.height - attr["y0"]) + mb_top
        attr["doctop"] = page.initial_doctop + attr["top"]
    if "x0" in attr and mb_x0 != 0:
        attr["x0"] = attr["x0"] + mb_x0
        attr["x1"] = attr["x1"] + mb_x0
    return attr


def _resolved(value: Any) -> Any:
    """`resolve_all`, with a tuple of plain values (the matrix) copied without recursion."""
    if type(value) is tuple and _PLAIN.issuperset(map(type, value)):
        return tuple(value)
    return resolve_all(value)


def _space_name(name: Any) -> Any:
    """`resolve_and_decode` of a colour space's name, decoded once per name and process.

    Every character carries its colour spaces, and decoding a name goes through
    PDFDocEncoding one letter at a time (a generator per letter): about a tenth of reading a
    page of text, for the two or three names a PDF uses. A name is a str (or bytes), and
    decoding one depends on nothing else; anything else is decoded each time, as before.
    """
    if type(name) is not str and type(name) is not bytes:
        return resolve_and_decode(name)
    decoded = _SPACE_NAMES.get(name)
    if decoded is None:
        if len(_SPACE_NAMES) >= _MAX_SPACE_NAMES:
            _SPACE_NAMES.clear()
        decoded = _SPACE_NAMES[name] = resolve_and_decode(name)
    return decoded


# Decoded colour-space names; a PDF names a handful, a hostile one cannot grow this unbounded.
_SPACE_NAMES: dict[str | bytes, Any] = {}
_MAX_SPACE_NAMES = 256
