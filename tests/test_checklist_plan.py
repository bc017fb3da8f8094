"""Plan items on sketches written the way others write them: work programme, schedule, budget.

Each test builds a real .docx (or reads a real scan) in words of its own; the blind sketches
that showed the class are not quoted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sketchproc.model import CheckResult, CheckStatus
from sketchproc.outline_headings import heading_scores
from sketchproc.pipeline import check
from sketchproc.profiles import load_profile
from tests.test_facts import Part, build

PROFILE = load_profile()


def _items(path: Path) -> dict[str, CheckResult]:
    return {result.item_id: result for result in check(path).checklist}


_FRONT: list[Part] = [
    (1, "Antragsteller"),
    "Gemeinde Musterau, Hauptstraße 4, 06999 Musterau (Landkreis Harz), vertreten durch den Bürgermeister.",
    (1, "Ziele des Digitalisierungszentrums"),
    "Bis Ende 2020 beraten wir 200 Betriebe und schulen 300 Bürgerinnen und Bürger in digitalen Diensten.",
]


# --- a section that holds only a note of the editor -------------------------------------


def test_a_section_holding_only_a_bracketed_note_is_missing(tmp_path: Path) -> None:
    """A heading over an internal note in brackets was never written: missing, not violated."""
    parts: list[Part] = [
        *_FRONT,
        (1, "Zeit- und Arbeitsplan"),
        "[Termine trägt Herr Beispiel nach der Abstimmung mit dem Kämmerer noch ein, bitte nicht versenden!]",
        (1, "Kosten- und Finanzierungsplan"),
        "Die Gesamtkosten betragen 200.000 €, beantragt werden 160.000 €.",
    ]
    assessment = check(build(tmp_path, parts))
    assert assessment.mapping.status("schedule").value == "missing"
    result = {r.item_id: r for r in assessment.checklist}["schedule_milestones"]
    assert result.status is CheckStatus.MISSING, result.note


def test_a_parenthesis_qualifies_its_heading_and_names_no_second_part() -> None:
    """ "Kostenaufstellung (über die Projektlaufzeit)" is the budget, not the schedule as well."""
    scores = heading_scores("Kostenaufstellung (über die ganze Projektlaufzeit)", PROFILE.outline.sections)
    assert scores["budget"] >= 0.86
    assert scores["schedule"] < 0.86
    # Alone, the words in parentheses still name their part.
    assert heading_scores("(Projektlaufzeit)", PROFILE.outline.sections)["schedule"] >= 0.86


def test_a_budget_sub_section_qualified_by_the_runtime_is_no_schedule(tmp_path: Path) -> None:
    parts: list[Part] = [
        *_FRONT,
        (1, "Kosten- und Finanzierungsplan"),
        (2, "Kostenaufstellung (über die ganze Projektlaufzeit)"),
        [("Kostenart", "Betrag"), ("Personalkosten", "150.000 €"), ("Sachkosten", "50.000 €")],
    ]
    assessment = check(build(tmp_path, parts))
    assert assessment.mapping.status("schedule").value == "missing"


# --- measures as a running paragraph ---------------------------------------------------------


def test_steps_ordered_by_connectives_in_one_paragraph_are_the_measures(tmp_path: Path) -> None:
    """No list, a heading of another part: "Als Erstes … Anschließend … Abschließend …" is one."""
    parts: list[Part] = [
        *_FRONT,
        (1, "Ausgangslage"),
        "Musterau hat 4.100 Einwohner in neun Ortsteilen; 38 % sind älter als 65 Jahre.",
        (1, "Beteiligung der Bürgerschaft"),
        " ".join(
            (
                "Die Bürgerinnen und Bürger reden von Anfang an mit.",
                "Als Erstes richten wir im Bürgerhaus einen Beratungsraum ein.",
                "Anschließend besuchen wir die Vereine und erfassen, was gebraucht wird.",
                "Im nächsten Schritt schulen wir ehrenamtliche Technikpaten für ältere Menschen.",
                "Abschließend veröffentlichen wir einen Wegweiser mit allen Angeboten der Gemeinde.",
            )
        ),
        (1, "Kosten- und Finanzierungsplan"),
        "Die Gesamtkosten betragen 200.000 €, beantragt werden 160.000 €.",
    ]
    result = _items(build(tmp_path, parts))["work_programme"]
    assert result.status is CheckStatus.OK, result.note
    assert "Beteiligung der Bürgerschaft" in (result.note or "")


@pytest.mark.parametrize(
    ("packages", "expected"),
    [
        # Telegraphic work packages name the action as a noun with its object: measures.
        (
            (
                "Sichtung der Förderprogramme für Vereine und Betriebe",
                "Auswertung der Haushaltsumfrage mit der Hochschule",
                "Vorbereitung von drei Pilotvorhaben im Ortsteil Mühlbach",
            ),
            CheckStatus.OK,
        ),
        # Things without any action are no measures.
        (("Internetseite", "Newsletter für Vereine", "Jahresbericht 2020"), CheckStatus.VIOLATED),
    ],
)
def test_work_packages_in_telegraphic_style_are_measures(
    packages: tuple[str, ...], expected: CheckStatus, tmp_path: Path
) -> None:
    parts: list[Part] = [
        *_FRONT,
        (1, "Arbeitsprogramm"),
        [["Paket", "Inhalt"], *([f"AP {n}", text] for n, text in enumerate(packages, 1))],
    ]
    result = _items(build(tmp_path, parts))["work_programme"]
    assert result.status is expected, result.note


# --- budget -------------------------------------------------------------------------------


def test_cost_types_that_miss_the_stated_total_are_for_a_reviewer(tmp_path: Path) -> None:
    """Broken down, but the parts contradict the total: unclear with both figures, not violated."""
    parts: list[Part] = [
        *_FRONT,
        (1, "Kosten- und Finanzierungsplan"),
        "Für die Koordinatorin setzen wir Personalkosten von 98.000 Euro an.",
        "Die Sachkosten für Miete, Werkstätten und Druck belaufen sich auf 57.000 Euro.",
        "Die Gesamtkosten betragen 150.000 Euro; beantragt werden 120.000 Euro, den Eigenanteil von"
        " 30.000 Euro trägt die Gemeinde.",
    ]
    result = _items(build(tmp_path, parts))["budget_breakdown"]
    assert result.status is CheckStatus.UNCLEAR, result.note
    assert "155.000" in (result.note or "") and "150.000" in (result.note or "")


def _budget_sketch(tmp_path: Path, budget: list[Part]) -> dict[str, CheckResult]:
    return _items(build(tmp_path, [*_FRONT, (1, "Kosten- und Finanzierungsplan"), *budget]))


def test_a_device_named_in_a_compound_of_a_priced_row_is_an_investment(tmp_path: Path) -> None:
    """ "Laptopwagen", "Tablet-Klassensatz": the singular device inside a compound still counts."""
    table = [
        ("Kostenposition", "Betrag"),
        ("Personalkosten Koordination (1,0 VZÄ)", "110.000 €"),
        ("Medienkoffer mit Tablet-Klassensatz und Laptopwagen", "80.000 €"),
        ("Miete und Veranstaltungen", "20.000 €"),
        ("Gesamtkosten", "210.000 €"),
    ]
    result = _budget_sketch(tmp_path, [table])["eligible_cost_types"]
    assert result.status is CheckStatus.VIOLATED, result.note
    assert "80.000" in (result.note or "")


def test_refurbishing_and_furnishing_a_building_are_investments(tmp_path: Path) -> None:
    """Construction named by the work on the building, equipment by its furniture: most of the
    money goes into the house, not into the centre's work."""
    table = [
        ("Ausgabe", "Summe"),
        ("Renovierung der Räume im alten Bahnhof", "70.000 €"),
        ("Mobiliar für Werkstatt und Lesecafé", "40.000 €"),
        ("Projektkoordination (0,5 VZÄ)", "50.000 €"),
        ("Veranstaltungen", "10.000 €"),
        ("Gesamtkosten", "170.000 €"),
    ]
    result = _budget_sketch(tmp_path, [table])["eligible_cost_types"]
    assert result.status is CheckStatus.VIOLATED, result.note
    assert "110.000" in (result.note or "")


def test_building_work_given_as_an_example_of_own_contributions_is_no_priced_investment(
    tmp_path: Path,
) -> None:
    """The renovation named in an aside of examples is part of the volunteers' help, not the price
    of the sentence's amount."""
    prose = [
        "Für die Koordinatorin sind 110.000 € eingeplant, für Kurse und Miete 30.000 €.",
        "Das Vorhaben kostet damit 140.000 €. Den Eigenanteil von 45.000 € tragen die Mitglieder über"
        " Beiträge und Arbeitsstunden (etwa die Sanierung des Kursraums durch den Malerbetrieb).",
    ]
    result = _budget_sketch(tmp_path, prose)["eligible_cost_types"]
    assert result.status is CheckStatus.OK, result.note


def test_a_device_in_prose_carries_the_amount_of_its_own_clause(tmp_path: Path) -> None:
    """The personnel costs the sentence opens with are not the price of the notebook at its end."""
    prose = (
        "Für die Koordinatorin sind 160.000 € eingeplant, hinzu kommen 40.000 € für Sachkosten"
        " wie Miete, Werbung und ein Notebook."
    )
    result = _budget_sketch(tmp_path, [prose, "Die Gesamtkosten betragen 200.000 €."])["eligible_cost_types"]
    assert result.status is CheckStatus.OK, result.note


def test_a_cost_type_summed_up_in_prose_is_that_type_not_the_total(tmp_path: Path) -> None:
    """ "Die Personalausgaben belaufen sich zusammen auf …": a sum word beside a cost type
    names that type's sum; the total is stated on its own."""
    prose = [
        "Zwei Teilzeitstellen kosten je 60.000 Euro; die Personalausgaben belaufen sich zusammen auf"
        " 120.000 Euro.",
        "Dazu kommen Sachausgaben in Höhe von insgesamt 30.000 Euro für Miete, Kurse und Werbung.",
        "Das Vorhaben kostet damit 150.000 Euro, beantragt werden 120.000 Euro.",
    ]
    result = _budget_sketch(tmp_path, prose)["budget_breakdown"]
    assert result.status is CheckStatus.OK, result.note
    assert "120.000" in (result.note or "") and "30.000" in (result.note or "")


def test_an_unnamed_cost_type_stated_as_parts_and_their_sum_completes_the_budget(tmp_path: Path) -> None:
    """The staff's costs named by their posts, with the posts' sum in the same sentence; the
    material costs open a list with their own amount, and one unit sits between both figures."""
    prose = [
        "Am meisten kostet das Team. Die Leitung schlägt mit 98.000 EUR zu Buche, die Assistenz mit"
        " 46.000 EUR, macht zusammen 144.000 EUR.",
        "Für Sachkosten setzen wir 9.500 EUR: 6.000 EUR für Werkstätten, 3.500 EUR für Werbung.",
        "Das Vorhaben kostet damit 153.500 EUR, beantragt werden 122.800 EUR.",
    ]
    result = _budget_sketch(tmp_path, prose)["budget_breakdown"]
    assert result.status is CheckStatus.OK, result.note
    assert "9.500" in (result.note or "") and "144.000" in (result.note or "")


def test_partial_sums_beside_their_group_cell_restate_the_positions(tmp_path: Path) -> None:
    """The group stands in the first column and the partial sum's word in the second: a third
    group beside personnel and material still makes the total with its positions, counted once."""
    table = [
        ("Gruppe", "Posten", "Betrag"),
        ("Personal", "Koordination (1,0 VZÄ)", "100.000 €"),
        ("Personal", "Zwischensumme Personal", "100.000 €"),
        ("Technik", "Server und Netzwerk", "60.000 €"),
        ("Technik", "Zwischensumme Technik", "60.000 €"),
        ("Sachmittel", "Miete und Veranstaltungen", "40.000 €"),
        ("Sachmittel", "Zwischensumme Sachmittel", "40.000 €"),
        ("Gesamtkosten", "", "200.000 €"),
    ]
    result = _budget_sketch(tmp_path, [table, "Beantragt werden 160.000 €."])["budget_breakdown"]
    assert result.status is CheckStatus.OK, result.note
    assert "200.000" in (result.note or "")


def test_personnel_and_material_costs_in_one_figure_are_not_broken_down(tmp_path: Path) -> None:
    """One row for staff and running costs together, beside fees and an overhead: the two types
    the call asks for are not separated, however well the rows add up."""
    table = [
        ("Position", "Summe"),
        ("Personal- und Sachausgaben des Treffpunkts", "120.000 €"),
        ("Honorare für Trainerinnen", "15.000 €"),
        ("Gemeinkostenpauschale", "9.450 €"),
        ("Gesamtkosten", "144.450 €"),
    ]
    result = _budget_sketch(tmp_path, [table, "Beantragt werden 115.560 €."])["budget_breakdown"]
    assert result.status is CheckStatus.VIOLATED, result.note
    assert "in einem Betrag" in (result.note or "")


def test_a_budget_with_the_cost_types_as_columns_and_the_years_as_rows(tmp_path: Path) -> None:
    table = [
        ("Projektjahr", "Personalausgaben", "Sachausgaben", "Summe"),
        ("1. Jahr", "62.000", "14.500", "76.500"),
        ("2. Jahr", "64.000", "9.500", "73.500"),
        ("Insgesamt", "126.000", "24.000", "150.000"),
    ]
    result = _budget_sketch(tmp_path, [table, "Beantragt werden 120.000 €."])["budget_breakdown"]
    assert result.status is CheckStatus.OK, result.note
    assert "126.000" in (result.note or "") and "24.000" in (result.note or "")


def test_cost_columns_beside_personnel_in_a_table_of_years_are_material(tmp_path: Path) -> None:
    """Only personnel is named as a type; travel and events beside it are material costs."""
    table = [
        ("Haushaltsjahr", "Personalausgaben", "Reisen", "Werkstätten und Feste", "Summe"),
        ("2019 (ab Mai)", "40.000", "1.000", "4.000", "45.000"),
        ("2020", "60.000", "1.500", "8.500", "70.000"),
        ("Gesamt", "100.000", "2.500", "12.500", "115.000"),
    ]
    result = _budget_sketch(tmp_path, [table, "Beantragt werden 92.000 €."])["budget_breakdown"]
    assert result.status is CheckStatus.OK, result.note
    assert "100.000" in (result.note or "") and "15.000" in (result.note or "")


def test_two_partners_cost_tables_add_their_material_sub_totals(tmp_path: Path) -> None:
    """Each partner's table closes its material costs with a sub-total; the budget's material
    costs are both together, as its personnel costs are both partners' posts."""
    town = [
        ("Posten (Gemeinde)", "Betrag"),
        ("Personal: Koordinatorin 0,8 VZÄ", "70.000"),
        ("Miete Bürgerbüro", "9.000"),
        ("Werkstätten", "6.000"),
        ("Summe Sachausgaben", "15.000"),
    ]
    club = [
        ("Posten (Verein)", "Betrag"),
        ("Personal: Assistenz 0,3 VZÄ", "20.000"),
        ("Leihgeräte", "3.000"),
        ("Schulungen", "2.000"),
        ("Summe Sachausgaben", "5.000"),
    ]
    total = "Die Gesamtausgaben beider Partner betragen 110.000 €, beantragt werden 88.000 €."
    result = _budget_sketch(tmp_path, [town, club, total])["budget_breakdown"]
    assert result.status is CheckStatus.OK, result.note
    assert "Sachkosten 20.000" in (result.note or ""), result.note


def test_numbered_group_rows_over_dashed_items_are_the_cost_types(tmp_path: Path) -> None:
    """ "1. Personalausgaben" and "2. Sachausgaben" carry their sums over "– …" items: each type
    once, not the groups again as positions."""
    table = [
        ("Kostenart", "2019", "2020", "Gesamt"),
        ("1. Personalausgaben", "30.000", "60.000", "90.000"),
        ("– Koordination, 1,0 VZÄ", "30.000", "60.000", "90.000"),
        ("2. Sachausgaben", "5.000", "15.000", "20.000"),
        ("– Miete Bürgerbüro", "2.000", "4.000", "6.000"),
        ("– Werkstätten und Befragung", "3.000", "11.000", "14.000"),
        ("Gesamtausgaben", "35.000", "75.000", "110.000"),
    ]
    result = _budget_sketch(tmp_path, [table, "Beantragt werden 88.000 €."])["budget_breakdown"]
    assert result.status is CheckStatus.OK, result.note
    assert "Sachkosten 20.000" in (result.note or ""), result.note


@pytest.mark.parametrize(
    ("total", "expected"), [("230.000", CheckStatus.OK), ("300.000", CheckStatus.UNCLEAR)]
)
def test_a_grant_asked_as_a_share_of_the_total_is_weighed_against_the_cap(
    total: str, expected: CheckStatus, tmp_path: Path
) -> None:
    """No amount, only "80 vom Hundert" of a stated total: their product is weighed; above the cap
    a reviewer looks (the sketch never states the amount)."""
    parts: list[Part] = [
        *_FRONT,
        (1, "Kosten- und Finanzierungsplan"),
        f"Die zuwendungsfähigen Gesamtausgaben betragen {total} Euro. Die Gemeinde beantragt eine "
        "Zuwendung in Höhe von 80 vom Hundert dieser Ausgaben.",
    ]
    result = _items(build(tmp_path, parts))["grant_within_cap"]
    assert result.status is expected, result.note


# --- the time after the funding under a heading the outline does not know -------------------

_RUNTIME: list[Part] = [
    (1, "Zeit- und Arbeitsplan"),
    "Das Vorhaben läuft 24 Monate vom 01.01.2019 bis zum 31.12.2020.",
    [
        ("Meilenstein", "Termin"),
        ("Büro eröffnet", "03/2019"),
        ("Befragung", "09/2019"),
        ("Strategie", "10/2020"),
    ],
]


def _after_the_budget(tmp_path: Path, closing: str) -> CheckResult:
    """The time after the funding told in a closing paragraph of the budget section."""
    budget = "Die Gesamtkosten betragen 200.000 €, beantragt werden 160.000 €."
    parts: list[Part] = [*_FRONT, *_RUNTIME, (1, "Kosten- und Finanzierungsplan"), budget, closing]
    return _items(build(tmp_path, parts))["sustainability_plan"]


def test_the_time_after_the_funding_is_recognised_by_its_phrase(tmp_path: Path) -> None:
    closing = (
        "Nach Ablauf der Förderung übernimmt die Gemeinde Musterau die Stelle in ihren Stellenplan"
        " und bezahlt sie aus ihrem Haushalt."
    )
    result = _after_the_budget(tmp_path, closing)
    assert result.status is CheckStatus.OK, result.note
    assert "Kosten- und Finanzierungsplan" in (result.note or "")


def test_months_counted_past_the_runtime_are_the_time_after_the_funding(tmp_path: Path) -> None:
    closing = (
        "Nach 24 Monaten übernimmt die Gemeinde Musterau die Stelle in ihren Stellenplan"
        " und bezahlt sie aus ihrem Haushalt."
    )
    result = _after_the_budget(tmp_path, closing)
    assert result.status is CheckStatus.OK, result.note


@pytest.mark.parametrize(
    ("applicant", "after", "carried"),
    [
        # A company is named by the distinctive part of its name: the carrier.
        (
            "Die Brockenblick Datentechnik GmbH, Marktstraße 2, 38855 Wernigerode (Landkreis Harz).",
            "Ab 2021 führt die Brockenblick das Beratungsbüro als eigenen Geschäftsbereich weiter und"
            " bezahlt es aus Schulungsgebühren und Wartungsverträgen.",
            True,
        ),
        # A municipality's name is its place: "in Brockenblick" names no carrier.
        (
            "Die Gemeinde Brockenblick, Marktstraße 2, 38855 Brockenblick (Landkreis Harz).",
            "Ab 2021 bleibt das Beratungsbüro in Brockenblick geöffnet und wird aus Schulungsgebühren"
            " und Wartungsverträgen bezahlt.",
            False,
        ),
    ],
)
def test_the_applicant_named_by_its_own_name_carries_the_centre_on(
    applicant: str, after: str, carried: bool, tmp_path: Path
) -> None:
    parts: list[Part] = [(1, "Antragsteller"), applicant, *_RUNTIME, (1, "Verstetigung"), after]
    result = _items(build(tmp_path, parts))["sustainability_plan"]
    assert (result.status is CheckStatus.OK) is carried, result.note


def test_bare_figures_under_year_columns_price_the_devices_once(tmp_path: Path) -> None:
    """ "2019 | 2020 | Summe" over bare figures is a cost table; the sub-total repeats its rows."""
    table = [
        ("Bereich", "Posten", "2019", "2020", "Summe"),
        ("Personal", "Koordinatorin (1,0 VZÄ)", "55.000", "55.000", "110.000"),
        ("Technik", "Server und Datensicherung", "45.000", "0", "45.000"),
        ("", "Notebooks für die Beratung", "15.000", "10.000", "25.000"),
        ("", "Zwischensumme Technik (Hardware)", "60.000", "10.000", "70.000"),
        ("Sachkosten", "Miete, Veranstaltungen, Druck", "10.000", "10.000", "20.000"),
        ("Gesamt", "", "125.000", "75.000", "200.000"),
    ]
    result = _budget_sketch(tmp_path, [table])["eligible_cost_types"]
    assert result.status is CheckStatus.VIOLATED, result.note
    assert "Investitionsposten 70.000 € = 35 %" in (result.note or ""), result.note


# --- a schedule without a section of its own ---------------------------------------------------

_RUNTIME_SENTENCE = "Das Vorhaben läuft vom 1. April 2019 bis zum 31. Dezember 2020."


def test_one_paragraph_walking_through_the_runtime_is_the_schedule(tmp_path: Path) -> None:
    """No schedule heading: the dated steps stand in one paragraph of the work programme."""
    parts: list[Part] = [
        *_FRONT,
        (1, "Maßnahmen des Zentrums"),
        _RUNTIME_SENTENCE,
        "Und so geht es voran: Im Mai 2019 ist die Stelle besetzt, im Herbst 2019 laden wir zur "
        "ersten Ideenwerkstatt, im Februar 2020 liegt die Auswertung der Umfrage vor und bis Oktober "
        "2020 schreiben wir die Strategie.",
        (1, "Kosten- und Finanzierungsplan"),
        "Die Gesamtkosten betragen 200.000 €, beantragt werden 160.000 €.",
    ]
    assessment = check(build(tmp_path, parts))
    assert assessment.mapping.status("schedule").value == "missing"
    result = {r.item_id: r for r in assessment.checklist}["schedule_milestones"]
    assert result.status is CheckStatus.OK, result.note
    assert "Ideenwerkstatt" in " ".join(e.quote for e in result.evidence)


def test_dates_of_the_past_and_a_lone_event_are_no_schedule(tmp_path: Path) -> None:
    """The region's history in one paragraph, the runtime and one event in others: still missing."""
    parts: list[Part] = [
        *_FRONT,
        (1, "Ausgangslage"),
        "Seit 2012 wird Glasfaser verlegt, im Sommer 2016 ging das Bürgerportal online, Ende 2018 "
        "waren 31 Ortsteile angeschlossen.",
        (1, "Maßnahmen des Zentrums"),
        _RUNTIME_SENTENCE,
        "Im Juni 2019 laden wir zu einem Bürgerforum ein.",
        (1, "Kosten- und Finanzierungsplan"),
        "Die Gesamtkosten betragen 200.000 €, beantragt werden 160.000 €.",
    ]
    result = _items(build(tmp_path, parts))["schedule_milestones"]
    assert result.status is CheckStatus.MISSING, result.note


# --- investment groups summed under their own name ---------------------------------------------


def test_a_sum_row_named_for_devices_counts_the_unnamed_positions_above_it(tmp_path: Path) -> None:
    """ "Summe Endgeräte" adds up smartboards and cameras no risk word names: all of it is invested."""
    parts: list[Part] = [
        *_FRONT,
        (1, "Kosten- und Finanzierungsplan"),
        [
            ("Nr.", "Ausgabe", "Euro"),
            ("A", "Endgeräte für die Schulen", ""),
            ("A1", "Smartboards (6 Stück)", "30.000"),
            ("A2", "Dokumentenkameras (12 Stück)", "9.000"),
            ("A3", "Notebookwagen mit 30 Geräten", "24.000"),
            ("", "Summe Endgeräte", "63.000"),
            ("B", "Personal", ""),
            ("B1", "Medienpädagogin, 0,5 VZÄ", "57.000"),
            ("", "Gesamtkosten", "120.000"),
        ],
        "Beantragt werden 96.000 €, den Rest trägt der Schulträger.",
    ]
    result = _items(build(tmp_path, parts))["eligible_cost_types"]
    assert result.status is CheckStatus.VIOLATED, result.note
    assert "63.000" in (result.note or "")


def test_a_sum_of_costs_that_include_a_device_is_no_investment_group(tmp_path: Path) -> None:
    """ "Summe Sachkosten inkl. Laptop" names the material costs; only the laptop's row is invested."""
    parts: list[Part] = [
        *_FRONT,
        (1, "Kosten- und Finanzierungsplan"),
        [
            ("Ausgabe", "Euro"),
            ("Miete Beratungsraum", "12.000"),
            ("Laptop für die Sprechstunde", "1.500"),
            ("Veranstaltungen", "8.500"),
            ("Summe Sachkosten inkl. Laptop", "22.000"),
            ("Koordinatorin, 0,75 VZÄ", "98.000"),
            ("Gesamtkosten", "120.000"),
        ],
    ]
    result = _items(build(tmp_path, parts))["eligible_cost_types"]
    assert result.status is CheckStatus.OK, result.note
    assert "1.500" in (result.note or "")


def test_prose_restating_the_cost_tables_devices_counts_them_once(tmp_path: Path) -> None:
    """The table prices the notebooks; a sentence that sums them up again adds nothing."""
    parts: list[Part] = [
        *_FRONT,
        (1, "Kosten- und Finanzierungsplan"),
        [
            ("Ausgabe", "Euro"),
            ("Koordinator, 1,0 VZÄ", "100.000"),
            ("Notebooks für die Bürgersprechstunde", "30.000"),
            ("Miete und Veranstaltungen", "20.000"),
            ("Gesamtkosten", "150.000"),
        ],
        "Für die Notebooks geben wir damit insgesamt 30.000 € aus, ein Fünftel der Kosten.",
    ]
    result = _items(build(tmp_path, parts))["eligible_cost_types"]
    assert result.status is CheckStatus.OK, result.note
    assert "30.000" in (result.note or "")


def test_steps_dated_by_a_column_of_project_months_are_milestones(tmp_path: Path) -> None:
    """The unit stands in the header ("Projektmonat"); the rows hold only the months' numbers."""
    path = build(
        tmp_path,
        [
            ("#", "Zeitplan"),
            "Die Arbeiten verteilen sich über die Laufzeit wie folgt.",
            [
                ("Schritt", "Projektmonat", "Was geschieht"),
                ("A", "1–2", "Büro einrichten, Lenkungskreis gründen"),
                ("B", "3–8", "Befragung und Werkstätten in allen Ortsteilen"),
                ("C", "9–20", "Strategie schreiben und im Rat beschließen"),
            ],
        ],
    )
    result = _items(path)["schedule_milestones"]
    assert result.status is CheckStatus.OK, result.note
