"""Checks are named by rule, not by item: a copied profile with renamed items judges the same.

The samples are real documents run through the whole pipeline (`sketchproc.pipeline.check`)
under the shipped profile and under a copy whose items carry other ids and whose parameters
are written differently; a changed parameter changes exactly its item's verdict.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from sketchproc.errors import ProfileError
from sketchproc.model import Assessment, CheckStatus
from sketchproc.pipeline import check
from sketchproc.profiles import load_profile

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "src" / "sketchproc" / "profiles" / "rdz_lsa_2018"
# A compliant sketch, one over the cap and one over the funding rate: every kind of verdict.
SAMPLES = (
    "lk_harz_digitalzentrum.docx",
    "verein_digitales_burgenland.docx",
    "zweckverband_saale_unstrut.docx",
)


def _edit(folder: Path, name: str, change: Callable[[Any], object]) -> None:
    path = folder / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _renamed(data: Any) -> None:
    """Every item gets a new id ("pruefpunkt_07"); findings follow; params are re-spelt."""
    renames = {item["id"]: f"pruefpunkt_{index:02d}" for index, item in enumerate(data["items"])}
    for item in data["items"]:
        item["id"] = renames[item["id"]]
        # The same figures written another way: reordered keys, floats for whole numbers.
        params = item.get("params") or {}
        item["params"] = {
            key: float(value) if type(value) is int and key.endswith("_eur") else value
            for key, value in reversed(list(params.items()))
        }
    for finding in data["findings"]:
        finding["item"] = renames[finding["item"]]


def _verdicts(assessment: Assessment) -> list[tuple[str, str, str | None]]:
    """(status, verdict, note) per item in profile order: the names left out on purpose."""
    return [(r.status.value, r.verdict or "", r.note) for r in assessment.checklist]


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("profil") / "umbenannt"
    shutil.copytree(SHIPPED, target)
    _edit(target, "checklist.yaml", _renamed)
    return target


@pytest.mark.parametrize("name", SAMPLES)
def test_renamed_items_give_the_same_verdicts(renamed: Path, name: str) -> None:
    shipped = check(REPO / "samples" / name)
    copy = check(REPO / "samples" / name, load_profile(renamed))
    assert [r.item_id for r in copy.checklist] == [f"pruefpunkt_{i:02d}" for i in range(25)]
    assert _verdicts(copy) == _verdicts(shipped)
    # Not a vacuous equality: the verdicts differ between items, and all but the compliant
    # sample hold a violation.
    statuses = {r.status for r in shipped.checklist}
    assert CheckStatus.OK in statuses
    assert (CheckStatus.VIOLATED in statuses) is (name != SAMPLES[0])
    assert [(f.status, f.note) for f in copy.findings] == [(f.status, f.note) for f in shipped.findings]


def test_a_changed_parameter_changes_its_verdict_only(renamed: Path, tmp_path: Path) -> None:
    """The cap is read from the item's params: lowered below the grant, only the cap item flips."""
    lowered = tmp_path / "gesenkt"
    shutil.copytree(renamed, lowered)
    cap_index = next(
        i for i, item in enumerate(load_profile(renamed).checklist.items) if item.check == "grant_within_cap"
    )

    def lower_cap(data: Any) -> None:
        data["items"][cap_index]["params"] = {"grant_max_eur": 1000}

    _edit(lowered, "checklist.yaml", lower_cap)
    sample = REPO / "samples" / SAMPLES[0]
    before = check(sample, load_profile(renamed)).checklist
    after = check(sample, load_profile(lowered)).checklist
    changed = [
        b.item_id for b, a in zip(before, after, strict=True) if (b.status, b.note) != (a.status, a.note)
    ]
    assert changed == [f"pruefpunkt_{cap_index:02d}"]
    assert before[cap_index].status is CheckStatus.OK
    assert after[cap_index].status is CheckStatus.VIOLATED
    assert "1.000 €" in (after[cap_index].note or "")


def test_an_unknown_check_is_refused_by_file_and_key(renamed: Path, tmp_path: Path) -> None:
    broken = tmp_path / "kaputt"
    shutil.copytree(renamed, broken)

    def unknown(data: Any) -> None:
        data["items"][3]["check"] = "foerderquote_hoechstens"

    _edit(broken, "checklist.yaml", unknown)
    with pytest.raises(ProfileError) as caught:
        load_profile(broken)
    message = caught.value.message
    assert "checklist.yaml: items[3].check: unbekannte Prüfregel 'foerderquote_hoechstens'" in message
    assert "funding_rate_max" in message  # the known checks are listed


def test_a_role_no_section_carries_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "ohne_rolle"
    shutil.copytree(SHIPPED, broken)

    def drop_schedule_role(data: Any) -> None:
        for section in data["sections"]:
            if section.get("role") == "schedule":
                del section["role"]

    _edit(broken, "outline.yaml", drop_schedule_role)
    with pytest.raises(ProfileError) as caught:
        load_profile(broken)
    assert "outline.yaml: sections[*].role: kein Abschnitt trägt die Rolle 'schedule'" in caught.value.message
