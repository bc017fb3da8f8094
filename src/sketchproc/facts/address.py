"""Organisations named at a postal address or a register entry: letterheads, signature blocks,
"Anschrift:" lines.

A German postal address ends in a house number and a five-digit postcode with its town
("Lange Straße 12, 39646 Oebisfelde-Weferlingen", "Markt 5 · 06895 Zahna-Elster"); a register
entry gives the register's number ("VR 1234", "HRB 5678") or names the register. Who is at the
address or registered is written right before it, after a label, an article or the previous
address: the applicant's own data in a sketch that has no applicant heading stand there, at
the head of a letter or under its signature ("Digitalverein X e.V., Sitz Burg, VR 1234"). Only a
name with a legal form counts ("Stadt X", "X eG"): a person or a department at an address is no
applicant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sketchproc.facts.locators import Locators
from sketchproc.facts.names import legal_form_spans, name_with_form
from sketchproc.facts.scope import Located, passages
from sketchproc.facts.settings import FactSettings
from sketchproc.model import TextFact
from sketchproc.profiles.schema import CallProfile
from sketchproc.quantities import POSTAL_ADDRESS

__all__ = ["from_addresses"]

# What closes the words before an address: the end of a sentence or a label's colon; not the dot
# of a one-letter abbreviation ("Heimatverein Finnegrund e. V., Lindenstraße 12, …").
_BEFORE = re.compile(r"(?:(?<!\b[A-Za-z])[.!?]\s+(?=[A-ZÄÖÜ])|:\s+)")


# A register entry: the number in the register of associations, companies or cooperatives, or
# the register named in words.
_REGISTERED = re.compile(
    r"\b(?:VR|HRB|HRA|GnR|PR)\s?\d{1,6}\b|\b(?:Vereins|Handels|Genossenschafts)register\b"
)


def from_addresses(
    located: Sequence[Located], profile: CallProfile, loc: Locators, settings: FactSettings
) -> TextFact | None:
    """The first organisation (a name with a legal form) written right before a postal address
    or a register entry."""
    for passage in passages(located):
        start = 0
        anchors = [*POSTAL_ADDRESS.finditer(passage.text), *_REGISTERED.finditer(passage.text)]
        for address in sorted(anchors, key=lambda anchor: anchor.start()):
            if address.start() < start:
                continue  # a register number inside the address just read
            window_start = max(
                [start, *(m.end() for m in _BEFORE.finditer(passage.text, start, address.start()))]
            )
            window = passage.text[window_start : address.start()]
            for first, last, _form in legal_form_spans(window, profile):
                name = name_with_form(window, first, last, loc, settings)
                if name is not None:
                    focus = window_start + first
                    return TextFact(value=name, evidence=passage.evidence(settings.max_quote_chars, focus))
            start = address.end()
    return None
