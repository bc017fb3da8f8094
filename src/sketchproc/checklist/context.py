"""What every checklist rule works on: the sketch's passages, its facts, and shared helpers.

The passages (sentences, list items, table rows with section, outline ids, page, zone and
marks) come from the passage stage, so every rule can quote its evidence and skip template
text, deferred documents and negated sentences alike. Matchers for the profile's terms are
compiled once per item and cached.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from sketchproc.model import (
    CheckResult,
    CheckStatus,
    CoverageStatus,
    Evidence,
    Facts,
    OutlineMapping,
)
from sketchproc.outline_headings import names_enclosure
from sketchproc.passages import Passage, PassageIndex
from sketchproc.profiles.schema import CallProfile, ChecklistItem, Term, TermGroup
from sketchproc.separable import rejoined_verbs
from sketchproc.terms import MarkerSet, TermMatcher
from sketchproc.truncation import completed_compounds

__all__ = ["CheckContext", "Sentence", "result"]


# The checklist reads the passages of the passage stage; a sentence of the checklist is one passage.
Sentence = Passage


@dataclass
class CheckContext:
    """The mapped sketch, its facts and the profile, with sentences and matchers ready to use."""

    index: PassageIndex
    facts: Facts
    profile: CallProfile
    quote_chars: int
    sentences: tuple[Sentence, ...] = ()
    # Outline ids without a section of their own, with the passages that speak of them elsewhere.
    borrowed: Mapping[str, tuple[Sentence, ...]] = field(default_factory=dict)
    markers: MarkerSet = field(init=False)
    negations: TermMatcher = field(init=False)
    _matchers: dict[tuple[str, ...], TermMatcher] = field(default_factory=dict)
    _by_identity: dict[int, tuple[Sequence[Term], TermMatcher]] = field(default_factory=dict)
    # Headings that label an enclosure ("Anlage 2: Absichtserklärungen"), by section index.
    _enclosures: dict[int, str] = field(init=False)

    def __post_init__(self) -> None:
        self.markers = MarkerSet.from_profile(self.profile)
        sections = self.index.mapping.sectioned.sections
        self._enclosures = {s.index: s.title for s in sections if names_enclosure(s.title)}
        self.negations = TermMatcher.for_profile(self.profile.taxonomy.negations, self.profile)
        if not self.sentences:
            self.sentences = self.index.passages

    @property
    def mapping(self) -> OutlineMapping:
        """The outline mapping the passages were cut from."""
        return self.index.mapping

    # --- scopes ------------------------------------------------------------------

    def in_outline(self, outline_ids: Sequence[str]) -> list[Sentence]:
        """Body sentences of sections mapped to any of `outline_ids`; all body sentences when empty.

        For a borrowed id, the passages found elsewhere stand in for its missing section.
        """
        lent = [key for key in outline_ids if key in self.borrowed]
        if not lent:
            return self.index.in_outline(outline_ids)
        own = [key for key in outline_ids if key not in self.borrowed]
        merged = {s.position: s for s in self.index.in_outline(own)} if own else {}
        merged.update({s.position: s for key in lent for s in self.borrowed[key]})
        return [merged[key] for key in sorted(merged)]

    def borrowing(self, borrowed: Mapping[str, tuple[Sentence, ...]]) -> CheckContext:
        """The same context, with passages found elsewhere standing in for missing sections."""
        return replace(self, borrowed=borrowed, _matchers=self._matchers)

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
        # The profile's term tuples come back for every sentence: by identity first, so
        # their key is not sorted again each time (the entry keeps `terms` alive).
        known = self._by_identity.get(id(terms))
        if known is not None and known[0] is terms:
            return known[1]
        key = tuple(sorted(f"{t.stem}|{t.ctx}|{'/'.join(t.not_in)}" for t in terms))
        if key not in self._matchers:
            self._matchers[key] = TermMatcher.for_profile(_with_nouns(terms), self.profile)
        self._by_identity[id(terms)] = (terms, self._matchers[key])
        return self._matchers[key]

    def negated(self, sentence: Sentence, exclude: Sequence[Term] = ()) -> bool:
        """True if a negation ("nicht geplant") or an item's exclude phrase voids the sentence."""
        if sentence.negated:
            return True
        return bool(exclude) and self.matcher(exclude).search(sentence.text)

    def group_hits(self, group: TermGroup, sentence: Sentence) -> list[str]:
        """Texts of `group`'s terms and markers found in the sentence (ctx stems confirmed).

        A separable verb counts where its clause splits it ("führt … zusammen" for
        "zusammenführ"); its finite verb stands for it in the result. A compound counts where a
        coordination shares its head ("Anlauf- und Steuerungsstelle" for "anlaufstelle").
        """
        matcher = self.matcher(group.terms)
        found = [
            sentence.text[hit.start : hit.end] for hit in matcher.find_confirmed(sentence.text, self.markers)
        ]
        found += [
            sentence.text[verb.start : verb.end]
            for verb in rejoined_verbs(sentence.text)
            if any(verb.covers(hit.start, hit.end) and not hit.term.ctx for hit in matcher.find(verb.word))
        ]
        found += [
            sentence.text[part.start : part.end]
            for part in completed_compounds(sentence.text)
            if any(part.covers(hit.start, hit.end) and not hit.term.ctx for hit in matcher.find(part.word))
        ]
        found += self._header_hits(matcher, sentence)
        found += self._enclosure_hits(matcher, sentence)
        if group.markers:
            found += [hit.text for hit in self.markers.find(sentence.text) if hit.marker in group.markers]
        return found

    def _header_hits(self, matcher: TermMatcher, sentence: Sentence) -> list[str]:
        """Terms of a table's header row, for each row below it.

        The header names what every cell of its column is ("Zielwert | Termin" over
        "40 Gateways | 10/2020"); the figures stay the row's own.
        """
        if not sentence.is_table_row or not sentence.block.rows:
            return []
        header = sentence.block.rows[0]
        if tuple(cell.strip() for cell in sentence.cells) == tuple(cell.strip() for cell in header):
            return []
        text = " | ".join(header)
        return [text[hit.start : hit.end] for hit in matcher.find(text) if not hit.term.ctx]

    def _enclosure_hits(self, matcher: TermMatcher, sentence: Sentence) -> list[str]:
        """Terms of an enclosure's heading, for each passage under it.

        "Anlage 2: Absichtserklärungen der Kooperationspartner" over "Hochschule Anhalt,
        Präsidium, vom 07.01.2019": the heading names what each enclosed item is.
        """
        title = self._enclosures.get(sentence.section) if sentence.section is not None else None
        if title is None:
            return []
        return [title[hit.start : hit.end] for hit in matcher.find(title) if not hit.term.ctx]

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


def _with_nouns(terms: Sequence[Term]) -> list[Term]:
    """The terms, and for a verb stem in "-ier" its noun in "-ation" ("koordinier" → "Koordination").

    "-ierung" already begins with the verb stem; the Latin "-ation" noun does not.
    """
    nouns = [
        Term(stem=t.stem[: -len("ier")] + "ation", ctx=t.ctx)
        for t in terms
        if t.stem.endswith("ier") and len(t.stem) > len("ier") + 3
    ]
    return [*terms, *nouns]
