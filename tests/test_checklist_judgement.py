"""Verdicts on wordings unseen sketches use: a centre whose measures coordinate, a post promised for
the staff plan, personnel costs told as their parts beside itemised material costs.

Each sketch is a real .docx built with python-docx and run through the whole pipeline.
"""

from __future__ import annotations

from pathlib import Path

import docx

from sketchproc.model import CheckResult, CheckStatus
from sketchproc.pipeline import check

# A heading, or a list of bullet items, or a paragraph.
Part = tuple[str, str] | list[str] | str


def _results(tmp_path: Path, parts: list[Part]) -> dict[str, CheckResult]:
    document = docx.Document()
    for part in parts:
        if isinstance(part, tuple):
            document.add_heading(part[1], level=len(part[0]))
        elif isinstance(part, list):
            for item in part:
                document.add_paragraph(item, style="List Bullet")
        else:
            document.add_paragraph(part)
    path = tmp_path / "skizze.docx"
    document.save(str(path))
    return {r.item_id: r for r in check(path).checklist}


def test_a_named_centre_whose_listed_measures_coordinate_is_the_subject(tmp_path: Path) -> None:
    """The title calls the project a centre; the measures say what it does: networking the clubs."""
    result = _results(
        tmp_path,
        [
            "Digitalbüro Wanzleben-Börde – Anlaufstelle der Stadt für Digitales",
            ("#", "Antragsteller"),
            "Stadt Wanzleben-Börde, Markt 1, 39164 Wanzleben-Börde.",
            ("#", "Vorhaben und Maßnahmen"),
            "Die Stadt richtet im Rathaus eine Anlaufstelle ein, die Bürger und Betriebe berät.",
            [
                "Erhebung der vorhandenen digitalen Angebote",
                "Vernetzung der Vereine, Schulen und Gewerbetreibenden",
                "Erarbeitung einer Digitalstrategie bis Ende 2020",
            ],
        ],
    )["subject_is_centre"]
    assert result.status is CheckStatus.OK, result.note
    assert any("Vernetzung" in e.quote for e in result.evidence)


def test_a_centre_named_without_any_coordinating_measure_stays_open(tmp_path: Path) -> None:
    result = _results(
        tmp_path,
        [
            "Digitalbüro Wanzleben-Börde",
            ("#", "Vorhaben und Maßnahmen"),
            "Die Stadt richtet im Rathaus eine Anlaufstelle ein.",
            ["Kauf von Tablets für die Verwaltung", "Ausbau des WLAN im Rathaus"],
        ],
    )["subject_is_centre"]
    assert result.status is not CheckStatus.OK, result.note


def _sustainability(tmp_path: Path, sentence: str) -> CheckResult:
    return _results(
        tmp_path,
        [
            ("#", "Antragsteller"),
            "Gemeinde Hohe Börde, Bördestraße 8, 39167 Hohe Börde.",
            ("#", "Verstetigung nach der Förderung"),
            "Das Zentrum soll nach dem Ende der Förderung weiterarbeiten, denn die Aufgaben bleiben.",
            sentence,
        ],
    )["sustainability_plan"]


def test_an_intention_naming_carrier_and_budget_is_a_plan(tmp_path: Path) -> None:
    result = _sustainability(
        tmp_path,
        "Die Gemeinde beabsichtigt, die Stelle der Koordinatorin ab 2021 in ihren Stellenplan "
        "aufzunehmen und aus dem Haushalt zu finanzieren.",
    )
    assert result.status is CheckStatus.OK, result.note


def test_an_intention_with_another_hedge_or_without_money_stays_unclear(tmp_path: Path) -> None:
    hedged = _sustainability(
        tmp_path,
        "Die Gemeinde beabsichtigt, die Stelle nach Möglichkeit in den Stellenplan aufzunehmen.",
    )
    assert hedged.status is CheckStatus.UNCLEAR, hedged.note
    (tmp_path / "b").mkdir()
    moneyless = _sustainability(
        tmp_path / "b", "Die Gemeinde beabsichtigt, die Arbeit des Zentrums fortzusetzen."
    )
    assert moneyless.status is not CheckStatus.OK, moneyless.note


def test_a_carrier_left_to_a_later_decision_is_no_plan(tmp_path: Path) -> None:
    result = _sustainability(
        tmp_path,
        "Über die Bezahlung des Betriebs ab 2021 aus Mitgliedsbeiträgen oder aus dem Haushalt der "
        "Gemeinde soll nach der Auswertung der Erfahrungen des ersten Betriebsjahres in einer Sitzung "
        "des Gemeinderates entschieden werden.",
    )
    assert result.status is CheckStatus.UNCLEAR, result.note
    (tmp_path / "b").mkdir()
    firm = _sustainability(
        tmp_path / "b",
        "Ab 2021 trägt die Gemeinde das Zentrum und bezahlt es aus ihrem Haushalt; der Gemeinderat "
        "hat das am 5. Februar 2019 beschlossen.",
    )
    assert firm.status is CheckStatus.OK, firm.note


def test_personnel_told_as_its_parts_beside_itemised_material_costs_is_a_breakdown(tmp_path: Path) -> None:
    result = _results(
        tmp_path,
        [
            ("#", "Kosten und Finanzierung"),
            # One paragraph: the personnel sentence's parts are no material items.
            "Am meisten Geld brauchen wir für Personalkosten: Für die Leitung des Büros sind "
            "88.000 Euro eingeplant, für eine Teilzeitkraft weitere 20.000 Euro. Die Werkstätten "
            "kosten 14.000 Euro. Für Miete rechnen wir mit 10.000 Euro, für Technik mit 8.000 Euro.",
            "Damit belaufen sich die Gesamtkosten auf 140.000 Euro, von denen wir 112.000 Euro als "
            "Zuwendung beantragen.",
        ],
    )["budget_breakdown"]
    assert result.status is CheckStatus.OK, result.note


def test_fibre_connections_by_any_noun_are_investments(tmp_path: Path) -> None:
    """Most of the money connects buildings to fibre and buys servers: the named centre is a label."""
    results = _results(
        tmp_path,
        [
            ("#", "Vorhaben"),
            "Das Digitalisierungszentrum Saale-Unstrut entsteht im Rechenzentrum der Stadtwerke.",
            ("#", "Kosten"),
            "Für die Glasfaseranschlüsse von zwölf Schulen sind 90.000 Euro vorgesehen, für neue "
            "Server 40.000 Euro und für die Projektleitung 30.000 Euro.",
            "Die Gesamtkosten betragen 160.000 Euro.",
        ],
    )
    assert results["eligible_cost_types"].status is CheckStatus.VIOLATED, results["eligible_cost_types"].note
    assert "130.000" in results["eligible_cost_types"].note


def test_a_named_centre_and_the_applicants_own_plan_to_coordinate(tmp_path: Path) -> None:
    """The centre is named in one sentence; "wir" coordinate in another of the project's parts."""
    result = _results(
        tmp_path,
        [
            ("#", "Unser Vorhaben"),
            "Der Heimatverein Arendsee will im alten Bahnhof eine kleine Anlaufstelle für Digitales "
            "eröffnen.",
            "Dort beraten Ehrenamtliche an zwei Nachmittagen pro Woche.",
            "Außerdem möchten wir die Sportvereine, die Feuerwehr und die Kirchengemeinde miteinander "
            "vernetzen.",
        ],
    )["subject_is_centre"]
    assert result.status is CheckStatus.OK, result.note


def test_letters_announced_for_later_beside_an_agreement_named_in_passing(tmp_path: Path) -> None:
    results = _results(
        tmp_path,
        [
            ("#", "Netzwerk"),
            "Die Kosten teilen sich beide Ämter nach der Kooperationsvereinbarung von 2017.",
            "Die Absichtserklärungen der Vereine reichen wir bis Ende März nach.",
        ],
    )
    assert results["letters_of_intent"].status is CheckStatus.MISSING, results["letters_of_intent"].note


def test_a_council_vote_among_the_steps_of_the_plan_is_no_resolution_taken(tmp_path: Path) -> None:
    results = _results(
        tmp_path,
        [
            ("#", "Zeitplan"),
            "Wir beginnen am 1. Juni 2019 und arbeiten 19 Monate lang.",
            "Im Herbst 2019 befragen wir die Betriebe, im Frühjahr 2020 folgen Werkstätten und im "
            "November 2020 der Beschluss des Stadtrates über die Strategie.",
        ],
    )
    result = results["council_resolution_or_signature"]
    assert result.status is CheckStatus.MISSING, result.note


def test_a_resolution_cited_by_its_date_stands_even_after_the_start(tmp_path: Path) -> None:
    """The project starts in January; the resolution cited with its date came in February."""
    results = _results(
        tmp_path,
        [
            ("#", "Laufzeit"),
            "Das Vorhaben beginnt am 1. Januar 2019 und endet am 31. Dezember 2020.",
            ("#", "Finanzierung"),
            "Den Eigenanteil sichert der Beschluss des Kreistages vom 20. Februar 2019, die Mittel "
            "stehen ab März 2019 bereit.",
        ],
    )
    result = results["council_resolution_or_signature"]
    assert result.status is CheckStatus.OK, result.note


def _letters_under(tmp_path: Path, heading: str) -> CheckResult:
    return _results(
        tmp_path,
        [
            ("#", "Antragsteller"),
            "Verbandsgemeinde Elbe-Heide, Breiteweg 1, 39326 Rogätz.",
            ("#", "Netzwerk"),
            "Mitmachen werden die Volkshochschule, die Handwerkskammer und zwei Heimatvereine.",
            ("#", "Anlagen"),
            ("##", heading),
            [
                "Volkshochschule Börde, Schreiben vom 4. Februar 2019",
                "Handwerkskammer Magdeburg, 6. Februar 2019",
            ],
        ],
    )["letters_of_intent"]


def test_an_enclosure_heading_names_each_item_below_it(tmp_path: Path) -> None:
    enclosed = _letters_under(tmp_path, "Anlage 1 – Unterstützungsschreiben unserer Netzwerkpartner")
    assert enclosed.status is CheckStatus.OK, enclosed.note
    assert any("Volkshochschule Börde" in e.quote for e in enclosed.evidence)
    (tmp_path / "b").mkdir()
    # The same list under a heading that labels no enclosure is a list of partners.
    listed = _letters_under(tmp_path / "b", "Unterstützer unserer Netzwerkpartner")
    assert listed.status is not CheckStatus.OK, listed.note


def _claimed_enclosures(tmp_path: Path, annex_list: list[str]) -> CheckResult:
    parts: list[Part] = [
        ("#", "Antragsteller"),
        "Heimatverein Letzlingen e. V., Dorfstraße 2, 39638 Gardelegen.",
        ("#", "Partner"),
        "Die Unterstützungsschreiben der Kreishandwerkerschaft und des Landfrauenvereins sind beigefügt.",
        ("#", "Anlagen"),
    ]
    if annex_list:
        parts.append(annex_list)
    return _results(tmp_path, parts)["letters_of_intent"]


def test_enclosures_claimed_above_an_empty_annex_list_are_missing(tmp_path: Path) -> None:
    empty = _claimed_enclosures(tmp_path, [])
    assert empty.status is CheckStatus.MISSING, empty.note
    assert [e.quote for e in empty.evidence][-1] == "Anlagen"
    (tmp_path / "b").mkdir()
    listed = _claimed_enclosures(tmp_path / "b", ["Schreiben der Kreishandwerkerschaft vom 4. März 2019"])
    assert listed.status is CheckStatus.OK, listed.note


def test_the_smart_place_named_in_german_words_is_the_concept(tmp_path: Path) -> None:
    def concept(directory: Path, sentence: str) -> CheckResult:
        directory.mkdir(exist_ok=True)
        return _results(
            directory,
            [
                ("#", "Ziele"),
                sentence,
                "Dafür erarbeiten wir mit den Ortschaften eine Strategie mit Handlungsfeldern.",
            ],
        )["smart_city_region_concept"]

    german = concept(tmp_path / "a", "Unser Leitbild ist eine intelligente Kleinstadt, die Daten teilt.")
    assert german.status is CheckStatus.OK, german.note
    plain = concept(tmp_path / "b", "Unser Leitbild ist eine lebendige Kleinstadt, die zusammenhält.")
    assert plain.status is not CheckStatus.OK, plain.note


def test_a_budget_of_one_cost_type_is_broken_down_where_the_other_is_said_to_be_nil(tmp_path: Path) -> None:
    def breakdown(directory: Path, extra: list[str]) -> CheckResult:
        directory.mkdir(exist_ok=True)
        return _results(
            directory,
            [
                ("#", "Kosten- und Finanzierungsplan"),
                "Die Gesamtausgaben betragen 90.000 Euro. Davon sind 90.000 Euro Sachausgaben: "
                "Lizenzen 40.000 Euro und Geräte 50.000 Euro.",
                *extra,
            ],
        )["budget_breakdown"]

    nil = breakdown(
        tmp_path / "a", ["Eigenes Personal wird nicht eingestellt, Personalausgaben entstehen keine."]
    )
    assert nil.status is CheckStatus.OK, nil.note
    silent = breakdown(tmp_path / "b", [])
    assert silent.status is not CheckStatus.OK, silent.note


def test_hardware_named_inside_a_cost_group_is_priced_by_its_own_amount_only(tmp_path: Path) -> None:
    def investment(directory: Path, sentence: str) -> CheckResult:
        directory.mkdir(exist_ok=True)
        return _results(
            directory,
            [
                ("#", "Ausgaben"),
                "Insgesamt kostet das Vorhaben 150.000 Euro, davon 90.000 Euro Personalausgaben.",
                sentence,
            ],
        )["eligible_cost_types"]

    group = investment(
        tmp_path / "a", "Für Sachausgaben sind 60.000 Euro eingeplant (Raummiete, Server, Reisen)."
    )
    assert group.status is CheckStatus.OK, group.note
    own = investment(tmp_path / "b", "Sachausgaben 60.000 Euro (davon Server 9.000 Euro, Miete 20.000 Euro).")
    assert own.status is CheckStatus.OK, own.note
    assert "9.000" in (own.note or "")
    hardware = investment(
        tmp_path / "c", "Für Technik (Server, Router, Glasfaseranschluss) sind 60.000 Euro eingeplant."
    )
    assert hardware.status is CheckStatus.VIOLATED, hardware.note


def test_a_centre_taking_up_the_coordination_of_the_sentence_before_is_the_subject(tmp_path: Path) -> None:
    def centre(directory: Path, opening: str) -> CheckResult:
        directory.mkdir(exist_ok=True)
        return _results(
            directory,
            [
                ("#", "Ausgangslage"),
                "In Kalbe arbeitet jeder Verein für sich. Was uns fehlt, ist eine Stelle, die die Vereine "
                "zusammenbringt und ihre Vorhaben koordiniert.",
                ("#", "Vorhaben"),
                f"{opening} unser Digitalbüro in der Alten Post übernehmen. Es öffnet im Mai.",
            ],
        )["subject_is_centre"]

    taken_up = centre(tmp_path / "a", "Diese Aufgabe soll")
    assert taken_up.status is CheckStatus.OK, taken_up.note
    other = centre(tmp_path / "b", "Die Buchhaltung soll")
    assert other.status is not CheckStatus.OK, other.note


def test_letters_of_partners_listed_as_annexes_by_any_name_are_enclosed(tmp_path: Path) -> None:
    def letters(directory: Path, items: list[str]) -> CheckResult:
        directory.mkdir(exist_ok=True)
        return _results(
            directory,
            [
                ("#", "Antragsteller"),
                "Stadt Ballenstedt, Rathausplatz 12, 06493 Ballenstedt.",
                ("#", "Anlagen"),
                items,
            ],
        )["letters_of_intent"]

    sent = letters(
        tmp_path / "a", ["Brief des Heimatvereins Ballenstedt vom 2. März 2019", "Bestätigung der IHK"]
    )
    assert sent.status is CheckStatus.OK, sent.note
    resolution = letters(tmp_path / "b", ["Beschluss des Stadtrates vom 12. Februar 2019"])
    assert resolution.status is not CheckStatus.OK, resolution.note


def test_letters_under_a_closing_annex_label_of_a_letter_are_enclosed(tmp_path: Path) -> None:
    result = _results(
        tmp_path,
        [
            ("#", "Verstetigung"),
            "Ab 2021 trägt die Stadt Thale die Stelle aus ihrem Haushalt.",
            "Mit freundlichen Grüßen",
            "Anlagen:",
            "Schreiben der Harzsparkasse vom 3. März 2019",
        ],
    )["letters_of_intent"]
    assert result.status is CheckStatus.OK, result.note


def test_a_compound_resolution_dated_outweighs_the_budget_reservation(tmp_path: Path) -> None:
    resolved = _sustainability(
        tmp_path,
        "Ab 2021 übernimmt die Gemeinde die Stelle in ihren Stellenplan und bezahlt sie aus dem "
        "Haushalt (Ratsbeschluss vom 12.02.2019, vorbehaltlich des Haushalts 2021).",
    )
    assert resolved.status is CheckStatus.OK, resolved.note
    (tmp_path / "b").mkdir()
    reserved = _sustainability(
        tmp_path / "b",
        "Ab 2021 übernimmt die Gemeinde die Stelle in ihren Stellenplan und bezahlt sie aus dem "
        "Haushalt, vorbehaltlich des Haushalts 2021.",
    )
    assert reserved.status is CheckStatus.UNCLEAR, reserved.note
