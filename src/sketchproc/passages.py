"""Passages: the mapped sketch cut once into the units every judge reads.

`index_passages(mapping, profile) → PassageIndex` is the stage between the outline
mapping and the judges (facts, checklist, relevance). It cuts cover, preamble and
every section into sentences (paragraphs), list items and table rows, each with its
provenance, section and outline ids, its zone and the marks the judges need:

- `template`: a leftover instruction of the call's template ("Bitte beschreiben Sie
  hier …", "[Text]", "max. 1 Seite"): never evidence for anything;
- `deferred`: a document or decision promised for later ("reichen wir bis … nach",
  "werden noch eingeholt", "liegen bei Antragstellung vor"): not present yet;
- `negated`: the sentence denies what it names ("ist nicht Gegenstand");
- `hedged`: the sentence only hopes, considers or leaves open ("wir hoffen", "eventuell",
  "wird geprüft", "könnte", "hängt davon ab"): an intention, not a commitment.

The marks are found by the grammar of German sentences (a polite imperative
addressing the reader, a separable verb's particle at the clause end, a future
passive of a document verb), not by call-specific word lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from sketchproc.model import Block, BlockKind, Evidence, OutlineMapping, Zone, block_text
from sketchproc.passage_grammar import PassageSettings
from sketchproc.profiles.schema import CallProfile, term_key
from sketchproc.separable import rejoined_verbs
from sketchproc.terms import TermMatcher, fold_text, split_sentences

__all__ = ["Passage", "PassageIndex", "PassageKind", "PassageSettings", "PassageZone", "index_passages"]


class PassageKind(StrEnum):
    """What unit of the sketch a passage is."""

    SENTENCE = "sentence"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"


class PassageZone(StrEnum):
    """Where a passage stands; only `body` and `annex` passages are content of the sketch."""

    BODY = "body"
    COVER = "cover"
    TOC = "toc"
    FURNITURE = "furniture"
    ANNEX = "annex"
    TEMPLATE = "template"


@dataclass(frozen=True, slots=True, eq=False)
class Passage:
    """One sentence, list item or table row of the sketch, with where it stands and its marks."""

    position: int  # running number in document order
    text: str
    kind: PassageKind
    zone: PassageZone
    block: Block
    section: int | None  # index into the sections; None for cover and preamble
    outline_ids: tuple[str, ...]
    span: tuple[int, int]  # characters in the block's text (for a table row: 0, len(row text))
    row: int | None = None  # row index within its table
    cells: tuple[str, ...] = ()
    template: bool = False
    deferred: bool = False
    negated: bool = False
    hedged: bool = False
    # Comparison form: identical passages (repeated paragraphs) share it. Computed once here:
    # the relevance and checklist stages compare every passage by it.
    key: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", " ".join(term_key(word) for word in self.text.split()))

    @property
    def page(self) -> int | None:
        """The page the passage stands on (None for DOCX without page data)."""
        return self.block.provenance.page

    @property
    def paragraph(self) -> int | None:
        """The block's paragraph index (DOCX)."""
        return self.block.provenance.paragraph

    @property
    def is_table_row(self) -> bool:
        """True if the passage is one row of a table."""
        return self.kind is PassageKind.TABLE_ROW

    @property
    def content(self) -> bool:
        """True if the passage is the applicant's own text (body or annex, no template text)."""
        return self.zone in (PassageZone.BODY, PassageZone.ANNEX)

    @property
    def context(self) -> str:
        """The whole block (paragraph, list item, table) the passage comes from."""
        return block_text(self.block)

    @property
    def folded(self) -> str:
        """Casefolded, NFKC-normalised text with umlauts spelt out (cached by `fold_text`)."""
        return fold_text(self.text).text

    def evidence(self, max_chars: int, focus: int = 0) -> Evidence:
        """The passage as a quote of at most `max_chars`, the window kept around `focus`."""
        return Evidence(
            quote=trim_quote(self.text, max_chars, focus),
            page=self.page,
            paragraph=self.paragraph,
            section=self.section,
        )


def trim_quote(text: str, max_chars: int, focus: int = 0) -> str:
    """Collapse whitespace and cut `text` to `max_chars`, keeping the part around `focus` visible."""
    flat = " ".join(text.split())
    if len(flat) <= max_chars:
        return flat
    # Centre the window on the fact, so a long sentence still quotes the amount or date.
    start = max(0, min(focus - max_chars // 2, len(flat) - max_chars))
    window = flat[start : start + max_chars - 2]
    return ("…" if start else "") + window.strip() + ("…" if start + max_chars - 2 < len(flat) else "")


@dataclass(frozen=True, eq=False)
class PassageIndex:
    """Every passage of a mapped sketch in document order, with lookups the judges share."""

    mapping: OutlineMapping
    passages: tuple[Passage, ...]
    _by_block: dict[int, tuple[Passage, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        grouped: dict[int, list[Passage]] = {}
        for passage in self.passages:
            grouped.setdefault(id(passage.block), []).append(passage)
        self._by_block.update({key: tuple(value) for key, value in grouped.items()})

    def of_blocks(self, blocks: Iterable[Block]) -> list[Passage]:
        """The passages of these blocks, in the order the blocks are given."""
        return [p for block in blocks for p in self._by_block.get(id(block), ())]

    def in_outline(self, outline_ids: Sequence[str]) -> list[Passage]:
        """Content passages of sections mapped to any of `outline_ids`; all body passages when empty."""
        if not outline_ids:
            return [p for p in self.passages if p.zone is PassageZone.BODY]
        wanted = set(outline_ids)
        return [p for p in self.passages if p.content and wanted.intersection(p.outline_ids)]

    def in_sections(self, sections: Iterable[int]) -> list[Passage]:
        """Passages of the given section indices, in document order."""
        wanted = set(sections)
        return [p for p in self.passages if p.section in wanted]

    @cached_property
    def front(self) -> tuple[Passage, ...]:
        """Cover and preamble passages: where form-like sketches keep their key data."""
        return tuple(p for p in self.passages if p.section is None)

    @cached_property
    def content(self) -> tuple[Passage, ...]:
        """Every passage that is the applicant's own text (no TOC, furniture or template text)."""
        return tuple(p for p in self.passages if p.content or p.zone is PassageZone.COVER)


def index_passages(
    mapping: OutlineMapping, profile: CallProfile, settings: PassageSettings | dict[str, object] | None = None
) -> PassageIndex:
    """Cut the mapped sketch into passages with provenance, section, zone and marks."""
    resolved = PassageSettings.resolve(settings)
    global _last
    if _last is not None and _last[0] is mapping and _last[1] is profile and _last[2] == resolved:
        return _last[3]
    index = _cut(mapping, profile, resolved)
    _last = (mapping, profile, resolved, index)
    return index


# The last sketch's index: the judges and then the abstract of results.json ask for the same
# mapping (a mapping and a profile are immutable, so their identity is as good as their value).
_last: tuple[OutlineMapping, CallProfile, PassageSettings, PassageIndex] | None = None


def _cut(mapping: OutlineMapping, profile: CallProfile, resolved: PassageSettings) -> PassageIndex:
    marks = _Marks.build(profile, resolved)
    annex_ids = _annex_ids(profile)
    passages: list[Passage] = []
    open_instruction = False  # the last passage was an instruction broken off mid-sentence
    for block, section, outline_ids in _located_blocks(mapping):
        zone = _zone(block, outline_ids, annex_ids)
        # A paragraph in square brackets is the template's note however many sentences it has
        # ("[Projektlaufzeit max. 24 Monate, Projektende spätestens 31.12.2020. Tabelle … anpassen.]").
        bracketed = block.kind is not BlockKind.TABLE and _BRACKETED.match(block_text(block)) is not None
        for unit, (kind, text, span, row, cells) in enumerate(_units(block)):
            # Text recognition breaks a grey instruction into lines and joins its last line to
            # the writer's paragraph ("Bitte geben Sie Name, Anschrift," | "Vertretungs-
            # berechtigte … an. Gemeinde Huy …"): the sentence that finishes it is instruction too.
            template = bracketed or marks.template(text) or (open_instruction and unit == 0)
            open_instruction = template and _BROKEN_OFF.search(text) is not None
            passages.append(
                Passage(
                    position=len(passages),
                    text=text,
                    kind=kind,
                    zone=PassageZone.TEMPLATE if template and zone is PassageZone.BODY else zone,
                    block=block,
                    section=section,
                    outline_ids=outline_ids,
                    span=span,
                    row=row,
                    cells=cells,
                    template=template,
                    deferred=marks.deferred(text),
                    negated=marks.negated(text),
                    hedged=marks.hedged(text),
                )
            )
    return PassageIndex(mapping=mapping, passages=tuple(passages))


def _located_blocks(mapping: OutlineMapping) -> Iterator[tuple[Block, int | None, tuple[str, ...]]]:
    """Cover, preamble and section blocks in document order, with section index and outline ids."""
    sectioned = mapping.sectioned
    # Content before the first heading belongs to the id the outline stage read in it.
    headless_ids = {id(placed.block): (placed.outline_id,) for placed in mapping.headless}
    for block in sectioned.document.blocks:
        if block.zone is Zone.COVER:
            yield block, None, headless_ids.get(id(block), ())
    for block in sectioned.preamble:
        yield block, None, headless_ids.get(id(block), ())
    ids_by_section = {match.section: match.outline_ids for match in mapping.matches}
    # A labelled paragraph ("Verstetigung: …") also belongs to the id its label names.
    run_in_ids = {id(run_in.block): run_in.outline_id for run_in in mapping.run_ins}
    for section in sectioned.sections:
        for block in section.blocks:
            ids = ids_by_section.get(section.index, ())
            extra = run_in_ids.get(id(block))
            yield block, section.index, (*ids, extra) if extra and extra not in ids else ids


def _zone(block: Block, outline_ids: tuple[str, ...], annex_ids: frozenset[str]) -> PassageZone:
    """The block's zone; a section the taxonomy excludes as a whole (the annex list) is `annex`."""
    if block.zone is not Zone.BODY:
        return PassageZone(block.zone.value)
    if outline_ids and set(outline_ids) <= annex_ids:
        return PassageZone.ANNEX
    return PassageZone.BODY


def _annex_ids(profile: CallProfile) -> frozenset[str]:
    """Outline sections the taxonomy excludes from credit: lists of enclosures, not content."""
    sections = {spec.id for spec in profile.outline.sections}
    return frozenset(zone for zone in profile.taxonomy.excluded_zones if zone in sections)


def _units(
    block: Block,
) -> Iterator[tuple[PassageKind, str, tuple[int, int], int | None, tuple[str, ...]]]:
    """(kind, text, span, row, cells) of one block: its sentences, the item, or each table row.

    A framed box (a table of one cell) is read as the sentences it frames."""
    if block.kind is BlockKind.TABLE and not block.is_frame:
        for row_index, row in enumerate(block.rows):
            cells = tuple(cell.strip() for cell in row)
            # Merged cells repeat their text in python-docx; a reader quotes each once.
            text = " | ".join(dict.fromkeys(cell for cell in cells if cell))
            if text:
                yield PassageKind.TABLE_ROW, text, (0, len(text)), row_index, cells
        return
    text = block.text
    if block.kind is BlockKind.LIST_ITEM:
        # A list item is one point of the author's; its sentences belong together.
        if text.strip():
            yield PassageKind.LIST_ITEM, text.strip(), (0, len(text)), None, ()
        return
    for start, end in split_sentences(text):
        yield PassageKind.SENTENCE, text[start:end], (start, end), None, ()


@dataclass(frozen=True)
class _Marks:
    """Compiled recognisers of template text, deferred documents and negations."""

    templates: re.Pattern[str]
    phrases: tuple[str, ...]
    deferrals: re.Pattern[str]
    hedges: re.Pattern[str]
    negations: TermMatcher
    denials: re.Pattern[str]

    @classmethod
    def build(cls, profile: CallProfile, settings: PassageSettings) -> _Marks:
        """Recognisers for this profile (its template phrases and negations) and these settings."""
        return cls(
            templates=_alternation(settings.template_patterns),
            phrases=tuple(p.casefold() for p in profile.outline.template_instructions),
            deferrals=_alternation(settings.deferred_patterns),
            hedges=_alternation(settings.hedge_patterns),
            negations=TermMatcher.for_profile(profile.taxonomy.negations, profile),
            denials=_alternation(settings.negation_patterns),
        )

    def template(self, text: str) -> bool:
        """True if the passage is (or holds) an instruction of the template."""
        lowered = text.casefold()
        return any(p in lowered for p in self.phrases) or bool(self.templates.search(text))

    def deferred(self, text: str) -> bool:
        """True if the passage promises something for later: a phrase of deferral, or a verb of
        handing in later whose particle the clause split off ("reichen wir bis zum 28. Februar nach")."""
        return bool(self.deferrals.search(text)) or any(
            _HANDED_IN_LATER.match(verb.word) for verb in rejoined_verbs(text)
        )

    def hedged(self, text: str) -> bool:
        """True if the passage only hopes, considers or leaves open what it names."""
        return bool(self.hedges.search(text))

    def negated(self, text: str) -> bool:
        """True if the passage denies what it names ("nicht nur …, sondern" affirms it): by the
        call's phrases of exclusion or by a "nicht" closing the clause."""
        return self.negations.search(_NOT_ONLY.sub("nur", text)) or bool(self.denials.search(text))


# A whole paragraph in square brackets (no bracket inside): "[Bitte … ergänzen. Max. 1 Seite.]".
_BRACKETED = re.compile(r"^\s*\[[^\[\]]{2,1200}\]\s*\.?\s*$")
# Verbs of handing in or obtaining later, rejoined with their particle.
_HANDED_IN_LATER = re.compile(r"nach(?:reich|liefer|send|trag|hol)|einhol")
# The end of a text that goes on in the next line: a comma or a joining word.
_BROKEN_OFF = re.compile(r"(?:[,;–-]|\s(?:und|oder|sowie|bzw\.))\s*$")
# "Die Stadt wird nicht nur dann smart, wenn …, sondern …": an emphasis, not a denial.
_NOT_ONLY = re.compile(r"\bnicht\s+nur\b", re.IGNORECASE)


def _alternation(patterns: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE)
