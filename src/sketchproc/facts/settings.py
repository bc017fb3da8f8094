"""Settings of the facts stage: limits and where each kind of fact is looked for first."""

from __future__ import annotations

from pydantic import Field

from sketchproc.profiles.checks import Role
from sketchproc.settings import StageSettings

__all__ = ["FactSettings"]


class FactSettings(StageSettings):
    """Tunable limits of the facts stage."""

    # Quotes in the report stay readable: a sentence or a table row, cut around the fact.
    max_quote_chars: int = Field(200, ge=40)
    # An amount farther than this (characters) from every locator word of its sentence
    # belongs to none of them: long sentences name several unrelated amounts.
    max_locator_distance: int = Field(90, ge=1)
    # German names the item before the amount ("Zuwendung 185 T€"); a locator after the
    # amount ("150.000 € auf Personalkosten") counts as this many times farther away.
    following_locator_weight: float = Field(3.0, ge=1)
    # Sums of a financing plan agree within rounding: 1 EUR, or 0.5 % of the larger figure.
    sum_tolerance_eur: float = Field(1.0, ge=0)
    sum_tolerance_share: float = Field(0.005, ge=0, lt=1)
    # A grant, own share, third-party share or total below this fraction of the largest grant or
    # total stated is a misread (a percentage, a split number of a scanned table), not an amount.
    min_financing_share: float = Field(0.01, ge=0, lt=1)
    # Material costs derived as total minus personnel rank behind a stated amount.
    derived_distance: float = Field(1000.0, ge=0)
    # An applicant name longer than this is a sentence, not a name.
    max_name_words: int = Field(10, ge=1)
    # Only the first blocks of cover and preamble are title lines that may name the applicant.
    head_blocks: int = Field(8, ge=1)
    # A named partner has a name besides its type word ("Hochschule Harz", not "Hochschule").
    min_partner_words: int = Field(2, ge=1)
    max_partner_words: int = Field(8, ge=1)
    # Section roles (the profile's outline says which sections carry them) searched first,
    # per kind of fact.
    money_sections: tuple[Role, ...] = (Role.BUDGET, Role.SUMMARY, Role.APPLICANT)
    time_sections: tuple[Role, ...] = (Role.SCHEDULE, Role.SUMMARY, Role.APPLICANT)
    applicant_sections: tuple[Role, ...] = (Role.APPLICANT,)
    network_sections: tuple[Role, ...] = (Role.NETWORK,)
    # Outline ids of the parts that describe the region, not the project: organisations named
    # there ("Im Verbandsgebiet …", "aus dem DigitalPakt Schule") are no partners.
    situation_ids: tuple[str, ...] = ("baseline",)
    # A schedule that dates at least this many rows or items gives start and end when no
    # sentence states them: its first and last dated step.
    schedule_sections: tuple[Role, ...] = (Role.SCHEDULE,)
    min_schedule_steps: int = Field(3, ge=2)
