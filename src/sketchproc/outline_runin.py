"""Run-in headings: a paragraph that opens with a label ("Verstetigung: Die Stelle wird …").

Short sketches often put a topic into one labelled paragraph of another section
instead of giving it a heading of its own. When the label alone names an outline
id that no section covers, that paragraph covers the id: its passages carry the
id, and the outline counts its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from sketchproc.model import BlockKind, RunIn, SectionedDocument, SectionMatch, block_text
from sketchproc.numbering import split_number
from sketchproc.outline_headings import heading_scores
from sketchproc.profiles.schema import OutlineSection
from sketchproc.textmodel import LinearTextModel


class RunInThresholds(Protocol):
    """The outline settings a run-in label is judged by (the same as for a heading)."""

    @property
    def heading_accept(self) -> float: ...
    @property
    def heading_weight(self) -> float: ...
    @property
    def content_accept(self) -> float: ...


__all__ = ["find_run_ins", "form_line", "run_in_label"]

# A label is a few words before a colon at the very start of the paragraph; the text after it
# must be a sentence of its own, not the rest of a form line ("Telefon: 0391 …").
_LABEL = re.compile(r"^\s*([^\W\d][\w .,/&()„“\"'-]{1,60}?)\s*:\s+(?=\S)")
_MAX_LABEL_WORDS = 5
_MIN_BODY_WORDS = 8


def run_in_label(text: str) -> str | None:
    """The label of a paragraph that opens with a short label and a colon, if any.

    A typed number before the label ("3. Beteiligung: …", "b) Verstetigung: …") is the
    writer's own numbering of the topic, not part of the label; a bare count is not
    ("3 Stellen: …" counts posts).
    """
    number, rest = split_number(text)
    prefix = text.strip()[: len(text.strip()) - len(rest)]
    if number is not None and any(mark in prefix for mark in ".)"):
        text = rest
    match = _LABEL.match(text)
    if match is None or len(match.group(1).split()) > _MAX_LABEL_WORDS:
        return None
    if len(text[match.end() :].split()) < _MIN_BODY_WORDS:
        return None
    return match.group(1)


def form_line(text: str) -> bool:
    """True for a labelled line whose value is no sentence ("Laufzeit: 01.04.2019 bis Ende 2020").

    Such lines are the sketch's key data, read by the facts; they cover no section.
    """
    number, rest = split_number(text)
    line = rest if number is not None else text
    match = _LABEL.match(line)
    if match is None or len(match.group(1).split()) > _MAX_LABEL_WORDS:
        return False
    return len(line[match.end() :].split()) < _MIN_BODY_WORDS


def find_run_ins(
    sectioned: SectionedDocument,
    matches: Sequence[SectionMatch],
    outline: Sequence[OutlineSection],
    model: LinearTextModel | None,
    accept: RunInThresholds,
) -> tuple[RunIn, ...]:
    """Labelled paragraphs whose label names an outline id that no section covers.

    The label must name the id plainly, or name it best while the paragraph's text,
    read by the outline model, agrees (as for a heading with its section).
    """
    covered = {key for match in matches for key in match.outline_ids}
    found: list[RunIn] = []
    # A labelled paragraph above the first heading ("Das Vorhaben in Kürze: …") counts as well.
    blocks = (*sectioned.preamble, *(block for section in sectioned.sections for block in section.blocks))
    for block in blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            continue
        text = block_text(block)
        label = run_in_label(text)
        if label is None:
            continue
        outline_id = _named_id(label, text, outline, model, accept)
        if outline_id is not None and outline_id not in covered:
            found.append(RunIn(outline_id=outline_id, block=block))
    return tuple(found)


def _named_id(
    label: str,
    text: str,
    outline: Sequence[OutlineSection],
    model: LinearTextModel | None,
    accept: RunInThresholds,
) -> str | None:
    scores = heading_scores(label, outline)
    best_id, best = max(scores.items(), key=lambda item: item[1], default=("", 0.0))
    if best >= accept.heading_accept:
        return best_id
    if model is None or not best_id:
        return None
    probabilities = dict(zip(model.classes, model.probabilities([text])[0], strict=True))
    weight = accept.heading_weight
    blended = weight * best + (1 - weight) * float(probabilities.get(best_id, 0.0))
    return best_id if blended >= accept.content_accept else None
