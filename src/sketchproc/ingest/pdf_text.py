"""Text repair for PDF words and lines: encoding damage, font names, German hyphenation.

PDFs exported from Word carry ligature glyphs ("ﬁ"), replacement characters and
unmapped glyphs that pdfminer spells "(cid:87)" (spec §5.9). Line-end hyphens
must be joined without destroying real compounds such as "E-Government".
"""

from __future__ import annotations

import re
import unicodedata

_CID = re.compile(r"\(cid:\d+\)")
# C0/C1 control characters other than tab and newline; U+FFFD is the replacement glyph.
_JUNK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffd]")
_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
_BOLD_MARKERS = ("bold", "black", "heavy", "semibold", "demi")
_ITALIC_MARKERS = ("italic", "oblique")
# Suffixes font vendors append to the family name ("ArialMT", "TimesNewRomanPSMT").
_FAMILY_SUFFIX = re.compile(r"(PSMT|MT|PS)$")
_SENTENCE_END = (".", "!", "?", ":", ";")
# After "Landes-" these words mean the hyphen is a German ellipsis ("Landes- und Bundesebene").
_ELLIPSIS_CONJUNCTIONS = frozenset({"und", "oder", "bzw.", "sowie", "bis"})
SOFT_HYPHEN = "\u00ad"


def count_cid(text: str) -> int:
    """Number of unmapped glyphs ("(cid:NN)") in raw pdfminer text."""
    return len(_CID.findall(text))


def glyph_count(text: str) -> int:
    """Characters of raw pdfminer text, each "(cid:NN)" counted as one glyph."""
    return len(_CID.sub("#", text))


def clean_text(text: str) -> str:
    """NFKC-normalise (expands ligatures), drop "(cid:NN)", U+FFFD and control characters.

    A soft hyphen is kept: at a line end it marks where to join.
    """
    text = _CID.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    return _JUNK.sub("", text)


def strip_subset(fontname: str) -> str:
    """Font name without the PDF subset prefix ("ABCDEF+Arial-BoldMT" → "Arial-BoldMT")."""
    return _SUBSET_PREFIX.sub("", fontname)


def is_bold(font: str) -> bool:
    """True for bold-looking font names (Bold, Black, Heavy, Semibold, Demi, ",Bold", "-B")."""
    lowered = font.lower()
    return any(marker in lowered for marker in _BOLD_MARKERS) or font.endswith("-B")


def is_italic(font: str) -> bool:
    """True for italic or oblique font names (also ",Italic" and "-I" suffixes)."""
    lowered = font.lower()
    return any(marker in lowered for marker in _ITALIC_MARKERS) or font.endswith(("-I", "-BI"))


def font_family(font: str | None) -> str | None:
    """Family part of a font name: "Arial-BoldMT" and "ArialMT" are both "Arial"."""
    if font is None:
        return None
    family = re.split(r"[-,]", font, maxsplit=1)[0]
    return _FAMILY_SUFFIX.sub("", family) or family


def ends_sentence(text: str) -> bool:
    """True if the text ends with final punctuation (closing quotes/brackets ignored)."""
    return text.rstrip(" \"'”“»«)]").endswith(_SENTENCE_END)


def join_lines(first: str, second: str) -> str:
    """Join two lines of one paragraph, resolving a hyphen at the end of the first.

    "Digitalisie-" + "rung" → "Digitalisierung"; "E-" + "Government" →
    "E-Government"; "Landes-" + "und Bundesebene" → "Landes- und Bundesebene".
    """
    first, second = first.rstrip(), second.lstrip()
    if not first or not second:
        return first + second
    if first.endswith(SOFT_HYPHEN):
        return first[:-1] + second
    if not _ends_with_word_hyphen(first):
        return f"{first} {second}"
    next_word = second.split(maxsplit=1)[0]
    if next_word.casefold() in _ELLIPSIS_CONJUNCTIONS:
        return f"{first} {second}"
    if next_word[0].islower():
        return first[:-1] + second
    return first + second


def _ends_with_word_hyphen(text: str) -> bool:
    return len(text) >= 2 and text[-1] == "-" and text[-2].isalpha()


def drop_soft_hyphens(text: str) -> str:
    """Remove soft hyphens left inside a finished text (they are invisible in the PDF)."""
    return text.replace(SOFT_HYPHEN, "")
