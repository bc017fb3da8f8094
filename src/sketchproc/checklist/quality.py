"""Checks of the quality items that count or weigh evidence (spec §3.2).

Items whose YAML rules say everything (participation, bundling, Smart City, letters of
intent, signature) use the generic rules; the ones here need a count, a sum or a judgement
the YAML cannot express: regional facts, measures, milestones, partner categories, posts,
cost types, the investment share and the two halves of a Verstetigung plan.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sketchproc.checklist.budget import budget_breakdown
from sketchproc.checklist.context import CheckContext, Sentence
from sketchproc.checklist.heads import with_compound_heads
from sketchproc.checklist.investment import eligible_cost_types
from sketchproc.checklist.plan import schedule_milestones, work_programme
from sketchproc.checklist.rules import (
    Outcome,
    combine,
    cue_rule,
    section_rule,
    usable,
    vague_sentences,
    with_thin,
)
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.checklist.slogan import concept_with_substance
from sketchproc.facts.names import legal_form_in
from sketchproc.facts.staff import names_pay_grade, names_post_extent, names_role
from sketchproc.model import CheckStatus
from sketchproc.passages import PassageSettings
from sketchproc.profiles.checks import (
    PartnersParams,
    RegionalFactsParams,
)
from sketchproc.profiles.checks import check_params as _params
from sketchproc.profiles.schema import CallProfile, ChecklistItem, Law, TermGroup
from sketchproc.quantities import find_dates, find_money

__all__ = ["QUALITY_CHECKS"]

Check = Callable[[CheckContext, ChecklistItem, ChecklistSettings], Outcome]


def _group(item: ChecklistItem, group_id: str) -> TermGroup:
    """The item's cue group `group_id` (the YAML names it; a typo is a profile bug)."""
    return next(group for group in item.cues if group.id == group_id)


def _first_group(item: ChecklistItem) -> TermGroup:
    return item.cues[0]


def _distinct_hits(ctx: CheckContext, group: TermGroup, sentences: Sequence[Sentence]) -> list[str]:
    """Distinct texts of a group's hits; a hit inside a longer hit of the same sentence is dropped."""
    found: dict[str, str] = {}
    for sentence in sentences:
        # dict.fromkeys keeps text order, so equal-length hits come out the same in every process.
        hits = sorted(dict.fromkeys(ctx.group_hits(group, sentence)), key=len, reverse=True)
        kept: list[str] = []
        for hit in hits:
            if not any(hit in longer for longer in kept):
                kept.append(hit)
        for hit in kept:
            found.setdefault(hit.casefold(), hit)
    return list(found.values())


# --- sections with counted content -----------------------------------------------------


def baseline_analysis(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """The baseline section is substantial and names at least `min_regional_facts` concrete facts."""
    section = section_rule(ctx, item, settings)
    if section.status is CheckStatus.MISSING:
        return section
    minimum = _params(item, RegionalFactsParams).min_regional_facts
    scope = usable(ctx, item, ctx.in_outline(item.outline))
    group = _first_group(item)
    facts = _distinct_hits(ctx, group, scope)
    quoted = ctx.quote([s for s in scope if ctx.group_hits(group, s)], settings.max_evidence)
    examples = ", ".join(facts[: settings.note_examples])
    if len(facts) < minimum:
        note = f"nur {len(facts)} konkrete regionale Angabe(n) (erwartet mindestens {minimum})"
        return combine([section, Outcome(CheckStatus.VIOLATED, note, quoted)], settings.max_evidence)
    note = f"{len(facts)} konkrete regionale Angaben, z. B. {examples}"
    return combine([section, Outcome(CheckStatus.OK, note, quoted)], settings.max_evidence)


def sustainability_plan(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """A carrier AND a financing path after the funding, said firmly; hopes, plans to examine and
    half a plan are unclear.

    A carrier is whoever is named to run the centre: the carrier words of the profile, an
    organisation named by its legal form or a body of one ("Stadtrat", "Kreisverwaltung"),
    or the applicant itself. A financing path is a financing word of the profile, a verb
    of paying for it ("finanziert", "trägt sich"), or an amount.
    """
    section = section_rule(ctx, item, settings)
    if section.status is CheckStatus.MISSING:
        return section
    scope = usable(ctx, item, ctx.in_outline(item.outline))
    # A commitment already given stands, even under the usual reservation of the budget
    # ("hat zugesagt, … vorbehaltlich des Haushaltsbeschlusses").
    vague = [s for s in scope if s.hedged and not _COMMITTED.search(s.text) and not _planned(ctx, item, s)]
    vague += [s for s in vague_sentences(ctx, item, scope) if s not in vague]
    firm = [s for s in scope if s not in vague]
    carrier = [s for s in firm if ctx.group_hits(_group(item, "carrier"), s) or _names_carrier(ctx, s)]
    financing = [s for s in firm if ctx.group_hits(_group(item, "financing"), s) or _names_financing(s)]
    # Money for the time after the funding that is still to be decided or examined outweighs a
    # firm sentence elsewhere, unless that one is concrete: an amount, or a decision already taken.
    # A source examined on top of a firm one ("Darüber hinaus prüfen wir …") leaves the firm one.
    open_money = [
        s
        for s in vague
        if (ctx.group_hits(_group(item, "financing"), s) or _names_financing(s))
        and not (financing and _ADDITIVE.search(s.text))
    ]
    if open_money and any(find_money(s.text) or _DECIDED.search(s.text) for s in financing):
        open_money = []
    if carrier and financing and not open_money:
        note = f"Träger und Finanzierungsweg benannt: „{financing[0].text[: settings.note_quote_chars]}“"
        return Outcome(
            CheckStatus.OK,
            with_thin(note, section),
            ctx.quote(list(dict.fromkeys([carrier[0], financing[0]])), settings.max_evidence),
        )
    lacking = [name for name, found in (("Träger", carrier), ("Finanzierungsweg", financing)) if not found]
    if open_money and not lacking:
        quote = open_money[0].text[: settings.note_quote_chars]
        note = f"Finanzierung nach Förderende offen („{quote}“)"
        evidence = ctx.quote(list(dict.fromkeys([*open_money, carrier[0]])), settings.max_evidence)
        return Outcome(CheckStatus.UNCLEAR, with_thin(note, section), evidence)
    if vague:
        intention = vague[0].text[: settings.note_quote_chars]
        note = f"nur Absichtserklärung („{intention}“), es fehlt: {', '.join(lacking)}"
        return Outcome(CheckStatus.UNCLEAR, with_thin(note, section), ctx.quote(vague, settings.max_evidence))
    if not carrier and not financing and not any(s.negated for s in ctx.in_outline(item.outline)):
        # Text about the time after the funding without a name or a source of money decides nothing.
        note = f"weder Träger noch Finanzierungsweg erkennbar; bitte prüfen; {section.note}"
        return Outcome(CheckStatus.UNCLEAR, note, ctx.quote(scope, settings.max_evidence))
    # Half a plan (a carrier without money, or money without anyone to run the centre) is too
    # vague to decide, as a reviewer reads it (spec §3.2), not a plan that breaks the rule.
    note = f"es fehlt: {', '.join(lacking)}; bitte prüfen"
    return Outcome(
        CheckStatus.UNCLEAR, with_thin(note, section), ctx.quote(carrier + financing, settings.max_evidence)
    )


# Intending is planning, not hoping: "Die Gemeinde beabsichtigt, die Stelle nach Projektende in den
# Stellenplan zu übernehmen" says who carries the centre and how it is paid for.
_INTENT = re.compile(r"\bbeabsichtig\w*", re.IGNORECASE)
# The passage stage's hedges, asked of a sentence whose intention is said as a plan ("plant").
_HEDGES = re.compile(
    "|".join(f"(?:{p})" for p in PassageSettings().hedge_patterns), re.IGNORECASE | re.MULTILINE
)


def _planned(ctx: CheckContext, item: ChecklistItem, sentence: Sentence) -> bool:
    """True if the sentence's only hedge is an intention, and it names the carrier and the money."""
    if not _INTENT.search(sentence.text) or _HEDGES.search(_INTENT.sub("plant", sentence.text)):
        return False
    carries = ctx.group_hits(_group(item, "carrier"), sentence) or _names_carrier(ctx, sentence)
    pays = ctx.group_hits(_group(item, "financing"), sentence) or _names_financing(sentence)
    return bool(carries and pays)


# An organisation's body or office: "Stadtrat", "Kreistag", "Gemeindeverwaltung", "Verbandsversammlung".
_BODY_SUFFIX = re.compile(r"(?:rat|tag|verwaltung|versammlung|vorstand|amt)$", re.IGNORECASE)
# Paying for something: "finanziert", "Finanzierung über", "trägt sich", "refinanziert".
_FINANCING_VERB = re.compile(
    r"\b(?:re)?finanzier\w*|\b(?:trägt|tragen)\s+sich\b|\bsich\s+(?:\w+\s+){0,4}selbst\s+trag\w*",
    re.IGNORECASE,
)


# A resolution cited with its date: "mit Beschluss vom 12.12.2018", "Kreistagsbeschluss Nr. 12 vom …".
_DATED_RESOLUTION = r"\b\w*beschluss\w*\s+(?:\w+\s+){0,3}vom\b"
# A decision already taken: "mit Beschluss vom 12.12.2018", "hat … beschlossen", "ist bereits …".
_DECIDED = re.compile(
    rf"{_DATED_RESOLUTION}|\b(?:hat|haben)\s+(?:\w+\s+){{0,8}}beschlossen\b|\bbereits\b", re.IGNORECASE
)


# A commitment already given: "Beschluss vom …", "hat … zugesagt", "bereits gefasst".
_COMMITTED = re.compile(
    _DATED_RESOLUTION
    + r"|\b(?:hat|haben)\s+(?:\w+\s+){0,8}(?:beschlossen|zugesagt|zugesichert|verpflichtet)\b"
    r"|\bbereits\s+(?:\w+\s+){0,2}(?:gefasst|beschlossen|zugesagt|zugesichert|vereinbart|unterzeichnet)\b",
    re.IGNORECASE,
)
# A sentence that adds to what was said: "Darüber hinaus …", "Zusätzlich …", "Ergänzend …".
_ADDITIVE = re.compile(r"^\W*(?:darüber\s+hinaus|zusätzlich|ergänzend|außerdem|daneben)\b", re.IGNORECASE)


def _names_carrier(ctx: CheckContext, sentence: Sentence) -> bool:
    if legal_form_in(sentence.text, ctx.profile) is not None:
        return True
    applicant = ctx.facts.applicant
    if applicant is not None and applicant.value.casefold() in sentence.text.casefold():
        return True
    words = set(re.findall(r"\w{5,}", sentence.text))
    if words & _own_name_words(ctx):
        return True  # the applicant by the distinctive part of its name: "die AnhaltIT führt … weiter"
    return any(_is_body(word, ctx.profile) for word in words if len(word) >= 6)


def _own_name_words(ctx: CheckContext) -> set[str]:
    """The words of the applicant's name that name it alone: not its legal form, not its region.

    A public body's name is its place ("Stadt Sangerhausen"): its words name the town, not the carrier.
    """
    applicant = ctx.facts.applicant
    form = legal_form_in(applicant.value, ctx.profile) if applicant is not None else None
    if applicant is None or form is None or form.law is Law.PUBLIC:
        return set()
    region = set(re.findall(r"\w+", ctx.facts.region.value)) if ctx.facts.region else set()
    return {
        word
        for word in re.findall(r"\w{5,}", applicant.value)
        if word[0].isupper() and word not in region and legal_form_in(word, ctx.profile) is None
    }


def _is_body(word: str, profile: CallProfile) -> bool:
    """A council or office of an organisation the call knows: "Kreistag" (Landkreis), "Stadtrat"."""
    if not _BODY_SUFFIX.search(word):
        return False
    stem = _BODY_SUFFIX.sub("", word).casefold()
    forms = (*profile.checklist.eligible_legal_forms, *profile.checklist.not_eligible_legal_forms)
    return len(stem) >= 4 and any(s.casefold().endswith(stem) for f in forms for s in f.spellings)


def _names_financing(sentence: Sentence) -> bool:
    return bool(_FINANCING_VERB.search(sentence.text)) or bool(find_money(sentence.text))


# --- facts and counts -----------------------------------------------------------------


def network_breadth(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """Named partners cover at least `min_partner_categories` of the call's actor groups."""
    categories = ctx.profile.checklist.actor_categories
    minimum = _params(item, PartnersParams).min_partner_categories
    partners = ctx.facts.partners
    if not partners:
        return Outcome(CheckStatus.MISSING, "keine benannten Partner erkannt")
    covered = {partner.category for partner in partners}
    found = [c.label for c in categories if c.id in covered]
    lacking = [c.label for c in categories if c.id not in covered]
    note = f"gefunden: {len(found)} von {len(categories)} Akteursgruppen ({', '.join(found)})"
    note += f"; fehlt: {', '.join(lacking)}" if lacking else ""
    evidence = tuple(dict.fromkeys(p.evidence for p in partners))[: settings.max_evidence]
    status = CheckStatus.OK if len(found) >= minimum else CheckStatus.VIOLATED
    if status is CheckStatus.VIOLATED:
        note += f" (erwartet mindestens {minimum})"
    return Outcome(status, note, evidence)


def staffing_plan(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """An extent of posts (posts, FTE, pay grade) and a role, in any wording (see `facts.staff`),
    in the organisation and budget sections."""
    own = usable(ctx, item, ctx.in_outline(item.outline))

    def posts_in(scope: Sequence[Sentence]) -> list[Sentence]:
        return [s for s in scope if names_post_extent(s.text) or names_pay_grade(s.text)]

    def roles_in(scope: Sequence[Sentence]) -> list[Sentence]:
        return [s for s in scope if names_role(s.text)]

    posts, roles = posts_in(own), roles_in(own)
    if not (posts and roles):
        # Staff are often described where the applicant introduces its team: a passage elsewhere
        # that names a role with its extent ("eine Koordinatorin mit 30 Wochenstunden") counts.
        staff = [s for s in posts_in(usable(ctx, item, ctx.in_outline(()))) if names_role(s.text)]
        posts, roles = posts or staff, roles or staff
    evidence = ctx.quote(posts[:1] + roles[:1], settings.max_evidence)
    if posts and roles:
        return Outcome(
            CheckStatus.OK,
            f"Stellenumfang und Rolle benannt: „{posts[0].text[: settings.note_quote_chars]}“",
            evidence,
        )
    concrete = [s for s in posts if _concrete_post(s.text)]
    if concrete:
        # A one-post office needs no job title: "eine Stelle mit 30 Wochenstunden (E 9a)",
        # "übernimmt Frau X mit 0,5 VZÄ ab dem 01.01.2019" say who is paid, how much and when.
        quote = concrete[0].text[: settings.note_quote_chars]
        return Outcome(CheckStatus.OK, f"Stelle mit Umfang benannt: „{quote}“", ctx.quote(concrete, 1))
    if posts or roles:
        lacking = "Rolle bzw. Funktion" if posts else "Stellenumfang (Stellen, VZÄ, Entgeltgruppe)"
        return Outcome(CheckStatus.UNCLEAR, f"nur teilweise belegt, es fehlt: {lacking}", evidence)
    if any(ctx.coverage(outline_id).value != "missing" for outline_id in item.outline):
        return Outcome(CheckStatus.VIOLATED, "weder Stellenumfang noch Rollen angegeben")
    return Outcome(CheckStatus.MISSING, "kein Personalkonzept gefunden")


def _concrete_post(text: str) -> bool:
    """A post given with its extent and its pay grade or its start date."""
    return names_post_extent(text) and (names_pay_grade(text) or bool(find_dates(text)))


def digital_strategy(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """The generic cue, saying so when the only mentions are of the Land's own agenda.

    The plan may be named by the head of a compound ("Digitale Dorfagenda"): see checklist.heads.
    """
    if item.cues:
        item = with_compound_heads(ctx, item, item.cues[0].id)
    outcome = cue_rule(ctx, item, settings)
    if outcome.status is not CheckStatus.MISSING or not item.exclude:
        return outcome
    excluded = ctx.matcher(item.exclude)
    land_only = [s for s in ctx.in_outline(item.outline) if excluded.search(s.text)]
    if not land_only:
        return outcome
    note = "nur Verweise auf die Digitale Agenda des Landes, keine eigene Strategie"
    return Outcome(CheckStatus.MISSING, note, ctx.quote(land_only, settings.max_evidence))


# By check name (profiles/checks.py), not by item id.
QUALITY_CHECKS: dict[str, Check] = {
    "budget_breakdown": budget_breakdown,
    "eligible_cost_types": eligible_cost_types,
    "baseline_analysis": baseline_analysis,
    "work_programme": work_programme,
    "schedule_milestones": schedule_milestones,
    "sustainability_plan": sustainability_plan,
    "network_breadth": network_breadth,
    "staffing_plan": staffing_plan,
    "digital_strategy": digital_strategy,
    "concept_with_substance": concept_with_substance,
}
