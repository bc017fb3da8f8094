"""Final results → the rows of the pre-filled Entscheidungen.csv.

One row per submission and checklist item the tool did not find `ok`, and per fact it did not
find; rows a reviewer decided keep their decision, so passing the written sheet back in keeps
every decision. A stale decision is moved to "Frühere Entscheidung" and its cells are emptied:
it must be made again on the changed files.
"""

from __future__ import annotations

from collections.abc import Sequence

from sketchproc.decisions.apply import submission_fingerprint
from sketchproc.decisions.records import Outcome
from sketchproc.decisions.sheet import SheetRow
from sketchproc.profiles.schema import CallProfile
from sketchproc.render import labels
from sketchproc.render.tabular import FACT_KEYS
from sketchproc.results_model import Results

__all__ = ["FACT_LABELS", "STATUS_LABELS", "sheet_rows"]

# The pack's labels, except where the sheet names what a reviewer types or enters:
# "fehlt" is a value of the decision column, and a fact's unit belongs beside its cell.
STATUS_LABELS = {**labels.STATUS_LABELS, "missing": "fehlt"}
FACT_LABELS = {
    **labels.FACT_LABELS,
    "duration_months": "Laufzeit (Monate)",
    "contact_email": "Kontakt (E-Mail)",
}


def sheet_rows(results: Results, outcomes: Sequence[Outcome], profile: CallProfile) -> list[SheetRow]:
    """Rows in rank order; items in profile order, then facts in contract order."""
    sketches = {sketch.id: sketch for sketch in results.sketches}
    decided = {(o.submission_id, o.decision.key): o for o in outcomes}
    rows: list[SheetRow] = []
    for submission in sorted(results.submissions or (), key=lambda s: s.rank):
        primary = sketches.get(submission.primary)
        common = {
            "Einreichung": primary.path if primary else submission.id,
            "Antragsteller": (primary.facts.applicant if primary else None) or "nicht gefunden",
            "Prüfsumme": submission_fingerprint(submission, sketches),
        }
        for item in profile.checklist.items:
            entry = submission.checklist.get(item.id)
            tool = entry.tool_status.value if entry else "missing"
            outcome = decided.get((submission.id, item.id))
            if tool != "ok" or outcome is not None:
                rows.append(
                    {
                        **common,
                        **_cells(outcome),
                        "Kriterium": item.id,
                        "Bezeichnung": item.label,
                        "Maschinelle Bewertung": STATUS_LABELS.get(tool, tool),
                    }
                )
        tool_facts = primary.facts.model_dump(mode="json") if primary else {}
        for key in FACT_KEYS:
            outcome = decided.get((submission.id, key))
            if tool_facts.get(key) is None or outcome is not None:
                shown = tool_facts.get(key)
                rows.append(
                    {
                        **common,
                        **_cells(outcome),
                        "Kriterium": key,
                        "Bezeichnung": FACT_LABELS[key],
                        "Maschinelle Bewertung": "nicht gefunden" if shown is None else str(shown),
                    }
                )
    return rows


def _cells(outcome: Outcome | None) -> dict[str, str]:
    if outcome is None:
        return {}
    decision = outcome.decision
    if outcome.stale:
        earlier = f"{decision.written} ({decision.by}): {decision.note}".rstrip(": ")
        return {"Frühere Entscheidung": f"{earlier} – Dateien seither geändert, bitte neu entscheiden"}
    return {"Entscheidung": decision.written, "Begründung": decision.note, "Prüfer": decision.by}
