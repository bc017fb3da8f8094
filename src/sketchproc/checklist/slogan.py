"""A concept named only as the goal of a slogan: "Wir wollen Smart City werden!".

The call wants Smart City / Smart Region with substance (spec §3.2, §4.3). Authors who have
none write the term as the predicate of becoming: "… wird zur Smart Region", "Wir machen die
Altmark zur Smart Region", "Wir wollen Smart City werden". German marks that role by "zu(r)"
before the term or "werden"/"sein" right after it; a bare goal ends there. A sketch whose
every mention of the concept has that shape names a goal, not a concept: a reviewer weighs it.
The goal may also be the complement of the clause's own verb, which then closes the clause right
after it: "… die Altmark auf dem Weg zur Smart Region begleiten und …".

Some authors name the term only to set it aside: "Eine Smart City wird aus unserer Stadt in zwei
Jahren nicht", "Das Schlagwort passt für uns nicht so richtig". The negation stands in the term's
own clause, often at its end, out of reach of a phrase list. Such a sketch has no concept
(missing); one that goes on with a concession ("…, aber die Chancen wollen wir nutzen") takes
part of it up, and a reviewer weighs it (unclear). "Nicht …, sondern …" corrects, it does not
dismiss. A two-word term also stands for its compound-headed forms ("smarte Kleinstadt"; see
checklist.heads).
"""

from __future__ import annotations

import re

from sketchproc.checklist.context import CheckContext, Sentence
from sketchproc.checklist.heads import with_compound_heads
from sketchproc.checklist.rules import Outcome, cue_rule, usable
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.model import CheckStatus
from sketchproc.profiles.schema import ChecklistItem
from sketchproc.sentences import clause_span
from sketchproc.terms import TermMatcher

__all__ = ["concept_with_substance"]

# "zur Smart Region", "zu einer smarten Kommune", "zum smarten Landkreis" right before the term.
_BECOMING_BEFORE = re.compile(r"\b(?:zur|zum|zu\s+(?:einer|einem|der|dem))\s+$", re.IGNORECASE)
# "zur" names the goal only beside a verb of becoming ("Konzept zur Smart Region" is substance).
_BECOMING_VERB = re.compile(r"\b(?:wird|werden|mach\w*|entwickel\w*|wandel\w*|verwandel\w*)\b", re.IGNORECASE)
# The goal stands bare: after the term (and its "werden"/"sein") the sentence ends or breaks off
# with a dash ("Smart City werden!", "zur Smart Region – und zwar von unten"). A term that goes
# on ("zur Smart Region, in der …", "… für Freizeit und Tourismus") is given content.
_BARE_END = re.compile(r"^\s*(?:(?P<becoming>werden|sein)\b\s*)?(?:[.!?]|[–—]|-\s|$)", re.IGNORECASE)
# The clause's own verb right after the goal closes the clause, perhaps with its auxiliary:
# "zur Smart Region begleiten und", "auf dem Weg zu einer Smart Region begleitet werden."
_CLOSING_VERB = re.compile(
    r"^\s*[a-zäöüß]{3,}[nt](?:\s+(?:werden|wird|worden|sein|ist))?\s*(?:[.!?,;]|[–—]|\s(?:und|oder|sowie)\s|$)"
)
# How far around the term the words of becoming are looked for; how far on its closing verb.
_REACH = 16
_VERB_REACH = 40
# Where a clause ends inside a sentence.
_CLAUSE_END = re.compile(r"[,;:()–—]")
# A negation of the clause; "nicht nur" announces "sondern auch" and negates nothing.
_NEGATION = re.compile(r"\b(?:nicht(?!\s+nur\b)|keine?[nmrs]?|nie)\b", re.IGNORECASE)
# A verb of meaning between the term and the negation: the term is defined, not set aside.
_MEANING = re.compile(r"\b(?:heißt|bedeutet|meint|verstehen\s+wir)\b", re.IGNORECASE)
# Content opened right after the term (a few words on at most): "… als kleine Smart Region im
# ländlichen Raum: Im Mittelpunkt stehen …", "Smart-City-Anwendungen (Parkraum, Umwelt, Energie)",
# "… beginnt eine smarte Region dort, wo …". A relative clause is not enough: "… Smart City
# werden, in der alles vernetzt ist" stays a slogan.
_OPENS_CONTENT = re.compile(r"[^.;:!?()]{0,40}?(?::\s*\w|\([^)]*,[^)]*\)|\bdort,?\s+wo\b)")
# The next sentence defines the term named before: "Es heißt, dass …", "Damit meinen wir …".
_DEFINES_BEFORE = re.compile(
    r"(?:(?:es|das)\s+(?:heißt|bedeutet|meint)\b|(?:damit|darunter)\s+(?:meinen|verstehen)\s+wir\b"
    r"|wir\s+(?:meinen|verstehen)\s+(?:damit|darunter)\b)",
    re.IGNORECASE,
)
_CORRECTION = re.compile(r"\s*sondern\b", re.IGNORECASE)
_CONCESSION = re.compile(r"[,;–—]\s*(?:aber|doch|jedoch|dennoch|trotzdem)\b", re.IGNORECASE)


def concept_with_substance(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """The generic cue; missing or unclear where the concept is only dismissed, unclear where it is
    only ever the goal of a slogan."""
    if not item.cues:
        return cue_rule(ctx, item, settings)
    item = with_compound_heads(ctx, item, item.cues[0].id)
    outcome = cue_rule(ctx, item, settings)
    matcher = ctx.matcher(item.cues[0].terms)
    named = [s for s in usable(ctx, item, ctx.in_outline(item.outline)) if matcher.search(s.text)]
    explained = [s for s in named if _explained(ctx, s, matcher)]
    dismissed = [
        s
        for s in named
        if s not in explained and all(_dismissed(s.text, h.start, h.end) for h in matcher.find(s.text))
    ]
    if named and len(dismissed) == len(named):
        return _only_dismissed(ctx, dismissed, settings)
    if outcome.status is not CheckStatus.OK and explained:
        note = f"erläutert: „{explained[0].text[: settings.note_quote_chars]}“"
        return Outcome(CheckStatus.OK, note, ctx.quote(explained, settings.max_evidence))
    headed = _headed_part(ctx, matcher) if outcome.status is not CheckStatus.OK and not named else None
    if headed:
        # "Arbeitspaket 3: Pilotvorhaben Smart Region Harz" over what the pilot does: the part
        # of the plan the concept heads is its substance.
        title, body = headed
        note = f"Abschnitt „{title}“: „{body[0].text[: settings.note_quote_chars]}“"
        return Outcome(CheckStatus.OK, note, ctx.quote(body, settings.max_evidence))
    if outcome.status is not CheckStatus.OK:
        return outcome
    slogans = [s for s in named if all(_becoming(s.text, h.start, h.end) for h in matcher.find(s.text))]
    if not named or len(slogans) < len(named):
        return outcome
    note = f"nur als Ziel eines Schlagworts genannt: „{slogans[0].text[: settings.note_quote_chars]}“"
    return Outcome(CheckStatus.UNCLEAR, note, ctx.quote(slogans, settings.max_evidence))


def _explained(ctx: CheckContext, sentence: Sentence, matcher: TermMatcher) -> bool:
    """True if the sentence says, right where it names the concept, what the concept is: a colon or
    a bracketed list after the term opens its content, "dort, wo …" places it, a verb of meaning
    defines it, or the next sentence of the paragraph does ("Es heißt, dass …")."""
    text = sentence.text
    for hit in matcher.find(text):
        if _OPENS_CONTENT.match(text, hit.end) or _MEANING.search(text, hit.end):
            return True
    following = [p for p in ctx.index.of_blocks([sentence.block]) if p.position > sentence.position]
    if not following:
        return False
    return _DEFINES_BEFORE.match(min(following, key=lambda p: p.position).text) is not None


def _headed_part(ctx: CheckContext, matcher: TermMatcher) -> tuple[str, list[Sentence]] | None:
    """A part of the plan headed by the concept (not the first heading, which titles the sketch;
    a heading over parts of its own names a chapter, not a measure), with its body passages."""
    sections = ctx.mapping.sectioned.sections
    parents = {section.parent for section in sections}
    for section in sections[1:]:
        if section.index in parents or not matcher.search(section.title):
            continue
        body = [p for p in ctx.index.in_sections([section.index]) if p.content and not p.template]
        if body:
            return section.title, body
    return None


def _only_dismissed(ctx: CheckContext, dismissed: list[Sentence], settings: ChecklistSettings) -> Outcome:
    """Missing where every mention sets the concept aside; unclear where one concedes part of it."""
    conceded = [s for s in dismissed if _CONCESSION.search(s.text)]
    shown = (conceded or dismissed)[0].text[: settings.note_quote_chars]
    evidence = ctx.quote(conceded or dismissed, settings.max_evidence)
    if conceded:
        return Outcome(CheckStatus.UNCLEAR, f"nur abgelehnt, mit Einschränkung: „{shown}“", evidence)
    return Outcome(CheckStatus.MISSING, f"nur verneint genannt: „{shown}“", evidence)


def _dismissed(text: str, start: int, end: int) -> bool:
    """True if the clause holding text[start:end] is negated and no "sondern" corrects it.

    A definition by contrast negates what the term means, not the term: "Smart Region heißt für
    mich nicht, überall Sensoren aufzuhängen" goes on to say what it does mean.
    """
    opening, closing = clause_span(text, start, end, _CLAUSE_END)
    negation = _NEGATION.search(text, opening, closing)
    if not negation:
        return False
    if _MEANING.search(text, end, negation.start()):
        return False
    # `closing` is the position of the break; the next clause starts right after it (", sondern …").
    return closing == len(text) or not _CORRECTION.match(text, closing + 1)


def _becoming(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - _REACH) : start], text[end : end + _REACH]
    bare = _BARE_END.match(after)
    if bare is None:
        # The goal of the clause's own verb ("zur Smart Region begleiten"); no content follows it.
        closing = _CLOSING_VERB.match(text[end : end + _VERB_REACH]) is not None
        return closing and _BECOMING_BEFORE.search(before) is not None
    goal = _BECOMING_BEFORE.search(before) is not None and _BECOMING_VERB.search(text) is not None
    return goal or bare["becoming"] is not None
