"""The reviewer's round: decisions, board list and dates → final results, the sheet and the letters.

    load_review (files read and checked before any processing; ReviewError stops the run)
    → review_results (decisions matched and applied, conflicts and letters per submission)
    → write_review (Entscheidungen.csv pre-filled, Nachforderungen/*.docx)

results.json stays free of dates: `stand` and `deadline` only reach the pack and the letters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sketchproc.conflicts import BoardMember, find_conflicts, read_board
from sketchproc.decisions import (
    SHEET_NAME,
    Decision,
    Outcome,
    apply_decisions,
    match_decisions,
    read_decisions,
    sheet_rows,
    sheet_text,
)
from sketchproc.errors import ReviewError
from sketchproc.letters import FOLDER, Letter, compose_letter, letter_docx, letter_file_name
from sketchproc.profiles.schema import CallProfile
from sketchproc.quantities import parse_date
from sketchproc.results_model import Results, SketchRecord

__all__ = ["Review", "Reviewed", "load_review", "parse_day", "review_results", "write_review"]


@dataclass(frozen=True)
class Review:
    """What the reviewer passes to a run; empty means a first run."""

    decisions: tuple[Decision, ...] = ()
    decisions_name: str = SHEET_NAME  # the file's name, for messages
    board: tuple[BoardMember, ...] = ()
    stand: date | None = None  # the pack's date
    deadline: date | None = None  # the reply deadline in letters


@dataclass(frozen=True)
class Reviewed:
    """Final results and what the round produced beside them."""

    results: Results
    outcomes: tuple[Outcome, ...]
    letters: dict[str, Letter] = field(default_factory=dict)  # file name under FOLDER → letter
    warnings: tuple[str, ...] = ()


def parse_day(text: str, option: str) -> date:
    """A date written the German ("15.05.2019", "15. Mai 2019") or the ISO way.

    Raises:
        ReviewError: the text is no single day.
    """
    day = parse_date(text.strip())
    if day is None:
        raise ReviewError(
            f"{option} „{text}“ ist kein Datum. Bitte z. B. „15.05.2019“ oder „2019-05-15“ angeben."
        )
    return day


def load_review(
    profile: CallProfile,
    *,
    decisions: Path | None = None,
    board: Path | None = None,
    stand: str | None = None,
    deadline: str | None = None,
) -> Review:
    """Read and check the reviewer's files and dates before anything is processed.

    Raises:
        ReviewError: a file is unreadable or wrong, or a date is no date.
    """
    return Review(
        decisions=tuple(read_decisions(decisions, profile)) if decisions else (),
        decisions_name=decisions.name if decisions else SHEET_NAME,
        board=read_board(board) if board else (),
        stand=parse_day(stand, "--stand") if stand else None,
        deadline=parse_day(deadline, "--frist") if deadline else None,
    )


def review_results(results: Results, review: Review, profile: CallProfile) -> Reviewed:
    """Decisions applied (stale ones reported), conflicts and letter names set on each submission.

    Raises:
        ReviewError: a decision names no submission of this run, or two decide the same thing.
    """
    outcomes = match_decisions(review.decisions, results, review.decisions_name)
    final = apply_decisions(results, outcomes)
    sketches = {sketch.id: sketch for sketch in final.sketches}
    letters: dict[str, Letter] = {}
    taken: set[str] = set()
    submissions = []
    for submission in final.submissions or ():
        primary = sketches.get(submission.primary)
        conflicts = tuple(find_conflicts(primary, review.board))
        letter = compose_letter(submission, primary, profile, deadline=review.deadline, stand=review.stand)
        path = None
        if letter is not None:
            name = letter_file_name(letter, taken)
            letters[name] = letter
            path = f"{FOLDER}/{name}"
        submissions.append(submission.model_copy(update={"conflicts": conflicts, "letter": path}))
    final = final.model_copy(update={"submissions": tuple(submissions)})
    warnings = tuple(_stale_warning(outcome, sketches, final) for outcome in outcomes if outcome.stale)
    return Reviewed(final, tuple(outcomes), letters, warnings)


def _stale_warning(outcome: Outcome, sketches: Mapping[str, SketchRecord], results: Results) -> str:
    submission = next(s for s in results.submissions or () if s.id == outcome.submission_id)
    primary = sketches.get(submission.primary)
    name = (primary.facts.applicant or primary.path if primary else None) or outcome.submission_id
    decision = outcome.decision
    return (
        f"Warnung: Entscheidung in Zeile {decision.line} („{decision.key}“: {decision.written}, "
        f"{decision.by}) zur Einreichung „{name}“ wurde nicht angewandt: Die Dateien dieser Einreichung "
        f"haben sich seither geändert. Bitte in {SHEET_NAME} neu entscheiden (die frühere Entscheidung "
        "steht dort in der Spalte „Frühere Entscheidung“)."
    )


def write_review(reviewed: Reviewed, review: Review, profile: CallProfile, out_dir: Path) -> list[Path]:
    """Write Entscheidungen.csv and the letters (old letters of this folder that no longer apply go).

    Raises:
        OSError: the output folder cannot be written.
    """
    sheet = out_dir / SHEET_NAME
    sheet.write_bytes(sheet_text(sheet_rows(reviewed.results, reviewed.outcomes, profile)).encode("utf-8"))
    folder = out_dir / FOLDER
    for old in folder.glob("*.docx") if folder.is_dir() else ():
        if old.name not in reviewed.letters:
            old.unlink()
    paths = [sheet]
    if reviewed.letters:
        folder.mkdir(parents=True, exist_ok=True)
    for name, letter in sorted(reviewed.letters.items()):
        target = folder / name
        target.write_bytes(letter_docx(letter, review.stand))
        paths.append(target)
    return paths
