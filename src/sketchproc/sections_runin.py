"""Run-in headings: a numbered bold opening that heads the paragraph it starts.

Compact sketches put the heading into the first line of its paragraph
("**3. Ausgangslage.** Die Stadt hat …") instead of a line of its own. The
readers keep such a bold opening as `Block.lead`; here it becomes a heading
block of its own, followed by the rest of the paragraph, so the sections stage
reads it like any other numbered heading.

A single bold opening proves nothing (a bold "Wichtig:" or a measure's label
"1. Bürgerservice:" in a list); the openings must form an outline: several of
them, numbered in ascending order, in a document that declares no headings. A
sketch without any heading may also be built of unnumbered openings ("**Geld:**",
"**Und nach 2020?**"); there it takes more of them to be sure.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from sketchproc.model import Block, BlockKind
from sketchproc.numbering import HeadingNumber, NumberKind, split_number
from sketchproc.settings import SectionSettings

__all__ = ["split_run_in_headings"]

# A run-in heading is closed by a full stop or colon (or by nothing before the text runs on).
_CLOSING = ".:"


@dataclass(frozen=True)
class _Opening:
    position: int
    label: str  # the heading text with its number, closing mark removed
    rest: str  # the paragraph text after the opening ("" for a bold line alone)


def split_run_in_headings(body: Sequence[Block], settings: SectionSettings) -> list[Block]:
    """The body with each run-in heading split off into a heading block of its own."""
    if any(block.outline_level is not None for block in body):
        return list(body)  # the document declares its headings; bold openings are labels
    numbered = [found for found in (_opening(i, b, settings) for i, b in enumerate(body)) if found]
    openings = [opening for opening, _ in numbered]
    run_ins = [o for o in openings if o.rest]
    if len(run_ins) < settings.min_run_in_headings or not _ascending([number for _, number in numbered]):
        openings = _unnumbered_openings(body, settings)
        if not openings:
            return list(body)
    by_position = {o.position: o for o in openings}
    result: list[Block] = []
    for position, block in enumerate(body):
        opening = by_position.get(position)
        if opening is None:
            result.append(block)
            continue
        style = block.style.model_copy(update={"bold": True})
        result.append(block.model_copy(update={"text": opening.label, "style": style, "lead": None}))
        if opening.rest:
            result.append(block.model_copy(update={"text": opening.rest, "lead": None}))
    return result


def _opening(position: int, block: Block, settings: SectionSettings) -> tuple[_Opening, HeadingNumber] | None:
    """A numbered bold opening of a paragraph, or a numbered bold line closed by a full stop,
    with its number."""
    if block.kind is not BlockKind.PARAGRAPH:
        return None
    if block.lead is not None:
        lead, rest = block.lead, block.text[len(block.lead) :].strip()
    elif block.style.bold and block.text.rstrip().endswith(tuple(_CLOSING)):
        lead, rest = block.text, ""  # "13. Anlagen." alone: a heading the full stop hid
    else:
        return None
    label = lead.strip().rstrip(_CLOSING).strip()
    number, title = split_number(label)
    if number is None or not title or not any(char.isalpha() for char in title):
        return None
    if not _heading_like(title, settings):
        return None  # a sentence in bold, not a heading
    return _Opening(position, label, rest), number


def _unnumbered_openings(body: Sequence[Block], settings: SectionSettings) -> list[_Opening]:
    """Bold openings without numbers, where the whole sketch is built of them (no bold lines).

    "**Ausgangslage.** Sangerhausen hat …", "**Was wir vorhaben:** …", "**Und nach 2020?** …":
    a sketch without a single heading whose paragraphs open with a bold label, one topic after
    the other. Many such openings are its outline; a few are emphasis and stay text.
    """
    if sum(1 for block in body if _bold_line(block)) > 1:
        return []  # bold lines of their own head the sketch; bold openings label its items
    openings: list[_Opening] = []
    for position, block in enumerate(body):
        if block.kind is not BlockKind.PARAGRAPH or block.lead is None:
            continue
        label = block.lead.strip().rstrip(_CLOSING).strip()
        rest = block.text[len(block.lead) :].strip()
        closed = block.lead.rstrip().endswith((*_CLOSING, "?"))
        if not closed or not rest or not any(char.isalpha() for char in label):
            continue
        if split_number(label)[0] is not None:
            continue  # numbered openings out of order are a list (see `_ascending`)
        if not _heading_like(label, settings):
            continue
        openings.append(_Opening(position, label, rest))
    return openings if len(openings) >= settings.min_unnumbered_run_ins else []


def _heading_like(title: str, settings: SectionSettings) -> bool:
    """A short noun phrase, not a sentence set in bold: few words, no inner full stop or colon."""
    return len(title.split()) <= settings.max_run_in_words and not any(mark in title for mark in ".:;")


def _bold_line(block: Block) -> bool:
    """A short paragraph set in bold throughout: a heading or a title, not an opening."""
    return (
        block.kind is BlockKind.PARAGRAPH
        and block.style.bold
        and block.lead is None
        and len(block.text.split()) <= _LINE_WORDS
    )


# A bold line longer than this is an emphasised sentence, not a heading.
_LINE_WORDS = 12


def _ascending(numbers: Sequence[HeadingNumber]) -> bool:
    """The top-level numbers of the openings rise from one to the next (1., 2., 3. or 2.1, 2.2, 3.)."""
    keys = [_sort_key(number) for number in numbers]
    return all(a < b for a, b in itertools.pairwise(keys))


def _sort_key(number: HeadingNumber) -> tuple[int, ...]:
    if number.kind is NumberKind.DECIMAL:
        return tuple(int(part) for part in number.display.split("."))
    if number.kind is NumberKind.ROMAN:
        return (_roman_value(number.display),)
    return (ord(number.display.lower()),)


def _roman_value(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    digits = [values[char] for char in text.upper()]
    return sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d for i, d in enumerate(digits))
