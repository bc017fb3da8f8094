"""Subject of the sketch: a coordinating centre, not hardware, broadband or one app.

The call wants the centre word and a verb of coordinating or bundling together. Authors
name the centre once ("Mit dem Regionalen Digitalisierungszentrum … schaffen wir …") and
then write what it does with a definite article and the compound's head: "Das Zentrum
bündelt …", "Die Stelle koordiniert …". Such a sentence speaks of the centre named before.
"""

from __future__ import annotations

import re

from sketchproc.checklist.budget import cost_base, priced_risks
from sketchproc.checklist.context import CheckContext, Sentence
from sketchproc.checklist.rules import Outcome, cue_rule, usable
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.german import format_eur
from sketchproc.model import CheckStatus
from sketchproc.profiles.schema import ChecklistItem

__all__ = ["subject_is_centre"]

# A definite noun phrase: article or possessive, at most one adjective, a capitalised noun.
_DEFINITE = re.compile(
    r"\b(?i:das|die|der|dem|den|des|unser\w*)\s+(?:[a-zäöüß]\w*e[nmrs]?\s+)?([A-ZÄÖÜ]\w{3,})"
)
# A head shorter than this ("Amt", "Hub") is no safe reference to a longer compound.
_MIN_HEAD = 5
# A sketch that names no centre and spends more than this share on investments is about them; the
# investment objects are those the call's cost-type check weighs (one lexicon for both).
_MOSTLY = 0.5
_COST_TYPE_CHECK = "eligible_cost_types"
# Case and plural endings of the head ("des Zentrums", "den Zentren", "der Stellen").
_ENDINGS = ("es", "en", "s", "n", "")


def subject_is_centre(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """A coordinating centre is the subject; only risk objects (hardware, broadband) violate.

    A sketch that names a centre at all is never excluded for also mentioning broadband or
    hardware (most describe the regional broadband build-out as context): only a sketch with
    no centre wording whose text is about such an object is violated, or whose budget spends
    more than half of its money on investments.
    """
    outcome = cue_rule(ctx, item, settings)
    risky = (
        [s for s in usable(ctx, item, ctx.in_outline(item.outline)) if ctx.matcher(item.risk).search(s.text)]
        if item.risk
        else []
    )
    if outcome.status is CheckStatus.UNCLEAR and not risky:
        # With a risk object in the text too, the signals are mixed: a reviewer decides.
        return _by_reference(ctx, item, settings) or outcome
    if outcome.status is CheckStatus.MISSING and not risky:
        return _money_on_investments(ctx, settings) or outcome
    if outcome.status is not CheckStatus.MISSING or not risky:
        return outcome
    example = risky[0].text[: settings.note_quote_chars]
    note = f"Gegenstand ist kein Koordinierungszentrum, sondern z. B. „{example}“"
    return Outcome(CheckStatus.VIOLATED, note, ctx.quote(risky, settings.max_evidence))


def _by_reference(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome | None:
    """OK if a coordinating sentence speaks of the named centre by its head ("Das Zentrum bündelt")."""
    if len(item.cues) < 2:
        return None
    centre, coordination = item.cues[0], item.cues[1]  # what the centre is, then what it does
    scope = usable(ctx, item, ctx.in_outline(item.outline))
    named = [hit.casefold() for s in scope if not s.hedged for hit in ctx.group_hits(centre, s)]
    if not named:
        return None
    for sentence in scope:
        if sentence.hedged or not ctx.group_hits(coordination, sentence):
            continue
        if _refers_to(sentence, named):
            first = next(s for s in scope if ctx.group_hits(centre, s))
            note = f"gefunden: „{sentence.text[: settings.note_quote_chars]}“"
            return Outcome(CheckStatus.OK, note, ctx.quote([first, sentence], settings.max_evidence))
    return None


def _refers_to(sentence: Sentence, named: list[str]) -> bool:
    """True if a definite noun of the sentence is the head of a centre word named before."""
    for match in _DEFINITE.finditer(sentence.text):
        head = match.group(1).casefold()
        bases = {head[: len(head) - len(e)] for e in _ENDINGS if head.endswith(e)}
        if any(len(base) >= _MIN_HEAD and word.endswith(base) for base in bases for word in named):
            return True
    return False


def _money_on_investments(ctx: CheckContext, settings: ChecklistSettings) -> Outcome | None:
    """Violated if, with no centre named, most of the money buys investment objects (devices,
    networks, buildings) as the call's cost-type item prices them; None otherwise."""
    costs = next((i for i in ctx.profile.checklist.items if i.check == _COST_TYPE_CHECK and i.risk), None)
    if costs is None:
        return None
    _, priced = priced_risks(ctx, costs)
    base = cost_base(ctx)
    invested = sum(amount for _, amount in priced)
    if base is None or base <= 0 or invested <= _MOSTLY * base:
        return None
    spent = f"{format_eur(invested)} von {format_eur(base)}"
    note = f"kein Koordinierungszentrum benannt; {spent} für Geräte, Netze oder Bauten"
    return Outcome(CheckStatus.VIOLATED, note, ctx.quote([s for s, _ in priced], settings.max_evidence))
