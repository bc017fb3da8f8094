"""Outline: map each section of a sketch onto the call's outline and say what is missing or thin.

The chain: heading_scores (fuzzy match of the heading against the outline's
titles and aliases, part by part, so "Ziele und Maßnahmen" can cover two ids)
→ content_scores (the text classifier in models/) → match_sections (heading
first, content next, sub-sections inherit their parent's id unless their own
heading and text agree on another; a numbered series of headings maps as one)
→ find_headless (content without a heading, such as the applicant block on the
cover) → coverage (present / thin / missing once template instructions are subtracted).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import Field

from sketchproc.model import (
    Block,
    BlockKind,
    CoverageStatus,
    HeadlessBlock,
    MatchSource,
    OutlineCoverage,
    OutlineMapping,
    Section,
    SectionedDocument,
    SectionMatch,
    Zone,
    block_text,
)
from sketchproc.outline_headings import heading_scores
from sketchproc.outline_order import fill_by_order, read_top_sections
from sketchproc.outline_runin import find_run_ins, form_line
from sketchproc.outline_series import unify_series
from sketchproc.outline_title import lift_sections_under_title
from sketchproc.profiles.schema import CallProfile, ContentKind, OutlineSection
from sketchproc.quantities import find_money
from sketchproc.settings import StageSettings
from sketchproc.terms import split_sentences
from sketchproc.textmodel import LinearTextModel

__all__ = ["OutlineSettings", "heading_scores", "map_outline"]


class OutlineSettings(StageSettings):
    """Thresholds of the outline mapping."""

    # A heading part this similar (0-1) to a title or alias names the outline id.
    heading_accept: float = Field(0.86, gt=0, le=1)
    # Below heading_accept, heading and content are blended with this weight on the heading.
    heading_weight: float = Field(0.5, ge=0, le=1)
    # A blended or content-only score this high maps the section.
    content_accept: float = Field(0.45, gt=0, le=1)
    # Headless content (preamble, cover) maps to an uncovered id with this probability.
    headless_accept: float = Field(0.5, gt=0, le=1)
    # … and with this one in a sketch without any heading (a letter): every topic of the call is
    # headless there, and the model's best class for a paragraph is its topic even when its
    # probability is spread over eighteen classes.
    headless_accept_unsectioned: float = Field(0.25, gt=0, le=1)
    # Headless blocks need at least this many words to count.
    headless_min_words: int = Field(8, ge=1)
    # A section is thin only when clearly short: below this share of its minimum
    # words (a reviewer does not call 140 words "thin" against a guide of 150).
    thin_share: float = Field(0.8, gt=0, le=1)


@dataclass(frozen=True)
class _Scores:
    heading: dict[str, float]
    content: dict[str, float]


def map_outline(
    sectioned: SectionedDocument,
    profile: CallProfile,
    model: LinearTextModel | None = None,
    settings: OutlineSettings | dict[str, object] | None = None,
) -> OutlineMapping:
    """Map every section onto the profile's outline; without a model, headings alone decide."""
    resolved = OutlineSettings.resolve(settings)
    outline = profile.outline.sections
    sectioned = lift_sections_under_title(sectioned, outline, resolved.heading_accept)
    scores = [
        _Scores(heading_scores(section.title, outline), content_scores(section, model))
        for section in sectioned.sections
    ]
    matches = match_sections(sectioned.sections, scores, resolved)
    readings = read_top_sections(sectioned.sections, profile, model) if model is not None else {}
    placed = fill_by_order(sectioned.sections, matches, readings, outline)
    # Sub-sections follow what the order made of their parent, as they follow a heading.
    matches = match_sections(sectioned.sections, scores, resolved, top=placed)
    headless = find_headless(sectioned, matches, profile, model, resolved)
    opening = _opening_order(sectioned, headless, outline)
    if opening is not None and not all(m.outline_ids for m in placed):
        # Key data before the first heading ("Antragsteller: …") are the outline's opening part:
        # the first chapter comes after it, whatever its heading says ("Worum es geht").
        placed = fill_by_order(sectioned.sections, placed, readings, outline, opening=opening)
        matches = match_sections(sectioned.sections, scores, resolved, top=placed)
        headless = find_headless(sectioned, matches, profile, model, resolved)
    # Recorded before the run-ins join `headless` for coverage: the mapping keeps those apart.
    placed_headless = tuple(
        HeadlessBlock(outline_id=key, block=b) for key, blocks in headless.items() for b in blocks
    )
    run_ins = find_run_ins(sectioned, matches, outline, model, resolved)
    for run_in in run_ins:
        headless[run_in.outline_id] = (*headless.get(run_in.outline_id, ()), run_in.block)
    coverage = tuple(
        coverage_of(spec, sectioned, matches, headless.get(spec.id, ()), profile, resolved)
        for spec in sorted(outline, key=lambda s: s.order)
    )
    return OutlineMapping(
        sectioned=sectioned,
        matches=tuple(matches),
        coverage=coverage,
        run_ins=run_ins,
        headless=placed_headless,
    )


def _opening_order(
    sectioned: SectionedDocument, headless: dict[str, tuple[Block, ...]], outline: Sequence[OutlineSection]
) -> int | None:
    """The latest outline place the text before the first heading covers, if it covers any."""
    preamble = {id(block) for block in sectioned.preamble}
    orders = [
        spec.order for spec in outline if any(id(block) in preamble for block in headless.get(spec.id, ()))
    ]
    return max(orders, default=None)


# --- content ----------------------------------------------------------------


def content_scores(section: Section, model: LinearTextModel | None) -> dict[str, float]:
    """Class probabilities of the section's heading and own text; empty without a model."""
    if model is None:
        return {}
    text = f"{section.title}\n{section.text}"
    probabilities = model.probabilities([text])[0]
    return dict(zip(model.classes, (float(p) for p in probabilities), strict=True))


# --- choosing ids -------------------------------------------------------------


def match_sections(
    sections: Sequence[Section],
    scores: Sequence[_Scores],
    settings: OutlineSettings,
    top: Sequence[SectionMatch] | None = None,
) -> list[SectionMatch]:
    """One match per section: heading first, then heading and content blended, then the parent.

    `top`, when given, fixes the matches of the top-level sections (as the order placed them).
    """
    matches: list[SectionMatch] = []
    for section, score in zip(sections, scores, strict=True):
        if top is not None and section.parent is None:
            matches.append(top[section.index])
            continue
        own = _own_match(section.index, score, settings)
        parent = matches[section.parent] if section.parent is not None else None
        matches.append(_with_parent(own, parent, score, settings))
    return unify_series(sections, matches)


def _own_match(index: int, score: _Scores, settings: OutlineSettings) -> SectionMatch:
    by_heading = sorted(score.heading.items(), key=lambda item: -item[1])
    accepted = [(key, value) for key, value in by_heading if value >= settings.heading_accept]
    if accepted:
        ids = tuple(
            key for key, value in accepted if value >= accepted[0][1] - 0.02 or _is_second_part(value)
        )
        return SectionMatch(
            section=index, outline_ids=ids, confidence=round(accepted[0][1], 3), source=MatchSource.HEADING
        )
    blended = _blend(score, settings)
    if blended:
        best_id, best = max(blended.items(), key=lambda item: item[1])
        if best >= settings.content_accept:
            return SectionMatch(
                section=index, outline_ids=(best_id,), confidence=round(best, 3), source=MatchSource.CONTENT
            )
    return SectionMatch(section=index, outline_ids=(), confidence=0.0, source=MatchSource.NONE)


def _is_second_part(value: float) -> bool:
    return value >= 0.95  # a second topic named in the heading as plainly as the first


def _blend(score: _Scores, settings: OutlineSettings) -> dict[str, float]:
    if not score.content:
        return {}
    weight = settings.heading_weight
    return {
        key: weight * score.heading.get(key, 0.0) + (1 - weight) * probability
        for key, probability in score.content.items()
        if key in score.heading
    }


def _with_parent(
    own: SectionMatch, parent: SectionMatch | None, score: _Scores, settings: OutlineSettings
) -> SectionMatch:
    """Sub-sections inherit the parent's ids unless heading and content agree on another."""
    if parent is None or not parent.outline_ids or set(own.outline_ids) & set(parent.outline_ids):
        return own
    if own.source is MatchSource.HEADING and score.content:
        own_id = own.outline_ids[0]
        parent_best = max(score.content.get(key, 0.0) for key in parent.outline_ids)
        if score.content.get(own_id, 0.0) >= parent_best:
            return own
    elif own.source is MatchSource.HEADING and not score.content:
        return own
    return SectionMatch(
        section=own.section,
        outline_ids=parent.outline_ids,
        confidence=round(parent.confidence * 0.9, 3),
        source=MatchSource.INHERITED,
    )


# --- content without a heading ----------------------------------------------


def find_headless(
    sectioned: SectionedDocument,
    matches: Sequence[SectionMatch],
    profile: CallProfile,
    model: LinearTextModel | None,
    settings: OutlineSettings,
) -> dict[str, tuple[Block, ...]]:
    """Outline ids not covered by any heading but present in the preamble or on the cover."""
    if model is None:
        return {}
    covered = {key for match in matches for key in match.outline_ids}
    candidates = [
        block
        for block in (*_cover_blocks(sectioned), *sectioned.preamble)
        if len(block_text(block).split()) >= settings.headless_min_words and not form_line(block_text(block))
    ]
    if not candidates:
        return {}
    found: dict[str, list[Block]] = {}
    outline_ids = set(profile.outline.ids)
    probabilities = model.probabilities([block_text(block) for block in candidates])
    accept = settings.headless_accept if sectioned.sections else settings.headless_accept_unsectioned
    for block, row in zip(candidates, probabilities, strict=True):
        best = int(row.argmax())
        label = model.classes[best]
        if label in outline_ids and label not in covered and row[best] >= accept:
            found.setdefault(label, []).append(block)
    return {key: tuple(blocks) for key, blocks in found.items()}


def _cover_blocks(sectioned: SectionedDocument) -> list[Block]:
    return [block for block in sectioned.document.blocks if block.zone is Zone.COVER]


# --- coverage -----------------------------------------------------------------


def coverage_of(
    spec: OutlineSection,
    sectioned: SectionedDocument,
    matches: Sequence[SectionMatch],
    headless: Sequence[Block],
    profile: CallProfile,
    settings: OutlineSettings,
) -> OutlineCoverage:
    """Present, thin or missing for one outline id, with its sections and real word count."""
    indices = tuple(match.section for match in matches if spec.id in match.outline_ids)
    blocks = [block for index in indices for block in sectioned.sections[index].blocks] + list(headless)
    if not indices and not headless:
        return OutlineCoverage(outline_id=spec.id, status=CoverageStatus.MISSING, sections=(), words=0)
    words = sum(_real_words(block, profile.outline.template_instructions) for block in blocks)
    if not words:
        # A heading over nothing but the template's instruction or slot ("[Text]") was never
        # written: the section is missing, not short.
        return OutlineCoverage(outline_id=spec.id, status=CoverageStatus.MISSING, sections=indices, words=0)
    substantial = _substantial(spec, blocks, words, settings.thin_share)
    status = CoverageStatus.PRESENT if substantial else CoverageStatus.THIN
    return OutlineCoverage(
        outline_id=spec.id,
        status=status,
        sections=indices,
        words=words,
        headless=bool(headless) and not indices,
    )


# A slot of the template or an internal note standing alone: "[Text]", "[Hier Zeitplan
# einfügen]", "[Tabelle folgt, bitte bis Freitag ergänzen!]". Square brackets around a whole
# sentence are the editor's, not the applicant's; a line-long note still fits the bound.
_SLOT = re.compile(r"\s*\[[^\[\]]{0,240}\]\s*\.?\s*")


def _real_words(block: Block, instructions: Sequence[str]) -> int:
    """Words of a block once leftover template instructions and empty slots are taken out."""
    text = block_text(block)
    if _SLOT.fullmatch(text):
        return 0  # one note in brackets over several sentences ("[Zeitplan folgt. Bitte …]")
    phrases = [phrase.casefold() for phrase in instructions]
    kept = [
        text[start:end]
        for start, end in split_sentences(text)
        if not any(phrase in text[start:end].casefold() for phrase in phrases)
        and not _SLOT.fullmatch(text[start:end])
    ]
    return sum(len(sentence.split()) for sentence in kept)


def _substantial(spec: OutlineSection, blocks: Sequence[Block], words: int, thin_share: float) -> bool:
    has = {kind: _has_content(kind, blocks) for kind in ContentKind}
    if spec.needs_content and not all(has[kind] for kind in spec.needs_content):
        return False
    return words >= spec.min_words * thin_share or any(has[kind] for kind in spec.or_content)


def _has_content(kind: ContentKind, blocks: Sequence[Block]) -> bool:
    if kind is ContentKind.TABLE:
        return any(block.kind is BlockKind.TABLE for block in blocks)
    if kind is ContentKind.LIST:
        return sum(block.kind is BlockKind.LIST_ITEM for block in blocks) >= 2
    if kind is ContentKind.AMOUNTS:
        return any(find_money(block_text(block)) for block in blocks)
    return False  # attachments are judged by the checklist, not by the outline
