"""Arithmetic between money figures: grant + own share (+ third-party funds) = total.

A sketch names many amounts: sub-totals, yearly sums, the grant in the summary and again in
the financing table. When the closest reading of each role does not add up, another reading
that does is taken instead — a total that equals grant + own share + third-party funds, an
own share or a grant that equals the total minus the other shares, another party's amount
that closes the gap. Every figure taken is one the sketch states; a set that still does not
add up is left as read: the checklist reports it as a finding with both quotes, never
silently fixed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from sketchproc.facts.candidate import Candidate, best
from sketchproc.facts.locators import Loc
from sketchproc.facts.settings import FactSettings

__all__ = ["balanced", "summed_over_periods"]


def balanced(
    chosen: Mapping[Loc, Candidate | None], candidates: Sequence[Candidate], settings: FactSettings
) -> dict[Loc, Candidate | None]:
    """The chosen amounts, with total, grant, own share or third-party funds replaced or filled
    by a candidate that makes the sums agree."""
    out = dict(chosen)
    grant, own, third, total = (out.get(r) for r in (Loc.GRANT, Loc.OWN_SHARE, Loc.THIRD_PARTY, Loc.TOTAL))
    if grant is not None and own is None and third is None and (total is None or total.value < grant.value):
        whole = _whole_above_grant(candidates, grant, settings)
        if whole is not None:
            out[Loc.TOTAL], out[Loc.OWN_SHARE] = whole
            return out
    if grant is not None and total is not None and total.value < grant.value:
        # A total is never smaller than the grant: "das macht zusammen sechstausend Euro" sums the
        # rent. A total read above the grant is the project's; none leaves the contradiction as read.
        above = best((c for c in candidates if c.value > grant.value), Loc.TOTAL)
        if above is not None:
            out[Loc.TOTAL] = total = above
    if grant is not None and own is None and total is not None:
        of_total = _own_share_of_total(
            candidates, grant.value + (third.value if third else 0.0), total, settings
        )
        if of_total is not None:
            out[Loc.OWN_SHARE] = of_total
            return out
    if grant is not None and own is None and third is None and total is not None:
        # "… mit 182.000 € gefördert werden, den Rest von 50.400 € trägt die GmbH": the amount
        # no word names but that closes the sum is the own share.
        # An amount stated among the costs closes it as well ("trägt ein Fünftel der Ausgaben,
        # also 46.250 Euro"): taken only when no unnamed amount does.
        rest = _closest(candidates, Loc.UNLABELLED, total.value - grant.value, settings) or _closest(
            candidates, Loc.ITEM, total.value - grant.value, settings
        )
        if rest is not None and rest.value > 0:
            out[Loc.OWN_SHARE] = Candidate(
                Loc.OWN_SHARE, rest.value, rest.evidence, rest.distance, rest.bounded
            )
        return out
    if grant is None and own is not None and third is None and total is not None:
        # "Von Ihnen bräuchte ich 80 %, also 158.240 €. Die restlichen 20 % trage ich selbst": the
        # amount no word names that closes the sum with the own share is the grant.
        gap = total.value - own.value
        asked = _closest(candidates, Loc.UNLABELLED, gap, settings) or _closest(
            candidates, Loc.ITEM, gap, settings
        )
        if asked is not None and asked.value > 0:
            out[Loc.GRANT] = Candidate(Loc.GRANT, asked.value, asked.evidence, asked.distance, asked.bounded)
        return out
    if grant is None or own is None:
        return out
    parts = grant.value + own.value + (third.value if third else 0.0)
    if total is not None and _close(parts, total.value, settings):
        return out
    if third is not None and total is not None and _close(grant.value + own.value, total.value, settings):
        # "Eigenanteil 20.000 €, … setzt sich aus eigenem Geld und der Spende zusammen": grant and
        # own share make the total as stated, so the third party's money is part of one of them.
        out[Loc.THIRD_PARTY] = None
        return out
    fitting_total = _closest(candidates, Loc.TOTAL, parts, settings)
    if fitting_total is not None:
        out[Loc.TOTAL] = fitting_total
        return out
    if total is None:
        # "… macht zusammen 109.340 €" under the cost list: no word names the total, but the
        # stated amount that grant and own share add up to is it, whatever word stood nearest
        # ("gesamt 145.000 Euro Wir beantragen …", a line run into the next sentence).
        summed = next(
            (
                found
                for role in (Loc.UNLABELLED, Loc.ITEM, Loc.GRANT, Loc.OWN_SHARE)
                if (found := _closest(candidates, role, parts, settings)) is not None
            ),
            None,
        )
        if summed is not None:
            out[Loc.TOTAL] = Candidate(
                Loc.TOTAL, summed.value, summed.evidence, summed.distance, summed.bounded
            )
        return out
    others = third.value if third else 0.0
    # The reading of one share that closes the sum: the grant of the summary beside a yearly
    # grant, the own share stated in prose beside a scanned table whose rows lost digits.
    fitting_grant = _closest(candidates, Loc.GRANT, total.value - own.value - others, settings)
    if fitting_grant is not None:
        out[Loc.GRANT] = fitting_grant
        return out
    fitting_own = _closest(candidates, Loc.OWN_SHARE, total.value - grant.value - others, settings)
    if fitting_own is not None:
        out[Loc.OWN_SHARE] = fitting_own
        return out
    if third is None and parts < total.value:
        # "Die Sparkasse hat zugesagt, das Vorhaben mit 16.000 EUR zu unterstützen": another party's
        # amount, named by no word of ours or as a second own share, that closes the sum.
        others_share = _third_party(candidates, total.value - parts, own, settings)
        if others_share is not None:
            out[Loc.THIRD_PARTY] = others_share
            return out
    if grant.value > total.value:
        # A "grant" above the total is the total read under the grant's label.
        bigger = _closest(candidates, Loc.TOTAL, grant.value, settings)
        out[Loc.TOTAL] = bigger or total
    return out


def _whole_above_grant(
    candidates: Sequence[Candidate], grant: Candidate, settings: FactSettings
) -> tuple[Candidate, Candidate] | None:
    """The total and own share where no total was read or the one read is below the grant.

    A total is never smaller than the grant: "Das sind zusammen 20.000 Euro" under a list of
    material costs sums the material costs. "Alles in allem kommen wir auf 84.000 Euro. Davon
    … 67.200 Euro beantragen, und 16.800 Euro bringt die Gemeinde auf": the stated amount that
    the grant and another stated amount make whole, at the stated rate where one is given, is
    the total, and the other amount the own share.
    """
    rates = [c.value for c in candidates if c.role is Loc.RATE and not c.from_own_share]
    wholes = []
    for whole in candidates:
        if whole.role in (Loc.RATE, Loc.GRANT, Loc.OWN_SHARE, Loc.THIRD_PARTY) or whole.value <= grant.value:
            continue
        rest = _closest(candidates, Loc.UNLABELLED, whole.value - grant.value, settings)
        if rest is None:
            continue
        if rates and not any(
            abs(grant.value / whole.value - rate) <= settings.sum_tolerance_share for rate in rates
        ):
            continue
        wholes.append((whole, rest))
    if len({whole.value for whole, _ in wholes}) != 1:
        return None  # none, or several readings: the figures are left as read
    whole, rest = min(wholes, key=lambda pair: pair[0].distance)
    return (
        Candidate(Loc.TOTAL, whole.value, whole.evidence, whole.distance, whole.bounded),
        Candidate(Loc.OWN_SHARE, rest.value, rest.evidence, rest.distance, rest.bounded),
    )


def _own_share_of_total(
    candidates: Sequence[Candidate], others: float, total: Candidate, settings: FactSettings
) -> Candidate | None:
    """The own share a stated percentage of the stated total gives, if it closes the sum.

    "Die WES trägt einen Eigenanteil von 20 % der Gesamtausgaben": 20 % of the total, when
    grant and third-party funds plus that amount make the total. The evidence is the
    percentage's sentence, from which the amount is computed, not quoted. A bare "Eigenanteil
    von 20 %" names a ratio, not an amount: it gives no own share.
    """
    shares = [c for c in candidates if c.role is Loc.RATE and c.from_own_share and c.of_total]
    for share in sorted(shares, key=lambda c: c.distance):
        amount = round((1 - share.value) * total.value, 2)
        if _close(others + amount, total.value, settings):
            return Candidate(Loc.OWN_SHARE, amount, share.evidence, settings.derived_distance, bounded=False)
    return None


def _third_party(
    candidates: Sequence[Candidate], rest: float, own: Candidate, settings: FactSettings
) -> Candidate | None:
    """An amount of another passage than the own share's that equals the rest of the total."""
    fitting = [
        c
        for c in candidates
        if c.role in (Loc.UNLABELLED, Loc.ITEM, Loc.OWN_SHARE)
        and c.evidence != own.evidence
        and _close(c.value, rest, settings)
    ]
    found = min(fitting, key=lambda c: (c.bounded, c.distance), default=None)
    return (
        None
        if found is None
        else Candidate(Loc.THIRD_PARTY, found.value, found.evidence, found.distance, False)
    )


def summed_over_periods(
    chosen: Mapping[Loc, Candidate | None], candidates: Sequence[Candidate], settings: FactSettings
) -> dict[Loc, Candidate]:
    """Personnel and material costs summed over the periods a budget states them for, where the
    first of each do not make the total and all of them do.

    "Für 2019 … davon 48.300 Euro auf Personal … und 23.400 Euro auf Sachausgaben. Für 2020 …
    davon 88.200 Euro für Personal … und 42.800 Euro für Sachausgaben": the project's personnel
    costs are 136.500 €, its material costs 66.200 €, together the stated total of 202.700 €.
    """
    personnel, material, total = (chosen.get(r) for r in (Loc.PERSONNEL, Loc.MATERIAL, Loc.TOTAL))
    if personnel is None or material is None or total is None:
        return {}
    if _close(personnel.value + material.value, total.value, settings):
        return {}
    sums = {role: _distinct_readings(candidates, role) for role in (Loc.PERSONNEL, Loc.MATERIAL)}
    if any(len(found) < _MIN_PERIODS for found in sums.values()):
        return {}
    summed = {role: sum(c.value for c in found) for role, found in sums.items()}
    if not _close(summed[Loc.PERSONNEL] + summed[Loc.MATERIAL], total.value, settings):
        return {}
    return {role: replace(found[0], value=summed[role]) for role, found in sums.items()}


# A budget told by periods states each cost type at least twice.
_MIN_PERIODS = 2


def _distinct_readings(candidates: Sequence[Candidate], role: Loc) -> list[Candidate]:
    """The plain readings of a role, one per passage and value (a figure quoted twice counts once)."""
    seen: dict[tuple[float, str], Candidate] = {}
    for c in candidates:
        if c.role is role and not c.bounded:
            seen.setdefault((c.value, c.evidence.quote), c)
    return list(seen.values())


def _close(a: float, b: float, settings: FactSettings) -> bool:
    return abs(a - b) <= max(settings.sum_tolerance_eur, settings.sum_tolerance_share * max(a, b))


def _closest(
    candidates: Sequence[Candidate], role: Loc, value: float, settings: FactSettings
) -> Candidate | None:
    """The best candidate of `role` whose amount equals `value` within the tolerance."""
    fitting = [c for c in candidates if c.role is role and _close(c.value, value, settings)]
    return min(fitting, key=lambda c: (c.bounded, c.distance), default=None)
