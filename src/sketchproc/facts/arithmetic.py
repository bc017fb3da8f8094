"""Arithmetic between money figures: grant + own share (+ third-party funds) = total.

A sketch names many amounts: sub-totals, yearly sums, the grant in the summary and again in
the financing table. When the closest reading of each role does not add up, another reading
that does is taken instead — a total that equals grant + own share + third-party funds, or
a grant that equals the total minus the other shares. A set that still does not add up is
left as read: the checklist reports it as a finding with both quotes, never silently fixed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sketchproc.facts.money import Candidate
from sketchproc.facts.scope import Loc
from sketchproc.facts.settings import FactSettings

__all__ = ["balanced"]


def balanced(
    chosen: Mapping[Loc, Candidate | None], candidates: Sequence[Candidate], settings: FactSettings
) -> dict[Loc, Candidate | None]:
    """The chosen amounts, with total or grant replaced by a candidate that makes the sums agree."""
    out = dict(chosen)
    grant, own, third, total = (out.get(r) for r in (Loc.GRANT, Loc.OWN_SHARE, Loc.THIRD_PARTY, Loc.TOTAL))
    if grant is not None and own is None and third is None and total is not None:
        # "… mit 182.000 € gefördert werden, den Rest von 50.400 € trägt die GmbH": the amount
        # no word names but that closes the sum is the own share.
        rest = _closest(candidates, Loc.UNLABELLED, total.value - grant.value, settings)
        if rest is not None and rest.value > 0:
            out[Loc.OWN_SHARE] = Candidate(
                Loc.OWN_SHARE, rest.value, rest.evidence, rest.distance, rest.bounded
            )
        return out
    if grant is None or own is None:
        return out
    parts = grant.value + own.value + (third.value if third else 0.0)
    if total is not None and _close(parts, total.value, settings):
        return out
    fitting_total = _closest(candidates, Loc.TOTAL, parts, settings)
    if fitting_total is not None:
        out[Loc.TOTAL] = fitting_total
        return out
    if total is not None:
        wanted_grant = total.value - own.value - (third.value if third else 0.0)
        fitting_grant = _closest(candidates, Loc.GRANT, wanted_grant, settings)
        if fitting_grant is not None:
            out[Loc.GRANT] = fitting_grant
        elif grant.value > total.value:
            # A "grant" above the total is the total read under the grant's label.
            bigger = _closest(candidates, Loc.TOTAL, grant.value, settings)
            out[Loc.TOTAL] = bigger or total
    return out


def _close(a: float, b: float, settings: FactSettings) -> bool:
    return abs(a - b) <= max(settings.sum_tolerance_eur, settings.sum_tolerance_share * max(a, b))


def _closest(
    candidates: Sequence[Candidate], role: Loc, value: float, settings: FactSettings
) -> Candidate | None:
    """The best candidate of `role` whose amount equals `value` within the tolerance."""
    fitting = [c for c in candidates if c.role is role and _close(c.value, value, settings)]
    return min(fitting, key=lambda c: (c.bounded, c.distance), default=None)
