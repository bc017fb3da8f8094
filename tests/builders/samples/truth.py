"""Writing truth files without losing the labels a person added to them.

The builders know each sample's headings and facts; the outline ids per
heading, the outline status and the checklist outcomes were labelled by hand
afterwards (by reading the documents). Rebuilding a sample keeps those labels.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TRUTH = Path(__file__).resolve().parents[3] / "tests" / "data" / "truth"
_HAND_LABELLED = ("outline_status", "checklist", "checklist_notes")


def write_truth(path: Path, truth: dict[str, Any]) -> None:
    """Write `truth`, carrying over hand-made labels from an existing file at `path`."""
    if path.exists():
        old = json.loads(path.read_text(encoding="utf-8"))
        for key in _HAND_LABELLED:
            if key in old:
                truth[key] = old[key]
        ids = {h["title"]: h["outline_ids"] for h in old.get("headings", []) if "outline_ids" in h}
        for heading in truth.get("headings", []):
            if heading["title"] in ids:
                heading["outline_ids"] = ids[heading["title"]]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
