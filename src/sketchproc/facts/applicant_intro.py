"""The applicant introducing itself in the third person, where no label or applicant section names it.

Sketches of associations and companies often open their "Wer wir sind" with a sentence about
themselves: "Gründerzeit Altmark e.V. ist ein gemeinnütziger Verein, 2017 … gegründet", "Die
Digitalwerk Saale GmbH wurde 2016 in Halle gegründet". The subject is a name with its own legal
form, the verb describes or dates it. Partners are described the same way where the network is
told, and the region where the situation is ("Der Landkreis Mansfeld-Südharz ist einer der
ältesten Landkreise"), so those parts are not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sketchproc.facts.locators import Locators
from sketchproc.facts.names import clean_name, own_legal_form
from sketchproc.facts.scope import Located, passages
from sketchproc.facts.settings import FactSettings
from sketchproc.model import BlockKind, TextFact
from sketchproc.passages import PassageKind
from sketchproc.profiles.checks import Role
from sketchproc.profiles.schema import CallProfile

__all__ = ["from_described_name"]

# The name opening the sentence, then a verb that describes or dates it.
_DESCRIBED = re.compile(
    r"^\W*(?P<name>[^\W\d][^;:!?]{2,120}?)\s+(?:ist|wurde|war)\s+(?:ein|eine|seit|im\s+jahr|\d{4})\b",
    re.IGNORECASE,
)


def from_described_name(
    located: Sequence[Located], profile: CallProfile, loc: Locators, settings: FactSettings
) -> TextFact | None:
    """The name with a legal form that the first such describing sentence opens with, or None."""
    others = {*profile.outline.ids_for(Role.NETWORK), *settings.situation_ids}
    for passage in passages(b for b in located if b.block.kind is not BlockKind.TABLE):
        if passage.kind is not PassageKind.SENTENCE or others.intersection(passage.outline_ids):
            continue
        described = _DESCRIBED.match(passage.text)
        name = clean_name(described["name"], loc, settings) if described else None
        if name and own_legal_form(name, profile, loc) is not None:
            return TextFact(value=name, evidence=passage.evidence(settings.max_quote_chars))
    return None
