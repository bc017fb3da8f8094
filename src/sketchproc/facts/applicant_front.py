"""The applicant on the cover or title block: a short line, or part of one, that carries a legal form.

A cover names the applicant on a line of its own ("Digitalagentur Köthen GbR") or inside a longer
one a PDF joined ("… in Sachsen-Anhalt Stadt Wernigerode"); lines labelled as naming others
("Verbundpartner: …", "Kontakt: …") are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from sketchproc.facts.locators import Locators
from sketchproc.facts.names import clean_name, is_suffix, legal_form_spans, name_with_form, own_legal_form
from sketchproc.facts.scope import Located
from sketchproc.facts.settings import FactSettings
from sketchproc.model import BlockKind, TextFact
from sketchproc.profiles.schema import CallProfile

# Parts of a cover or title line: "Altmark Digital GmbH · Gardelegen · Stand: 10.12.2018".
_LINE_PARTS = re.compile(r"\s+[·|•]\s+|\s{3,}")

# Labels of key data that name someone other than the applicant, or no one.
NOT_APPLICANT_LABEL = re.compile(
    r"partner|kooperation|mitglied|beteiligt|kontakt|ansprech|rückfrage|telefon|mail|anschrift|adresse"
    r"|landkreis|region|gebiet|bank|konto",
    re.IGNORECASE,
)


def from_front_lines(
    front: Sequence[Located], profile: CallProfile, loc: Locators, settings: FactSettings
) -> TextFact | None:
    """A short cover or title line (or part of one) that carries a legal form.

    A PDF may join the cover's lines into one ("… in Sachsen-Anhalt Stadt Wernigerode"): the
    name is the one its form opens or closes in the part, a company's suffix first. A type word
    after a preposition names what a project is for ("Zentrum für den Landkreis Wittenberg").
    """
    for where, part in _front_parts(front[: settings.head_blocks]):
        quote = where.passages[0] if where.passages else None
        name = clean_name(part, loc, settings)
        if not name or quote is None:
            continue
        if own_legal_form(name, profile, loc) is None:
            name = _name_inside(name, profile, loc, settings)
        if name:
            return TextFact(value=name, evidence=quote.evidence(settings.max_quote_chars))
    return None


# A preposition (and article) before a type word: the place is a complement, not a name's start.
_COMPLEMENT = re.compile(
    r"\b(?:für|im|in|am|vom|von|aus|zum|zur|bei|beim|nach|der|des|dem|den)\s+(?:(?:den|dem|der|die|das|des)\s+)?$",
    re.IGNORECASE,
)


def _name_inside(part: str, profile: CallProfile, loc: Locators, settings: FactSettings) -> str | None:
    """The name a legal form opens or closes inside a longer line: a suffix's name first."""
    spans = list(legal_form_spans(part, profile))
    suffixes = [(s, e) for s, e, _ in spans if is_suffix(part[s:e], loc)]
    types = [(s, e) for s, e, _ in spans if (s, e) not in suffixes and not _COMPLEMENT.search(part[:s])]
    for start, end in [*suffixes, *types]:
        name = name_with_form(part, start, end, loc, settings)
        if name:
            return name
    return None


def _front_parts(front: Sequence[Located]) -> Iterator[tuple[Located, str]]:
    """The lines of front blocks, split at "·" and similar separators.

    A line labelled as naming others ("Verbundpartner: Landkreis Harz · Landkreis …",
    "Kontakt: …") names no applicant in any of its parts.
    """
    for where in front:
        if where.block.kind is BlockKind.TABLE:
            continue
        lines = (segment for text in where.block.text.split("\n") for segment in _INNER_LABEL.split(text))
        for line in lines:
            label = _ONE_WORD_LABEL.match(line)
            if label and NOT_APPLICANT_LABEL.search(label.group(1)):
                continue
            for part in _LINE_PARTS.split(line):
                yield where, part


_ONE_WORD_LABEL = re.compile(r"^[\s*•·-]*([^\W\d]+)\s*:")
# A PDF joins a cover's lines: a capitalised word and a colon inside a line opens the next one.
_INNER_LABEL = re.compile(r"\s+(?=[A-ZÄÖÜ][^\W\d]+:\s)")
