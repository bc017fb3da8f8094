"""Building blocks every profile file shares: id and text types, `term_key`, `Term`, `TermGroup`.

The matching conventions the terms rely on are described in `sketchproc.profiles.schema`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import Annotated, Any, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

# Ids are stable keys in results.json and in other profiles: lowercase ASCII snake_case.
Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# A file name inside the profile folder; no separators, so a profile cannot read outside it.
FileName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]+\.ya?ml$")]
Share = Annotated[float, Field(ge=0, le=1)]
# A check parameter's value: a figure, a date or a word (hashable, so profiles stay hashable).
ParamValue = bool | int | float | date | str
# A check's parameters as (name, value) pairs; YAML gives a mapping.
Params = tuple[tuple[Id, ParamValue], ...]


def params_from_mapping(value: Any) -> Any:
    """A YAML mapping of parameters as sorted (name, value) pairs; anything else as given."""
    return tuple(sorted(value.items())) if isinstance(value, dict) else value


# Generic rules a `generic` check may run.
GENERIC_RULES = ("section", "cue", "attachment")
# Marker sources that are not term lists but data sets of other files.
MARKER_SOURCES = ("actor_categories", "region_gazetteer")


@lru_cache(maxsize=65536)
def term_key(text: str) -> str:
    """Return the comparison form of a stem: NFKC, casefolded, ASCII-folded, no hyphens or spaces.

    Cached: partners, passages and matchers ask for the same words again and again.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    for umlaut, ascii_form in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        folded = folded.replace(umlaut, ascii_form)
    return re.sub(r"[\s\-‐‑–]+", "", folded)


def duplicates(values: Iterable[str]) -> list[str]:
    """Return the values that occur more than once, in first-seen order."""
    counts = Counter(values)
    return [value for value, count in counts.items() if count > 1]


class ProfileModel(BaseModel):
    """Base of every profile model: immutable, unknown keys are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_WithId = TypeVar("_WithId", bound=_HasId)


def by_id(items: Iterable[_WithId], item_id: str) -> _WithId:
    """The entry with this id; KeyError if there is none (one lookup for every id list)."""
    for entry in items:
        if entry.id == item_id:
            return entry
    raise KeyError(item_id)


def unique_ids(items: Iterable[Any], key: str) -> None:
    """Raise ValueError naming the key path of the first repeated `id` in `items`."""
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item.id in seen:
            raise ValueError(f"{key}[{index}].id: doppelte id '{item.id}'")
        seen.add(item.id)


# ---------------------------------------------------------------- terms


class Term(ProfileModel):
    """A lowercase stem with its matching flags; YAML may give a bare string for `{stem: …}`."""

    stem: Text
    ctx: bool = False  # ambiguous: counts only with a second stem or a concreteness marker
    not_in: tuple[Text, ...] = ()  # longer words in which a hit is ignored

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: Any) -> Any:
        return {"stem": value} if isinstance(value, str) else value

    @field_validator("stem")
    @classmethod
    def _lowercase(cls, stem: str) -> str:
        if stem != unicodedata.normalize("NFKC", stem).lower():
            raise ValueError(f"Stamm '{stem}' muss klein geschrieben und NFKC-normalisiert sein")
        return stem

    @model_validator(mode="after")
    def _not_in_contains_stem(self) -> Term:
        for word in self.not_in:
            if term_key(self.stem) not in term_key(word):
                raise ValueError(f"not_in: '{word}' enthält den Stamm '{self.stem}' nicht")
        return self


class TermGroup(ProfileModel):
    """Alternatives: the group matches when any term or any named concreteness marker occurs."""

    id: Id
    terms: tuple[Term, ...] = ()
    markers: tuple[Id, ...] = ()  # ids of `Taxonomy.concreteness` markers

    @model_validator(mode="after")
    def _not_empty(self) -> TermGroup:
        if not self.terms and not self.markers:
            raise ValueError("terms oder markers muss mindestens einen Eintrag haben")
        return self
