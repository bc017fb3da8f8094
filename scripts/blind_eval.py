"""Measure facts, checklist verdicts and outline mapping on the blind sketches against their truth.

    .venv/bin/python scripts/blind_eval.py --split tuning [--per-file]
    .venv/bin/python scripts/blind_eval.py --split sealed            # report only, never tune on it
    .venv/bin/python scripts/blind_eval.py --split sealed --src /tmp/before/src   # another checkout
    .venv/bin/python scripts/blind_eval.py --split tuning --root tests/data/mpsc_2020 --profile mpsc_2020

Each rendering (`<id>.docx`, `<id>.pdf`, `<id>.scan.pdf`) of every sketch in
tests/data/blind/<split>/ runs through `sketchproc check FILE --json` in a subprocess (so
an older checkout can be measured with `--src`), and is compared with the writer's
truth.json. The sealed split prints aggregate tables only: no quote, no file-level
disagreement, so nobody tunes on it by reading this output.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BLIND = REPO / "tests" / "data" / "blind"
AMOUNT_TOLERANCE = 1.0
RATE_TOLERANCE = 0.005
MONEY = ("grant_eur", "own_share_eur", "total_cost_eur", "funding_rate")
DATES = ("start", "end", "duration_months")
TEXT = ("applicant", "legal_form", "region", "contact_email")
FACTS = (*TEXT, *MONEY, *DATES)
FLAGS = {"violated", "missing", "unclear"}
# The call profile the sketches are judged by (--profile); None is the default profile.
PROFILE: str | None = None


def key(text: str | None) -> str:
    """Comparison form of a name: NFKC, casefold, letters and digits only."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return re.sub(r"[^\w]+", " ", folded).strip()


def renderings(split: str) -> list[tuple[Path, dict[str, Any]]]:
    """(file, truth) for every rendering of every sketch of the split, in name order."""
    out = []
    for folder in sorted((ROOT / split).iterdir()):
        truth_file = folder / "truth.json"
        if not truth_file.exists():
            continue
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        for suffix in (".docx", ".pdf", ".scan.pdf"):
            path = folder / f"{folder.name}{suffix}"
            if path.exists():
                out.append((path, truth))
    return out


def run_check(path: Path, python: str, src: Path | None) -> dict[str, Any] | None:
    """The tool's `check --json` payload for one file, or None if it failed."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    done = subprocess.run(
        [
            python,
            "-m",
            "sketchproc",
            "check",
            str(path),
            "--json",
            *(["--profile", PROFILE] if PROFILE else []),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        print(f"  ! {path.name}: exit {done.returncode}: {done.stderr.strip()[-300:]}", file=sys.stderr)
        return None
    payload: dict[str, Any] = json.loads(done.stdout)
    return payload


# --- facts -------------------------------------------------------------------------


def same_fact(field: str, got: Any, want: Any) -> bool:
    """Whether the tool's value states the truth's value (names compared tolerantly)."""
    if field in MONEY:
        tolerance = RATE_TOLERANCE if field == "funding_rate" else AMOUNT_TOLERANCE
        return abs(float(got) - float(want)) <= tolerance
    if field in ("start", "end"):
        return str(got) == str(want)
    if field == "duration_months":
        return int(got) == int(want)
    if field == "contact_email":
        return str(got).casefold() == str(want).casefold()
    if field == "legal_form":
        # The tool gives the profile's form id; truth the form as written ("e. V.", "Stadt").
        w = key(str(want)).replace(" ", "")
        spellings = [key(x).replace(" ", "") for x in _FORM_SPELLINGS.get(str(got), [str(got)])]
        return any(x and (x in w or w in x) for x in spellings)
    if field == "region":
        got = _DISTRICT_NAMES.get(str(got), str(got).split(" (")[0])
    g, w = key(str(got)), key(str(want))
    # A name with or without its qualifier ("(Altmark)", "Der Landrat") names the same body.
    return bool(g) and (g == w or g in w or w in g or g.replace("_", " ") in w)


def _district_names() -> dict[str, str]:
    """Gazetteer id → district name, so "mansfeld_suedharz" compares with "Landkreis Mansfeld-Südharz"."""
    from sketchproc.profiles import load_profile

    return {d.id: d.name for d in load_profile(PROFILE).gazetteer.districts}


def _form_spellings() -> dict[str, list[str]]:
    """Legal form id → its label and spellings ("eingetragener_verein" → "e. V.", "Verein" …)."""
    from sketchproc.profiles import load_profile

    checklist = load_profile(PROFILE).checklist
    forms = (*checklist.eligible_legal_forms, *checklist.not_eligible_legal_forms)
    return {f.id: [f.label, *f.spellings] for f in forms}


_DISTRICT_NAMES: dict[str, str] = {}
_FORM_SPELLINGS: dict[str, list[str]] = {}
ROOT = BLIND


def fact_outcome(field: str, got: Any, want: Any) -> str:
    """exact | wrong | not_found | invented."""
    if want is None:
        return "exact" if got is None else "invented"
    if got is None:
        return "not_found"
    return "exact" if same_fact(field, got, want) else "wrong"


# --- the report --------------------------------------------------------------------


def evaluate(split: str, python: str, src: Path | None, per_file: bool) -> dict[str, Any]:
    """Run every rendering of the split and count agreements."""
    items = renderings(split)
    with ThreadPoolExecutor(max_workers=2) as pool:
        payloads = list(pool.map(lambda it: run_check(it[0], python, src), items))
    facts: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    outline: Counter[str] = Counter()
    mapping: Counter[str] = Counter()
    title: Counter[str] = Counter()
    failed = 0
    for (path, truth), payload in zip(items, payloads, strict=True):
        notes: list[str] = []
        if payload is None:
            failed += 1
            continue
        got_facts = payload.get("facts", {})
        for field in FACTS:
            outcome = fact_outcome(field, got_facts.get(field), truth["facts"].get(field))
            facts[field][outcome] += 1
            if outcome != "exact":
                notes.append(
                    f"  fact {field}: {outcome}: {got_facts.get(field)!r} vs {truth['facts'].get(field)!r}"
                )
        want_title = truth["facts"].get("title")
        if want_title:
            got_title = key(payload.get("title"))
            # A cover's title line without its subtitle still names the project.
            ok = bool(got_title) and (got_title == key(want_title) or key(want_title).startswith(got_title))
            title["exact" if ok else "wrong"] += 1
            if not ok:
                notes.append(f"  title: {payload.get('title')!r} vs {want_title!r}")
        for item_id, want in truth["checklist"].items():
            got = payload.get("checklist", {}).get(item_id, {}).get("status", "absent")
            confusion[item_id][(want, got)] += 1
            if got != want:
                note = payload["checklist"].get(item_id, {}).get("note")
                notes.append(f"  check {item_id}: {got} (truth {want}) — {note}")
        for outline_id, want in truth.get("outline_status", {}).items():
            got = payload.get("outline", {}).get(outline_id, {}).get("status")
            outline["total"] += 1
            outline["ok"] += got == want
            if got != want:
                notes.append(f"  outline {outline_id}: {got} (truth {want})")
        true_ids = {key(h["title"]): set(h.get("outline_ids", [])) for h in truth.get("headings", [])}
        for section in payload.get("sections", []):
            expected = true_ids.get(key(section["title"]))
            if expected is None:
                continue
            mapping["total"] += 1
            mapped = section.get("outline_id")
            right = {mapped} <= expected if mapped else not expected
            mapping["ok"] += right
            if not right:
                notes.append(f"  section {section['title']!r}: {mapped} (truth {sorted(expected)})")
        if per_file and split != "sealed":
            print(f"{path.name}: {len(notes)} disagreements")
            print("\n".join(notes))
    return {
        "renderings": len(items),
        "failed": failed,
        "facts": facts,
        "confusion": confusion,
        "outline": outline,
        "mapping": mapping,
        "title": title,
    }


def summary(result: dict[str, Any]) -> dict[str, float]:
    """The headline figures the issue asks for."""
    pairs = [pair for counts in result["confusion"].values() for pair, n in counts.items() for _ in range(n)]
    tool_flags = sum(1 for want, got in pairs if got in FLAGS)
    true_flags = sum(1 for want, got in pairs if want in FLAGS)
    both = sum(1 for want, got in pairs if want in FLAGS and got in FLAGS)
    false_alarms = sum(1 for want, got in pairs if want == "ok" and got in FLAGS)

    def share(fields: tuple[str, ...]) -> float:
        total = sum(sum(result["facts"][f].values()) for f in fields)
        return sum(result["facts"][f]["exact"] for f in fields) / total if total else 0.0

    invented = sum(result["facts"][f]["invented"] for f in FACTS)
    return {
        "flag_precision": both / tool_flags if tool_flags else 1.0,
        "flag_recall": both / true_flags if true_flags else 1.0,
        "false_alarms": false_alarms,
        "checklist_exact": sum(1 for w, g in pairs if w == g) / len(pairs) if pairs else 0.0,
        "facts_exact": share(FACTS),
        "money_exact": share(MONEY),
        "dates_exact": share(DATES),
        "invented_facts": invented,
        "outline_status": result["outline"]["ok"] / result["outline"]["total"]
        if result["outline"]["total"]
        else 0,
        "section_mapping": result["mapping"]["ok"] / result["mapping"]["total"]
        if result["mapping"]["total"]
        else 0,
    }


def print_report(split: str, result: dict[str, Any]) -> None:
    """Headline figures, then one row per fact and one confusion row per checklist item."""
    print(f"\n## {split}: {result['renderings']} renderings, {result['failed']} failed\n")
    for name, value in summary(result).items():
        print(f"{name:18} {value:.3f}" if isinstance(value, float) else f"{name:18} {value}")
    print("\n| fact | exact | wrong | not found | invented |\n| --- | ---: | ---: | ---: | ---: |")
    for field in FACTS:
        c = result["facts"][field]
        print(f"| {field} | {c['exact']} | {c['wrong']} | {c['not_found']} | {c['invented']} |")
    t = result["title"]
    print(f"| title | {t['exact']} | {t['wrong']} | – | – |")
    statuses = ("ok", "violated", "missing", "unclear")
    print("\nchecklist: truth → tool counts (ok/violated/missing/unclear)\n")
    print("| item | exact | " + " | ".join(f"truth {s}" for s in statuses) + " |")
    print("| --- | ---: | " + " | ".join("---" for _ in statuses) + " |")
    for item_id in sorted(result["confusion"]):
        c = result["confusion"][item_id]
        exact = sum(n for (w, g), n in c.items() if w == g)
        cells = ["/".join(str(c[(w, g)]) for g in statuses) for w in statuses]
        print(f"| {item_id} | {exact}/{sum(c.values())} | " + " | ".join(cells) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=("tuning", "sealed"), required=True)
    parser.add_argument("--python", default=sys.executable, help="the interpreter that runs sketchproc")
    parser.add_argument("--src", type=Path, help="another checkout's src/ to measure instead of this one")
    parser.add_argument("--per-file", action="store_true", help="list disagreements (never for sealed)")
    parser.add_argument("--root", type=Path, default=BLIND, help="folder holding <split>/<id>/ sketches")
    parser.add_argument("--profile", help="call profile (name or folder) the sketches are judged by")
    args = parser.parse_args()
    global PROFILE, ROOT
    PROFILE, ROOT = args.profile, args.root
    _DISTRICT_NAMES.update(_district_names())
    _FORM_SPELLINGS.update(_form_spellings())
    result = evaluate(args.split, args.python, args.src, args.per_file)
    print_report(args.split, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
