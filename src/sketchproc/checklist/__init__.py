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
from sketchproc.checklist.elsewhere import judged_elsewhere, said_elsewhere
from sketchproc.checklist.enclosures import enclosed_documents
from sketchproc.checklist.quality import QUALITY_CHECKS
from sketchproc.checklist.rate import financing_finding
from sketchproc.checklist.rules import GENERIC_RULES, Outcome, combine
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.checklist.signature import signature_or_resolution
from sketchproc.checklist.values import HARD_CHECKS
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
    "enclosed_documents": enclosed_documents,
}
FINDINGS = {"financing_consistency": financing_finding}
# The note of a section that is there but does not say what the item asks for.
TOO_GENERAL = "im Abschnitt fehlt die geforderte Aussage (zu allgemein)"
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
    elif outcome.status is CheckStatus.UNCLEAR and outcome.note and outcome.note.startswith(TOO_GENERAL):
        # The section stays general; another part of the sketch may say it in full.
        outcome = said_elsewhere(ctx, item, settings, check) or outcome
    evidence = outcome.evidence[: settings.max_evidence]
    return result(ctx.profile, item, outcome.status, outcome.note, evidence, image_only=outcome.image_only)


def generic_outcome(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """Run the item's generic rules and merge them.

    With a `section` rule, the written section is judged by what it says, not by its length:
    a short section that says what counts is enough, and a section that stays general
    (aims without a target value, a process without a format) is for a reviewer to weigh —
    unclear, not failed. Its shortness stays in the note.
    """
    outcomes = {
        rule: GENERIC_RULES[rule](ctx, item, settings) for rule in item.rules if rule in GENERIC_RULES
    }
    if not outcomes:
        return Outcome(CheckStatus.MISSING, "keine Prüfregel für diesen Punkt")
    section = outcomes.get(RuleType.SECTION)
    cue = outcomes.get(RuleType.CUE)
    if section is None or cue is None or section.status is CheckStatus.MISSING:
        return combine(list(outcomes.values()), settings.max_evidence)
    if cue.status is CheckStatus.MISSING:
        cue = Outcome(CheckStatus.UNCLEAR, TOO_GENERAL)
    note = f"{cue.note}; {section.note}" if cue.note and section.note else cue.note or section.note
    content = Outcome(cue.status, note, cue.evidence or section.evidence)
    outcomes[RuleType.SECTION] = content
    outcomes.pop(RuleType.CUE)
    return combine(list(outcomes.values()), settings.max_evidence)
