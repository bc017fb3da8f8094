"""Checklist: judge a mapped sketch and its facts against every item of the call's checklist.

The chain: CheckContext.build (sentences of the sketch, each with page and section) →
one evaluation per item, in profile order, by the check the item names (`check:`): a value
check from values.py, a counting check from quality.py, or `generic`, which runs the
generic rules the item's YAML names (`section`, `cue`, `attachment`, in rules.py) → for an
item whose own section is missing, the same check on what speaks of it elsewhere
(elsewhere.py) → a CheckResult with the profile's verdict for the status → extra findings by their check.
Limits come from each item's `params`, words from the profile; nothing call-specific is
written here.
"""

from __future__ import annotations

from sketchproc.checklist.bundling import bundling_initiatives
from sketchproc.checklist.centre import subject_is_centre
from sketchproc.checklist.context import CheckContext, result
from sketchproc.checklist.elsewhere import judged_elsewhere
from sketchproc.checklist.quality import QUALITY_CHECKS
from sketchproc.checklist.rules import GENERIC_RULES, Outcome, combine
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.checklist.signature import signature_or_resolution
from sketchproc.checklist.values import HARD_CHECKS, financing_finding
from sketchproc.model import CheckResult, CheckStatus, Facts
from sketchproc.passages import PassageIndex
from sketchproc.profiles import checks as catalogue
from sketchproc.profiles.schema import CallProfile, ChecklistItem, RuleType

__all__ = ["CHECKS", "FINDINGS", "ChecklistSettings", "check_items"]


# Every check a profile may name (profiles/checks.py), by that name; `generic` is generic_outcome.
CHECKS = {
    **HARD_CHECKS,
    **QUALITY_CHECKS,
    "signature_or_resolution": signature_or_resolution,
    "bundling_initiatives": bundling_initiatives,
    "subject_is_centre": subject_is_centre,
}
FINDINGS = {"financing_consistency": financing_finding}
if set(CHECKS) | {catalogue.GENERIC_CHECK} != set(catalogue.CHECKS) or set(FINDINGS) != set(
    catalogue.FINDING_CHECKS
):  # pragma: no cover - a programming error, caught by the first import in any test
    raise RuntimeError("checklist registries and profiles/checks.py name different checks")


def check_items(
    index: PassageIndex,
    facts: Facts,
    profile: CallProfile,
    settings: ChecklistSettings | dict[str, object] | None = None,
) -> tuple[tuple[CheckResult, ...], tuple[CheckResult, ...]]:
    """Judge every checklist item of the profile; return (items in profile order, extra findings)."""
    resolved = ChecklistSettings.resolve(settings)
    ctx = CheckContext(index=index, facts=facts, profile=profile, quote_chars=resolved.quote_chars)
    items = tuple(_check_one(ctx, item, resolved) for item in profile.checklist.items)
    findings = tuple(
        found
        for finding in profile.checklist.findings
        if (found := FINDINGS[finding.check](ctx, finding)) is not None
    )
    return items, findings


def _check_one(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> CheckResult:
    check = CHECKS.get(item.check, generic_outcome)
    outcome = check(ctx, item, settings)
    if outcome.status is CheckStatus.MISSING:
        # The item's own section is missing; what it asks for may still stand elsewhere.
        outcome = judged_elsewhere(ctx, item, settings, check) or outcome
    evidence = outcome.evidence[: settings.max_evidence]
    return result(ctx.profile, item, outcome.status, outcome.note, evidence, image_only=outcome.image_only)


def generic_outcome(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """Run the item's generic rules and merge them.

    With a `section` rule, a present section whose cues are absent is a shortcoming
    (violated), not an absence: the applicant wrote the section but left out what counts.
    """
    outcomes = {
        rule: GENERIC_RULES[rule](ctx, item, settings) for rule in item.rules if rule in GENERIC_RULES
    }
    if not outcomes:
        return Outcome(CheckStatus.MISSING, "keine Prüfregel für diesen Punkt")
    section = outcomes.get(RuleType.SECTION)
    cue = outcomes.get(RuleType.CUE)
    section_written = section is not None and section.status is not CheckStatus.MISSING
    if section_written and cue is not None and cue.status is CheckStatus.MISSING:
        outcomes[RuleType.CUE] = Outcome(CheckStatus.VIOLATED, "im Abschnitt fehlt die geforderte Aussage")
    if (
        section is not None
        and section.status is CheckStatus.VIOLATED
        and cue is not None
        and cue.status is CheckStatus.OK
    ):
        # The item asks for what the text says, not for its length: a short section that says
        # it is enough; its shortness stays in the note for the reviewer.
        note = f"{cue.note}; {section.note}" if cue.note and section.note else cue.note
        outcomes[RuleType.SECTION] = Outcome(CheckStatus.OK, note, cue.evidence)
        outcomes.pop(RuleType.CUE)
    return combine(list(outcomes.values()), settings.max_evidence)
