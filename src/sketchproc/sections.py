"""Sections: find the headings of a `Document` and build one consistent tree.

The chain: body_blocks → split_run_in_headings → heading_candidates → read_letters_in_sequence →
drop_title_lines →
keep_consistent_looks → assign_levels
→ build_sections. Heading evidence comes from the readers (declared levels from
styles, `w:outlineLvl` or PDF bookmarks; bold, size, caps; Word's automatic
numbers) and from the text (typed numbers, shape, a table of contents).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from sketchproc.ingest.titles import project_title, says_kind
from sketchproc.model import Block, BlockKind, Document, Section, SectionedDocument, Zone, block_text
from sketchproc.numbering import HeadingNumber, NumberKind, as_letter, parse_number, split_number
from sketchproc.quantities import POSTAL_ADDRESS, find_dates
from sketchproc.sections_runin import split_run_in_headings
from sketchproc.settings import SectionSettings

__all__ = ["sections_from_document"]


# How a heading looks: size, bold, caps, upright. Headings that look alike share a level.
Signature = tuple[float, bool, bool, bool]


@dataclass(frozen=True)
class Heading:
    """A block chosen as a heading, with the evidence its level is derived from."""

    position: int  # index into the body blocks
    block: Block
    number: HeadingNumber | None
    title: str
    signature: Signature


def sections_from_document(
    document: Document, settings: SectionSettings | dict[str, object] | None = None
) -> SectionedDocument:
    """Split a document into its sections, with levels consistent across the tree."""
    resolved = SectionSettings.resolve(settings)
    body = split_run_in_headings(body_blocks(document), resolved)
    headings = heading_candidates(body, document, resolved)
    headings = read_letters_in_sequence(headings)
    headings = drop_title_lines(headings, body, document, resolved)
    headings = keep_consistent_looks(headings, resolved)
    levels = assign_levels(headings)
    return build_sections(document, body, headings, levels)


def body_blocks(document: Document) -> list[Block]:
    """Blocks that can be section text: not cover, table of contents or page furniture."""
    return [block for block in document.blocks if block.zone is Zone.BODY]


def heading_candidates(body: Sequence[Block], document: Document, settings: SectionSettings) -> list[Heading]:
    """Choose the body blocks that are headings."""
    toc_titles = [_normalise(entry.title) for entry in document.toc]
    body_size = document.body_size
    headings = []
    for position, block in enumerate(body):
        if block.kind is BlockKind.TABLE:
            continue
        number, title = _number_and_title(block)
        if not _heading_shaped(title, block, settings):
            continue
        if _is_heading(position, body, block, number, title, body_size, toc_titles, settings):
            headings.append(Heading(position, block, number, title, _signature(block)))
    return headings


def _number_and_title(block: Block) -> tuple[HeadingNumber | None, str]:
    if block.number_auto and block.number:
        return parse_number(block.number), block.text.strip()
    if _starts_with_date(block.text):
        # "1. Quartal 2019: Stelle besetzen", "1. März 2019 Auftakt": the number is the date's
        # day or ordinal, not a chapter's number.
        return None, block.text.strip()
    return split_number(block.text)


def _starts_with_date(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped[:1].isdigit()) and any(d.start == 0 for d in find_dates(stripped[:40]))


def _heading_shaped(title: str, block: Block, settings: SectionSettings) -> bool:
    """Short, has letters, and does not read as a sentence."""
    words = len(title.split())
    limit = settings.max_declared_heading_words if block.outline_level else settings.max_heading_words
    if (
        not title
        or words > limit
        or len(title) > settings.max_heading_chars * (2 if block.outline_level else 1)
    ):
        return False
    if not any(char.isalpha() for char in title):
        return False
    if block.outline_level:
        return True
    if _CURRENCY.search(title):
        return False  # "Gesamtkosten 225.000 €" is a figure in a box, not a heading
    if _POSTAL.search(title):
        return False  # "Gemeinde Löbnitz · Schulstraße 2 · 04509 Löbnitz": a letterhead, not a heading
    if title.lstrip()[:1] in _BULLETS:
        return False  # "• Hochschule Anhalt, Professur …": a list item whose bullet is text
    if title.split()[-1].casefold() in _FUNCTION_WORDS:
        return False  # "… vier Zukunftswerkstätten in": a wrapped line breaks off, a heading does not
    # A heading is a noun phrase: a final full stop, comma or semicolon marks a
    # sentence or a list entry. Abbreviations ("u. a.") are rare at the end.
    return not title.rstrip().endswith((".", ",", ";"))


_CURRENCY = re.compile(r"€|\bEUR\b|\bEuro\b")
# A postal address or an e-mail address: a letterhead's, not a heading's.
_POSTAL = re.compile(rf"{POSTAL_ADDRESS.pattern}|\w@\w")
# Bullet glyphs a PDF keeps in the text of a list item.
_BULLETS = frozenset("•●▪◦■□➢►✓")
# Words a German heading never ends with: articles, conjunctions and prepositions that cannot
# be the particle closing a clause ("So packen wir es an" ends in a particle and is a heading).
_FUNCTION_WORDS = frozenset(
    "der die das den dem des ein eine einen einem einer "  # noqa: SIM905 - a word list reads best as text
    "und oder sowie aber in im am vom zum zur von für ohne als".split()
)


def _is_heading(
    position: int,
    body: Sequence[Block],
    block: Block,
    number: HeadingNumber | None,
    title: str,
    body_size: float | None,
    toc_titles: Sequence[str],
    settings: SectionSettings,
) -> bool:
    if block.outline_level is not None:
        return True
    if toc_titles and _in_toc(title, toc_titles, settings):
        return True
    if block.kind is BlockKind.LIST_ITEM and number is None:
        return False  # a bullet point, however bold
    if _emphasised(block, body_size, settings):
        # A bold numbered list ("1. Befragung", "2. Workshops") is a list.
        return (
            number is None or block.kind is not BlockKind.LIST_ITEM or _stands_alone(position, body, number)
        )
    if number is None:
        return False
    # Plain-looking numbered lines are headings when the number is deep
    # ("2.1 Ausgangslage") or the line stands alone, not inside a list.
    return number.depth >= 2 or _stands_alone(position, body, number)


def _emphasised(block: Block, body_size: float | None, settings: SectionSettings) -> bool:
    style = block.style
    larger = bool(style.size and body_size and style.size >= body_size * settings.size_ratio_heading)
    caps = style.all_caps or (block.text.isupper() and sum(c.isalpha() for c in block.text) >= 4)
    return style.bold or larger or caps


def _stands_alone(position: int, body: Sequence[Block], number: HeadingNumber) -> bool:
    """True unless a neighbour is numbered at the same depth in the same family (a list)."""
    if position + 1 >= len(body):
        return False  # a heading with nothing after it is a stray line
    for neighbour in (position - 1, position + 1):
        if 0 <= neighbour < len(body) and body[neighbour].kind is not BlockKind.TABLE:
            other, _ = _number_and_title(body[neighbour])
            if other is not None and other.kind is number.kind and other.depth == number.depth:
                return False
    return True


def _in_toc(title: str, toc_titles: Sequence[str], settings: SectionSettings) -> bool:
    normalised = _normalise(title)
    return any(fuzz.ratio(normalised, entry) >= settings.toc_match_score for entry in toc_titles)


def _signature(block: Block) -> Signature:
    style = block.style
    return (style.size or 0.0, style.bold, style.all_caps, not style.italic)


def read_letters_in_sequence(headings: list[Heading]) -> list[Heading]:
    """ "I." after "H." is the letter I, not the roman one (and likewise V, X, L)."""
    result: list[Heading] = []
    previous_letter: str | None = None
    for heading in headings:
        number = heading.number
        letter = as_letter(number) if number is not None else None
        if letter is not None and previous_letter and ord(letter.display) == ord(previous_letter) + 1:
            heading = replace(heading, number=letter)
            number = letter
        if number is not None and number.kind is NumberKind.UPPER_ALPHA:
            previous_letter = number.display
        result.append(heading)
    return result


def drop_title_lines(
    headings: list[Heading], body: Sequence[Block], document: Document, settings: SectionSettings
) -> list[Heading]:
    """Drop the sketch's title lines ("Projektskizze …", the applicant's name) above the outline.

    In a document with numbered or declared headings, unnumbered candidates
    before the first of them are title lines unless real text follows them.
    Without such headings, the first candidate is the title when it equals the
    document title or is set larger than every other candidate.
    """
    structured = [h for h in headings if h.number is not None or h.block.outline_level is not None]
    if structured:
        first = structured[0].position
        return [h for h in headings if h.position >= first or _heads_text(h, headings, body, settings)]
    headings = _without_kind_lines(headings, body, settings)
    if len(headings) < 2:
        return headings
    lead = headings[0]
    wanted = _normalise(document.title or "")
    # "Projektskizze „X“" over the first chapter names the title X; over text, it heads a part.
    names_it = _normalise(project_title(lead.title) or "") == wanted
    heads_chapter = names_it and not _heads_text(lead, headings, body, settings)
    if document.title and (_normalise(lead.title) == wanted or heads_chapter):
        return _without_kind_lines(headings[1:], body, settings)
    if lead.position == 0 and lead.signature[0] > max(h.signature[0] for h in headings[1:]):
        return headings[1:]
    return headings


def _without_kind_lines(
    headings: list[Heading], body: Sequence[Block], settings: SectionSettings
) -> list[Heading]:
    """The headings without leading lines that say what the document is ("Projektskizze für ein
    Regionales Digitalisierungszentrum im Landkreis Börde", "Projektskizze „X“ – Aufbau …") and
    head no text: they belong to the title block, above or below the title."""
    while (
        len(headings) >= 2
        and says_kind(headings[0].title)
        and not _heads_text(headings[0], headings, body, settings)
    ):
        headings = headings[1:]
    return headings


def _heads_text(
    heading: Heading, headings: Sequence[Heading], body: Sequence[Block], settings: SectionSettings
) -> bool:
    following = [h.position for h in headings if h.position > heading.position]
    end = following[0] if following else len(body)
    return any(
        len(block_text(b).split()) > settings.title_block_max_words for b in body[heading.position + 1 : end]
    )


def keep_consistent_looks(headings: list[Heading], settings: SectionSettings) -> list[Heading]:
    """In a numbered outline, an unnumbered line counts only if it looks like the numbered headings.

    Authors who number their chapters give every heading level one look; a bold
    line in another size is a box label or an emphasis ("Auf einen Blick").
    """
    numbered = [h for h in headings if h.number is not None]
    if not headings or len(numbered) < settings.numbered_outline_share * len(headings):
        return headings
    looks = {h.signature for h in numbered}
    return [
        h
        for h in headings
        if h.number is not None or h.block.outline_level is not None or h.signature in looks
    ]


def assign_levels(headings: Sequence[Heading]) -> list[int]:
    """Levels from numbering depth first, then declared levels, then font rank."""
    ladder = _numbering_ladder(headings)
    known = [_known_level(heading, ladder) for heading in headings]
    by_signature = _levels_by_signature(headings, known)
    raw = [
        level if level is not None else by_signature[heading.signature]
        for heading, level in zip(headings, known, strict=True)
    ]
    return _make_consistent(raw)


def _numbering_ladder(headings: Sequence[Heading]) -> dict[NumberKind, int]:
    """Each numbering family starts one level below the deepest family seen before it."""
    depth_of: dict[NumberKind, int] = {}
    for heading in headings:
        if heading.number is not None:
            kind = heading.number.kind
            depth_of[kind] = max(depth_of.get(kind, 0), heading.number.depth)
    base = 1
    ladder = {}
    for kind, depth in depth_of.items():  # dicts keep first-appearance order
        ladder[kind] = base
        base += depth
    return ladder


def _known_level(heading: Heading, ladder: dict[NumberKind, int]) -> int | None:
    if heading.number is not None:
        return ladder[heading.number.kind] + heading.number.depth - 1
    return heading.block.outline_level


def _levels_by_signature(headings: Sequence[Heading], known: Sequence[int | None]) -> dict[Signature, int]:
    """Unnumbered headings take the level of numbered ones that look the same, else a font rank."""
    seen: dict[Signature, Counter[int]] = {}
    for heading, level in zip(headings, known, strict=True):
        counter = seen.setdefault(heading.signature, Counter())
        if level is not None:
            counter[level] += 1
    levels: dict[Signature, int] = {}
    previous = 0
    for signature in sorted(seen, reverse=True):  # most prominent first
        counter = seen[signature]
        level = counter.most_common(1)[0][0] if counter else previous + 1
        levels[signature] = level
        previous = level
    return levels


def _make_consistent(raw: Sequence[int]) -> list[int]:
    """Shift so the top level is 1 and never descend more than one level at a time."""
    if not raw:
        return []
    shift = min(raw) - 1
    levels: list[int] = []
    for value in raw:
        level = value - shift
        ceiling = (levels[-1] + 1) if levels else 1
        levels.append(max(1, min(level, ceiling)))
    return levels


def build_sections(
    document: Document, body: Sequence[Block], headings: Sequence[Heading], levels: Sequence[int]
) -> SectionedDocument:
    """Cut the body at the headings and link each section to its parent."""
    sections: list[Section] = []
    stack: list[Section] = []
    bounds = [heading.position for heading in headings] + [len(body)]
    for index, (heading, level) in enumerate(zip(headings, levels, strict=True)):
        while stack and stack[-1].level >= level:
            stack.pop()
        section = Section(
            index=index,
            number=heading.number.display if heading.number else None,
            title=_clean_title(heading.title),
            level=level,
            parent=stack[-1].index if stack else None,
            provenance=heading.block.provenance,
            blocks=tuple(body[heading.position + 1 : bounds[index + 1]]),
        )
        sections.append(section)
        stack.append(section)
    preamble = tuple(body[: bounds[0]])
    return SectionedDocument(document=document, preamble=preamble, sections=tuple(sections))


def _clean_title(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip().rstrip(":").strip()


def _normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    _, title = split_number(folded)
    return re.sub(r"[^\w]+", " ", title).strip()
