"""Compare extract_facts on every sample sketch with tests/data/truth/<file>.json "facts".

Prints a per-field agreement table, separately for the tuning samples and the
held-out samples listed in tests/data/heldout.txt. Only tuning samples' errors are
listed one by one: tune on those, never on the held-out ones.

Usage: .venv/bin/python scripts/facts_eval.py [--model] [--json]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sketchproc.facts import extract_facts
from sketchproc.model import Facts, MatchSource, OutlineMapping, SectionedDocument, SectionMatch
from sketchproc.passages import index_passages
from sketchproc.pipeline import extract
from sketchproc.profiles import load_profile
from sketchproc.profiles.schema import CallProfile, term_key

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
TRUTH = REPO / "tests" / "data" / "truth"
HELDOUT = REPO / "tests" / "data" / "heldout.txt"
# Rounding in sketches: amounts to the euro, rates to half a percentage point.
AMOUNT_TOLERANCE = 1.0
RATE_TOLERANCE = 0.005

Comparator = Callable[[Facts, dict[str, Any], CallProfile], tuple[bool, str]]


def unmapped(sectioned: SectionedDocument) -> OutlineMapping:
    """A mapping that maps no section: facts must work without one."""
    matches = tuple(
        SectionMatch(section=s.index, outline_ids=(), confidence=0.0, source=MatchSource.NONE)
        for s in sectioned.sections
    )
    return OutlineMapping(sectioned=sectioned, matches=matches, coverage=())


def mapped(sectioned: SectionedDocument, profile: CallProfile) -> OutlineMapping:
    """The lead's outline mapping with the trained model."""
    from sketchproc.outline import map_outline  # the stage is under construction
    from sketchproc.pipeline import outline_model

    return map_outline(sectioned, profile, outline_model())


def _amount(field: str) -> Comparator:
    def compare(facts: Facts, truth: dict[str, Any], _: CallProfile) -> tuple[bool, str]:
        got = getattr(facts, field)
        want = truth.get(field)
        value = None if got is None else got.value
        if want is None or value is None:
            return want is None and value is None, f"{value} vs {want}"
        tolerance = RATE_TOLERANCE if field == "funding_rate" else AMOUNT_TOLERANCE
        return abs(value - float(want)) <= tolerance, f"{value} vs {want}"

    return compare


def _plain(field: str, render: Callable[[Any], Any] = str) -> Comparator:
    def compare(facts: Facts, truth: dict[str, Any], _: CallProfile) -> tuple[bool, str]:
        got = getattr(facts, field)
        value = None if got is None else render(got.value)
        want = truth.get(field)
        return value == want, f"{value} vs {want}"

    return compare


def _legal_form(facts: Facts, truth: dict[str, Any], profile: CallProfile) -> tuple[bool, str]:
    """Truth names the form as written ("e. V."); match it to the profile's form by label or spelling."""
    want = truth.get("legal_form")
    forms = (*profile.checklist.eligible_legal_forms, *profile.checklist.not_eligible_legal_forms)
    # Truth written by another hand may name the family ("Stadt" for a Hansestadt).
    ids = {
        f.id
        for f in forms
        if want and any(term_key(s).endswith(term_key(want)) for s in (f.label, *f.spellings))
    }
    got = facts.legal_form.value if facts.legal_form else None
    return (got in ids) if want else got is None, f"{got} vs {want}"


def _region(facts: Facts, truth: dict[str, Any], profile: CallProfile) -> tuple[bool, str]:
    """Truth names one or more districts ("Landkreis Harz", "Burgenlandkreis; Saalekreis")."""
    want = truth.get("region")
    # Truth may be free text ("Hansestadt Osterburg mit Ortsteilen (Landkreis Stendal)").
    ids = {
        d.id
        for d in profile.gazetteer.districts
        if want and any(term_key(a) in term_key(want) for a in (d.name, *d.aliases))
    }
    got = facts.region.value if facts.region else None
    return (got in ids) if want else got is None, f"{got} vs {want}"


def _email(facts: Facts, truth: dict[str, Any], _: CallProfile) -> tuple[bool, str]:
    got = facts.contact_email.value.lower() if facts.contact_email else None
    want = truth.get("contact_email")
    return got == (want.lower() if want else None), f"{got} vs {want}"


def _applicant(facts: Facts, truth: dict[str, Any], _: CallProfile) -> tuple[bool, str]:
    got = facts.applicant.value if facts.applicant else None
    want = truth.get("applicant")
    # The name without a trailing qualifier ("(Altmark)", "(haftungsbeschränkt)") still names it.
    same = term_key(got or "") == term_key(want or "")
    leading = bool(got and want and len(got.split()) >= 2 and term_key(want).startswith(term_key(got)))
    return same or leading, f"{got} vs {want}"


FIELDS: dict[str, Comparator] = {
    "applicant": _applicant,
    "legal_form": _legal_form,
    "region": _region,
    "contact_email": _email,
    "grant_eur": _amount("grant_eur"),
    "own_share_eur": _amount("own_share_eur"),
    "total_cost_eur": _amount("total_cost_eur"),
    "funding_rate": _amount("funding_rate"),
    "start": _plain("start", lambda d: d.isoformat()),
    "end": _plain("end", lambda d: d.isoformat()),
    "duration_months": _plain("duration_months", int),
}


def samples() -> list[Path]:
    """Every sample sketch with a truth file, in name order."""
    return sorted(
        p for p in SAMPLES.iterdir() if p.suffix in (".docx", ".pdf") and (TRUTH / f"{p.name}.json").exists()
    )


def heldout() -> set[str]:
    """File names kept out of tuning."""
    path = HELDOUT
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def evaluate(use_model: bool = False) -> dict[str, Any]:
    """Per-file field agreement for every sample, split into tuning and held-out."""
    profile = load_profile()
    held = heldout()
    result: dict[str, Any] = {"tuning": {}, "heldout": {}}
    for path in samples():
        truth = json.loads((TRUTH / f"{path.name}.json").read_text(encoding="utf-8"))["facts"]
        sectioned = extract(path)
        mapping = mapped(sectioned, profile) if use_model else unmapped(sectioned)
        facts = extract_facts(index_passages(mapping, profile), profile)
        group = "heldout" if path.name in held else "tuning"
        result[group][path.name] = {name: compare(facts, truth, profile) for name, compare in FIELDS.items()}
    return result


def agreement(files: dict[str, dict[str, tuple[bool, str]]]) -> dict[str, float]:
    """Share of files that agree with the truth, per field."""
    return {name: sum(f[name][0] for f in files.values()) / len(files) if files else 0.0 for name in FIELDS}


def main() -> int:
    """Print the agreement table (and the tuning samples' errors)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", action="store_true", help="map sections with the outline model first")
    parser.add_argument("--json", action="store_true", help="print the agreement as JSON")
    args = parser.parse_args()
    result = evaluate(use_model=args.model)
    tuning, held = agreement(result["tuning"]), agreement(result["heldout"])
    if args.json:
        print(json.dumps({"tuning": tuning, "heldout": held}, indent=2, sort_keys=True))
        return 0
    n_tuning, n_held = len(result["tuning"]), len(result["heldout"])
    print(f"{'field':<16} {f'tuning (n={n_tuning})':>14} {f'held-out (n={n_held})':>16}")
    for name in FIELDS:
        print(f"{name:<16} {tuning[name]:>14.2f} {held[name]:>16.2f}")
    print("\nTuning errors:")
    for file, fields in result["tuning"].items():
        for name, (ok, detail) in fields.items():
            if not ok:
                print(f"  {file}: {name}: {detail}")
    return 0
