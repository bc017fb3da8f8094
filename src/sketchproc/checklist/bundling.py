"""Bundling: the centre brings together what already exists, named as such or listed.

The cue rule wants a named initiative ("LEADER", "Initiative …") beside a bundling verb.
Applicants as often name the existing work by the head of a compound ("die bisher
nebeneinander laufenden Digitalisierungsaktivitäten bündeln") or list it ("bündelt
Breitbandausbau, freies WLAN, Online-Dienste und Schul-IT"): a bundling verb whose
sentence holds such a plural compound or a list of three counts too. A heading that names
the bundling ("Bündelung und Koordinierung") stands for the verb in every sentence below it.
"""

from __future__ import annotations

import re

from sketchproc.checklist.context import CheckContext, Sentence
from sketchproc.checklist.rules import Outcome, cue_rule, usable
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.model import CheckStatus
from sketchproc.profiles.schema import ChecklistItem, TermGroup

__all__ = ["bundling_initiatives"]

# Plural heads of compounds naming existing work: "Einzelaktivitäten", "Digitalisierungsprojekte";
# a bare "Projekte" or "diese Vorhaben" points back to something said elsewhere.
_EXISTING_WORK = re.compile(
    r"\b\w{4,}(?:aktivitäten|projekte|projekten|initiativen|angebote|angeboten|vorhaben|akteure|akteuren)\b",
    re.IGNORECASE,
)
# Work called existing by its adjective: "vorhandene Angebote", "die bestehenden Netzwerke".
_EXISTING_ADJECTIVE = re.compile(
    r"\b(?:vorhanden|bestehend|bisherig|existierend|verstreut|vereinzelt)\w*\s+(?-i:[A-ZÄÖÜ])\w+",
    re.IGNORECASE,
)
# A list of at least three items: "A, B, C und D".
_LIST = re.compile(r"^[^,;]+,[^,;]+,[^,;]+(?:,|\s+und\s+|\s+sowie\s+)")
# The existing work is the verb's object: at most this many words after the verb, or (verb at
# the clause end) this many before it.
_AFTER, _BEFORE = 6, 3
_OBJECT_BEFORE = 10


def bundling_initiatives(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """Named initiatives with a bundling verb, or a bundling verb over existing work named otherwise."""
    outcome = cue_rule(ctx, item, settings)
    if outcome.status is CheckStatus.OK:
        return outcome
    bundling = next(group for group in item.cues if group.id == "bundling")  # the loader checked it
    found = [
        s for s in usable(ctx, item, ctx.in_outline(item.outline)) if _bundles_existing(ctx, s, bundling)
    ]
    if not found:
        return outcome
    note = f"gefunden: „{found[0].text[: settings.note_quote_chars]}“"
    return Outcome(CheckStatus.OK, note, ctx.quote(found, settings.max_evidence))


def _bundles_existing(ctx: CheckContext, sentence: Sentence, bundling: TermGroup) -> bool:
    if sentence.hedged:
        return False
    text = sentence.text
    if _heading_bundles(ctx, sentence, bundling) and (
        _EXISTING_WORK.search(text) or _EXISTING_ADJECTIVE.search(text)
    ):
        # Under "Bündelung und Koordinierung" every sentence tells how the bundling is done:
        # the existing work it names anywhere is what is brought together.
        return True
    for verb in ctx.group_hits(bundling, sentence):
        at = text.find(verb)
        if at < 0:
            continue  # a word of the table's header, not of this row
        before, after = text[:at].split(), text[at + len(verb) :].split()
        window = " ".join([*before[-_BEFORE:], *after[:_AFTER]])
        # A verb at the clause end has its object before it, lists and all: look further back.
        object_before = " ".join([*before[-_OBJECT_BEFORE:], *after[:_AFTER]])
        if (
            _EXISTING_WORK.search(window)
            or _EXISTING_ADJECTIVE.search(object_before)
            or _LIST.search(" ".join(after[: _AFTER * 3]))
        ):
            return True
    return False


def _heading_bundles(ctx: CheckContext, sentence: Sentence, bundling: TermGroup) -> bool:
    """True if the heading of the sentence's own section names the bundling."""
    if sentence.section is None:
        return False
    title = ctx.mapping.sectioned.sections[sentence.section].title
    return bool(ctx.matcher(bundling.terms).search(title))
