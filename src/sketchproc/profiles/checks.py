"""The checks a profile may name, what each needs, and the section roles the code reads.

A checklist item names its check by rule (`check: funding_rate_max`) and gives that
check's parameters (`params: {funding_rate_max: 0.8, …}`); the profile loader refuses an
unknown check, a missing or unknown parameter, a cue group the check reads that the item
lacks, or a data set the check needs that the profile does not hold. The code that judges
lives in `sketchproc.checklist`; this module is the contract between it and the YAML, so
it holds names and types only, never a call's values.

Outline sections carry a `role` when a stage must find them without knowing the call's
ids: the facts stage reads money first in the `budget` section, dates in the `schedule`
section and so on. Every role in `Role` must be carried by at least one section.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "CHECKS",
    "FINDING_CHECKS",
    "GENERIC_CHECK",
    "CheckParams",
    "CheckSpec",
    "Role",
    "check_params",
]


class Role(StrEnum):
    """What a section is to the code: where the stages look first for a kind of fact."""

    APPLICANT = "applicant"  # who applies: name, legal form, address, seat
    SUMMARY = "summary"  # the short description: key figures are often repeated there
    SCHEDULE = "schedule"  # runtime, start, end, milestones
    BUDGET = "budget"  # costs, grant, own share, funding rate
    NETWORK = "network"  # named partners


class CheckParams(BaseModel):
    """Base of a check's parameters: immutable, unknown keys are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class NoParams(CheckParams):
    """A check that needs no parameter."""


class DeadlineParams(CheckParams):
    """The latest project end the call allows."""

    project_end_max: date


class DurationParams(CheckParams):
    """The longest runtime in months, and months beyond it that are tolerated."""

    max_duration_months: int = Field(gt=0)
    duration_tolerance_months: int = Field(0, ge=0)


class CapParams(CheckParams):
    """The highest grant in euro."""

    grant_max_eur: float = Field(gt=0)


class ConsistencyParams(CheckParams):
    """How far parts of a budget may miss their total: euros, or a share of the total."""

    consistency_tolerance_eur: float = Field(ge=0)
    consistency_tolerance_share: float = Field(ge=0, le=1)


class RateParams(ConsistencyParams):
    """The highest funding rate (grant ÷ eligible costs)."""

    funding_rate_max: float = Field(gt=0, le=1)


class RegionalFactsParams(CheckParams):
    """How many concrete regional facts the baseline must name."""

    min_regional_facts: int = Field(ge=0)


class MeasuresParams(CheckParams):
    """How many distinct measures the work programme must name."""

    min_measures: int = Field(ge=0)


class MilestonesParams(CheckParams):
    """How many dated milestones or phases the schedule must name."""

    min_milestones: int = Field(ge=0)


class PartnersParams(CheckParams):
    """How many of the call's actor categories named partners must cover."""

    min_partner_categories: int = Field(ge=0)


class InvestmentParams(CheckParams):
    """The share of costs above which investment items are flagged."""

    investment_share_flag: float = Field(ge=0, le=1)


@dataclass(frozen=True)
class CheckSpec:
    """What one check needs from the profile."""

    params: type[CheckParams] = NoParams
    # Cue group ids the check reads by name (the item's `cues` must have them).
    cue_groups: tuple[str, ...] = ()
    # Data sets of the profile the check reads: legal forms, actor categories, gazetteer.
    data: tuple[str, ...] = ()
    # At least one cue group (the check reads the item's first group).
    needs_cues: bool = False
    # Stems of `risk` the check weighs.
    needs_risk: bool = False


# The check that runs the item's generic `rules` (section, cue, attachment) and nothing else.
GENERIC_CHECK = "generic"

_LEGAL_FORMS = ("eligible_legal_forms",)

CHECKS: dict[str, CheckSpec] = {
    GENERIC_CHECK: CheckSpec(),
    # hard items
    "applicant_identified": CheckSpec(data=_LEGAL_FORMS),
    "legal_form_eligible": CheckSpec(data=_LEGAL_FORMS),
    "region_in_state": CheckSpec(data=("region_gazetteer",)),
    "subject_is_centre": CheckSpec(needs_cues=True),
    "project_end_deadline": CheckSpec(params=DeadlineParams),
    "duration_max": CheckSpec(params=DurationParams),
    "grant_requested_stated": CheckSpec(),
    "grant_within_cap": CheckSpec(params=CapParams),
    "own_contribution_stated": CheckSpec(),
    "funding_rate_max": CheckSpec(params=RateParams),
    # quality items that count or weigh
    "baseline_analysis": CheckSpec(params=RegionalFactsParams, needs_cues=True),
    "work_programme": CheckSpec(params=MeasuresParams, needs_cues=True),
    "schedule_milestones": CheckSpec(params=MilestonesParams),
    "sustainability_plan": CheckSpec(cue_groups=("carrier", "financing")),
    "network_breadth": CheckSpec(params=PartnersParams, data=("actor_categories",)),
    "staffing_plan": CheckSpec(),
    "budget_breakdown": CheckSpec(params=ConsistencyParams),
    "eligible_cost_types": CheckSpec(params=InvestmentParams, needs_risk=True),
    "digital_strategy": CheckSpec(needs_cues=True),
    "concept_with_substance": CheckSpec(needs_cues=True),
    "signature_or_resolution": CheckSpec(needs_cues=True),
    "bundling_initiatives": CheckSpec(cue_groups=("initiative", "bundling")),
    "enclosed_documents": CheckSpec(needs_cues=True),
}

# Checks of findings reported beside an item.
FINDING_CHECKS: dict[str, CheckSpec] = {
    "financing_consistency": CheckSpec(params=ConsistencyParams),
}

_Params = TypeVar("_Params", bound=CheckParams)


def check_params(entry: Any, model: type[_Params]) -> _Params:
    """The parameters of a checklist item or finding, typed as its check expects.

    The loader validated them already, so this cannot fail for a loaded profile.
    """
    values: dict[str, Any] = entry.param_values
    return model.model_validate(values)
