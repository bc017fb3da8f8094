"""Cross-cutting criteria (spec §4.2): participation, network breadth, Verstetigung and the rest.

Two methods, as the taxonomy names them:

- `terms`: a passage earns credit with a confirmed criterion stem, a concreteness marker and
  every `requires` group ("counts when": a format, a target group and a moment in the
  timeline together). Groups met in the sentence give full credit; groups met only in the
  block the sentence stands in give `requires_context_weight`. Negated and call-echo
  sentences earn nothing; repeats are damped as for dimensions; the sum saturates.
- `category_share`: the share of the profile's actor categories with a named partner, from
  `Facts.partners` and from named actors in the network section.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sketchproc.model import Facts, RelevanceEvidence
from sketchproc.profiles.schema import CallProfile, Criterion, CriterionMethod, TermGroup
from sketchproc.relevance.passages import Passage
from sketchproc.relevance.scoring import PassageSignals, RelevanceSettings, Signals, evidence_quote, saturate
from sketchproc.terms import MarkerSet, TermMatcher

__all__ = ["score_criteria"]


@dataclass(frozen=True)
class _Group:
    """One `requires` group compiled: any stem or any named marker meets it."""

    terms: TermMatcher
    markers: MarkerSet

    def met(self, text: str) -> bool:
        return self.terms.search(text) or self.markers.has_any(text)


def score_criteria(
    passages: Sequence[Passage],
    signals: Sequence[PassageSignals],
    facts: Facts,
    shared: Signals,
) -> tuple[dict[str, float], list[RelevanceEvidence]]:
    """0-100 score per criterion of the profile and the passages (or partners) behind it."""
    scores: dict[str, float] = {}
    evidence: list[RelevanceEvidence] = []
    for criterion in shared.profile.taxonomy.criteria:
        if criterion.method is CriterionMethod.CATEGORY_SHARE:
            score, found = _category_share(criterion, passages, facts, shared)
        else:
            score, found = _term_criterion(criterion, passages, signals, shared)
        scores[criterion.id] = score
        evidence += found
    return scores, evidence


# --- method "terms" ----------------------------------------------------------------


def _term_criterion(
    criterion: Criterion, passages: Sequence[Passage], signals: Sequence[PassageSignals], shared: Signals
) -> tuple[float, list[RelevanceEvidence]]:
    settings = shared.settings
    matcher = TermMatcher.for_profile(criterion.terms, shared.profile)
    groups = [_compile(group, shared.profile) for group in criterion.requires]
    seen: set[str] = set()
    stems: set[str] = set()
    keyword_list_used = False
    total = 0.0
    earned: list[tuple[float, int, Passage]] = []
    for position, (passage, signal) in enumerate(zip(passages, signals, strict=True)):
        if passage.key in seen or signal.blocked:
            continue
        seen.add(passage.key)
        hits = frozenset(hit.key for hit in matcher.find_confirmed(passage.text, shared.markers))
        credit = _requires_credit(groups, passage, settings) if hits else 0.0
        if credit <= 0 or (signal.keyword_list and keyword_list_used):
            continue
        if signal.keyword_list:
            keyword_list_used = True
            credit *= settings.keyword_list_weight
        if hits <= stems:
            credit *= settings.repeat_term_weight
        stems |= hits
        total += credit
        earned.append((credit, position, passage))
    best = sorted(earned, key=lambda entry: (-entry[0], entry[1]))[: settings.evidence_per_dimension]
    evidence = [_passage_evidence(criterion.id, credit, passage, settings) for credit, _, passage in best]
    return saturate(total, settings.criteria_saturation), evidence


def _compile(group: TermGroup, profile: CallProfile) -> _Group:
    return _Group(
        TermMatcher.for_profile(group.terms, profile), MarkerSet.from_profile(profile, group.markers)
    )


def _requires_credit(groups: Sequence[_Group], passage: Passage, settings: RelevanceSettings) -> float:
    """1 if every group is met in the sentence, a share if only in its block, else 0."""
    if all(group.met(passage.text) for group in groups):
        return 1.0
    if all(group.met(passage.context) for group in groups):
        return settings.requires_context_weight
    return 0.0


def _passage_evidence(
    criterion: str, credit: float, passage: Passage, settings: RelevanceSettings
) -> RelevanceEvidence:
    return RelevanceEvidence(
        dimension=criterion,
        quote=evidence_quote(passage.text, settings.quote_max_chars),
        page=passage.page,
        section=passage.section,
        credit=round(credit, 3),
    )


# --- method "category_share" ---------------------------------------------------------

# The word after an actor word names it when capitalised ("Hochschule Harz", "IHK Magdeburg").
_NEXT_WORD = re.compile(r"[\w\-]*\s+([^\W\d_][\w\-.]*)")


def _category_share(
    criterion: Criterion, passages: Sequence[Passage], facts: Facts, shared: Signals
) -> tuple[float, list[RelevanceEvidence]]:
    """Share of actor categories with a named partner, as 0-100."""
    settings = shared.settings
    categories = shared.profile.checklist.actor_categories
    if not categories:
        return 0.0, []
    found: dict[str, RelevanceEvidence] = {}
    for partner in facts.partners:
        if partner.category not in found:
            source = partner.evidence
            found[partner.category] = RelevanceEvidence(
                dimension=criterion.id,
                quote=evidence_quote(source.quote or partner.name, settings.quote_max_chars),
                page=source.page,
                section=source.section,
            )
    network_ids = set(shared.profile.outline.ids_for_roles(settings.network_sections))
    network = [p for p in passages if set(p.outline_ids) & network_ids]
    for category in categories:
        if category.id in found:
            continue
        matcher = TermMatcher.for_profile(category.lexicon, shared.profile)
        named = next((p for p in network if _names_actor(matcher, p.text, shared.markers)), None)
        if named is not None:
            found[category.id] = _passage_evidence(criterion.id, 0.0, named, settings)
    known = {category.id for category in categories}
    covered = sorted(set(found) & known)
    share = len(covered) / len(categories)
    credit = round(1.0 / len(categories), 3)
    shown = [found[category].model_copy(update={"credit": credit}) for category in covered]
    return round(100.0 * share, 1), shown


def _names_actor(matcher: TermMatcher, text: str, markers: MarkerSet) -> bool:
    """True if an actor word of `text` is followed by a capitalised name or is an acronym."""
    for hit in matcher.find_confirmed(text, markers):
        word_start = text.rfind(" ", 0, hit.start) + 1
        word = re.match(r"[\w\-]+", text[word_start:])
        if word and word.group().isupper() and len(word.group()) > 1:
            return True
        following = _NEXT_WORD.match(text, hit.end)
        if following and following.group(1)[:1].isupper():
            return True
    return False
