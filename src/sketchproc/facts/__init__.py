"""Facts: what a sketch states about applicant, money, time and partners, each with its evidence.

`extract_facts` reads a `PassageIndex` and returns `Facts`. Each fact is searched first where
sketches usually state it (the budget, schedule, summary and applicant sections as mapped, the
cover and the preamble), then in the whole document. The readers are the modules beside this
one: `money` and `arithmetic` (amounts, rate), `time`, `applicant`, `region`, `partners`, `scope`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Final

from sketchproc.facts.applicant import ApplicantScope, find_applicant, find_legal_form
from sketchproc.facts.arithmetic import balanced, summed_over_periods
from sketchproc.facts.candidate import Candidate, as_fact, best, exact_for_rounded
from sketchproc.facts.district_form import suffix_elsewhere
from sketchproc.facts.itemised import itemised_costs
from sketchproc.facts.locators import LOCATOR_WORDS, LOCATORS, Loc
from sketchproc.facts.money import money_candidates
from sketchproc.facts.partners import find_partners, told_of_project
from sketchproc.facts.region import applicant_texts, email_passages, find_email, find_region
from sketchproc.facts.scope import (
    Located,
    all_blocks,
    front_blocks,
    located,
    passages,
    preferred_blocks,
    role_sections,
    scopes,
    section_blocks,
)
from sketchproc.facts.settings import FactSettings
from sketchproc.facts.time import time_facts
from sketchproc.model import AmountFact, Facts, OutlineMapping, Partner, Section, TextFact
from sketchproc.passages import PassageIndex
from sketchproc.profiles.checks import Role
from sketchproc.profiles.schema import CallProfile, term_key

__all__ = ["LOCATOR_WORDS", "FactSettings", "extract_facts"]


# The heading locator that stands in for each section role the facts stage asks for.
_HEADINGS: Final[dict[Role, Loc]] = {
    Role.APPLICANT: Loc.HEAD_APPLICANT,
    Role.BUDGET: Loc.HEAD_BUDGET,
    Role.SCHEDULE: Loc.HEAD_SCHEDULE,
    Role.SUMMARY: Loc.HEAD_SUMMARY,
    Role.NETWORK: Loc.HEAD_NETWORK,
}


def extract_facts(
    index: PassageIndex, profile: CallProfile, settings: FactSettings | dict[str, Any] | None = None
) -> Facts:
    """Read applicant, legal form, region, e-mail, money, time and partners from the sketch's passages."""
    resolved = FactSettings.resolve(settings)
    mapping = index.mapping
    everything = all_blocks(index)
    applicant_sections = _sections(mapping, resolved.applicant_sections, profile)
    applicant_blocks = [section_blocks(index, [s]) for s in applicant_sections]
    applicant_scope = ApplicantScope(front_blocks(index), applicant_blocks, everything)
    applicant = find_applicant(applicant_scope, profile, LOCATORS, resolved)
    key_blocks = [*applicant_scope.front, *(b for blocks in applicant_blocks for b in blocks)]
    region = find_region(
        applicant_texts(applicant, passages(key_blocks), resolved), passages(everything), profile, resolved
    )
    email = find_email(
        [*email_passages(passages(key_blocks), resolved), *email_passages(passages(everything), resolved)],
        applicant.value if applicant else None,
    )
    schedule = section_blocks(index, _sections(mapping, resolved.schedule_sections, profile))
    time = time_facts(
        _scopes(index, resolved.time_sections, everything, profile), LOCATORS, resolved, schedule=schedule
    )
    return Facts(
        applicant=applicant,
        legal_form=find_legal_form(applicant, key_blocks, profile, LOCATORS, resolved)
        or suffix_elsewhere(applicant, passages(everything), profile, resolved.max_quote_chars),
        region=region.region,
        region_outside=region.outside,
        contact_email=email,
        **_money_facts(index, everything, profile, resolved),
        start=time.start,
        end=time.end,
        duration_months=time.duration,
        partners=_partners(index, everything, applicant, profile, resolved),
    )


def _sections(mapping: OutlineMapping, roles: Sequence[Role], profile: CallProfile) -> list[Section]:
    """Sections mapped to an id of the roles (or, unmapped, whose heading fits), in document order."""
    chosen = {
        s.index: s
        for role in roles
        for s in role_sections(mapping, profile.outline.ids_for(role), LOCATORS[_HEADINGS[role]])
    }
    return [chosen[i] for i in sorted(chosen)]


def _scopes(
    index: PassageIndex, roles: Sequence[Role], everything: list[Located], profile: CallProfile
) -> list[list[Located]]:
    """The preferred blocks for the sections of these roles, then the rest of the document."""
    preferred = preferred_blocks(index, _sections(index.mapping, roles, profile))
    return list(scopes(preferred, everything))


def _money_facts(
    index: PassageIndex, everything: list[Located], profile: CallProfile, settings: FactSettings
) -> dict[str, Any]:
    """Amounts per role and the funding rate (stated, else computed), as `Facts` keyword arguments."""
    # The first scope's sentences without a locator word give item amounts, for arithmetic only:
    # the budget sections', or without one, those of the first scope that has blocks.
    scopes_ = [s for s in _money_scopes(index, everything, profile, settings) if s]
    per_scope = [money_candidates(s, LOCATORS, settings, items=i == 0) for i, s in enumerate(scopes_)]

    per_scope = _plausible(per_scope, settings)
    read = [c for cands in per_scope for c in cands]
    chosen = exact_for_rounded({role: _first_best(per_scope, role) for role in _AMOUNT_FIELDS}, read)
    chosen = balanced(chosen, read, settings)
    chosen.update(summed_over_periods(chosen, read, settings))
    chosen.update(_itemised(index, profile, settings, chosen))
    amounts = {field: as_fact(chosen[role]) for role, field in _AMOUNT_FIELDS.items()}
    computed = _computed_rate(amounts)
    # The rest of an own-share percentage is the rate only where none can be computed and no
    # third party pays a share.
    stated = _stated_rate(per_scope, rest_counts=computed is None and amounts["third_party_eur"] is None)
    rate = as_fact(stated) or computed
    return {**amounts, "funding_rate": rate, "funding_rate_stated": stated is not None}


def _money_scopes(
    index: PassageIndex, everything: list[Located], profile: CallProfile, settings: FactSettings
) -> list[list[Located]]:
    """The budget sections, then the rest of the preferred blocks (cover, summary, applicant), then
    the rest of the document. The cost and financing plan is where the amounts are worked out: a
    key-data box or summary that restates them may be a draft's figures the plan corrected."""
    preferred, rest = _scopes(index, settings.money_sections, everything, profile)
    budget = {s.index for s in _sections(index.mapping, (Role.BUDGET,), profile)}
    first = [where for where in preferred if where.section in budget]
    return [first, [where for where in preferred if where.section not in budget], rest]


# The shares of a financing plan: none of them is a small fraction of the project's size.
_FINANCING_ROLES: Final = (Loc.GRANT, Loc.OWN_SHARE, Loc.THIRD_PARTY, Loc.TOTAL)


def _plausible(per_scope: Sequence[Sequence[Candidate]], settings: FactSettings) -> list[list[Candidate]]:
    """The candidates without financing amounts too small to be one next to the project's size.

    A scanned table turns a share column ("80,0") or a split number into amounts of a few euros;
    beside the largest grant or total of the first scope that names one, such an amount is no
    grant, own share, third-party share or total.
    """
    sizes = next(
        (
            [c.value for c in cands if c.role in (Loc.GRANT, Loc.TOTAL) and not c.bounded]
            for cands in per_scope
            if any(c.role in (Loc.GRANT, Loc.TOTAL) and not c.bounded for c in cands)
        ),
        [],
    )
    floor = max(sizes, default=0.0) * settings.min_financing_share
    # A stated zero ("Mittel Dritter | 0,00") is a statement, not a misread.
    return [
        [c for c in cands if c.role not in _FINANCING_ROLES or c.value == 0 or c.value >= floor]
        for cands in per_scope
    ]


def _itemised(
    index: PassageIndex, profile: CallProfile, settings: FactSettings, chosen: dict[Loc, Candidate | None]
) -> dict[Loc, Candidate]:
    """Personnel and material costs of a budget section itemised in prose, if no table or word
    named either and the items add up to the total."""
    total = chosen.get(Loc.TOTAL)
    if total is None or chosen.get(Loc.PERSONNEL) or chosen.get(Loc.MATERIAL):
        # One named cost type beside unlabelled items is the budget check's to add up.
        return {}
    budget = section_blocks(index, _sections(index.mapping, (Role.BUDGET,), profile))
    # A letter without headings has no budget section: its paragraph the outline stage read as
    # the budget is that budget.
    budget_ids = set(profile.outline.ids_for(Role.BUDGET))
    unheaded = [placed.block for placed in index.mapping.headless if placed.outline_id in budget_ids]
    budget += located(index, ((block, None) for block in unheaded))
    return itemised_costs(budget, LOCATORS, settings, total.value)


def _first_best(per_scope: Sequence[Sequence[Candidate]], role: Loc) -> Candidate | None:
    """The best candidate of `role` in the first scope that has one."""
    return next((c for c in (best(cands, role) for cands in per_scope) if c is not None), None)


_AMOUNT_FIELDS: Final[dict[Loc, str]] = {
    Loc.GRANT: "grant_eur",
    Loc.OWN_SHARE: "own_share_eur",
    Loc.THIRD_PARTY: "third_party_eur",
    Loc.TOTAL: "total_cost_eur",
    Loc.PERSONNEL: "personnel_eur",
    Loc.MATERIAL: "material_eur",
}


def _stated_rate(per_scope: Sequence[Sequence[Candidate]], *, rest_counts: bool) -> Candidate | None:
    """The stated rate of the first scope that states one, else (if `rest_counts`) an own share's rest."""
    direct = [[c for c in cands if not c.from_own_share] for cands in per_scope]
    found = _first_best(direct, Loc.RATE)
    return found if found is not None or not rest_counts else _first_best(per_scope, Loc.RATE)


def _computed_rate(amounts: dict[str, AmountFact | None]) -> AmountFact | None:
    """Grant ÷ total, or grant ÷ (grant + own share + third-party funds) without a total."""
    grant, total = amounts["grant_eur"], amounts["total_cost_eur"]
    if grant is None:
        return None
    if total is not None and total.value > 0:
        return AmountFact(value=min(grant.value / total.value, 1.0), evidence=grant.evidence)
    own, third = amounts["own_share_eur"], amounts["third_party_eur"]
    if own is None:
        return None
    denominator = grant.value + own.value + (third.value if third else 0.0)
    return AmountFact(value=grant.value / denominator, evidence=grant.evidence) if denominator > 0 else None


def _partners(
    index: PassageIndex,
    everything: list[Located],
    applicant: TextFact | None,
    profile: CallProfile,
    settings: FactSettings,
) -> tuple[Partner, ...]:
    """Named partners of the network sections, applicant excluded; where there is none, the whole
    document's, and where it names none ("mit den unter Ziffer 5 genannten Stellen"), those named
    where the project's work is told."""
    sections = _sections(index.mapping, settings.network_sections, profile)
    located: Iterable[Located] = section_blocks(index, sections) if sections else everything
    own = term_key(applicant.value) if applicant else None
    found = find_partners(passages(located), profile, LOCATORS, settings)
    if sections and not found:
        found = find_partners(told_of_project(passages(everything), settings), profile, LOCATORS, settings)
    return tuple(p for p in found if term_key(p.name) != own)
