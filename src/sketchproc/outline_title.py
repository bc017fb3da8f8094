"""A project title set as the only top-level heading: its sub-headings are the sections.

Some writers set the project's name as "Überschrift 1" and every chapter one level below
("Wer wir sind", "Was es kostet"). The sections stage keeps that heading, as it cannot
tell a title from a single chapter with sub-sections ("Aufgaben und Maßnahmen" over three
work packages). The outline can: the one top-level heading that opens the document, stands
over three chapters or more and names no topic of the call (or stands over six chapters or
more, whatever it names) is the title, so its text becomes
preamble and its sub-sections the top-level sections that the call's order is read over.
"""

from __future__ import annotations

from collections.abc import Sequence

from sketchproc.model import SectionedDocument
from sketchproc.outline_headings import heading_scores
from sketchproc.profiles.schema import OutlineSection

__all__ = ["lift_sections_under_title"]

# A title's sub-sections must be an outline of their own, not one or two sub-headings.
_MIN_CHAPTERS = 3
# So many chapters under the one heading make an outline of the whole sketch.
_WHOLE_OUTLINE = 6


def lift_sections_under_title(
    sectioned: SectionedDocument, outline: Sequence[OutlineSection], heading_accept: float
) -> SectionedDocument:
    """The sectioned document with a lone title heading turned into preamble, else unchanged."""
    sections = sectioned.sections
    tops = [s for s in sections if s.parent is None]
    # The heading need not repeat the file's title: Word's "Titel" property often keeps a short
    # or an older name ("Digitalbüro" over "Digitalbüro – Projektskizze für …"). Its place is what
    # makes it the title: the one top-level heading, first of all, over an outline of chapters.
    if len(tops) != 1 or tops[0].index != 0:
        return sectioned
    chapters = [s for s in sections if s.parent == 0]
    if len(chapters) < _MIN_CHAPTERS:
        return sectioned
    topical = max(heading_scores(tops[0].title, outline).values(), default=0.0) >= heading_accept
    if topical and len(chapters) < _WHOLE_OUTLINE:
        # "Aufgaben und Maßnahmen" over work packages is a chapter; a heading over a whole outline
        # of chapters is the title, however many of the call's words it holds ("Bürger-Digitalzentrum").
        return sectioned
    lifted = tuple(
        s.model_copy(
            update={
                "index": s.index - 1,
                "level": s.level - 1,
                "parent": None if s.parent in (None, 0) else s.parent - 1,
            }
        )
        for s in sections[1:]
    )
    preamble = (*sectioned.preamble, *sections[0].blocks)
    return sectioned.model_copy(update={"preamble": preamble, "sections": lifted})
