"""Schema of checklist.yaml: items, findings, legal forms and actor categories."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import Field, field_validator, model_validator

from sketchproc.profiles.base_schema import (
    Id,
    Params,
    ParamValue,
    ProfileModel,
    Term,
    TermGroup,
    Text,
    by_id,
    params_from_mapping,
    unique_ids,
)


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
        return params_from_mapping(value)

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
        return params_from_mapping(value)

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
    # A class of forms rather than a form ("Körperschaft des öffentlichen Rechts"): stated beside a
    # name whose type word is a form of its own ("Verbandsgemeinde X, Körperschaft …"), it is
    # the less specific of the two.
    category: bool = False


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
        unique_ids(self.items, "items")
        unique_ids(self.findings, "findings")
        unique_ids(self.eligible_legal_forms + self.not_eligible_legal_forms, "legal_forms")
        unique_ids(self.actor_categories, "actor_categories")
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
        return by_id(self.items, item_id)

    def verdict(self, item: ChecklistItem, status: str) -> str | None:
        """Return the German verdict for `status` (a checklist status value) of `item`."""
        own: str | None = getattr(item.verdicts, status, None)
        if own is not None:
            return own
        defaults = self.verdicts.hard if item.severity is Severity.HARD else self.verdicts.quality
        fallback: str | None = getattr(defaults, status, None)
        return fallback
