"""The project title from the title page, the same way for Word and PDF.

Where a title can stand, most telling first:

1. a paragraph in Word's Title style (.docx only);
2. the title in the file's properties, unless a program made it from the file name;
3. the largest line of the opening lines, if set larger than the body text;
4. a labelled line among the first blocks ("Betreff: …", "Projekttitel: …");
5. the first bold opening line.

The opening lines are the paragraphs before the first heading, table or table of contents:
the cover page or the title block of a sketch without one. A section heading never names
the project: no candidate may be numbered like a chapter or stand again as a heading further
down. An opening line that is only the kind of document ("Projektskizze", "Projektskizze zur
Förderung eines Zentrums im Land …") hands over to the next emphasised opening line.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sketchproc.ingest.titles import (
    chapter_numbered,
    continues_phrase,
    file_like,
    kind_line_title,
    kind_only,
    labelled,
    names_kind,
    project_title,
    quoted_title,
    runin_title,
    says_kind,
    title_key,
)
from sketchproc.model import Block, BlockKind, Zone
from sketchproc.quantities.dates import Precision, find_dates
from sketchproc.settings import IngestSettings

__all__ = ["TitlePage", "title_from_page"]

# The marks a quoted name opens with.
_OPENING_QUOTES = tuple('„“"»«‚')

# A year alone may belong to a name ("Digitalstrategie 2025"); a day or a month dates the line.
_DATED = (Precision.DAY, Precision.MONTH)


@dataclass(frozen=True)
class TitlePage:
    """What a reader knows about the start of a document."""

    blocks: Sequence[Block]
    body_size: float | None
    metadata_title: str | None = None
    styled_title: int | None = None  # position of the first Title-style paragraph (.docx)
    declared: frozenset[int] = frozenset()  # positions of Title- and Subtitle-style paragraphs
    # Each block's lines as printed (PDF); a .docx paragraph breaks its lines itself ("\n").
    block_lines: Sequence[Sequence[str]] = ()


def title_from_page(page: TitlePage, settings: IngestSettings) -> str | None:
    """The project's title, or None when the document shows none."""
    fallback: str | None = None
    for candidate in _candidates(page, settings):
        if candidate is None or not _names_a_project(candidate, page, settings):
            continue
        if kind_only(candidate):
            fallback = fallback or candidate
            continue
        return project_title(candidate)
    return project_title(fallback)


def _candidates(page: TitlePage, settings: IngestSettings) -> Iterator[str | None]:
    opening = _opening(page.blocks, settings)
    styled = page.styled_title
    if styled is not None:
        yield _handed_over(styled, opening, page, settings) if styled in opening else page.blocks[styled].text
    yield page.metadata_title
    larger = [i for i in opening if _larger_than_body(page.blocks[i], page.body_size)]
    if larger:
        largest = max(larger, key=lambda i: (page.blocks[i].style.size or 0.0, -i))
        yield _handed_over(largest, opening, page, settings)
    lines = list(_runin_lines(page, settings))
    yield next(filter(None, map(runin_title, lines)), None)
    yield next(filter(None, map(quoted_title, lines)), None)
    bold = [i for i in opening if page.blocks[i].style.bold]
    if bold:
        yield _handed_over(bold[0], opening, page, settings)
    yield next(filter(None, map(kind_line_title, lines)), None)


def _runin_lines(page: TitlePage, settings: IngestSettings) -> Iterator[str]:
    """The first blocks' lines, a line that goes on a labelled one joined to it, table rows as "a: b"."""
    for position, block in enumerate(page.blocks[: settings.title_runin_max_blocks]):
        if block.kind is BlockKind.TABLE:
            yield from (": ".join(cells[:2]) for cells in block.rows if len(cells) >= 2)
            continue
        lines = page.block_lines[position] if position < len(page.block_lines) else block.text.split("\n")
        item: list[str] = []
        for line in lines:
            if item and labelled(line):
                yield " ".join(item)
                item = []
            item.append(line)
        if item:
            yield " ".join(item)


def _opening(blocks: Sequence[Block], settings: IngestSettings) -> list[int]:
    """Positions of the paragraphs before the first heading, table or table of contents."""
    positions: list[int] = []
    # Without declared or numbered headings, only their look tells the sections from the title.
    unstructured = not any(_declared_heading(block) for block in blocks)
    for position, block in enumerate(blocks[: settings.title_opening_max_blocks]):
        if block.zone is Zone.TOC or block.kind is BlockKind.TABLE:
            break
        if _declared_heading(block) and not (position == 0 and _titles_the_document(blocks, settings)):
            break
        if unstructured and _repeated_heading(position, blocks, settings):
            break
        positions.append(position)
    return positions


def _repeated_heading(position: int, blocks: Sequence[Block], settings: IngestSettings) -> bool:
    """True if the line stands above plain text in a look that heads long text further down.

    A PDF declares no headings, but its sections share one look ("Antragsteller" and
    "Kurzbeschreibung" both bold 16 pt above a paragraph); a title has a look of its own.
    """
    below = blocks[position + 1].text if position + 1 < len(blocks) else ""
    if says_kind(blocks[position].text) or names_kind(below):
        return False  # "Projektskizze …", or a line over it, heads the document, whatever it looks like
    if position and kind_only(blocks[position - 1].text) and _opens_quoted(blocks[position].text):
        return False  # the quoted name under "Projektskizze zum Förderaufruf „…“" is the title
    if not _heads_text(position, blocks, settings, min_words=1):
        return False
    look = _look(blocks[position])
    return any(
        _look(blocks[later]) == look and _heads_text(later, blocks, settings, settings.title_max_words + 1)
        for later in range(position + 1, len(blocks))
    )


def _heads_text(position: int, blocks: Sequence[Block], settings: IngestSettings, min_words: int) -> bool:
    """True if a short line stands right above a plain paragraph of at least `min_words` words."""
    if position + 1 >= len(blocks) or len(blocks[position].text.split()) > settings.title_max_words:
        return False
    below = blocks[position + 1]
    plain = not below.style.bold and _look(below) != _look(blocks[position])
    return below.kind is not BlockKind.TABLE and plain and len(below.text.split()) >= min_words


def _look(block: Block) -> tuple[float | None, bool]:
    return block.style.size, block.style.bold


def _titles_the_document(blocks: Sequence[Block], settings: IngestSettings) -> bool:
    """True if the first block, though set as a heading, is the document's title."""
    return _heads_the_outline(blocks) or _heads_the_title_block(blocks, settings)


def _heads_the_title_block(blocks: Sequence[Block], settings: IngestSettings) -> bool:
    """True if the first heading says what the document is and heads no running text.

    "Projektskizze „X“" set as "Überschrift 1" above a key-data table, or a heading over the
    line "Projektskizze zur Förderung durch …", is the title block, not the first chapter,
    even when the chapters share its level.
    """
    first = blocks[0]
    if first.number is not None or chapter_numbered(first.text):
        return False
    block_end = next((i for i in range(1, len(blocks)) if _declared_heading(blocks[i])), len(blocks))
    below = blocks[1:block_end]
    prose = any(
        b.kind is not BlockKind.TABLE and len(b.text.split()) > settings.title_max_words for b in below
    )
    says_kind = names_kind(first.text) or any(
        b.kind is BlockKind.PARAGRAPH and names_kind(b.text) for b in below
    )
    return says_kind and not prose


def _heads_the_outline(blocks: Sequence[Block]) -> bool:
    """True if the first block is a heading above all others: the document's title, not a section.

    Some authors set the title as the only level-1 heading and their sections one level down.
    """
    level = blocks[0].outline_level
    if level is None or blocks[0].number is not None or chapter_numbered(blocks[0].text):
        return False
    return all(b.outline_level is None or b.outline_level > level for b in blocks[1:])


def _handed_over(position: int, opening: Sequence[int], page: TitlePage, settings: IngestSettings) -> str:
    """The line at `position`, or the next emphasised opening line if it names only the kind."""
    text = page.blocks[position].text
    if names_kind(text) and not kind_only(text):
        quoted = _quoted_name_below(position, opening, page, settings)
        return quoted if quoted is not None else text
    if not kind_only(text):
        return text
    for following in opening[opening.index(position) + 1 :]:
        block = page.blocks[following]
        if continues_phrase(block.text):
            continue  # "… zum Förderaufruf „…“ des Ministeriums" still speaks of the call
        if _emphasised(following, page) and _title_shaped(block.text, settings):
            return block.text
        break
    return text


def _quoted_name_below(
    position: int, opening: Sequence[int], page: TitlePage, settings: IngestSettings
) -> str | None:
    """The next opening line if it is emphasised and opens with a quoted name.

    "Projektskizze Regionales Digitalisierungszentrum" over "„Digitalpunkt X“ – Anlaufstelle …":
    the first line names the kind of document and what the call funds, the quoted line the
    project. A kind line that itself quotes the name ("Projektskizze „X“") keeps it.
    """
    if any(quote in page.blocks[position].text for quote in '„“"»«'):
        return None
    later = opening[opening.index(position) + 1 :]
    if not later:
        return None
    block = page.blocks[later[0]]
    if _opens_quoted(block.text) and _emphasised(later[0], page) and _title_shaped(block.text, settings):
        return block.text
    return None


def _opens_quoted(text: str) -> bool:
    """True if the line opens with a quoted name ("„Digitalpunkt X“ – Anlaufstelle …")."""
    return text.lstrip().startswith(_OPENING_QUOTES)


def _names_a_project(text: str, page: TitlePage, settings: IngestSettings) -> bool:
    """False for file names, chapter headings, sections further down and overlong lines."""
    if file_like(text) or chapter_numbered(text) or not _title_shaped(text, settings):
        return False
    key = title_key(text)
    opening = set(_opening(page.blocks, settings))
    return not any(
        title_key(block.text) == key and _heading_like(position, block, page, settings)
        for position, block in enumerate(page.blocks)
        if position not in opening and position not in page.declared
    )


def _heading_like(position: int, block: Block, page: TitlePage, settings: IngestSettings) -> bool:
    if _declared_heading(block):
        return True
    short = len(block.text.split()) <= settings.title_max_words
    return short and block.kind is BlockKind.PARAGRAPH and _emphasised(position, page)


def _declared_heading(block: Block) -> bool:
    """A heading by style, outline level or a typed chapter number (a numbered list item is none)."""
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    return block.outline_level is not None or block.number is not None or chapter_numbered(block.text)


def _emphasised(position: int, page: TitlePage) -> bool:
    block = page.blocks[position]
    return position in page.declared or block.style.bold or _larger_than_body(block, page.body_size)


def _larger_than_body(block: Block, body_size: float | None) -> bool:
    size = block.style.size
    return size is not None and (body_size is None or size > body_size)


def _title_shaped(text: str, settings: IngestSettings) -> bool:
    words = text.split()
    return 0 < len(words) <= settings.title_max_words and not _dated(text)


def _dated(text: str) -> bool:
    """A place-and-date line ("Sangerhausen, 30.11.2018", "im Oktober 2018") is not a title."""
    return any(mention.precision in _DATED for mention in find_dates(text))
