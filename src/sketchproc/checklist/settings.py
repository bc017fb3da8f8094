"""Settings of the checklist stage: how much evidence is quoted and where attachments are looked for."""

from __future__ import annotations

from pydantic import Field

from sketchproc.settings import StageSettings

__all__ = ["ChecklistSettings"]


class ChecklistSettings(StageSettings):
    """How much evidence the checklist quotes and where it looks for attachments."""

    # A reviewer reads two or three quotes per item; more hides the one that matters.
    max_evidence: int = Field(3, ge=1)
    # Quotes longer than this are cut with "…" (a table row can hold a whole budget).
    quote_chars: int = Field(300, ge=20)
    # Sentences quoted inside a note are cut shorter: the note is one line of the report.
    note_quote_chars: int = Field(120, ge=20)
    # Examples named in a note ("z. B. 214.000, LEADER, Haldensleben").
    note_examples: int = Field(4, ge=1)
    # Signature blocks and enclosure lists stand in the last sentences of a sketch.
    attachment_tail_sentences: int = Field(10, ge=0)
    # Scanned annexes (pages without a text layer) are searched among the last pages.
    attachment_tail_pages: int = Field(4, ge=0)
    # A paragraph starting like this is one measure even outside a list ("Arbeitspaket 2: …").
    measure_label_pattern: str = (
        r"^\s*(?:arbeitspaket|ap|maßnahme|massnahme|handlungsfeld|modul|baustein|schritt)\b"
    )
    # A heading (or one part of it) this similar to an outline title names that part of the call: where
    # an item whose own section is missing looks for its evidence (as the outline's heading_accept).
    topic_heading_accept: float = Field(0.86, gt=0, le=1)
    # Markers that date a milestone or phase of the schedule (taxonomy concreteness ids).
    milestone_markers: tuple[str, ...] = ("date",)
