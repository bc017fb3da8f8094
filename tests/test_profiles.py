"""The call profile: the shipped one is complete, broken copies fail with a precise German message."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from sketchproc.errors import ProfileError
from sketchproc.profiles import DEFAULT_PROFILE, available_profiles, load_profile
from sketchproc.profiles.schema import (
    CallProfile,
    Checklist,
    ProfileFiles,
    Severity,
    Term,
    term_key,
)

SHIPPED = Path(__file__).parents[1] / "src" / "sketchproc" / "profiles" / DEFAULT_PROFILE

# The vocabulary of spec call-rdz-lsa.md §2–4, which results.json keys rely on.
OUTLINE_IDS = {
    "applicant", "summary", "baseline", "objectives", "work_programme", "participation", "network",
    "organisation", "schedule", "budget", "sustainability", "results_transfer", "annexes",
}  # fmt: skip
HARD_IDS = {
    "applicant_identified", "legal_form_eligible", "region_in_state", "subject_is_centre",
    "project_end_deadline", "duration_max_24_months", "grant_requested_stated", "grant_within_cap",
    "own_contribution_stated", "funding_rate_max_80",
}  # fmt: skip
QUALITY_IDS = {
    "baseline_analysis", "objectives_measurable", "work_programme", "digital_strategy",
    "participation_process", "bundling_initiatives", "network_breadth", "letters_of_intent",
    "sustainability_plan", "smart_city_region_concept", "staffing_plan", "schedule_milestones",
    "budget_breakdown", "eligible_cost_types", "council_resolution_or_signature",
}  # fmt: skip
DIMENSION_IDS = {
    "infrastructure", "administration", "economy", "mobility", "environment_energy", "health_care",
    "education_skills", "community_culture", "data_platforms",
}  # fmt: skip
CRITERION_IDS = {
    "participation", "network_breadth", "transfer", "sustainability", "data_sovereignty",
    "interoperability_open", "inclusion_common_good", "evidence_based", "policy_fit",
}  # fmt: skip


@pytest.fixture(scope="module")
def profile() -> CallProfile:
    return load_profile()


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped profile folder."""
    target = tmp_path / "profil"
    shutil.copytree(SHIPPED, target)
    return target


def edit(folder: Path, name: str, change: Callable[[Any], object]) -> None:
    """Load one YAML file of a profile copy, change it in place and write it back."""
    path = folder / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


# ---------------------------------------------------------------- the shipped profile


def test_default_profile_has_the_spec_vocabulary(profile: CallProfile) -> None:
    assert profile.id == DEFAULT_PROFILE
    assert set(profile.outline.ids) == OUTLINE_IDS and len(profile.outline.ids) == 13
    assert set(profile.checklist.ids) == HARD_IDS | QUALITY_IDS and len(profile.checklist.ids) == 25
    hard = {item.id for item in profile.checklist.items if item.severity is Severity.HARD}
    assert hard == HARD_IDS
    assert {d.id for d in profile.taxonomy.dimensions} == DIMENSION_IDS
    assert {c.id for c in profile.taxonomy.criteria} == CRITERION_IDS


def test_outline_order_is_one_to_thirteen(profile: CallProfile) -> None:
    assert sorted(section.order for section in profile.outline.sections) == list(range(1, 14))
    assert profile.outline.ids[0] == "applicant" and profile.outline.ids[-1] == "annexes"


def test_parameters_are_the_call_figures(profile: CallProfile) -> None:
    params = {item.id: item.param_values for item in profile.checklist.items}
    assert params["grant_within_cap"] == {"grant_max_eur": 200_000}
    assert params["funding_rate_max_80"]["funding_rate_max"] == pytest.approx(0.8)
    assert params["duration_max_24_months"]["max_duration_months"] == 24
    assert params["project_end_deadline"]["project_end_max"].isoformat() == "2020-12-31"
    assert params["network_breadth"] == {"min_partner_categories": 3}
    assert params["eligible_cost_types"]["investment_share_flag"] == pytest.approx(0.3)
    finding = profile.checklist.findings[0].param_values
    assert (finding["consistency_tolerance_eur"], finding["consistency_tolerance_share"]) == (1.0, 0.005)


def test_checklist_data_sets(profile: CallProfile) -> None:
    checklist = profile.checklist
    assert len(checklist.actor_categories) == 8
    eligible = {s for form in checklist.eligible_legal_forms for s in form.spellings}
    assert {"e. V.", "e.V.", "GmbH", "gGmbH", "UG (haftungsbeschränkt)", "AG", "eG"} <= eligible
    assert {"KdöR", "AöR", "Stiftung", "Gemeinde", "Einheitsgemeinde"} <= eligible
    assert {"Landkreis", "Stadt", "Hansestadt", "Lutherstadt", "Verbandsgemeinde", "Zweckverband"} <= eligible
    not_eligible = {s for form in checklist.not_eligible_legal_forms for s in form.spellings}
    assert {"GbR", "OHG", "KG", "GmbH & Co. KG", "Einzelunternehmen", "natürliche Person"} <= not_eligible
    assert [finding.label for finding in checklist.findings] == ["Finanzierung nicht schlüssig"]


def test_verdicts_fall_back_to_the_severity_defaults(profile: CallProfile) -> None:
    checklist = profile.checklist
    cap = checklist.item("grant_within_cap")
    assert checklist.verdict(cap, "violated") == "Ausschluss empfohlen"
    assert checklist.verdict(cap, "missing") == "Nachforderung / manuelle Prüfung"
    # The call's "Unternehmen" is broad, so a wrong legal form is a question, not an exclusion.
    assert checklist.verdict(checklist.item("legal_form_eligible"), "violated") == "Rechtsform prüfen"


def test_ctx_is_a_structured_flag(profile: CallProfile) -> None:
    infrastructure = next(d for d in profile.taxonomy.dimensions if d.id == "infrastructure")
    sensor = next(t for t in infrastructure.terms if t.stem == "sensor")
    assert sensor.ctx
    assert all("(" not in term.stem or "land(auf)" in term.stem for _, term in profile.terms_with_paths())


def test_gazetteer_covers_the_state(profile: CallProfile) -> None:
    kinds = [district.kind for district in profile.gazetteer.districts]
    assert kinds.count("Landkreis") == 11 and kinds.count("kreisfreie Stadt") == 3
    assert len(profile.gazetteer.places) >= 100
    names = {place.name for place in profile.gazetteer.places}
    assert {"Halberstadt", "Wernigerode", "Haldensleben", "Merseburg", "Bitterfeld-Wolfen"} <= names
    outside = {place.name for place in profile.gazetteer.outside}
    assert {"Leipzig", "Berlin", "Göttingen", "Braunschweig", "Erfurt"} <= outside


def test_weights_are_documented_shares(profile: CallProfile) -> None:
    weights = profile.taxonomy.weights
    assert weights.dimensions + weights.criteria == pytest.approx(1)
    assert all(dimension.weight >= 0 for dimension in profile.taxonomy.dimensions)
    assert all(criterion.weight >= 0 for criterion in profile.taxonomy.criteria)


# ---------------------------------------------------------------- loading and hashing


def test_shipped_profiles_are_found_and_named_by_their_id() -> None:
    assert DEFAULT_PROFILE in available_profiles()
    for name in available_profiles():
        assert load_profile(name).id == name


def test_many_problems_are_cut_short(copy: Path) -> None:
    edit(copy, "checklist.yaml", lambda data: [item.update(severity="hart") for item in data["items"]])
    with pytest.raises(ProfileError) as caught:
        load_profile(copy)
    assert "(erlaubt: 'hard', 'quality')" in caught.value.message
    assert caught.value.message.endswith("… und 20 weitere")


def test_name_folder_and_manifest_path_give_equal_profiles(profile: CallProfile) -> None:
    assert load_profile(DEFAULT_PROFILE) == profile
    assert load_profile(SHIPPED) == profile
    assert load_profile(str(SHIPPED / "profile.yaml")) == profile


def test_sha256_is_stable_and_follows_the_bytes(profile: CallProfile, copy: Path) -> None:
    assert load_profile().sha256 == profile.sha256
    assert load_profile(copy).sha256 == profile.sha256
    taxonomy = copy / "taxonomy.yaml"
    taxonomy.write_text(taxonomy.read_text(encoding="utf-8") + "# Kommentar\n", encoding="utf-8")
    changed = load_profile(copy)
    assert changed.sha256 != profile.sha256
    assert changed.taxonomy == profile.taxonomy  # a comment changes bytes, not data


def test_parts_follow_profile_files() -> None:
    from sketchproc.profiles import _PARTS

    assert list(_PARTS) == list(ProfileFiles.model_fields)


def test_unknown_profile_name_is_a_profile_error() -> None:
    with pytest.raises(ProfileError, match=r"nicht gefunden.*rdz_lsa_2018"):
        load_profile("gibt_es_nicht")


# ---------------------------------------------------------------- broken copies


def _set(path: str, value: Any) -> Callable[[Any], None]:
    """Return a change that sets a dotted key path ('items.3.severity') to value."""

    def change(data: Any) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        for part in parents:
            data = data[part]
        data[last] = value

    return change


def _delete(path: str) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        for part in parents:
            data = data[part]
        del data[last]

    return change


def _duplicate_item(data: Any) -> None:
    data["items"][1]["id"] = data["items"][0]["id"]


def _unlist_aal(data: Any) -> None:
    data["short_stems"].remove("aal")


def _stem_in_two_dimensions(data: Any) -> None:
    data["dimensions"][1]["terms"].append("breitband")


# (file changed, change, key path the message must name, problem it must name)
BROKEN: list[tuple[str, Callable[[Any], None], str, str]] = [
    ("checklist.yaml", _set("items.3.severity", "hart"), "items[3].severity", "nicht erlaubt"),
    ("outline.yaml", _set("sections.0.min_words", "viele"), "sections[0].min_words", "ganze Zahl"),
    ("taxonomy.yaml", _set("dimensions.0.gewicht", 2), "dimensions[0].gewicht", "unbekannter Schlüssel"),
    ("checklist.yaml", _duplicate_item, "items[1].id", "doppelte id"),
    ("checklist.yaml", _set("items.0.outline", ["anlagen"]), "items[0].outline[0]", "'anlagen'"),
    ("checklist.yaml", _set("items.7.params", {"grant_max": 1}), "items[7].params.grant_max", "unbekannter"),
    ("checklist.yaml", _delete("items.7.params.grant_max_eur"), "items[7].params.grant_max_eur", "fehlt"),
    ("checklist.yaml", _set("items.7.params.grant_max_eur", "viel"), "items[7].params.grant_max_eur", "Zahl"),
    ("checklist.yaml", _set("items.7.check", "grant_cap"), "items[7].check", "Prüfregel 'grant_cap'"),
    ("checklist.yaml", _delete("items.7.check"), "items[7].check", "Pflichtfeld fehlt"),
    ("checklist.yaml", _set("items.18.cues.0.id", "owner"), "items[18].cues", "braucht die Gruppe 'carrier'"),
    ("checklist.yaml", _set("items.5.check", "generic"), "items[5].rules", "braucht section, cue oder"),
    ("checklist.yaml", _set("actor_categories", []), "actor_categories", "'network_breadth'"),
    ("checklist.yaml", _set("findings.0.check", "sum"), "findings[0].check", "unbekannte Prüfregel 'sum'"),
    ("outline.yaml", _delete("sections.9.role"), "sections[*].role", "Rolle 'budget'"),
    ("outline.yaml", _set("sections.9.role", "kosten"), "sections[9].role[0]", "nicht erlaubt"),
    ("profile.yaml", _set("files.outline", "../outline.yaml"), "files.outline", "Format ungültig"),
    ("profile.yaml", _set("id", "RDZ-LSA"), "id", "Format ungültig"),
    ("taxonomy.yaml", _set("weights.criteria", 0.5), "weights", "1 ergeben"),
    ("taxonomy.yaml", _stem_in_two_dimensions, "dimensions[1].terms", "'infrastructure'"),
    ("taxonomy.yaml", _set("dimensions.0.terms.0", "Breitband"), "dimensions[0].terms[0].stem", "klein"),
    ("taxonomy.yaml", _set("concreteness.1.patterns", ["(offen"]), "concreteness[1].patterns", "regulärer"),
    ("taxonomy.yaml", _unlist_aal, "dimensions[5].terms", "'aal' fehlt"),
    ("taxonomy.yaml", _set("excluded_zones", ["deckblatt"]), "excluded_zones[0]", "'deckblatt'"),
    ("checklist.yaml", _set("items.4.cues.0.markers", ["datum"]), "items[4].cues[0].markers[0]", "'datum'"),
    ("gazetteer.yaml", _set("places.0.district", "altmark"), "places[0].district", "'altmark'"),
    ("checklist.yaml", _set("items.0.requestable", True), "items[0]", "nur für Qualitätskriterien"),
    ("checklist.yaml", _set("items.12.requestable", "ja"), "items[12].requestable", ""),
    ("profile.yaml", _set("contact", {"telefon": "0391"}), "contact.telefon", "unbekannter Schlüssel"),
]


@pytest.mark.parametrize(("file", "change", "key", "problem"), BROKEN, ids=[case[2] for case in BROKEN])
def test_broken_copy_names_file_and_key(
    copy: Path, file: str, change: Callable[[Any], None], key: str, problem: str
) -> None:
    edit(copy, file, change)
    with pytest.raises(ProfileError) as caught:
        load_profile(copy)
    message = caught.value.message
    assert f"{file}: {key}" in message
    assert problem in message
    assert isinstance(caught.value.__cause__, ValidationError)
    assert caught.value.exit_code == 2


def test_yaml_syntax_error_names_file_and_line(copy: Path) -> None:
    (copy / "outline.yaml").write_text("sections:\n  - id: [applicant\n", encoding="utf-8")
    with pytest.raises(ProfileError, match=r"outline\.yaml: YAML-Syntaxfehler in Zeile \d+") as caught:
        load_profile(copy)
    assert isinstance(caught.value.__cause__, yaml.YAMLError)


def test_duplicate_yaml_key_is_an_error(copy: Path) -> None:
    manifest = copy / "profile.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "id: anderes_profil\n", encoding="utf-8")
    with pytest.raises(ProfileError, match=r"profile\.yaml: .*Schlüssel 'id' doppelt"):
        load_profile(copy)


def test_missing_file_is_named(copy: Path) -> None:
    (copy / "gazetteer.yaml").unlink()
    with pytest.raises(ProfileError, match=r"gazetteer\.yaml: Datei fehlt"):
        load_profile(copy)


# ---------------------------------------------------------------- schema details


def test_term_accepts_a_bare_string() -> None:
    assert Term.model_validate("breitband") == Term(stem="breitband")


def test_term_not_in_must_contain_the_stem() -> None:
    with pytest.raises(ValidationError, match="enthält den Stamm"):
        Term(stem="verein", not_in=("institution",))


def test_term_key_folds_umlauts_case_and_hyphens() -> None:
    assert term_key("E-Government") == term_key("egovernment") == term_key("e government")
    assert term_key("Straßenbeleuchtung") == "strassenbeleuchtung"
    assert term_key("ÖPNV") == "oepnv"


def test_rules_accept_one_or_many(profile: CallProfile) -> None:
    checklist = profile.checklist
    assert [r.value for r in checklist.item("grant_within_cap").rules] == ["value"]
    assert [r.value for r in checklist.item("objectives_measurable").rules] == ["section", "cue"]


def test_models_are_frozen(profile: CallProfile) -> None:
    with pytest.raises(ValidationError):
        profile.checklist.items[0].label = "x"  # type: ignore[misc]
    assert isinstance(profile.checklist, Checklist)
