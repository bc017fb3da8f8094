"""Signature: a sketch signed at its end counts as legally binding, whatever words it uses.

The attachment rule finds a named resolution or the word "Unterschrift"; many sketches
simply end in a signature block instead: place and date, a line to sign on, the
signatory's name or office ("Köthen (Anhalt), 26.11.2018 / ______ / Der Präsident …").
That block is recognised by its shape, not by the title of whoever signs.

A council's resolution is named as often by its parts as by one word: a body that decides
(a compound on "-rat", "Kreistag", "…versammlung", "Vorstand") and a resolution ("Beschluss"
in any compound, "beschlossen", "zugestimmt") in one passage — "Die Stadträte haben der
Bereitstellung ihres Eigenanteils zugestimmt (Beschluss vom 06.12.2018)", "Beschlussauszüge
der Gemeinderäte". It counts once it has been taken: dated, told in the perfect or past, or
listed among the annexes; one still to come is deferred and proves nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sketchproc.checklist.context import CheckContext, Sentence
from sketchproc.checklist.rules import (
    PLACEHOLDER,
    Outcome,
    attachment_mentions,
    attachment_rule,
    attachment_scope,
    present_mentions,
    usable,
)
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.model import CheckStatus
from sketchproc.passages import PassageZone
from sketchproc.profiles.schema import ChecklistItem
from sketchproc.quantities import find_dates

__all__ = ["resolution_taken", "signature_block", "signature_or_resolution"]

# "Naumburg (Saale), 25.02.2019", "Zerbst/Anhalt, den 3. März 2019"
_PLACE_DATE = re.compile(
    r"(?:^|\s)[A-ZÄÖÜ][\w.()/ -]{1,40},\s*(?:den\s+)?"
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}|\d{1,2}\.\s+[A-ZÄÖÜ][a-zäöü]+\s+(?:19|20)\d{2})"
)
# The line to sign on, or the mark of a signature given elsewhere ("gez. Müller").
_SIGN_LINE = re.compile(r"_{5,}|\.{8,}|\bgez\.\s+[A-ZÄÖÜ]|\(\s*Unterschrift\s*\)", re.IGNORECASE)
# The cue group of the signatory's office.
_OFFICE = "office"
# Place, date and line stand within this many passages of each other.
_WINDOW = 3


def signature_block(passages: Sequence[Sentence]) -> list[Sentence]:
    """The passages of the last signature block of the sketch (place and date, a line to sign).

    Read by paragraph: a sentence splitter cuts "12.03.2019 gez. K. Beispiel" at its dots.
    """
    real = list(
        {id(p.block): p for p in passages if p.zone is not PassageZone.TEMPLATE and not p.template}.values()
    )
    for end in range(len(real) - 1, -1, -1):
        if not _SIGN_LINE.search(real[end].context):
            continue
        window = real[max(0, end - _WINDOW + 1) : end + 1]
        dated = [p for p in window if _PLACE_DATE.search(p.context)]
        if dated:
            return [*dated[-1:], *real[end : end + 2]][:_WINDOW]
    return []


# A body that decides: the head of a compound ("Stadtrat", "Verbandsgemeinderäte", "Kreistag",
# "Mitgliederversammlung", "Vorstand"), also as the modifier of its sitting ("Gemeinderatssitzung");
# not the "Beirat" that advises or the "Referat" of an office.
_COUNCIL = re.compile(
    r"\b(?:[^\W\d_]*(?<!bei)(?<!refe)(?:rat|räte|rates|rats|räten)(?:s?sitzung\w*|s?beschl\w*)?"
    r"|\w*kreistag\w*|\w*versammlung\w*"
    r"|vorstand\w*|\w*ausschuss\w*)\b",
    re.IGNORECASE,
)
# The resolution itself: "Beschluss" in any compound, or the act told as done.
_RESOLUTION = re.compile(
    r"\w*beschl(?:uss|üsse)\w*|\bbeschlossen\b|\bbeschloss\b|\bzugestimmt\b", re.IGNORECASE
)
# Taken: told in the perfect or past ("hat … beschlossen", "wurde … gefasst", "beschloss").
_DONE = re.compile(
    r"\b(?:hat|haben|hatte|hatten|wurde|wurden|ist|sind)\b[^.;]{0,100}\b(?:beschlossen|gefasst|zugestimmt)\b"
    r"|\bbeschloss\b",
    re.IGNORECASE,
)
# … or dated ("Beschluss vom 06.12.2018", "am 3. Dezember 2018"), unless the date is one planned
# ("ist für den 12.03.2019 vorgesehen", "soll am … fallen").
_DATE = re.compile(r"\b\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)\s?(?:19|20)\d{2}\b")
_PLANNED = re.compile(
    r"\b(?:wird|werden|soll|sollen|will|wollen|vorgesehen|geplant|beabsichtigt|angestrebt|terminiert)\b",
    re.IGNORECASE,
)


def resolution_taken(ctx: CheckContext, sentences: Sequence[Sentence]) -> list[Sentence]:
    """Passages naming a council's resolution already taken (dated, in the past, or enclosed)."""
    return [
        s
        for s in sentences
        if not s.deferred
        and not s.hedged
        and _COUNCIL.search(s.text)
        and _RESOLUTION.search(s.text)
        and (
            _DONE.search(s.text)
            or ((_DATE.search(s.text) or "annexes" in s.outline_ids) and not _PLANNED.search(s.text))
        )
    ]


# A line that names who signs ("Der Landrat", "Vorsitzende des Vorstands") is this short.
_MAX_OFFICE_LINE_WORDS = 6
# Its only lower-case words are articles and prepositions ("Bürgermeister der Gemeinde X", "Für den
# Vorstand"); a verb makes it a sentence about the office ("Der Vorstand arbeitet ehrenamtlich mit.").
_FUNCTION_WORDS = frozenset(
    {
        "der",
        "die",
        "das",
        "des",
        "den",
        "dem",
        "für",
        "und",
        "vom",
        "von",
        "im",
        "in",
        "zur",
        "zum",
        "i.",
        "a.",
    }
)


def _names_only(text: str) -> bool:
    """True if every lower-case word of the line is an article or a preposition."""
    return all(word in _FUNCTION_WORDS for word in text.split() if word[:1].islower())


def signature_or_resolution(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """A named resolution or signature (attachment rule), or a signature block at the end.

    The signatory's office (cue group `office`) is evidence only on a line of its own: a
    sentence that mentions the Vorstand or the Bürgermeister signs nothing.
    """
    offices = tuple(group for group in item.cues if group.id == _OFFICE)
    named = item.model_copy(update={"cues": tuple(g for g in item.cues if g.id != _OFFICE)})
    outcome = attachment_rule(ctx, named, settings)
    if outcome.status is CheckStatus.OK:
        present = present_mentions(attachment_mentions(ctx, named, settings))
        planned = [s for s in present if _dated_in_runtime(ctx, s)]
        if len(planned) < len(present) or not present:
            return outcome
        # "… im Herbst 2020 der Strategieentwurf und im Dezember 2020 der Beschluss des Stadtrates":
        # a step of the plan, not a resolution taken.
        quote = planned[0].text[: settings.note_quote_chars]
        outcome = Outcome(
            CheckStatus.MISSING, f"nur als Schritt der Laufzeit genannt: „{quote}“", ctx.quote(planned, 1)
        )
    lines = [
        s
        for s in usable(ctx, item, attachment_scope(ctx, item, settings))
        if len(s.text.split()) <= _MAX_OFFICE_LINE_WORDS
        and _names_only(s.text)
        and any(ctx.group_hits(g, s) for g in offices)
    ]
    if lines:
        note = f"gezeichnet: „{lines[0].text[: settings.note_quote_chars]}“"
        return Outcome(CheckStatus.OK, note, ctx.quote(lines, settings.max_evidence))
    resolutions = resolution_taken(ctx, usable(ctx, item, attachment_scope(ctx, item, settings)))
    if resolutions:
        quote = resolutions[0].text[: settings.note_quote_chars]
        evidence = ctx.quote(resolutions, settings.max_evidence)
        if all(PLACEHOLDER.search(s.text) for s in resolutions):
            # "… in seiner Sitzung am [Bitte ergänzen] beschlossen": claimed, its date left open.
            return Outcome(CheckStatus.UNCLEAR, f"Beschluss mit offenem Platzhalter: „{quote}“", evidence)
        return Outcome(CheckStatus.OK, f"Beschluss: „{quote}“", evidence)
    block = signature_block(ctx.index.passages)
    if not block:
        return outcome
    note = (
        f"unterzeichnet: „{' '.join(dict.fromkeys(p.context for p in block))[: settings.note_quote_chars]}“"
    )
    return Outcome(CheckStatus.OK, note, ctx.quote(block, settings.max_evidence))


def _dated_in_runtime(ctx: CheckContext, sentence: Sentence) -> bool:
    """True if the passage dates several steps, all on or after the project's start, and cites no
    resolution by its date ("Beschluss vom 20.02.2019" was taken, whenever the project starts)."""
    start = ctx.facts.start
    dates = find_dates(sentence.text)
    steps = len(dates) >= _MIN_STEPS and not _CITED.search(sentence.text)
    return start is not None and steps and all(d.first_day >= start.value for d in dates)


# A plan told in one sentence dates at least two steps.
_MIN_STEPS = 2
# A resolution cited by its date or number: "Beschluss vom 20.02.2019", "Beschluss-Nr. 12/2019".
_CITED = re.compile(r"\bbeschluss\w*\s+(?:\w+\s+){0,3}?(?:vom|nr\.?|nummer)\b|\bbeschluss-nr", re.IGNORECASE)
