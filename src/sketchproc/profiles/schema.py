"""Schemas of a call profile: `CallProfile` and the references between its files.

Each YAML file has its own schema module (`manifest_schema`, `outline_schema`,
`checklist_schema`, `taxonomy_schema`, `gazetteer_schema`, with the shared term types in
`base_schema`); every model stays importable from here.

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

from collections.abc import Iterator
from typing import Annotated, Any

from pydantic import StringConstraints, ValidationError, model_validator

from sketchproc.profiles.base_schema import (
    GENERIC_RULES,
    MARKER_SOURCES,
    FileName,
    Id,
    Params,
    ParamValue,
    ProfileModel,
    Share,
    Term,
    TermGroup,
    Text,
    term_key,
)
from sketchproc.profiles.checklist_schema import (
    ActorCategory,
    Checklist,
    ChecklistItem,
    Finding,
    Law,
    LegalForm,
    RuleType,
    Severity,
    SeverityVerdicts,
    Verdicts,
)
from sketchproc.profiles.checks import CHECKS, FINDING_CHECKS, GENERIC_CHECK, CheckSpec, Role
from sketchproc.profiles.gazetteer_schema import (
    District,
    Gazetteer,
    OutsidePlace,
    Place,
)
from sketchproc.profiles.manifest_schema import (
    Contact,
    ProfileFiles,
    ProfileManifest,
    ProfileModels,
    Source,
)
from sketchproc.profiles.messages import describe
from sketchproc.profiles.outline_schema import (
    ContentKind,
    NonSectionBlock,
    Outline,
    OutlineSection,
    Requirement,
)
from sketchproc.profiles.taxonomy_schema import (
    Criterion,
    CriterionMethod,
    Dimension,
    Marker,
    Taxonomy,
    Weights,
)

# The profile's models live one module per YAML file; this module keeps them importable
# from one place, as every stage and test did before the split.
__all__ = [
    "GENERIC_RULES",
    "MARKER_SOURCES",
    "ActorCategory",
    "CallProfile",
    "Checklist",
    "ChecklistItem",
    "Contact",
    "ContentKind",
    "Criterion",
    "CriterionMethod",
    "Dimension",
    "District",
    "FileName",
    "Finding",
    "Gazetteer",
    "Id",
    "Law",
    "LegalForm",
    "Marker",
    "NonSectionBlock",
    "Outline",
    "OutlineSection",
    "OutsidePlace",
    "ParamValue",
    "Params",
    "Place",
    "ProfileFiles",
    "ProfileManifest",
    "ProfileModel",
    "ProfileModels",
    "Requirement",
    "RuleType",
    "Severity",
    "SeverityVerdicts",
    "Share",
    "Source",
    "Taxonomy",
    "Term",
    "TermGroup",
    "Text",
    "Verdicts",
    "Weights",
    "term_key",
]


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
