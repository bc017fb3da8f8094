"""A submission's final checklist → the letter asking its applicant for what is missing.

An item is asked for when its final status is `missing` and it is a hard item, or a quality
item the profile marks `requestable`. A reviewer's decision that settles an item (any status
other than `missing`) takes it out of the letter. Where the profile or the facts have no
value, the letter shows a bracketed placeholder for the office to fill in.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from sketchproc.german import german_date
from sketchproc.model import CheckStatus, Record
from sketchproc.profiles.schema import CallProfile, Severity
from sketchproc.results_model import SketchRecord, SubmissionRecord

__all__ = ["FOLDER", "Letter", "LetterItem", "compose_letter", "letter_file_name"]

FOLDER = "Nachforderungen"
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


class LetterItem(Record):
    """One thing asked for: the item in the call's words and what would satisfy it."""

    id: str
    label: str
    hint: str
    hard: bool


class Letter(Record):
    """Everything one letter says, as lines of text (German)."""

    submission: str
    applicant: str
    sender: tuple[str, ...]
    recipient: tuple[str, ...]
    place_date: str
    subject: str
    items: tuple[LetterItem, ...]
    deadline: str
    contact: tuple[str, ...]
    signer: str


def compose_letter(
    submission: SubmissionRecord,
    primary: SketchRecord | None,
    profile: CallProfile,
    *,
    deadline: date | None,
    stand: date | None,
) -> Letter | None:
    """The letter for one submission, or None when nothing is to be asked for."""
    checklist = submission.checklist
    items = tuple(
        LetterItem(id=item.id, label=item.label, hint=item.hint, hard=item.severity is Severity.HARD)
        for item in profile.checklist.items
        if (entry := checklist.get(item.id)) is not None
        and entry.status is CheckStatus.MISSING
        and (item.severity is Severity.HARD or item.requestable)
    )
    if not items:
        return None
    facts = submission.facts
    applicant = " ".join((facts.applicant or "").split())
    contact = profile.contact
    title = " ".join(((primary.title if primary else None) or "").split())
    about = f" „{title}“" if title else ""
    when = german_date(stand) if stand else "[Datum]"
    return Letter(
        submission=submission.id,
        applicant=applicant or "[Antragsteller]",
        sender=(profile.funding_body, contact.office or "[Referat]", *(contact.address or ("[Anschrift]",))),
        recipient=(
            applicant or "[Antragsteller]",
            "[Anschrift des Antragstellers]",
            *((f"per E-Mail: {facts.contact_email}",) if facts.contact_email else ()),
        ),
        place_date=f"{contact.city or '[Ort]'}, {when}",
        subject=f"Förderaufruf „{profile.title}“: Nachforderung von Angaben zu Ihrer Projektskizze{about}",
        items=items,
        deadline=german_date(deadline) if deadline else "[Frist]",
        contact=(
            f"Ansprechperson: {contact.name or '[Name]'}",
            f"Telefon: {contact.phone or '[Telefon]'}",
            f"E-Mail: {contact.email or '[E-Mail]'}",
        ),
        signer=contact.name or "[Name]",
    )


def letter_file_name(letter: Letter, taken: set[str]) -> str:
    """A file name a person can find, "Landkreis_Harz.docx"; unique within `taken` (updated)."""
    ascii_name = unicodedata.normalize("NFKD", letter.applicant.translate(_UMLAUTS))
    words = re.sub(r"[^A-Za-z0-9]+", "_", ascii_name.encode("ascii", "ignore").decode()).strip("_")[:60]
    stem = words.rstrip("_") or f"Einreichung_{letter.submission}"
    candidate, counter = stem, 2
    while candidate.casefold() in taken:
        candidate, counter = f"{stem}_{counter}", counter + 1
    taken.add(candidate.casefold())
    return f"{candidate}.docx"
