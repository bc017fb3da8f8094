"""Schemas of a call profile: one frozen pydantic model per YAML file, plus `CallProfile`.

A profile folder holds `profile.yaml` (identity, call parameters, file names) and the
files it names: outline, checklist, taxonomy and gazetteer. Nothing here is specific to
one call; every label, term and limit comes from the YAML.

Matching conventions the data relies on (the stages that match text implement them):

- A `Term.stem` is a lowercase German stem. Text and stem are both NFKC-normalised and
  casefolded, and also compared in ASCII-folded form (ä→ae, ö→oe, ü→ue, ß→ss). Hyphens
  and spaces inside a stem are optional. A stem matches inside compounds.
- Stems listed in `Taxonomy.short_stems` match only as whole tokens or before a hyphen.
- At one position the longest matching stem wins; shorter stems inside it do not count
  (so "hochschule" is not also "schule").
- A hit inside any word of `Term.not_in` is ignored ("verein" inside "Vereinbarung").
- A `ctx` stem counts only in a sentence that also holds another stem of the same group
  or a concreteness marker.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any, Protocol, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from sketchproc.profiles.checks import CHECKS, FINDING_CHECKS, GENERIC_CHECK, CheckSpec, Role
from sketchproc.profiles.messages import describe

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


def _params_from_mapping(value: Any) -> Any:
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


def _by_id(items: Iterable[_WithId], item_id: str) -> _WithId:
    """The entry with this id; KeyError if there is none (one lookup for every id list)."""
    for entry in items:
        if entry.id == item_id:
            return entry
    raise KeyError(item_id)


def _unique_ids(items: Iterable[Any], key: str) -> None:
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


# ---------------------------------------------------------------- profile.yaml


class Source(ProfileModel):
    """A document the profile was built from."""

    title: Text
    url: Text | None = None


class ProfileModels(ProfileModel):
    """The profile's own trained models, file stems inside sketchproc/models/ (no suffix).

    A profile without them runs on what needs no model: headings alone map the outline,
    taxonomy stems alone score relevance.
    """

    outline: Id | None = None
    relevance: Id | None = None


class ProfileFiles(ProfileModel):
    """File names of the profile's parts, relative to the folder of profile.yaml."""

    outline: FileName
    checklist: FileName
    taxonomy: FileName
    gazetteer: FileName


class Contact(ProfileModel):
    """Who writes to applicants in letters asking for missing items; gaps become placeholders."""

    office: Text | None = None  # the unit, e.g. "Referat 23 – Digitale Agenda"
    address: tuple[Text, ...] = ()  # street, postcode and town, one line each
    city: Text | None = None  # place before the date line
    name: Text | None = None  # the person signing and answering questions
    phone: Text | None = None
    email: Text | None = None


class ProfileManifest(ProfileModel):
    """Contents of profile.yaml."""

    id: Id
    title: Text
    version: Text
    funding_body: Text
    sources: tuple[Source, ...] = ()
    models: ProfileModels = ProfileModels()
    files: ProfileFiles
    contact: Contact = Contact()


# ---------------------------------------------------------------- outline.yaml


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
        _unique_ids(self.sections, "sections")
        _unique_ids(self.non_section_blocks, "non_section_blocks")
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
        return _by_id(self.sections, section_id)

    def ids_for(self, role: Role) -> tuple[str, ...]:
        """Ids of the sections that carry `role`, in outline order."""
        return tuple(s.id for s in sorted(self.sections, key=lambda s: s.order) if role in s.role)

    def ids_for_roles(self, roles: Iterable[Role]) -> tuple[str, ...]:
        """Ids of the sections that carry any of `roles`, role by role, without repeats."""
        return tuple(dict.fromkeys(oid for role in roles for oid in self.ids_for(role)))


# ---------------------------------------------------------------- checklist.yaml


class RuleType(StrEnum):
    """How a checklist item finds its evidence (spec §3)."""

    SECTION = "section"
    CUE = "cue"
    VALUE = "value"
    ATTACHMENT = "attachment"


class Severity(StrEnum):
    """Hard items decide eligibility; quality items are what the board weighs."""

    HARD = "hard"
    QUALITY = "quality"


class Verdicts(ProfileModel):
    """German verdict texts per checklist status; None means no verdict is shown."""

    ok: Text | None = None
    violated: Text | None = None
    missing: Text | None = None
    unclear: Text | None = None
    image_only: Text | None = None  # evidence is a page without text layer


class SeverityVerdicts(ProfileModel):
    """Default verdict texts per severity."""

    hard: Verdicts
    quality: Verdicts


class ChecklistItem(ProfileModel):
    """One item of the call's checklist."""

    id: Id
    label: Text
    hint: Text  # German: what the reviewer should expect or ask for
    check: Id  # the check that judges it, by rule (profiles/checks.py), e.g. funding_rate_max
    rules: tuple[RuleType, ...] = Field(min_length=1)
    severity: Severity
    core: bool = False  # a core ask of the call; its absence is a major finding
    outline: tuple[Id, ...] = ()  # sections looked at; empty means the whole body
    cues: tuple[TermGroup, ...] = ()  # every group must match (AND of ORs)
    exclude: tuple[Term, ...] = ()  # a sentence with one of these gives no evidence
    vague: tuple[Term, ...] = ()  # evidence only of this kind makes the item "unclear"
    risk: tuple[Term, ...] = ()  # stems whose weight signals a violation (limits are in params)
    params: Params = ()  # the check's parameters (checked against profiles/checks.py)
    verdicts: Verdicts = Verdicts()  # overrides the severity defaults, text by text
    # A quality item the ministry asks the applicant for when it is missing (hard items always are).
    requestable: bool = False

    @field_validator("rules", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("params", mode="before")
    @classmethod
    def _mapping(cls, value: Any) -> Any:
        return _params_from_mapping(value)

    @property
    def param_values(self) -> dict[str, ParamValue]:
        """The parameters as a mapping, as written in the YAML."""
        return dict(self.params)

    @model_validator(mode="after")
    def _requestable_quality_only(self) -> ChecklistItem:
        if self.requestable and self.severity is Severity.HARD:
            raise ValueError(
                "requestable: nur für Qualitätskriterien; fehlende Muss-Kriterien werden immer nachgefordert"
            )
        return self


class Finding(ProfileModel):
    """A finding reported beside an item, e.g. a budget whose parts do not add up."""

    id: Id
    label: Text
    hint: Text
    severity: Severity
    verdict: Text  # German, shown when the finding is raised
    item: Id  # the checklist item it belongs to
    check: Id  # the check that raises it (profiles/checks.py FINDING_CHECKS)
    params: Params = ()

    @field_validator("params", mode="before")
    @classmethod
    def _mapping(cls, value: Any) -> Any:
        return _params_from_mapping(value)

    @property
    def param_values(self) -> dict[str, ParamValue]:
        """The parameters as a mapping, as written in the YAML."""
        return dict(self.params)


class Law(StrEnum):
    """Under which law a legal form exists; `none` marks forms that are no legal person."""

    PUBLIC = "public"
    PRIVATE = "private"
    NONE = "none"


class LegalForm(ProfileModel):
    """A legal form with the spellings that identify it (matched as whole tokens, longest first)."""

    id: Id
    label: Text
    law: Law
    spellings: tuple[Text, ...] = Field(min_length=1)


class ActorCategory(ProfileModel):
    """A partner category the call names, with the words that place a named partner in it."""

    id: Id
    label: Text
    lexicon: tuple[Term, ...] = Field(min_length=1)


class Checklist(ProfileModel):
    """Contents of checklist.yaml."""

    verdicts: SeverityVerdicts
    items: tuple[ChecklistItem, ...] = Field(min_length=1)
    findings: tuple[Finding, ...] = ()
    eligible_legal_forms: tuple[LegalForm, ...] = ()
    not_eligible_legal_forms: tuple[LegalForm, ...] = ()
    actor_categories: tuple[ActorCategory, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> Checklist:
        _unique_ids(self.items, "items")
        _unique_ids(self.findings, "findings")
        _unique_ids(self.eligible_legal_forms + self.not_eligible_legal_forms, "legal_forms")
        _unique_ids(self.actor_categories, "actor_categories")
        item_ids = {item.id for item in self.items}
        for index, finding in enumerate(self.findings):
            if finding.item not in item_ids:
                raise ValueError(f"findings[{index}].item: unbekannte Prüfpunkt-id '{finding.item}'")
        return self

    @property
    def ids(self) -> tuple[str, ...]:
        """Item ids in file order."""
        return tuple(item.id for item in self.items)

    def item(self, item_id: str) -> ChecklistItem:
        """Return the item with this id; raise KeyError if there is none."""
        return _by_id(self.items, item_id)

    def verdict(self, item: ChecklistItem, status: str) -> str | None:
        """Return the German verdict for `status` (a checklist status value) of `item`."""
        own: str | None = getattr(item.verdicts, status, None)
        if own is not None:
            return own
        defaults = self.verdicts.hard if item.severity is Severity.HARD else self.verdicts.quality
        fallback: str | None = getattr(defaults, status, None)
        return fallback


# ---------------------------------------------------------------- taxonomy.yaml


class Dimension(ProfileModel):
    """A thematic Smart City / Smart Region dimension; each stem belongs to one dimension only."""

    id: Id
    label: Text
    weight: float = Field(ge=0)
    terms: tuple[Term, ...] = Field(min_length=1)


class CriterionMethod(StrEnum):
    """How a cross-cutting criterion is scored."""

    TERMS = "terms"  # stems plus concreteness, and every `requires` group in the same passage
    CATEGORY_SHARE = "category_share"  # share of checklist actor categories with a named partner


class Criterion(ProfileModel):
    """A cross-cutting quality criterion; its stems may reuse dimension stems."""

    id: Id
    label: Text
    weight: float = Field(ge=0)
    method: CriterionMethod = CriterionMethod.TERMS
    terms: tuple[Term, ...] = ()
    requires: tuple[TermGroup, ...] = ()  # "counts when": all groups in the same passage

    @model_validator(mode="after")
    def _terms_for_term_method(self) -> Criterion:
        if self.method is CriterionMethod.TERMS and not self.terms:
            raise ValueError("terms: darf bei method 'terms' nicht leer sein")
        return self


class Marker(ProfileModel):
    """A class of concreteness marker: stems, regular expressions, or another file's data set."""

    id: Id
    label: Text
    terms: tuple[Term, ...] = ()
    patterns: tuple[Text, ...] = ()  # Python regexes, applied with re.IGNORECASE to normalised text
    source: str | None = None  # one of MARKER_SOURCES

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        for index, pattern in enumerate(patterns):
            try:
                re.compile(pattern, re.IGNORECASE)
            except re.error as exc:
                raise ValueError(f"[{index}]: kein gültiger regulärer Ausdruck ({exc})") from exc
        return patterns

    @model_validator(mode="after")
    def _has_content(self) -> Marker:
        if self.source is not None and self.source not in MARKER_SOURCES:
            raise ValueError(f"source: '{self.source}' unbekannt; erlaubt: {', '.join(MARKER_SOURCES)}")
        if not (self.terms or self.patterns or self.source):
            raise ValueError("terms, patterns oder source muss angegeben sein")
        return self

    def regexes(self) -> tuple[re.Pattern[str], ...]:
        """Return the compiled patterns."""
        return tuple(re.compile(pattern, re.IGNORECASE) for pattern in self.patterns)


class Weights(ProfileModel):
    """Shares of dimensions and criteria in the overall score; they sum to 1."""

    dimensions: Share
    criteria: Share

    @model_validator(mode="after")
    def _sum_to_one(self) -> Weights:
        if abs(self.dimensions + self.criteria - 1) > 1e-9:
            raise ValueError("dimensions + criteria muss 1 ergeben")
        return self


class Taxonomy(ProfileModel):
    """Contents of taxonomy.yaml."""

    weights: Weights
    dimensions: tuple[Dimension, ...] = Field(min_length=1)
    criteria: tuple[Criterion, ...] = ()
    buzzwords: tuple[Term, ...] = ()  # never earn credit on their own
    concreteness: tuple[Marker, ...] = Field(min_length=1)
    negations: tuple[Term, ...] = ()  # cancel all credit of their sentence
    excluded_zones: tuple[Id, ...] = ()  # outline block or section ids that give no credit
    short_stems: tuple[Text, ...] = ()  # match only as whole tokens or before a hyphen
    short_stem_max_chars: int = Field(ge=1)  # every stem this short must be in short_stems
    call_phrases: tuple[Text, ...] = ()  # call wording; echoing it is quotation, not commitment

    @model_validator(mode="after")
    def _consistent(self) -> Taxonomy:
        _unique_ids(self.dimensions, "dimensions")
        _unique_ids(self.criteria, "criteria")
        _unique_ids(self.concreteness, "concreteness")
        self._one_dimension_per_stem()
        for group, weighted in (("dimensions", self.dimensions), ("criteria", self.criteria)):
            if weighted and not any(entry.weight > 0 for entry in weighted):
                raise ValueError(f"{group}: mindestens ein Gewicht muss größer als 0 sein")
        return self

    def _one_dimension_per_stem(self) -> None:
        owner: dict[str, str] = {}
        for index, dimension in enumerate(self.dimensions):
            for position, term in enumerate(dimension.terms):
                key = term_key(term.stem)
                if key in owner:
                    raise ValueError(
                        f"dimensions[{index}].terms[{position}]: Stamm '{term.stem}' "
                        f"gehört schon zur Dimension '{owner[key]}'"
                    )
                owner[key] = dimension.id

    def marker(self, marker_id: str) -> Marker:
        """Return the concreteness marker with this id; raise KeyError if there is none."""
        return _by_id(self.concreteness, marker_id)


# ---------------------------------------------------------------- gazetteer.yaml


class District(ProfileModel):
    """A district-level unit of the state: a Landkreis or a kreisfreie Stadt."""

    id: Id
    name: Text
    kind: Text  # German, as displayed: "Landkreis", "kreisfreie Stadt"
    seat: Text | None = None
    aliases: tuple[Text, ...] = ()
    needs_context: bool = False  # the name alone is also a common word or landscape


class Place(ProfileModel):
    """A town or municipality of the state, with the district it belongs to."""

    name: Text
    district: Id
    aliases: tuple[Text, ...] = ()
    needs_context: bool = False


class OutsidePlace(ProfileModel):
    """A place outside the state, so the checker can tell "outside" from "unknown"."""

    name: Text
    state: Text
    not_in: tuple[Text, ...] = ()  # longer names that are inside the state ("Sachsen-Anhalt")


class Gazetteer(ProfileModel):
    """Contents of gazetteer.yaml."""

    state: Text
    districts: tuple[District, ...] = Field(min_length=1)
    places: tuple[Place, ...] = ()
    outside: tuple[OutsidePlace, ...] = ()
    # Data sets shipped in sketchproc/data: every district of the country with its Land, and
    # the state's municipalities with their district key (official municipal register).
    national: Text | None = None
    municipalities: Text | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Gazetteer:
        _unique_ids(self.districts, "districts")
        known = {district.id for district in self.districts}
        for index, place in enumerate(self.places):
            if place.district not in known:
                raise ValueError(f"places[{index}].district: unbekannte Kreis-id '{place.district}'")
        repeated = duplicates(place.name for place in self.places)
        if repeated:
            raise ValueError(f"places: doppelte Namen: {', '.join(repeated)}")
        return self

    def district(self, district_id: str) -> District:
        """Return the district with this id; raise KeyError if there is none."""
        return _by_id(self.districts, district_id)


# ---------------------------------------------------------------- the whole profile


class CallProfile(ProfileModel):
    """A validated call profile: profile.yaml's fields, its four parts and their hash."""

    id: Id
    title: Text
    version: Text
    funding_body: Text
    sources: tuple[Source, ...]
    models: ProfileModels
    files: ProfileFiles
    contact: Contact = Contact()
    outline: Outline
    checklist: Checklist
    taxonomy: Taxonomy
    gazetteer: Gazetteer
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]

    @model_validator(mode="after")
    def _cross_references(self) -> CallProfile:
        problems = list(self._reference_problems())
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def _reference_problems(self) -> Iterator[str]:
        """Yield 'file: key: problem' for every reference between files that does not resolve."""
        yield from self._role_problems()
        yield from self._checklist_problems()
        yield from self._check_problems()
        yield from self._taxonomy_problems()
        yield from self._short_stem_problems()

    def _role_problems(self) -> Iterator[str]:
        for role in Role:
            if not self.outline.ids_for(role):
                yield (
                    f"{self.files.outline}: sections[*].role: kein Abschnitt trägt die Rolle "
                    f"'{role.value}' (das Programm sucht dort {_ROLE_PURPOSE[role]})"
                )

    def _checklist_problems(self) -> Iterator[str]:
        file = self.files.checklist
        outline_ids = set(self.outline.ids)
        for index, item in enumerate(self.checklist.items):
            for position, outline_id in enumerate(item.outline):
                if outline_id not in outline_ids:
                    where = f"{file}: items[{index}].outline[{position}]"
                    yield f"{where}: unbekannte Abschnitts-id '{outline_id}'"
            yield from self._marker_problems(f"{file}: items[{index}].cues", item.cues)

    def _check_problems(self) -> Iterator[str]:
        """Each item and finding names a known check and gives it what it needs."""
        file = self.files.checklist
        for index, item in enumerate(self.checklist.items):
            where = f"{file}: items[{index}]"
            spec = CHECKS.get(item.check)
            if spec is None:
                known = ", ".join(sorted(CHECKS))
                yield f"{where}.check: unbekannte Prüfregel '{item.check}' (bekannt: {known})"
                continue
            yield from _param_problems(where, spec, item.param_values)
            yield from self._needs_problems(where, spec, item)
        for index, finding in enumerate(self.checklist.findings):
            where = f"{file}: findings[{index}]"
            finding_spec = FINDING_CHECKS.get(finding.check)
            if finding_spec is None:
                known = ", ".join(sorted(FINDING_CHECKS))
                yield f"{where}.check: unbekannte Prüfregel '{finding.check}' (bekannt: {known})"
                continue
            yield from _param_problems(where, finding_spec, finding.param_values)

    def _needs_problems(self, where: str, spec: CheckSpec, item: ChecklistItem) -> Iterator[str]:
        """Cue groups, risk stems, rules and data sets the item's check reads."""
        if item.check == GENERIC_CHECK and not set(item.rules) & set(GENERIC_RULES):
            yield f"{where}.rules: Prüfregel 'generic' braucht section, cue oder attachment"
        groups = {group.id for group in item.cues}
        for group_id in spec.cue_groups:
            if group_id not in groups:
                yield f"{where}.cues: Prüfregel '{item.check}' braucht die Gruppe '{group_id}'"
        if spec.needs_cues and not item.cues:
            yield f"{where}.cues: Prüfregel '{item.check}' braucht mindestens eine Gruppe"
        if spec.needs_risk and not item.risk:
            yield f"{where}.risk: Prüfregel '{item.check}' braucht Risikobegriffe"
        for name in spec.data:
            if not getattr(self.checklist, name, True):
                needed = f"Prüfregel '{item.check}' ({where}) braucht diese Liste"
                yield f"{self.files.checklist}: {name}: {needed}"

    def _taxonomy_problems(self) -> Iterator[str]:
        file = self.files.taxonomy
        zones = set(self.outline.ids) | {block.id for block in self.outline.non_section_blocks}
        for index, zone in enumerate(self.taxonomy.excluded_zones):
            if zone not in zones:
                yield f"{file}: excluded_zones[{index}]: unbekannte Zone '{zone}'"
        for index, criterion in enumerate(self.taxonomy.criteria):
            yield from self._marker_problems(f"{file}: criteria[{index}].requires", criterion.requires)
            if criterion.method is CriterionMethod.CATEGORY_SHARE and not self.checklist.actor_categories:
                yield f"{file}: criteria[{index}].method: braucht actor_categories in {self.files.checklist}"

    def _marker_problems(self, where: str, groups: tuple[TermGroup, ...]) -> Iterator[str]:
        known = {marker.id for marker in self.taxonomy.concreteness}
        for index, group in enumerate(groups):
            for position, marker in enumerate(group.markers):
                if marker not in known:
                    yield f"{where}[{index}].markers[{position}]: unbekannter Marker '{marker}'"

    def _short_stem_problems(self) -> Iterator[str]:
        listed = {term_key(stem) for stem in self.taxonomy.short_stems}
        limit = self.taxonomy.short_stem_max_chars
        for where, term in self.terms_with_paths():
            if len(term_key(term.stem)) <= limit and term_key(term.stem) not in listed:
                yield (
                    f"{where}: kurzer Stamm '{term.stem}' fehlt in "
                    f"{self.files.taxonomy}: short_stems (sonst Treffer mitten im Wort)"
                )

    def terms_with_paths(self) -> Iterator[tuple[str, Term]]:
        """Yield every term of the profile with its 'file: key path'."""
        outline, checklist, taxonomy = self.files.outline, self.files.checklist, self.files.taxonomy
        for i, section in enumerate(self.outline.sections):
            yield from _indexed(f"{outline}: sections[{i}].cues", section.cues)
        for i, block in enumerate(self.outline.non_section_blocks):
            yield from _indexed(f"{outline}: non_section_blocks[{i}].cues", block.cues)
        for i, item in enumerate(self.checklist.items):
            yield from _indexed(f"{checklist}: items[{i}].exclude", item.exclude)
            yield from _indexed(f"{checklist}: items[{i}].vague", item.vague)
            yield from _indexed(f"{checklist}: items[{i}].risk", item.risk)
            yield from _group_terms(f"{checklist}: items[{i}].cues", item.cues)
        for i, category in enumerate(self.checklist.actor_categories):
            yield from _indexed(f"{checklist}: actor_categories[{i}].lexicon", category.lexicon)
        for i, dimension in enumerate(self.taxonomy.dimensions):
            yield from _indexed(f"{taxonomy}: dimensions[{i}].terms", dimension.terms)
        for i, criterion in enumerate(self.taxonomy.criteria):
            yield from _indexed(f"{taxonomy}: criteria[{i}].terms", criterion.terms)
            yield from _group_terms(f"{taxonomy}: criteria[{i}].requires", criterion.requires)
        for i, marker in enumerate(self.taxonomy.concreteness):
            yield from _indexed(f"{taxonomy}: concreteness[{i}].terms", marker.terms)
        yield from _indexed(f"{taxonomy}: buzzwords", self.taxonomy.buzzwords)
        yield from _indexed(f"{taxonomy}: negations", self.taxonomy.negations)


def _indexed(where: str, terms: tuple[Term, ...]) -> Iterator[tuple[str, Term]]:
    for index, term in enumerate(terms):
        yield f"{where}[{index}]", term


def _group_terms(where: str, groups: tuple[TermGroup, ...]) -> Iterator[tuple[str, Term]]:
    for index, group in enumerate(groups):
        yield from _indexed(f"{where}[{index}].terms", group.terms)


def _param_problems(where: str, spec: CheckSpec, params: dict[str, Any]) -> Iterator[str]:
    """Missing, unknown or mistyped parameters of a check, as 'file: key: problem'."""
    try:
        spec.params.model_validate(params)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            yield f"{where}.params.{describe(error)}"


# What the code reads a section of each role for, to explain a missing role.
_ROLE_PURPOSE: dict[Role, str] = {
    Role.APPLICANT: "Antragsteller, Rechtsform und Sitz",
    Role.SUMMARY: "Eckdaten der Kurzbeschreibung",
    Role.SCHEDULE: "Laufzeit, Beginn, Ende und Meilensteine",
    Role.BUDGET: "Kosten, Zuwendung, Eigenanteil und Förderquote",
    Role.NETWORK: "die benannten Partner",
}
