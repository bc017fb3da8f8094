"""Results (typed records) + call profile → the PackView that every renderer reads.

The view-model (render.view_model) holds German labels, display strings and ordering; the
renderers only lay it out. One sketch's view is built by render.sketch_view, the submission's
files and changes by render.submission_view, the reviewers' decisions, conflicts
of interest and letters by render.review_view; this module puts the pack together.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from sketchproc.german import format_eur, german_date, german_number
from sketchproc.profiles.schema import CallProfile
from sketchproc.render.labels import INPUT_STATUS_LABELS, NOT_FOUND
from sketchproc.render.review_view import review_parts
from sketchproc.render.sketch_view import clean, parse_iso, sketch_view, slugify
from sketchproc.render.submission_view import file_slug, submission_parts, submissions_of
from sketchproc.render.view_model import GrantTotal, InputRow, Label, PackView, SketchView
from sketchproc.results_model import InputRecord, Results, validate_results

__all__ = [
    "Label",
    "PackView",
    "SketchView",
    "build_view",
    "german_date",
    "german_number",
    "grant_total",
    "slugify",
]


def build_view(
    results: Results | Mapping[str, Any], profile: CallProfile, generated: str, meeting: str | None = None
) -> PackView:
    """Turn the results (typed, or a results.json dict) and the profile into the view-model.

    Submissions come in rank order. Each is shown through its primary sketch with the final
    (reviewed) verdicts and facts; every file of it links to its page.
    `meeting` is the meeting's date (ISO or as written); None leaves a line to fill in.

    Raises:
        ResultsError: a results.json dict does not fit the results contract.
    """
    results = validate_results(results)
    by_id = {sketch.id: sketch for sketch in results.sketches}
    views: list[SketchView] = []
    slugs: dict[str, str] = {}
    titles: dict[str, str] = {}
    taken = set[str]()
    for submission in submissions_of(results):
        primary = by_id.get(submission.primary)
        if primary is None:
            continue  # a hand-edited results.json; nothing to show for it
        parts = submission_parts(submission, by_id, profile)
        view = sketch_view(primary, profile, submission)
        rank = parts.rank or view.rank
        name = view.applicant if view.applicant != NOT_FOUND else view.title
        slug = file_slug(rank, name, taken)
        review = review_parts(submission, profile)
        view = replace(view, rank=rank, slug=slug, submission=parts, review=review)
        views.append(view)
        for member in submission.sketches:
            slugs[member], titles[member] = view.slug, f"Rang {rank}: {view.title}"
    parsed = parse_iso(generated)
    meeting_date = parse_iso(meeting) if meeting else None
    return PackView(
        call_title=profile.title,
        funding_body=profile.funding_body,
        generated=german_date(parsed) if parsed else generated,
        generated_iso=parsed.isoformat() if parsed else None,
        ranking_rule=results.ranking_rule or "Rangfolge wie in results.json angegeben.",
        primary_rule=results.primary_rule or "",
        dimensions=tuple(Label(d.id, d.label) for d in profile.taxonomy.dimensions),
        sketches=tuple(views),
        inputs=tuple(_input_row(entry, slugs, titles) for entry in results.inputs),
        grant_total=grant_total(views),
        meeting=(german_date(meeting_date) if meeting_date else clean(meeting)) or None,
    )


def grant_total(views: list[SketchView]) -> GrantTotal:
    """The requested grants summed over submissions: each counted once, not once per file."""
    stated = [view for view in views if view.grant_eur is not None]
    amount = sum(float(view.grant_eur or 0.0) for view in stated)
    eligible = sum(float(view.grant_eur or 0.0) for view in stated if not view.excluded)
    return GrantTotal(
        amount=amount,
        text=format_eur(amount),
        counted=len(stated),
        unstated=len(views) - len(stated),
        eligible_amount=eligible,
        eligible_text=format_eur(eligible),
    )


def _input_row(entry: InputRecord, slugs: Mapping[str, str], titles: Mapping[str, str]) -> InputRow:
    sketch = entry.sketch or ""
    return InputRow(
        path=entry.path,
        status=entry.status,
        status_label=INPUT_STATUS_LABELS.get(entry.status, entry.status),
        sketch_slug=slugs.get(sketch),
        error=clean(entry.error.message) if entry.error else "",
        submission_title=titles.get(sketch, ""),
    )
