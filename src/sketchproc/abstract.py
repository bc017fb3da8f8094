"""A mapped sketch → its abstract: the first sentences of its summary section, whole sentences.

The board reads three to five lines on what a project does before any score. They are the
applicant's own words: the opening sentences of the first section of the profile's
`abstract_sections` the sketch has (template instructions left out), cut at a sentence end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import Field

from sketchproc.model import OutlineMapping
from sketchproc.passages import PassageKind, index_passages
from sketchproc.profiles.schema import CallProfile
from sketchproc.settings import StageSettings

__all__ = ["AbstractSettings", "ProjectAbstract", "abstract_from_mapping"]


class AbstractSettings(StageSettings):
    """How long the abstract may be."""

    # About five printed lines at 9 pt on A4 (≈ 110 characters a line): whole sentences up
    # to this length; a single longer first sentence is cut at a word.
    max_chars: int = Field(520, ge=80)


@dataclass(frozen=True)
class ProjectAbstract:
    """The opening sentences, the section they stand in and its outline id."""

    text: str
    section: str
    outline_id: str

    def payload(self) -> dict[str, Any]:
        """The `abstract` key of a sketch in results.json."""
        return {"text": self.text, "section": self.section, "outline_id": self.outline_id}


def abstract_from_mapping(
    mapping: OutlineMapping,
    profile: CallProfile,
    settings: AbstractSettings | dict[str, Any] | None = None,
) -> ProjectAbstract | None:
    """The opening sentences of the first abstract section the sketch has; None if it has none."""
    if not profile.outline.abstract_sections:
        return None
    resolved = AbstractSettings.resolve(settings)
    index = index_passages(mapping, profile)
    sections = mapping.sectioned.sections
    for outline_id in profile.outline.abstract_sections:
        passages = [p for p in index.in_outline([outline_id]) if p.kind is not PassageKind.TABLE_ROW]
        sentences = [" ".join(p.text.split()) for p in passages]
        text = _whole_sentences([s for s in sentences if s], resolved.max_chars)
        if text:
            first = passages[0].section
            title = sections[first].title if first is not None and first < len(sections) else ""
            return ProjectAbstract(text=text, section=title, outline_id=outline_id)
    return None


def _whole_sentences(sentences: list[str], limit: int) -> str:
    """Sentences from the start while they fit into `limit`; the first one cut at a word if longer."""
    taken: list[str] = []
    used = 0
    for sentence in sentences:
        if used + len(sentence) + (1 if taken else 0) > limit:
            break
        taken.append(sentence)
        used += len(sentence) + (1 if len(taken) > 1 else 0)
    if taken or not sentences:
        return " ".join(taken)
    cut = sentences[0][: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + " …"
