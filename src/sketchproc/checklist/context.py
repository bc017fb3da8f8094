"""What every checklist rule works on: the sketch cut into quotable sentences, and shared helpers.

`CheckContext.build` cuts every body block of the mapped sketch into sentences (a table row is
one sentence), each remembering its section, outline ids, page and paragraph, so a rule can
quote its evidence. Matchers for the profile's terms are compiled once per item and cached.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sketchproc.model import (
    Block,
    BlockKind,
    CheckResult,
    CheckStatus,
    CoverageStatus,
    Evidence,
    Facts,
    OutlineMapping,
    Zone,
)
from sketchproc.profiles.schema import CallProfile, ChecklistItem, Term, TermGroup
from sketchproc.terms import MarkerSet, TermMatcher, split_sentences

__all__ = ["CheckContext", "Sentence", "result"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence or table row of the sketch, with where it stands."""

    text: str
    block: Block
    section: int | None  # index of the section; None for preamble and cover
    outline_ids: tuple[str, ...]
    zone: Zone
    position: int  # running number in document order

    @property
    def page(self) -> int | None:
        """The page the sentence's block stands on."""
        return self.block.provenance.page

    @property
    def is_table_row(self) -> bool:
        """True if the sentence is one row of a table."""
        return self.block.kind is BlockKind.TABLE

    def evidence(self, max_chars: int) -> Evidence:
        """The sentence as a quote, shortened to `max_chars` with an ellipsis."""
        quote = self.text if len(self.text) <= max_chars else self.text[: max_chars - 1].rstrip() + "…"
        return Evidence(
            quote=quote, page=self.page, paragraph=self.block.provenance.paragraph, section=self.section
        )


def _block_sentences(block: Block) -> Iterable[str]:
    if block.kind is BlockKind.TABLE:
        # A row is the unit a reader quotes from a budget or schedule table.
        for row in block.rows:
            cells = [cell.strip() for cell in row if cell.strip()]
            if cells:
                yield " | ".join(dict.fromkeys(cells))  # merged cells repeat their text
        return
    for start, end in split_sentences(block.text):
        yield block.text[start:end]


@dataclass
class CheckContext:
    """The mapped sketch, its facts and the profile, with sentences and matchers ready to use."""

    mapping: OutlineMapping
    facts: Facts
    profile: CallProfile
    quote_chars: int
    sentences: tuple[Sentence, ...] = ()
    markers: MarkerSet = field(init=False)
    negations: TermMatcher = field(init=False)
    _matchers: dict[tuple[str, ...], TermMatcher] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.markers = MarkerSet.from_profile(self.profile)
        self.negations = TermMatcher.for_profile(self.profile.taxonomy.negations, self.profile)
        if not self.sentences:
            self.sentences = tuple(self._cut_sentences())

    def _cut_sentences(self) -> Iterable[Sentence]:
        """Every sentence of cover, preamble and sections, in document order."""
        ids_by_section = {match.section: match.outline_ids for match in self.mapping.matches}
        sectioned = self.mapping.sectioned
        blocks: list[tuple[Block, int | None, tuple[str, ...]]] = [
            (block, None, ()) for block in sectioned.document.blocks if block.zone is Zone.COVER
        ]
        blocks += [(block, None, ()) for block in sectioned.preamble]
        for section in sectioned.sections:
            blocks += [
                (block, section.index, ids_by_section.get(section.index, ())) for block in section.blocks
            ]
        position = 0
        for block, section_index, outline_ids in blocks:
            for text in _block_sentences(block):
                yield Sentence(text, block, section_index, outline_ids, block.zone, position)
                position += 1

    # --- scopes ------------------------------------------------------------------

    def in_outline(self, outline_ids: Sequence[str]) -> list[Sentence]:
        """Body sentences of sections mapped to any of `outline_ids`; all body sentences when empty."""
        if not outline_ids:
            return [s for s in self.sentences if s.zone is Zone.BODY]
        wanted = set(outline_ids)
        return [s for s in self.sentences if wanted & set(s.outline_ids)]

    def coverage(self, outline_id: str) -> CoverageStatus:
        """Coverage of one outline id (missing if the mapping does not know it)."""
        known = {c.outline_id for c in self.mapping.coverage}
        return self.mapping.status(outline_id) if outline_id in known else CoverageStatus.MISSING

    def words(self, outline_id: str) -> int:
        """Real words of an outline id as counted by the outline stage."""
        return next((c.words for c in self.mapping.coverage if c.outline_id == outline_id), 0)

    # --- matching ----------------------------------------------------------------

    def matcher(self, terms: Sequence[Term]) -> TermMatcher:
        """A compiled matcher for `terms`, cached by their stems."""
        key = tuple(sorted(f"{t.stem}|{t.ctx}|{'/'.join(t.not_in)}" for t in terms))
        if key not in self._matchers:
            self._matchers[key] = TermMatcher.for_profile(terms, self.profile)
        return self._matchers[key]

    def negated(self, sentence: Sentence, exclude: Sequence[Term] = ()) -> bool:
        """True if a negation ("nicht geplant") or an item's exclude phrase voids the sentence."""
        if self.negations.search(sentence.text):
            return True
        return bool(exclude) and self.matcher(exclude).search(sentence.text)

    def group_hits(self, group: TermGroup, sentence: Sentence) -> list[str]:
        """Texts of `group`'s terms and markers found in the sentence (ctx stems confirmed)."""
        found = [
            sentence.text[hit.start : hit.end]
            for hit in self.matcher(group.terms).find_confirmed(sentence.text, self.markers)
        ]
        if group.markers:
            found += [hit.text for hit in self.markers.find(sentence.text) if hit.marker in group.markers]
        return found

    def marker_hits(self, sentence: Sentence, marker_ids: Iterable[str]) -> list[str]:
        """Texts of the given concreteness markers found in the sentence."""
        wanted = set(marker_ids)
        return [hit.text for hit in self.markers.find(sentence.text) if hit.marker in wanted]

    def quote(self, sentences: Iterable[Sentence], limit: int) -> tuple[Evidence, ...]:
        """Evidence for the first `limit` distinct sentences."""
        chosen: dict[int, Sentence] = {}
        for sentence in sentences:
            chosen.setdefault(sentence.position, sentence)
            if len(chosen) >= limit:
                break
        return tuple(s.evidence(self.quote_chars) for s in sorted(chosen.values(), key=lambda s: s.position))


def result(
    profile: CallProfile,
    item: ChecklistItem,
    status: CheckStatus,
    note: str | None,
    evidence: Sequence[Evidence] = (),
    *,
    image_only: bool = False,
) -> CheckResult:
    """A CheckResult with the verdict the profile gives this item for `status`."""
    verdict = profile.checklist.verdict(item, "image_only" if image_only else status.value)
    return CheckResult(
        item_id=item.id,
        status=status,
        severity=item.severity.value,
        verdict=verdict,
        note=note,
        evidence=tuple(evidence),
    )
