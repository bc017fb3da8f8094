"""Documents the call wants enclosed: a letter that is only said to exist is not enclosed.

The call asks for letters of intent "als Anlage oder im Anlagenverzeichnis". A sentence of the
partner section that says they exist ("Absichtserklärungen der Partner liegen vor.") states
what the applicant has, not what the sketch carries: without a pointer to an annex ("Anlage 3",
"anbei", "beigefügt") and outside the annex list it is no enclosure. The attachment rule finds
the mention; this check asks whether any mention encloses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sketchproc.checklist.context import CheckContext, Sentence
from sketchproc.checklist.rules import Outcome, attachment_mentions, attachment_rule, present_mentions
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.model import CheckStatus, Evidence
from sketchproc.passages import PassageKind
from sketchproc.profiles.schema import ChecklistItem

__all__ = ["enclosed_documents"]

# A pointer to what is enclosed: "Anlage 3", "anbei", "beigefügt", "liegen bei", "im Anhang".
_ENCLOSED = re.compile(
    r"\banlagen?\b|\banhang\b|\banbei\b|beigef[üu]gt|beiliegend|\blieg(?:en|t)\s+(?:\w+\s+){0,3}?bei\b"
    r"|\bangeh[äa]ngt|\bbeigelegt",
    re.IGNORECASE,
)
# Only that they exist: "liegen vor", "liegt vor", "sind vorhanden".
_EXIST_ONLY = re.compile(r"\blieg(?:en|t)\s+(?:\w+\s+){0,3}?vor\b|\bvorhanden\b", re.IGNORECASE)


def enclosed_documents(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """The attachment rule, with mentions that only say the documents exist set apart, and the
    documents announced for later where no mention encloses any."""
    found = attachment_mentions(ctx, item, settings)
    present = present_mentions(found)
    announced = [s for s in found if s.deferred]
    if present and announced and not any(_points_to_enclosure(s) for s in present):
        # "Unterstützungsschreiben der Partner werden nachgereicht" beside "Aufteilung laut
        # Kooperationsvereinbarung" or a partner row "LOI angefragt": nothing is enclosed yet.
        quote = announced[0].text[: settings.note_quote_chars]
        evidence = ctx.quote(announced, settings.max_evidence)
        return Outcome(CheckStatus.MISSING, f"nur angekündigt: „{quote}“", evidence)
    listed_later = [s for s in announced if "annexes" in s.outline_ids and s not in present]
    if present and listed_later and not any("annexes" in s.outline_ids for s in present):
        # "Die Letters of Intent liegen dieser Skizze bei." in the text, "Letters of Intent
        # (werden nachgereicht)" in the annex list: the sketch contradicts itself.
        said, listed = (s.text[: settings.note_quote_chars] for s in (present[0], listed_later[0]))
        note = f"widersprüchlich: laut Text „{said}“, im Anlagenverzeichnis „{listed}“; bitte prüfen"
        return Outcome(CheckStatus.UNCLEAR, note, ctx.quote([present[0], listed_later[0]], 2))
    content = [s for s in ctx.sentences if s.content]
    empty_list = _empty_annex_list(ctx, content)
    if present and empty_list is not None and not any("annexes" in s.outline_ids for s in present):
        # "Absichtserklärungen … liegen bei." above a closing "Anlagen" with nothing under it.
        quote = present[0].text[: settings.note_quote_chars]
        evidence = (*ctx.quote([present[0]], 1), empty_list)
        note = f"laut Text beigefügt („{quote}“), das Anlagenverzeichnis am Ende ist aber leer"
        return Outcome(CheckStatus.MISSING, note, evidence)
    if not found:
        letters = _partner_letters(content)
        if letters:
            # "Anlagen: – Schreiben der Verbandsgemeinde Goldene Aue – Schreiben der Gemeinde …":
            # letters of the partners in the annex list, by whatever name.
            note = f"Schreiben der Partner in den Anlagen: „{letters[0].text[: settings.note_quote_chars]}“"
            return Outcome(CheckStatus.OK, note, ctx.quote(letters, settings.max_evidence))
    if not present or any(_encloses(s) for s in present):
        return attachment_rule(ctx, item, settings)
    quote = present[0].text[: settings.note_quote_chars]
    evidence = ctx.quote(present, settings.max_evidence)
    return Outcome(CheckStatus.MISSING, f"nur als vorhanden erwähnt, nicht beigefügt: „{quote}“", evidence)


def _partner_letters(content: Sequence[Sentence]) -> list[Sentence]:
    """Items of the annex list that are a letter from someone ("Schreiben der Gemeinde Südharz",
    "Bestätigung des Landkreises vom 4. März"), not deferred and no resolution."""
    # The lines under a closing "Anlagen:" of a letter are its annex list, whatever their section.
    title = max((i for i, s in enumerate(content) if _ANNEX_LIST_TITLE.match(s.text)), default=None)
    listed = {id(s) for s in content[title + 1 :]} if title is not None else set()
    return [
        s
        for s in content
        if (("annexes" in s.outline_ids and s.kind is PassageKind.LIST_ITEM) or id(s) in listed)
        and not s.deferred
        and _LETTER_FROM.match(s.text)
        and not _RESOLUTION_WORD.search(s.text)
    ]


# A letter and its sender: "Schreiben der …", "Brief des …", "Zusage von …", "Bestätigung des …".
_LETTER_FROM = re.compile(
    r"^\W*(?:schreiben|brief|zusage|bestätigung|erklärung)\s+(?:der|des|von|vom)\s+(?:\w+\s+)?[A-ZÄÖÜ]",
    re.IGNORECASE,
)
_RESOLUTION_WORD = re.compile(r"beschluss|niederschrift|protokoll", re.IGNORECASE)


def _empty_annex_list(ctx: CheckContext, content: Sequence[Sentence]) -> Evidence | None:
    """The title of an annex list that closes the sketch with nothing under it ("Anlagen"): its
    last section without text, or its last passage of text when that is only the title."""
    sections = ctx.mapping.sectioned.sections
    last = sections[-1] if sections else None
    if last is not None and not last.blocks and _ANNEX_LIST_TITLE.match(last.title):
        return Evidence(
            quote=last.title, page=last.page, paragraph=last.provenance.paragraph, section=last.index
        )
    if content and _ANNEX_LIST_TITLE.match(content[-1].text):
        return ctx.quote([content[-1]], 1)[0]
    return None


# The title of a list of enclosures, standing alone: "Anlagen", "Anlagen:", "Anhang", "Anlagenverzeichnis".
_ANNEX_LIST_TITLE = re.compile(r"^\W*(?:anlagen(?:verzeichnis)?|anhänge|anhang)\W*$", re.IGNORECASE)


def _points_to_enclosure(sentence: Sentence) -> bool:
    """True if the passage stands in the annex list or points to what is enclosed."""
    return "annexes" in sentence.outline_ids or _ENCLOSED.search(sentence.text) is not None


def _encloses(sentence: Sentence) -> bool:
    """True if the passage encloses: in the annex list, pointing to an annex, or not a mere claim."""
    return _points_to_enclosure(sentence) or not _EXIST_ONLY.search(sentence.text)
