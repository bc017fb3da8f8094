"""Strengths, gaps and defects of a sketch in words of content, not only as scores.

A strength names the dimension and quotes the passage that earned it; a gap or a hard item
names what was found ("kein Ort in Sachsen-Anhalt erkannt"), the check's own note, and falls
back to the criterion's name only when the check left no note.
"""

from __future__ import annotations

from collections.abc import Iterable

from sketchproc.profiles.schema import CallProfile
from sketchproc.render.view_model import CheckRow, CoverageRow, Quote, ScoreBar
from sketchproc.results_model import RelevanceEvidenceRecord

__all__ = ["defect_text", "gaps", "shorten", "strengths"]

# A score of 60 is "clearly addressed" on the relevance scale.
STRENGTH_MIN_SCORE = 60.0
TOP_STRENGTHS = 3
STRENGTH_QUOTE_CHARS = 140
# When a check left no note: what its status says about the criterion.
_NO_NOTE = {"violated": "verletzt", "missing": "nicht belegt", "unclear": "unklar"}


def defect_text(label: str, status: str, note: str, note_names_subject: bool) -> str:
    """What the check found: its note ("Zuwendung nicht beziffert"), else "nicht belegt: <criterion>".

    A value check's note names what it read; a text check's note ("keine Aussage gefunden")
    does not, so the criterion goes in front of it.
    """
    if status == "ok":
        return ""
    if not note:
        return f"{_NO_NOTE.get(status, status)}: {label}"
    return note if note_names_subject else f"{label}: {note}"


def strengths(
    dimensions: tuple[ScoreBar, ...],
    criteria: tuple[ScoreBar, ...],
    checks: tuple[CheckRow, ...],
    evidence: Iterable[RelevanceEvidenceRecord],
    profile: CallProfile,
) -> tuple[str, ...]:
    """The strongest dimensions and criteria with the passage that shows each, then the core asks met."""
    best = _best_quotes(evidence)
    strong = sorted(
        (b for b in (*dimensions, *criteria) if b.value >= STRENGTH_MIN_SCORE), key=lambda b: -b.value
    )
    out = []
    for bar in strong[:TOP_STRENGTHS]:
        quote = best.get(bar.id)
        shown = f": „{shorten(quote, STRENGTH_QUOTE_CHARS)}“" if quote else ""
        out.append(f"{bar.label} ({bar.text} von 100){shown}")
    core = {item.id for item in profile.checklist.items if item.core}
    met = [row.label for row in checks if row.id in core and row.status == "ok"]
    if met:
        out.append("Kernanforderungen erfüllt: " + "; ".join(met))
    return tuple(out)


def gaps(
    checks: tuple[CheckRow, ...], coverage: tuple[CoverageRow, ...], *, hard: bool = True
) -> tuple[str, ...]:
    """Hard items first (they decide eligibility; left out with `hard=False`), then quality
    items, then outline gaps."""
    flagged = sorted(
        (r for r in checks if r.status in ("violated", "missing") and (hard or r.severity != "hard")),
        key=lambda r: r.severity != "hard",
    )
    lines = [r.defect if r.severity == "hard" else _quality_gap(r) for r in flagged]
    lines += [f"Abschnitt „{r.title}“: {r.status_label}" for r in coverage if r.status != "present"]
    return tuple(lines)


def _quality_gap(row: CheckRow) -> str:
    return f"{row.label}: {row.note}" if row.note else f"{row.label} – {row.verdict}"


def _best_quotes(evidence: Iterable[RelevanceEvidenceRecord]) -> dict[str, str]:
    """The highest-credit quote per dimension or criterion id (document order breaks ties)."""
    best: dict[str, tuple[float, str]] = {}
    for item in evidence:
        key, quote, credit = item.dimension, item.quote, item.credit
        if key and quote and (key not in best or credit > best[key][0]):
            best[key] = (credit, quote)
    return {key: quote for key, (_, quote) in best.items()}


def shorten(text: str, limit: int) -> str:
    """One line of at most `limit` characters, cut at a word with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def distinct(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    """Quotes without repeats (one table row may prove two parts of one item)."""
    seen: dict[str, Quote] = {}
    for quote in quotes:
        if quote.text:
            seen.setdefault(quote.text, quote)
    return tuple(seen.values())
