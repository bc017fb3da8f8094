"""Schema of outline.yaml: the call's canonical sections and the blocks that are never sections."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from pydantic import Field, field_validator, model_validator

from sketchproc.profiles.base_schema import Id, ProfileModel, Term, Text, by_id, unique_ids
from sketchproc.profiles.checks import Role


class Requirement(StrEnum):
    """Whether a sketch must have a section."""

    REQUIRED = "required"
    RECOMMENDED = "recommended"


class ContentKind(StrEnum):
    """Non-prose content a section may carry instead of (or besides) words."""

    TABLE = "table"
    AMOUNTS = "amounts"
    LIST = "list"
    ATTACHMENT = "attachment"


class OutlineSection(ProfileModel):
    """One canonical section of the call's outline."""

    id: Id
    order: int = Field(ge=1)
    title: Text
    requirement: Requirement
    min_words: int = Field(ge=0)  # below this a present section is "thin"
    or_content: tuple[ContentKind, ...] = ()  # any of these makes a short section not thin
    needs_content: tuple[ContentKind, ...] = ()  # all of these are needed to be not thin
    aliases: tuple[Text, ...]  # plausible headings, matched fuzzily after removing numbering
    cues: tuple[Term, ...] = ()  # content words that identify headless text of this section
    # What the code reads this section for (see profiles/checks.py); a string or a list.
    role: tuple[Role, ...] = ()

    @field_validator("role", mode="before")
    @classmethod
    def _one_or_many_roles(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class NonSectionBlock(ProfileModel):
    """A block that is never a section (cover, TOC, signature …), with its German cue words."""

    id: Id
    label: Text
    cues: tuple[Term, ...]


class Outline(ProfileModel):
    """Contents of outline.yaml."""

    sections: tuple[OutlineSection, ...] = Field(min_length=1)
    template_instructions: tuple[Text, ...] = ()  # subtracted before counting words
    non_section_blocks: tuple[NonSectionBlock, ...] = ()
    # Sections whose first sentences say what the project does (the pack's opening lines);
    # the first one the sketch has is used.
    abstract_sections: tuple[Id, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> Outline:
        unique_ids(self.sections, "sections")
        unique_ids(self.non_section_blocks, "non_section_blocks")
        section_ids = {section.id for section in self.sections}
        for index, block in enumerate(self.non_section_blocks):
            if block.id in section_ids:
                raise ValueError(f"non_section_blocks[{index}].id: '{block.id}' ist schon eine Abschnitts-id")
        for index, section_id in enumerate(self.abstract_sections):
            if section_id not in section_ids:
                raise ValueError(f"abstract_sections[{index}]: '{section_id}' ist keine Abschnitts-id")
        return self

    @property
    def ids(self) -> tuple[str, ...]:
        """Section ids in outline order."""
        return tuple(section.id for section in sorted(self.sections, key=lambda s: s.order))

    def section(self, section_id: str) -> OutlineSection:
        """Return the section with this id; raise KeyError if there is none."""
        return by_id(self.sections, section_id)

    def ids_for(self, role: Role) -> tuple[str, ...]:
        """Ids of the sections that carry `role`, in outline order."""
        return tuple(s.id for s in sorted(self.sections, key=lambda s: s.order) if role in s.role)

    def ids_for_roles(self, roles: Iterable[Role]) -> tuple[str, ...]:
        """Ids of the sections that carry any of `roles`, role by role, without repeats."""
        return tuple(dict.fromkeys(oid for role in roles for oid in self.ids_for(role)))
