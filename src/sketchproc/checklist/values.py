"""Value checks of the hard items: applicant, legal form, region, dates and money (spec §3.1).

Each check reads `Facts` (what the facts stage extracted, with evidence) and compares it with
the item's `params` (typed by its check in profiles/checks.py). A fact that is absent makes
the item `missing`, never `violated`: parsing can miss things, and a missing hard item only
asks for a follow-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from sketchproc.checklist.context import CheckContext, Sentence
from sketchproc.checklist.rate import funding_rate_max
from sketchproc.checklist.rules import Outcome, cue_rule, usable, vague_sentences
from sketchproc.checklist.rules import cited_facts as _cited
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.german import format_eur, german_date, german_percent
from sketchproc.model import CheckStatus, Evidence, Facts
from sketchproc.profiles.checks import (
    CapParams,
    DeadlineParams,
    DurationParams,
)
from sketchproc.profiles.checks import check_params as _params
from sketchproc.profiles.schema import ChecklistItem, LegalForm
from sketchproc.quantities import add_months, find_percentages, months_between

__all__ = ["HARD_CHECKS"]

Check = Callable[[CheckContext, ChecklistItem, ChecklistSettings], Outcome]


def _front_and_own_sections(ctx: CheckContext, item: ChecklistItem) -> list[Sentence]:
    """The item's sections plus cover and preamble, where the applicant block usually stands."""
    return [s for s in ctx.sentences if s.section is None or set(item.outline) & set(s.outline_ids)]


# --- applicant, legal form, region -----------------------------------------------------


def applicant_identified(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """A named applicant plus a legal form or an address/contact line."""
    applicant = ctx.facts.applicant
    contact = [
        s
        for s in usable(ctx, item, _front_and_own_sections(ctx, item))
        if any(ctx.group_hits(g, s) for g in item.cues)
    ]
    if applicant is None:
        if contact:
            note = "Anschrift bzw. Kontakt gefunden, aber kein Name der antragstellenden Organisation"
            return Outcome(CheckStatus.UNCLEAR, note, ctx.quote(contact, settings.max_evidence))
        return Outcome(CheckStatus.MISSING, "kein Antragsteller erkannt")
    form = _legal_form(ctx, ctx.facts.legal_form.value) if ctx.facts.legal_form else None
    details = [f"Rechtsform {form.label}"] if form else []
    details += ["Anschrift/Kontakt angegeben"] if contact else []
    evidence = _cited(applicant, ctx.facts.legal_form) + ctx.quote(contact, 1)
    if not details:
        note = f"Antragsteller „{applicant.value}“ ohne Anschrift und ohne erkennbare Rechtsform"
        return Outcome(CheckStatus.UNCLEAR, note, evidence)
    return Outcome(CheckStatus.OK, f"Antragsteller „{applicant.value}“ ({', '.join(details)})", evidence)


def _legal_form(ctx: CheckContext, form_id: str) -> LegalForm | None:
    checklist = ctx.profile.checklist
    return next(
        (
            f
            for f in (*checklist.eligible_legal_forms, *checklist.not_eligible_legal_forms)
            if f.id == form_id
        ),
        None,
    )


def legal_form_eligible(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """The legal form is one of the eligible forms; a non-legal person is a violation to check."""
    fact = ctx.facts.legal_form
    if fact is None:
        return Outcome(CheckStatus.MISSING, "keine Rechtsform erkannt")
    eligible = {form.id for form in ctx.profile.checklist.eligible_legal_forms}
    form = _legal_form(ctx, fact.value)
    if form is None:
        return Outcome(CheckStatus.UNCLEAR, f"Rechtsform „{fact.value}“ nicht zuzuordnen", _cited(fact))
    if form.id in eligible:
        return Outcome(CheckStatus.OK, f"Rechtsform {form.label} ist antragsberechtigt", _cited(fact))
    note = f"Rechtsform {form.label} ist keine juristische Person"
    return Outcome(CheckStatus.VIOLATED, note, _cited(fact))


def region_in_state(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """A district or place of the state is named; a seat outside the state is a violation."""
    region, outside = ctx.facts.region, ctx.facts.region_outside
    state = ctx.profile.gazetteer.state
    if region is None and outside is None:
        return Outcome(CheckStatus.MISSING, f"kein Ort in {state} erkannt")
    if region is None and outside is not None:
        return Outcome(CheckStatus.VIOLATED, _outside_note(outside.value, state), _cited(outside))
    assert region is not None
    name = _region_name(ctx, region.value)
    if outside is not None:
        note = f"{name} liegt in {state}, als Sitz ist aber „{outside.value}“ genannt"
        return Outcome(CheckStatus.UNCLEAR, note, _cited(region, outside))
    return Outcome(CheckStatus.OK, f"{name} liegt in {state}", _cited(region))


def _outside_note(place: str, state: str) -> str:
    """ "„Landkreis Helmstedt“ liegt in Niedersachsen, nicht in Sachsen-Anhalt" (Land from the data set)."""
    name, _, land = place.partition(" (")
    if land.endswith(")") and land[:-1] != state:
        return f"„{name}“ liegt in {land[:-1]}, nicht in {state}"
    return f"Sitz „{place}“ liegt außerhalb von {state}"


def _region_name(ctx: CheckContext, value: str) -> str:
    """The district's display name for a gazetteer id, else the place as written."""
    district = next((d for d in ctx.profile.gazetteer.districts if d.id == value), None)
    return f"{district.kind} {district.name}" if district else value


# --- time ---------------------------------------------------------------------------


def _end_date(facts: Facts) -> tuple[date, tuple[Evidence, ...]] | None:
    """The stated end, or start plus runtime (start + n months − 1 day)."""
    if facts.end is not None:
        return facts.end.value, _cited(facts.end)
    if facts.start is not None and facts.duration_months is not None and facts.duration_months.value >= 1:
        return add_months(facts.start.value, facts.duration_months.value), _cited(
            facts.start, facts.duration_months
        )
    return None


def project_end_deadline(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """The project ends on or before `project_end_max`."""
    deadline = _params(item, DeadlineParams).project_end_max
    found = _end_date(ctx.facts)
    if found is None and ctx.facts.duration_months is not None:
        # "24 Monate ab Zugang des Bescheides": the runtime is stated, its end depends on the start.
        note = f"Laufzeit {ctx.facts.duration_months.value} Monate ohne Beginn: Projektende nicht bestimmbar"
        return Outcome(CheckStatus.UNCLEAR, note, _cited(ctx.facts.duration_months))
    if found is None:
        return Outcome(CheckStatus.MISSING, "kein Projektende und keine Laufzeit mit Beginn erkannt")
    end, evidence = found
    derived = "" if ctx.facts.end is not None else " (aus Beginn und Laufzeit)"
    if end > deadline:
        note = f"Projektende {german_date(end)}{derived} liegt nach dem Stichtag {german_date(deadline)}"
        return Outcome(CheckStatus.VIOLATED, note, evidence)
    note = f"Projektende {german_date(end)}{derived} liegt nicht nach dem Stichtag {german_date(deadline)}"
    return Outcome(CheckStatus.OK, note, evidence)


def _duration(facts: Facts) -> tuple[int, tuple[Evidence, ...]] | None:
    if facts.duration_months is not None:
        return facts.duration_months.value, _cited(facts.duration_months)
    if facts.start is not None and facts.end is not None and facts.end.value >= facts.start.value:
        return months_between(facts.start.value, facts.end.value), _cited(facts.start, facts.end)
    return None


def duration_max(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """The runtime is at most `max_duration_months` (+ tolerance); self-funded extra months are unclear."""
    params = _params(item, DurationParams)
    found = _duration(ctx.facts)
    if found is None:
        return Outcome(CheckStatus.MISSING, "keine Laufzeit erkannt")
    months, evidence = found
    limit = params.max_duration_months + params.duration_tolerance_months
    if months <= limit:
        return Outcome(
            CheckStatus.OK, f"Laufzeit {months} Monate (höchstens {params.max_duration_months})", evidence
        )
    note = f"Laufzeit {months} Monate überschreitet {params.max_duration_months} Monate"
    self_funded = vague_sentences(ctx, item, ctx.in_outline(item.outline))
    if self_funded:
        note += "; laut Skizze werden die zusätzlichen Monate selbst finanziert – manuell prüfen"
        return Outcome(CheckStatus.UNCLEAR, note, evidence + ctx.quote(self_funded, 1))
    return Outcome(CheckStatus.VIOLATED, note, evidence)


# --- money ---------------------------------------------------------------------------


def _stated_without_fact(
    ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings, what: str
) -> Outcome:
    """No fact: cue sentences (word + amount) make it unclear, nothing makes it missing."""
    cue = cue_rule(ctx, item, settings)
    # Only the word and an amount in one sentence or row hint at a figure the facts stage missed.
    if cue.status is CheckStatus.OK:
        note = f"{what} erwähnt, aber kein Betrag eindeutig zuzuordnen"
        return Outcome(CheckStatus.UNCLEAR, note, cue.evidence)
    return Outcome(CheckStatus.MISSING, f"{what} nicht beziffert")


def grant_requested_stated(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """The requested grant is a figure in euro."""
    grant = ctx.facts.grant_eur
    if grant is None:
        return _stated_without_fact(ctx, item, settings, "Zuwendung")
    return Outcome(CheckStatus.OK, f"beantragte Zuwendung {format_eur(grant.value)}", _cited(grant))


def grant_within_cap(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """The requested grant does not exceed `grant_max_eur`."""
    grant, cap = ctx.facts.grant_eur, _params(item, CapParams).grant_max_eur
    rate, total = ctx.facts.funding_rate, ctx.facts.total_cost_eur
    if grant is None and rate is not None and ctx.facts.funding_rate_stated and total is not None:
        # "… eine Zuwendung in Höhe von 80 vom Hundert der Gesamtausgaben von 231.250 EUR": the
        # grant is asked as a share of a stated total; their product is the amount to weigh.
        asked = rate.value * total.value
        note = (
            f"Zuwendung nicht beziffert; Förderquote {german_percent(rate.value)} der Gesamtkosten "
            f"{format_eur(total.value)} = {format_eur(asked)}"
        )
        if asked <= cap:
            return Outcome(
                CheckStatus.OK, f"{note} liegt im Höchstbetrag {format_eur(cap)}", _cited(rate, total)
            )
        return Outcome(
            CheckStatus.UNCLEAR, f"{note} über dem Höchstbetrag {format_eur(cap)}", _cited(rate, total)
        )
    if grant is None:
        return Outcome(CheckStatus.MISSING, "keine beantragte Zuwendung erkannt")
    if grant.value > cap:
        note = f"Zuwendung {format_eur(grant.value)} überschreitet den Höchstbetrag {format_eur(cap)}"
        return Outcome(CheckStatus.VIOLATED, note, _cited(grant))
    note = f"Zuwendung {format_eur(grant.value)} liegt im Höchstbetrag {format_eur(cap)}"
    return Outcome(CheckStatus.OK, note, _cited(grant))


def own_contribution_stated(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """An own share (or third-party funds) is a figure; a stated rate below 100 % implies it."""
    facts = ctx.facts
    parts = [
        (label, fact)
        for label, fact in (("Eigenanteil", facts.own_share_eur), ("Mittel Dritter", facts.third_party_eur))
        if fact
    ]
    if parts:
        note = ", ".join(f"{label} {format_eur(fact.value)}" for label, fact in parts)
        return Outcome(CheckStatus.OK, note, _cited(*(fact for _, fact in parts)))
    if facts.funding_rate is not None and facts.funding_rate_stated and facts.funding_rate.value < 1:
        note = f"Eigenanteil nur über die Förderquote {german_percent(facts.funding_rate.value)} bestimmt"
        return Outcome(CheckStatus.OK, note, _cited(facts.funding_rate))
    # A share instead of an amount: "Den Eigenanteil von einem Fünftel trägt die Gemeinde"; or
    # the rest of the total: "Die übrigen Mittel bringt die Gemeinde aus Eigenmitteln auf".
    own = item.cues[0]
    rest = _rest_of_total(facts)
    for sentence in usable(ctx, item, ctx.in_outline(item.outline)):
        if not ctx.group_hits(own, sentence):
            continue
        shares = find_percentages(sentence.text)
        if shares and 0 < shares[0].value < 1:
            note = f"Eigenanteil als Anteil angegeben: {german_percent(shares[0].value)}"
            return Outcome(CheckStatus.OK, note, ctx.quote([sentence], 1))
        if rest is not None and _REST.search(sentence.text):
            note = f"Eigenanteil als Rest der Gesamtkosten angegeben: {format_eur(rest)}"
            return Outcome(CheckStatus.OK, note, ctx.quote([sentence], 1))
    return _stated_without_fact(ctx, item, settings, "Eigenanteil")


# The rest of the costs: "die übrigen Mittel", "den Rest", "die restlichen Ausgaben".
_REST = re.compile(r"\b(?:übrige[nr]?|rest(?:liche[nr]?)?|verbleibende[nr]?)\b", re.IGNORECASE)


def _rest_of_total(facts: Facts) -> float | None:
    """Total minus grant, when both are figures and nobody else is said to pay."""
    grant, total = facts.grant_eur, facts.total_cost_eur
    if grant is None or total is None or facts.third_party_eur is not None or total.value <= grant.value:
        return None
    return total.value - grant.value


# By check name (profiles/checks.py), not by item id: a profile names the check of each item.
HARD_CHECKS: dict[str, Check] = {
    "applicant_identified": applicant_identified,
    "legal_form_eligible": legal_form_eligible,
    "region_in_state": region_in_state,
    "project_end_deadline": project_end_deadline,
    "duration_max": duration_max,
    "grant_requested_stated": grant_requested_stated,
    "grant_within_cap": grant_within_cap,
    "own_contribution_stated": own_contribution_stated,
    "funding_rate_max": funding_rate_max,
}
