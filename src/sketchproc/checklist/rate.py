"""The funding rate and the financing's arithmetic (spec §3.1): the hard item on the rate and
the finding "Finanzierung nicht schlüssig".

The rate is the stated one where the sketch states it, else grant ÷ costs. Amounts that do not
add up never fail the hard item on their own: the finding reports them with both quotes.
"""

from __future__ import annotations

from sketchproc.checklist.context import CheckContext
from sketchproc.checklist.rules import Outcome
from sketchproc.checklist.rules import cited_facts as _cited
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.german import format_eur, german_percent
from sketchproc.model import AmountFact, CheckResult, CheckStatus, Evidence, Facts
from sketchproc.profiles.checks import ConsistencyParams, RateParams
from sketchproc.profiles.checks import check_params as _params
from sketchproc.profiles.schema import ChecklistItem, Finding

__all__ = ["financing_finding", "funding_rate_max"]


def _computed_rate(facts: Facts) -> tuple[float, float, tuple[Evidence, ...]] | None:
    """(grant, base, evidence): base is grant + own share (+ third party), else the total."""
    grant = facts.grant_eur
    if grant is None:
        return None
    if facts.own_share_eur is not None:
        third = facts.third_party_eur.value if facts.third_party_eur else 0.0
        base = grant.value + facts.own_share_eur.value + third
        return grant.value, base, _cited(grant, facts.own_share_eur, facts.third_party_eur)
    if facts.total_cost_eur is not None and facts.total_cost_eur.value > 0:
        return grant.value, facts.total_cost_eur.value, _cited(grant, facts.total_cost_eur)
    return None


def funding_rate_max(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """The grant is at most `funding_rate_max` of the costs (stated rate, else computed)."""
    params, facts = _params(item, RateParams), ctx.facts
    limit = german_percent(params.funding_rate_max)
    computed = _computed_rate(facts)
    if facts.funding_rate is not None and facts.funding_rate_stated:
        rate = facts.funding_rate.value
        over = _over_limit(computed, params) if computed and _adds_up(facts, params) else None
        if rate <= params.funding_rate_max and over is not None and computed is not None:
            # "80 %" written beside amounts that make 85 %: the text contradicts itself (or we
            # misread an amount). A hard item is not failed on that; a reviewer compares both.
            stated = german_percent(rate)
            note = (
                f"angegebene Förderquote {stated}, nach den Beträgen aber {over} (über {limit}); bitte prüfen"
            )
            return Outcome(CheckStatus.UNCLEAR, note, _cited(facts.funding_rate) + computed[2])
        status = CheckStatus.VIOLATED if rate > params.funding_rate_max else CheckStatus.OK
        word = "über" if status is CheckStatus.VIOLATED else "höchstens"
        return Outcome(
            status,
            f"angegebene Förderquote {german_percent(rate)} ({word} {limit})",
            _cited(facts.funding_rate),
        )
    if computed is None:
        return Outcome(CheckStatus.MISSING, "Förderquote weder angegeben noch berechenbar")
    grant, base, evidence = computed
    if base <= 0:
        return Outcome(CheckStatus.UNCLEAR, "Kostenbasis ist null", evidence)
    rate = grant / base
    if _over_limit(computed, params) is not None:
        return Outcome(
            CheckStatus.VIOLATED, f"berechnete Förderquote {german_percent(rate)} über {limit}", evidence
        )
    return Outcome(
        CheckStatus.OK, f"berechnete Förderquote {german_percent(rate)} (höchstens {limit})", evidence
    )


def _over_limit(computed: tuple[float, float, tuple[Evidence, ...]], params: RateParams) -> str | None:
    """The computed rate, written out, if the grant exceeds the limit of its base; else None."""
    grant, base, _ = computed
    # Sketches round amounts to whole euros: allow the euro tolerance on the grant.
    allowed = params.funding_rate_max * base + params.consistency_tolerance_eur
    return german_percent(grant / base) if base > 0 and grant > allowed else None


def _adds_up(facts: Facts, params: RateParams) -> bool:
    """True if the amounts agree with each other: without a total, or summing to it to the euro."""
    financing = _financing_parts(facts)
    if financing is None:
        return True
    parts, total = financing
    return abs(sum(part.value for part in parts) - total.value) <= params.consistency_tolerance_eur


def _financing_parts(facts: Facts) -> tuple[list[AmountFact], AmountFact] | None:
    """Grant, own share (and third-party funds) with the total they should make, when all are known."""
    if facts.total_cost_eur is None or facts.grant_eur is None or facts.own_share_eur is None:
        return None
    parts: list[AmountFact] = [facts.grant_eur, facts.own_share_eur]
    parts += [facts.third_party_eur] if facts.third_party_eur is not None else []
    return parts, facts.total_cost_eur


def financing_finding(ctx: CheckContext, finding: Finding) -> CheckResult | None:
    """The extra finding "Finanzierung nicht schlüssig" when grant + shares miss the total."""
    facts, params = ctx.facts, _params(finding, ConsistencyParams)
    financing = _financing_parts(facts)
    if financing is None:
        return None
    parts, total_fact = financing
    total = total_fact.value
    summed = sum(part.value for part in parts)
    tolerance = max(params.consistency_tolerance_eur, params.consistency_tolerance_share * total)
    if abs(summed - total) <= tolerance:
        return None
    named = "Zuwendung + Eigenanteil" + (" + Mittel Dritter" if facts.third_party_eur else "")
    difference = format_eur(abs(summed - total))
    note = f"{named} = {format_eur(summed)}, Gesamtkosten {format_eur(total)} (Differenz {difference})"
    return CheckResult(
        item_id=finding.id,
        status=CheckStatus.VIOLATED,
        severity=finding.severity.value,
        verdict=finding.verdict,
        note=note,
        evidence=_cited(*parts, total_fact),
    )
