"""A concept named only as the goal of a slogan: "Wir wollen Smart City werden!".

The call wants Smart City / Smart Region with substance (spec §3.2, §4.3). Authors who have
none write the term as the predicate of becoming: "… wird zur Smart Region", "Wir machen die
Altmark zur Smart Region", "Wir wollen Smart City werden". German marks that role by "zu(r)"
before the term or "werden"/"sein" right after it; a bare goal ends there. A sketch whose
every mention of the concept has that shape names a goal, not a concept: a reviewer weighs it.
"""

from __future__ import annotations

import re

from sketchproc.checklist.context import CheckContext
from sketchproc.checklist.rules import Outcome, cue_rule, usable
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.model import CheckStatus
from sketchproc.profiles.schema import ChecklistItem

__all__ = ["concept_with_substance"]

# "zur Smart Region", "zu einer smarten Kommune", "zum smarten Landkreis" right before the term.
_BECOMING_BEFORE = re.compile(r"\b(?:zur|zum|zu\s+(?:einer|einem|der|dem))\s+$", re.IGNORECASE)
# "zur" names the goal only beside a verb of becoming ("Konzept zur Smart Region" is substance).
_BECOMING_VERB = re.compile(r"\b(?:wird|werden|mach\w*|entwickel\w*|wandel\w*|verwandel\w*)\b", re.IGNORECASE)
# The goal stands bare: after the term (and its "werden"/"sein") the sentence ends or breaks off
# with a dash ("Smart City werden!", "zur Smart Region – und zwar von unten"). A term that goes
# on ("zur Smart Region, in der …", "… für Freizeit und Tourismus") is given content.
_BARE_END = re.compile(r"^\s*(?:(?P<becoming>werden|sein)\b\s*)?(?:[.!?]|[–—]|-\s|$)", re.IGNORECASE)
# How far around the term the words of becoming are looked for.
_REACH = 16


def concept_with_substance(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """The generic cue, unclear where the concept is only ever the goal of a slogan."""
    outcome = cue_rule(ctx, item, settings)
    if outcome.status is not CheckStatus.OK or not item.cues:
        return outcome
    matcher = ctx.matcher(item.cues[0].terms)
    named = [s for s in usable(ctx, item, ctx.in_outline(item.outline)) if matcher.search(s.text)]
    slogans = [s for s in named if all(_becoming(s.text, h.start, h.end) for h in matcher.find(s.text))]
    if not named or len(slogans) < len(named):
        return outcome
    note = f"nur als Ziel eines Schlagworts genannt: „{slogans[0].text[: settings.note_quote_chars]}“"
    return Outcome(CheckStatus.UNCLEAR, note, ctx.quote(slogans, settings.max_evidence))


def _becoming(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - _REACH) : start], text[end : end + _REACH]
    bare = _BARE_END.match(after)
    if bare is None:
        return False
    goal = _BECOMING_BEFORE.search(before) is not None and _BECOMING_VERB.search(text) is not None
    return goal or bare["becoming"] is not None
