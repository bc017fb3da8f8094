"""The view-model every renderer reads: frozen records with German display strings.

Raw numbers travel beside their display strings because the index sorts and the CSV writes
them in its own format. `build_view` (render.context) fills these records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sketchproc.render.labels import COVERAGE_LABELS
from sketchproc.render.review_view import ReviewParts
from sketchproc.render.submission_view import SubmissionParts

__all__ = [
    "Abstract",
    "CheckRow",
    "CoverageRow",
    "FactRow",
    "GrantTotal",
    "InputRow",
    "Label",
    "PackView",
    "Quote",
    "ScoreBar",
    "SketchView",
]


@dataclass(frozen=True)
class Label:
    """An id of the profile with its German label."""

    id: str
    label: str


@dataclass(frozen=True)
class Quote:
    """A quoted passage with its page (None when the source has no pages)."""

    text: str
    page: int | None
    label: str = ""  # e.g. the dimension a relevance passage counts for


@dataclass(frozen=True)
class FactRow:
    """One key fact as label and display value."""

    label: str
    value: str
    found: bool


@dataclass(frozen=True)
class CoverageRow:
    """One outline section of the call and how well the sketch covers it."""

    title: str
    status: str  # present | thin | missing (for CSS classes)
    status_label: str
    words: int
    # The sketch's own headings mapped here ("3.1 Region"), or why there is none to name.
    sections: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckRow:
    """One checklist item or finding with its German verdict, the defect found and evidence."""

    id: str
    label: str
    severity: str  # hard | quality
    severity_label: str
    status: str  # ok | violated | missing | unclear
    status_label: str
    verdict: str
    note: str
    evidence: tuple[Quote, ...]
    # What was found, in words of content ("kein Ort in Sachsen-Anhalt erkannt"); the
    # criterion's name only when the check left no note.
    defect: str = ""
    decision: str = ""  # "manuell geprüft (Name): …" when a reviewer decided this item


@dataclass(frozen=True)
class ScoreBar:
    """A 0..100 score of one dimension or criterion."""

    id: str
    label: str
    value: float
    text: str


@dataclass(frozen=True)
class Abstract:
    """Three to five lines on what the project does, and the section they come from."""

    text: str
    source: str  # German: "aus „Kurzbeschreibung“" or why another section was used


@dataclass(frozen=True)
class SketchView:
    """Everything shown about one submission (through its primary sketch), in display order."""

    id: str
    rank: int
    title: str
    applicant: str
    path: str
    slug: str  # file-name-safe id for summaries/<slug>.html
    grant_eur: float | None
    grant_text: str
    own_share_eur: float | None
    own_share_text: str
    total_cost_eur: float | None
    total_cost_text: str
    funding_rate: float | None
    rate_text: str
    duration_months: int | None
    runtime_text: str
    region_text: str
    score: float | None
    score_text: str
    abstract: Abstract | None
    facts: tuple[FactRow, ...]
    coverage: tuple[CoverageRow, ...]
    checks: tuple[CheckRow, ...]
    hard_flags: tuple[CheckRow, ...]
    dimensions: tuple[ScoreBar, ...]
    criteria: tuple[ScoreBar, ...]
    evidence: tuple[Quote, ...]
    strengths: tuple[str, ...]
    gaps: tuple[str, ...]
    quality_gaps: tuple[str, ...]  # the gaps without the hard items (the pack lists those apart)
    warnings: tuple[str, ...]
    submission: SubmissionParts | None = None  # files, reason, changes (set by build_view)
    review: ReviewParts | None = None  # decisions, conflicts, letter (set by build_view)

    @property
    def exclusions(self) -> tuple[CheckRow, ...]:
        """Hard items violated: each is a recommended exclusion (the ranking puts these last)."""
        return tuple(row for row in self.hard_flags if row.status == "violated")

    @property
    def open_items(self) -> tuple[CheckRow, ...]:
        """Hard items not found or unclear: to ask for or check by hand, never an exclusion."""
        return tuple(row for row in self.hard_flags if row.status != "violated")

    @property
    def excluded(self) -> bool:
        """True if the tool recommends excluding this submission."""
        return bool(self.exclusions)

    @property
    def file_count(self) -> int:
        """How many files hold this submission."""
        return len(self.submission.files) if self.submission else 1

    @property
    def coverage_counts(self) -> dict[str, int]:
        """How many outline sections are present, thin and missing (German keys)."""
        counts = dict.fromkeys(COVERAGE_LABELS.values(), 0)
        for row in self.coverage:
            counts[row.status_label] += 1
        return counts


@dataclass(frozen=True)
class InputRow:
    """One input file with its status and German error text."""

    path: str
    status: str
    status_label: str
    sketch_slug: str | None
    error: str
    submission_title: str = ""  # the submission the file belongs to (empty when failed)


@dataclass(frozen=True)
class GrantTotal:
    """The sum of requested grants over submissions (each counted once, by its primary file)."""

    amount: float
    text: str
    counted: int  # submissions with a stated grant
    unstated: int  # submissions whose grant was not found
    eligible_amount: float  # without the submissions recommended for exclusion
    eligible_text: str


@dataclass(frozen=True)
class PackView:
    """The whole board pack: call, date, ranked submissions (`sketches`) and inputs."""

    call_title: str
    funding_body: str
    generated: str  # as displayed (German date when the input was ISO)
    generated_iso: str | None  # the date as YYYY-MM-DD, for document metadata
    ranking_rule: str
    primary_rule: str  # which file of a submission is judged (German)
    dimensions: tuple[Label, ...]
    sketches: tuple[SketchView, ...]
    inputs: tuple[InputRow, ...]
    grant_total: GrantTotal
    meeting: str | None = None  # the meeting's date as displayed; None leaves a line to fill in
    notices: tuple[str, ...] = ()  # e.g. an output that could not be written
    downloads: tuple[Label, ...] = field(default=())  # (file name, German label) beside index.html

    @property
    def eligible(self) -> tuple[SketchView, ...]:
        """Submissions without a recommended exclusion, in rank order."""
        return tuple(s for s in self.sketches if not s.excluded)

    @property
    def excluded(self) -> tuple[SketchView, ...]:
        """Submissions with a recommended exclusion, in rank order (the ranking puts them last)."""
        return tuple(s for s in self.sketches if s.excluded)

    @property
    def failed_inputs(self) -> tuple[InputRow, ...]:
        """Files that could not be processed: listed in every output, so nothing disappears."""
        return tuple(row for row in self.inputs if row.status == "failed")
