"""Integrity of the place data: German districts and the municipalities of Sachsen-Anhalt."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "sketchproc" / "data"
DISTRICTS = DATA / "de_districts.tsv"
MUNICIPALITIES = DATA / "st_municipalities.tsv"

DISTRICT_HEADER = ["ags", "name", "kind", "land", "seat"]
MUNICIPALITY_HEADER = ["name", "kind", "verbandsgemeinde", "district_ags"]

DISTRICT_KINDS = {
    "Landkreis",
    "Kreis",
    "kreisfreie Stadt",
    "Stadtkreis",
    "Regionalverband",
    "Region",
    "Städteregion",
    "Stadtstaat",
}
CITY_KINDS = {"kreisfreie Stadt", "Stadtkreis", "Stadtstaat"}
MUNICIPALITY_KINDS = {
    "Stadt",
    "Hansestadt",
    "Lutherstadt",
    "Gemeinde",
    "Einheitsgemeinde",
    "Mitgliedsgemeinde",
    "kreisfreie Stadt",
    "Verbandsgemeinde",
}
LAENDER = {
    "Baden-Württemberg",
    "Bayern",
    "Berlin",
    "Brandenburg",
    "Bremen",
    "Hamburg",
    "Hessen",
    "Mecklenburg-Vorpommern",
    "Niedersachsen",
    "Nordrhein-Westfalen",
    "Rheinland-Pfalz",
    "Saarland",
    "Sachsen",
    "Sachsen-Anhalt",
    "Schleswig-Holstein",
    "Thüringen",
}


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


@pytest.fixture(scope="module")
def districts() -> list[dict[str, str]]:
    header, rows = _read(DISTRICTS)
    assert header == DISTRICT_HEADER
    return rows


@pytest.fixture(scope="module")
def municipalities() -> list[dict[str, str]]:
    header, rows = _read(MUNICIPALITIES)
    assert header == MUNICIPALITY_HEADER
    return rows


@pytest.fixture(scope="module")
def by_ags(districts: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {row["ags"]: row for row in districts}


def _find(districts: list[dict[str, str]], name: str, kind: str | None = None) -> dict[str, str]:
    hits = [r for r in districts if r["name"] == name and (kind is None or r["kind"] == kind)]
    assert len(hits) == 1, (name, kind, hits)
    return hits[0]


def test_headers_exact() -> None:
    for path, header in ((DISTRICTS, DISTRICT_HEADER), (MUNICIPALITIES, MUNICIPALITY_HEADER)):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.split("\t") == header


def test_rows_complete(districts: list[dict[str, str]], municipalities: list[dict[str, str]]) -> None:
    for row in districts + municipalities:
        assert None not in row, row  # no surplus columns
        assert all(value is not None for value in row.values()), row
        assert all(value == value.strip() for value in row.values()), row


def test_ags_five_digits_unique_sorted(districts: list[dict[str, str]]) -> None:
    keys = [row["ags"] for row in districts]
    assert all(len(k) == 5 and k.isdigit() for k in keys)
    assert len(keys) == len(set(keys))
    assert keys == sorted(keys)


def test_district_fields(districts: list[dict[str, str]]) -> None:
    land_codes = {
        "01": "Schleswig-Holstein",
        "02": "Hamburg",
        "03": "Niedersachsen",
        "04": "Bremen",
        "05": "Nordrhein-Westfalen",
        "06": "Hessen",
        "07": "Rheinland-Pfalz",
        "08": "Baden-Württemberg",
        "09": "Bayern",
        "10": "Saarland",
        "11": "Berlin",
        "12": "Brandenburg",
        "13": "Mecklenburg-Vorpommern",
        "14": "Sachsen",
        "15": "Sachsen-Anhalt",
        "16": "Thüringen",
    }
    for row in districts:
        assert row["kind"] in DISTRICT_KINDS, row
        assert row["land"] == land_codes[row["ags"][:2]], row
        assert row["name"], row
        if row["kind"] in CITY_KINDS:
            assert row["seat"] == "", row
        else:
            assert row["seat"], row


def test_sixteen_laender(districts: list[dict[str, str]]) -> None:
    assert {row["land"] for row in districts} == LAENDER


def test_totals(districts: list[dict[str, str]]) -> None:
    cities = [r for r in districts if r["kind"] in CITY_KINDS]
    counties = [r for r in districts if r["kind"] not in CITY_KINDS]
    # Territorial status 31.12.2020 (Eisenach still kreisfrei).
    assert len(cities) == 107
    assert len(counties) == 294


def test_land_kind_terms(districts: list[dict[str, str]]) -> None:
    kinds: dict[str, Counter[str]] = {}
    for row in districts:
        kinds.setdefault(row["land"], Counter())[row["kind"]] += 1
    assert set(kinds["Baden-Württemberg"]) == {"Stadtkreis", "Landkreis"}
    assert set(kinds["Nordrhein-Westfalen"]) == {"Kreis", "kreisfreie Stadt", "Städteregion"}
    assert set(kinds["Schleswig-Holstein"]) == {"Kreis", "kreisfreie Stadt"}
    assert kinds["Berlin"] == Counter({"Stadtstaat": 1})
    assert kinds["Hamburg"] == Counter({"Stadtstaat": 1})
    assert kinds["Bremen"] == Counter({"kreisfreie Stadt": 2})
    assert kinds["Bayern"] == Counter({"Landkreis": 71, "kreisfreie Stadt": 25})


def test_sachsen_anhalt_districts(districts: list[dict[str, str]]) -> None:
    st = [r for r in districts if r["land"] == "Sachsen-Anhalt"]
    assert all(r["ags"].startswith("15") for r in st)
    assert sum(r["kind"] == "Landkreis" for r in st) == 11
    cities = {r["name"] for r in st if r["kind"] == "kreisfreie Stadt"}
    assert cities == {"Dessau-Roßlau", "Halle (Saale)", "Magdeburg"}
    assert len(st) == 14


def test_municipalities_belong_to_sachsen_anhalt(
    municipalities: list[dict[str, str]], by_ags: dict[str, dict[str, str]]
) -> None:
    for row in municipalities:
        district = by_ags.get(row["district_ags"])
        assert district is not None, row
        assert row["district_ags"].startswith("15"), row
        assert district["land"] == "Sachsen-Anhalt", row
        assert row["kind"] in MUNICIPALITY_KINDS, row


def test_no_duplicate_name_within_district(municipalities: list[dict[str, str]]) -> None:
    counts = Counter((r["district_ags"], r["name"]) for r in municipalities)
    assert [key for key, n in counts.items() if n > 1] == []


def test_municipalities_sorted(municipalities: list[dict[str, str]]) -> None:
    keys = [(r["district_ags"], r["name"]) for r in municipalities]
    assert keys == sorted(keys)


def test_verbandsgemeinden_consistent(municipalities: list[dict[str, str]]) -> None:
    vgs = {r["name"]: r["district_ags"] for r in municipalities if r["kind"] == "Verbandsgemeinde"}
    assert len(vgs) == 18
    assert all(name.startswith("Verbandsgemeinde ") for name in vgs)
    members: Counter[str] = Counter()
    for row in municipalities:
        if row["kind"] == "Mitgliedsgemeinde":
            assert row["verbandsgemeinde"] in vgs, row
            assert vgs[row["verbandsgemeinde"]] == row["district_ags"], row
            members[row["verbandsgemeinde"]] += 1
        else:
            assert row["verbandsgemeinde"] == "", row
    assert set(members) == set(vgs)
    assert members["Verbandsgemeinde Arneburg-Goldbeck"] == 8


def test_municipality_counts(municipalities: list[dict[str, str]], by_ags: dict[str, dict[str, str]]) -> None:
    gemeinden = [r for r in municipalities if r["kind"] != "Verbandsgemeinde"]
    assert len(gemeinden) == 218
    assert sum(r["kind"] == "Mitgliedsgemeinde" for r in gemeinden) == 114
    cities = {r["name"] for r in gemeinden if r["kind"] == "kreisfreie Stadt"}
    assert cities == {"Dessau-Roßlau", "Halle (Saale)", "Magdeburg"}
    for row in gemeinden:
        if row["kind"] == "kreisfreie Stadt":
            assert by_ags[row["district_ags"]]["name"] == row["name"]
    # every district of the state has municipalities
    assert {r["district_ags"] for r in gemeinden} == {a for a in by_ags if a.startswith("15")}


@pytest.mark.parametrize(
    ("name", "kind", "land", "seat"),
    [
        ("Börde", "Landkreis", "Sachsen-Anhalt", "Haldensleben"),
        ("Altmarkkreis Salzwedel", "Landkreis", "Sachsen-Anhalt", "Salzwedel"),
        ("Harz", "Landkreis", "Sachsen-Anhalt", "Halberstadt"),
        ("Burgenlandkreis", "Landkreis", "Sachsen-Anhalt", "Naumburg (Saale)"),
        ("Uelzen", "Landkreis", "Niedersachsen", "Uelzen"),
        ("Lüchow-Dannenberg", "Landkreis", "Niedersachsen", "Lüchow (Wendland)"),
        ("Altenburger Land", "Landkreis", "Thüringen", "Altenburg"),
        ("Nordsachsen", "Landkreis", "Sachsen", "Torgau"),
        ("Prignitz", "Landkreis", "Brandenburg", "Perleberg"),
        ("Landsberg am Lech", "Landkreis", "Bayern", "Landsberg am Lech"),
        ("Region Hannover", "Region", "Niedersachsen", "Hannover"),
        ("Städteregion Aachen", "Städteregion", "Nordrhein-Westfalen", "Aachen"),
        ("Regionalverband Saarbrücken", "Regionalverband", "Saarland", "Saarbrücken"),
        ("Nordfriesland", "Kreis", "Schleswig-Holstein", "Husum"),
        ("Frankfurt am Main", "kreisfreie Stadt", "Hessen", ""),
        ("Halle (Saale)", "kreisfreie Stadt", "Sachsen-Anhalt", ""),
        ("Stuttgart", "Stadtkreis", "Baden-Württemberg", ""),
        ("Berlin", "Stadtstaat", "Berlin", ""),
        ("Hamburg", "Stadtstaat", "Hamburg", ""),
        ("Bremerhaven", "kreisfreie Stadt", "Bremen", ""),
    ],
)
def test_district_spot_checks(
    districts: list[dict[str, str]], name: str, kind: str, land: str, seat: str
) -> None:
    row = _find(districts, name, kind)
    assert (row["land"], row["seat"]) == (land, seat)


def test_known_keys(by_ags: dict[str, dict[str, str]]) -> None:
    assert by_ags["15081"]["name"] == "Altmarkkreis Salzwedel"
    assert by_ags["15003"]["name"] == "Magdeburg"
    assert by_ags["11000"]["name"] == "Berlin"
    assert by_ags["02000"]["name"] == "Hamburg"


@pytest.mark.parametrize(
    ("name", "kind", "verbandsgemeinde", "district"),
    [
        ("Haldensleben", "Stadt", "", "Börde"),
        ("Hohe Börde", "Einheitsgemeinde", "", "Börde"),
        ("Colbitz", "Mitgliedsgemeinde", "Verbandsgemeinde Elbe-Heide", "Börde"),
        ("Osterburg (Altmark)", "Hansestadt", "", "Stendal"),
        ("Arneburg", "Mitgliedsgemeinde", "Verbandsgemeinde Arneburg-Goldbeck", "Stendal"),
        ("Lutherstadt Wittenberg", "Lutherstadt", "", "Wittenberg"),
        ("Lutherstadt Eisleben", "Lutherstadt", "", "Mansfeld-Südharz"),
        ("Bernburg (Saale)", "Stadt", "", "Salzlandkreis"),
        ("Arendsee (Altmark)", "Stadt", "", "Altmarkkreis Salzwedel"),
        ("Verbandsgemeinde Vorharz", "Verbandsgemeinde", "", "Harz"),
    ],
)
def test_municipality_spot_checks(
    municipalities: list[dict[str, str]],
    by_ags: dict[str, dict[str, str]],
    name: str,
    kind: str,
    verbandsgemeinde: str,
    district: str,
) -> None:
    hits = [r for r in municipalities if r["name"] == name]
    assert len(hits) == 1, hits
    row = hits[0]
    assert (row["kind"], row["verbandsgemeinde"]) == (kind, verbandsgemeinde)
    assert by_ags[row["district_ags"]]["name"] == district
