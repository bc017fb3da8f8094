"""The content items in other people's words: centre, bundling, digital strategy, Smart City.

Each sketch is a real .docx built in code (tests.test_facts.build) and run through the whole
pipeline; the wording is our own, not that of the blind sketch that showed the class.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sketchproc.model import CheckResult, CheckStatus
from sketchproc.pipeline import check
from tests.test_facts import build


def _results(tmp_path: Path, *body: object, heading: str = "Vorhaben") -> dict[str, CheckResult]:
    parts: list[object] = [("#", "Antragsteller"), "Gemeinde Musterau", ("#", heading), *body]
    return {r.item_id: r for r in check(build(tmp_path, parts)).checklist}


# --- bundling_initiatives ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "bundled"),
    [
        # A list spelled with gender colons is one clause: "bringt … zusammen" is found.
        ("Die Koordinatorin bringt Schüler:innen, Lehrer:innen, Händler:innen und Vereine zusammen.", True),
        # The list is the object before a verb that closes its clause, a strong verb's participle.
        (
            "Ab 2020 werden die Kurse von Bibliothek, Volkshochschule, Kirchengemeinde und Sportverein "
            "im Büro zusammengebracht.",
            True,
        ),
        # "diese Angebote" takes its list from the sentence before it in the paragraph.
        (
            "Der Seniorentreff gibt Handykurse, die Feuerwehr pflegt eine eigene App, der Sportverein "
            "meldet online an und die Schule hat ein Tablet-Projekt. Die neue Geschäftsstelle soll diese "
            "Angebote verzahnen.",
            True,
        ),
        # The work is called existing by an adverb of time before its participle, and the verb
        # closes a clause whose object runs over a parenthesis between dashes.
        (
            "Die Stelle soll die bisher unabhängig voneinander arbeitenden Gruppen im Ort – von der "
            "Seniorenhilfe über den Sportverein bis zur Feuerwehr – künftig an einem Ort koordinieren.",
            True,
        ),
        # The object is a clause that calls the work existing.
        ("Die Koordinatorin soll vor allem vernetzen, was im Ort bereits an Angeboten läuft.", True),
        # … but not a clause about what is still to come.
        ("Die Koordinatorin soll vor allem vernetzen, was künftig an neuen Ideen entsteht.", False),
        # The object's own relative clause calls it existing, after the separated particle.
        (
            "Im Bürgerhaus führt die Koordinatorin die Nachbarschaftshilfen und Lesepatenschaften "
            "zusammen, die es in den Ortsteilen längst gibt.",
            True,
        ),
        (
            "Im Bürgerhaus führt die Koordinatorin die Nachbarschaftshilfen zusammen, die wir erst gründen.",
            False,
        ),
        # The object listed after a colon.
        (
            "Die Geschäftsstelle wird koordinieren: die Fahrdienste der evangelischen Kirchengemeinde für "
            "ältere Menschen aus den Dörfern, die Lernwerkstatt der Grundschule am Markt mit ihren Tablets, "
            "den Seniorentreff im alten Rathaus und die Webseite des Heimatvereins.",
            True,
        ),
        # An adverb of time before an ordinal is no existing work: the offers are new.
        ("Die Stelle soll bereits im ersten Jahr neue Sprechstunden im Rathaus koordinieren.", False),
        # With nothing listed before it, the demonstrative points at nothing the sketch names.
        ("Wir haben im Ort viel vor. Die neue Geschäftsstelle soll diese Angebote verzahnen.", False),
        # Listed groups get one common place or plan.
        (
            "Unter der Woche nutzen Tafel, Jugendclub, Seniorenbeirat und Heimatverein die Räume im "
            "alten Bahnhof mit einem gemeinsamen Kalender.",
            True,
        ),
        # Listed groups brought to one table: the numeral is the common place.
        ("Die Koordinatorin holt Heimatverein, Feuerwehr, Schule und Kirchengemeinde an einen Tisch.", True),
        # … or come to it of their own.
        (
            "Im Treff sollen alle, die sich schon heute kümmern – Seniorenbeirat, Volkshochschule, "
            "Bibliothek und Kirchengemeinde mit ihren vielen Helferinnen und Helfern in den Dörfern –, "
            "endlich an einen Tisch kommen.",
            True,
        ),
        # … but a table the team sits at brings nothing existing together.
        ("Das Team setzt sich jeden Montag an einen Tisch und plant die Woche.", False),
        # "gemeinsam mit" is an adverb of doing something together, not one shared place.
        (
            "Wir laden Tafel, Jugendclub, Seniorenbeirat und Heimatverein gemeinsam mit der Stadt zu "
            "einem Fest ein.",
            False,
        ),
    ],
)
def test_existing_work_listed_or_pointed_back_to_is_bundled(
    paragraph: str, bundled: bool, tmp_path: Path
) -> None:
    result = _results(tmp_path, paragraph)["bundling_initiatives"]
    assert (result.status is CheckStatus.OK) is bundled, result.note


# --- subject_is_centre ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentences",
    [
        # The subject line names the centre; the text introduces it by its head with "eine".
        (
            "Betreff: Kompetenzstelle Digitales Musterau",
            "Im Bürgerhaus entsteht eine Stelle, in der alles Digitale des Ortes zusammenläuft.",
        ),
        # The centre gives listed groups one common home, with no verb of coordinating.
        (
            "Mit der Kompetenzstelle geben wir Tafel, Jugendclub, Seniorenbeirat und Heimatverein "
            "erstmals einen gemeinsamen Ort.",
        ),
        # The call's word takes up the centre named by another: groups brought to one table.
        (
            "In der alten Schule richten wir eine Anlaufstelle ein.",
            "Das Zentrum holt die vorhandenen Vereinsangebote und die Kurse der Bibliothek unter ein Dach.",
        ),
        # The centre's name shares its head with another office's: "Koordinierungs- und Servicestelle".
        (
            "Im alten Bahnhof entsteht eine Koordinierungs- und Servicestelle, die die digitalen Vorhaben "
            "von Vereinen und Betrieben bündelt.",
        ),
        # A short name given in brackets after the full name speaks of the centre in another part.
        (
            "Wir bauen das Digitalisierungszentrum Harzvorland (DZH) auf.",
            ("#", "Arbeitsplan"),
            "Ab Mai 2019 koordiniert das DZH die Vorhaben der Schulen, Vereine und Betriebe.",
        ),
        # A pronoun opening the next sentence speaks of the centre taken up by its head.
        (
            "Wir gründen die Anlaufstelle Musterau.",
            ("#", "Arbeitsplan"),
            "Die Stelle wird im Rathaus eingerichtet. Sie vernetzt die Vereine, Schulen und Betriebe im Ort.",
        ),
    ],
)
def test_a_centre_introduced_or_bundling_in_other_words_is_the_subject(
    sentences: tuple[str, ...], tmp_path: Path
) -> None:
    result = _results(tmp_path, *sentences)["subject_is_centre"]
    assert result.status is CheckStatus.OK, result.note


def test_a_pronoun_of_another_gender_speaks_of_someone_else(tmp_path: Path) -> None:
    """ "Er" cannot take up "die Stelle": it speaks of the coordinator, not of the centre."""
    result = _results(
        tmp_path,
        "Wir gründen die Anlaufstelle Musterau.",
        ("#", "Arbeitsplan"),
        "Die Stelle besetzt ab Mai ein Koordinator. Er vernetzt die Vereine, Schulen und Betriebe im Ort.",
    )["subject_is_centre"]
    assert result.status is not CheckStatus.OK, result.note


@pytest.mark.parametrize("subtitled", [True, False])
def test_a_title_the_line_below_calls_a_centre_names_it(subtitled: bool, tmp_path: Path) -> None:
    """ "Lernwerk Havelberg" over "Das Regionale Digitalisierungszentrum der Hansestadt": "Das
    Lernwerk bündelt …" speaks of the centre; without that line the title names no centre."""
    import docx

    document = docx.Document()
    document.add_paragraph("Lernwerk Havelberg", style="Title")
    if subtitled:
        document.add_paragraph("Das Regionale Digitalisierungszentrum der Hansestadt", style="Subtitle")
    document.add_heading("Antragsteller", 1)
    document.add_paragraph("Hansestadt Havelberg, Markt 1, 39539 Havelberg.")
    document.add_heading("Vorhaben", 1)
    document.add_paragraph(
        "Wie die anderen Digitalisierungszentren im Land berichten wir jährlich dem Ministerium."
    )
    document.add_paragraph(
        "Das Lernwerk bündelt ab 2019 die Kurse der Vereine, Schulen und der Volkshochschule."
    )
    path = tmp_path / "skizze.docx"
    document.save(str(path))
    result = {r.item_id: r for r in check(path).checklist}["subject_is_centre"]
    assert (result.status is CheckStatus.OK) is subtitled, result.note


def test_a_risk_word_in_the_regions_situation_leaves_the_centre_the_subject(tmp_path: Path) -> None:
    """The broadband build-out described as the situation is context; the centre named and then
    taken up by its head ("Die Stelle bündelt …") is the subject."""
    parts: list[object] = [
        ("#", "Antragsteller"),
        "Gemeinde Musterau",
        ("#", "Ausgangslage"),
        "Der Glasfaserausbau im Landkreis kommt voran, viele Ortsteile sind schon angeschlossen.",
        ("#", "Vorhaben"),
        "Wir gründen im Rathaus eine Anlaufstelle.",
        "Die Stelle bündelt die bisher verstreuten Digitalprojekte der Ortsteile.",
    ]
    result = {r.item_id: r for r in check(build(tmp_path, parts)).checklist}["subject_is_centre"]
    assert result.status is CheckStatus.OK, result.note


@pytest.mark.parametrize(
    ("devices", "expected"),
    [("90.000", CheckStatus.VIOLATED), ("50.000", CheckStatus.UNCLEAR), ("10.000", CheckStatus.OK)],
)
def test_a_named_centre_whose_money_buys_devices_is_weighed_by_the_money(
    devices: str, expected: CheckStatus, tmp_path: Path
) -> None:
    total = f"{int(devices.replace('.', '')) + 40_000:,}".replace(",", ".")
    result = _results(
        tmp_path,
        "Die Koordinierungsstelle im Amt vernetzt Schulen, Vereine und Betriebe der Dörfer.",
        ("#", "Kosten"),
        [
            ["Kostenposition", "Summe (EUR)"],
            ["Server, Tablets und WLAN-Router für die Schulen", devices],
            ["Personal Koordinierungsstelle", "40.000"],
            ["Gesamtausgaben", total],
        ],
    )["subject_is_centre"]
    assert result.status is expected, result.note


# --- digital_strategy ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The plan named by the head of a compound.
        ("Gemeinsam mit dem Kreistag erarbeiten wir eine Digitale Landkreisstrategie.", CheckStatus.OK),
        # A plan with its date is a deliverable, whatever the verb.
        ("Im März 2020 liegt die Digitalstrategie des Amtes als Entwurf vor.", CheckStatus.OK),
        # The Land's agenda stays context, compound or not.
        ("Wir folgen der Digitalen Agenda des Landes Sachsen-Anhalt von 2017.", CheckStatus.MISSING),
        # Plan nouns compounded with the adjective's stem, or headed by a modifier.
        ("Bis Ende 2020 schreiben wir ein Digitalkonzept für die Einheitsgemeinde.", CheckStatus.OK),
        ("Mit allen Generationen entwickeln wir einen Digitalen Zukunftsfahrplan.", CheckStatus.OK),
        # A word that only begins like a plan noun is none.
        (
            "Die Haltestellen erhalten eine digitale Fahrplanauskunft, die wir entwickeln.",
            CheckStatus.MISSING,
        ),
        # A plan named by its title, then called by its noun alone.
        (
            "Der Kreistag hat 2018 die Agenda „Altmark smart 2030“ zur Kenntnis genommen. Das Team "
            "soll diese Agenda bis Herbst 2020 zu einem Maßnahmenplan weiterentwickeln.",
            CheckStatus.OK,
        ),
        # The adjective after the plan noun, as the name of a plan writes it, which recurs.
        (
            "Mit den Ortsteilen erarbeiten wir einen Aktionsplan digital für Oebisfelde. Der Stadtrat "
            "beschließt den Aktionsplan digital im Dezember 2020.",
            CheckStatus.OK,
        ),
        # Said once, "digital" after a plan says how it is kept.
        (
            "Ab Januar 2020 veröffentlichen wir den Haushaltsplan digital im Bürgerportal.",
            CheckStatus.MISSING,
        ),
        # A title without anything digital names some other plan.
        (
            "Der Kreistag hat 2018 die Agenda „Altmark 2030“ zur Kenntnis genommen. Das Team "
            "soll diese Agenda bis Herbst 2020 zu einem Maßnahmenplan weiterentwickeln.",
            CheckStatus.MISSING,
        ),
    ],
)
def test_a_regional_plan_in_other_words_is_a_digital_strategy(
    sentence: str, expected: CheckStatus, tmp_path: Path
) -> None:
    result = _results(tmp_path, sentence)["digital_strategy"]
    assert result.status is expected, result.note


# --- smart_city_region_concept -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Named only to be set aside, the negation at the clause's end: no concept.
        ("Zur Smart City taugt ein Dorf mit vierhundert Einwohnern nicht.", CheckStatus.MISSING),
        # Set aside, then partly taken up again: a reviewer weighs it.
        (
            "Eine Smart City wollen wir nicht werden, aber digitale Dienste für die Dörfer entwickeln "
            "wir gern.",
            CheckStatus.UNCLEAR,
        ),
        # "nicht …, sondern …" corrects and then defines: substance.
        (
            "Smart Region heißt bei uns nicht Sensoren, sondern Nachbarn, die einander im Netz helfen; "
            "dafür entwickeln wir ein Konzept.",
            CheckStatus.OK,
        ),
        # A definition by contrast negates what the term means, not the term: it defines it.
        (
            "Smart City bedeutet für uns eben nicht, jede Laterne mit einem Chip auszustatten. "
            "Wir wollen, dass die Leute im Ort besser zusammenfinden.",
            CheckStatus.OK,
        ),
        # The goal of the clause's own verb, with nothing said about it: a slogan.
        ("Das Amt soll die Dörfer in drei Jahren zur Smart Region entwickeln.", CheckStatus.UNCLEAR),
        # An adjective + noun term with the noun as the head of a compound.
        (
            "Unser Leitbild ist die smarte Hansestadt, in der Ämter, Händler und Vereine ihre Dienste "
            "online anbieten.",
            CheckStatus.OK,
        ),
        # Content opened right where the term stands: a colon, a bracketed list, the next sentence.
        (
            "Havelberg soll eine Smart City im Kleinen sein: Fahrplan, Arzttermin und Bürgeramt auf "
            "einem Bildschirm im Rathaus.",
            CheckStatus.OK,
        ),
        (
            "Die Funkmasten tragen später auch Smart-City-Dienste der Stadt (Parkplätze, Straßenlicht).",
            CheckStatus.OK,
        ),
        (
            "Smarte Region, das klingt groß. Es heißt für uns, dass der Rufbus kommt, wenn man ihn per "
            "Telefon bestellt.",
            CheckStatus.OK,
        ),
        # Every kind of municipality can be the smart one, a village as much as a district.
        (
            "Als smartes Dorf wollen wir Fahrdienst, Hofladen und Sprechstunde über eine gemeinsame App "
            "organisieren; das Leitbild dafür schreiben die Bewohner selbst.",
            CheckStatus.OK,
        ),
    ],
)
def test_smart_city_dismissed_as_a_goal_or_in_a_compound(
    sentence: str, expected: CheckStatus, tmp_path: Path
) -> None:
    result = _results(tmp_path, sentence)["smart_city_region_concept"]
    assert result.status is expected, result.note


def test_a_part_of_the_plan_headed_by_the_concept_gives_it_substance(tmp_path: Path) -> None:
    """ "Pilot 2: Smart Region am Huy" over what the pilot does; the same words as the
    sketch's first heading only title it."""
    pilot = "Die Gemeinde richtet einen Rufbus ein, den Ältere per Telefon oder App bestellen."
    headed = _results(tmp_path, ("#", "Maßnahmen"), (2, "Pilot 2: Smart Region am Huy"), pilot)
    assert headed["smart_city_region_concept"].status is CheckStatus.OK
    titled = {
        r.item_id: r
        for r in check(
            build(tmp_path, [("#", "Smart Region am Huy"), "Gemeinde Huy", ("#", "Maßnahmen"), pilot])
        ).checklist
    }
    assert titled["smart_city_region_concept"].status is not CheckStatus.OK


# --- own_contribution_stated --------------------------------------------------------------


def test_the_rest_said_to_be_own_money_states_the_own_contribution_without_a_figure(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            "Die Gesamtkosten betragen 90.000 Euro. Beantragt werden 72.000 Euro.",
            "Den Rest deckt der Verein aus eigenen Mitteln.",
        ],
    )
    result = check(path)
    # The sketch states no own share as a figure: none is invented, but the check sees it stated.
    assert result.facts.own_share_eur is None
    verdict = {c.item_id: c for c in result.checklist}["own_contribution_stated"]
    assert verdict.status.value == "ok" and "18.000" in verdict.note
    assert verdict.evidence[0].quote.startswith("Den Rest deckt der Verein")


# --- letters_of_intent ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Enclosed in a sentence of any section, while more are announced.
        ("Zwei Unterstützungsschreiben haben wir beigelegt, das dritte reichen wir nach.", CheckStatus.OK),
        ("Schriftliche Zusagen der drei Vereine liegen diesem Schreiben bei.", CheckStatus.OK),
        # Only announced: nothing is enclosed.
        ("Die Absichtserklärungen werden als Anlage nachgereicht.", CheckStatus.MISSING),
        # "bei" as a preposition: the letters exist only from a later date.
        ("Die Absichtserklärungen der Partner liegen bei Antragstellung vor.", CheckStatus.MISSING),
    ],
)
def test_letters_enclosed_in_a_sentence_outside_the_annex_list(
    sentence: str, expected: CheckStatus, tmp_path: Path
) -> None:
    body = ["Der Ort hat 3.000 Einwohner.", sentence]
    result = _results(tmp_path, *body, heading="Ausgangslage")["letters_of_intent"]
    assert result.status is expected, result.note


# --- work_programme ------------------------------------------------------------------------


_MEASURES_IN_PROSE = (
    "Im Frühjahr eröffnen wir im alten Bahnhof eine offene Sprechstunde für alle Generationen.",
    "Ab dem Sommer schulen wir vierzig Ehrenamtliche als Lotsinnen und Lotsen für die Dörfer.",
    "Gemeinsam mit der Volkshochschule bauen wir eine Lernplattform mit kurzen Videos auf.",
    "Jeden Monat laden wir Betriebe zu einem offenen Abend über Onlinehandel ein.",
)


def test_measures_told_in_prose_with_the_writer_as_subject_are_measures(tmp_path: Path) -> None:
    # Verbs of no list ("eröffnen", "einladen"): the writer acting beside the finite verb tells them.
    result = _results(tmp_path, *_MEASURES_IN_PROSE, heading="Was wir tun")["work_programme"]
    assert result.status is CheckStatus.OK, result.note
    assert result.note.startswith("4 Maßnahmen")


def test_what_the_writer_has_or_hopes_is_no_measure(tmp_path: Path) -> None:
    sentences = (
        "Wir haben seit 1998 einen Laden im Dorf.",
        "Im Verein sind wir zwölf Leute.",
        "Für die Zukunft hoffen wir auf gutes Wetter.",
        "Am Ende wissen wir mehr.",
    )
    result = _results(tmp_path, *sentences, heading="Was wir tun")["work_programme"]
    assert result.status is not CheckStatus.OK, result.note


def test_measures_in_a_section_the_outline_places_nowhere_are_found_there(tmp_path: Path) -> None:
    # The mapping places no section (as in a letter whose few headings each cover many parts).
    import sketchproc
    from sketchproc.checklist import check_items
    from sketchproc.facts import extract_facts
    from sketchproc.passages import index_passages
    from sketchproc.profiles import load_profile
    from tests.test_facts import unmapped

    profile = load_profile()
    path = build(tmp_path, [("#", "Wer wir sind und was wir vorhaben"), *_MEASURES_IN_PROSE])
    sectioned = sketchproc.sections_from_document(sketchproc.read_document(path))
    index = index_passages(unmapped(sectioned), profile)
    items, _ = check_items(index, extract_facts(index, profile), profile)
    result = {r.item_id: r for r in items}["work_programme"]
    assert result.status is CheckStatus.OK, result.note
    assert "nicht im eigenen Abschnitt, sondern in „Wer wir sind und was wir vorhaben“" in result.note


def test_measures_told_under_another_part_of_the_outline_are_found_there(tmp_path: Path) -> None:
    body = ["Im Ort leben 4.000 Menschen, jeder dritte ist älter als 65 Jahre.", *_MEASURES_IN_PROSE]
    result = _results(tmp_path, *body, heading="Ausgangslage")["work_programme"]
    assert result.status is CheckStatus.OK, result.note
    assert "nicht im eigenen Abschnitt, sondern in „Ausgangslage“" in result.note


# --- bundling_initiatives: numbers are no lists ---------------------------------------------


def test_a_cost_row_with_decimal_commas_is_no_list_of_bundled_work(tmp_path: Path) -> None:
    result = _results(
        tmp_path,
        [
            ("Posten", "2019", "2020", "Summe"),
            ("Stelle Netzkoordination (0,75 VZÄ, E 10)", "24.300,00", "31.800,00", "56.100,00"),
            ("Tablets für die Grundschulen", "40.000,00", "0,00", "40.000,00"),
        ],
        heading="Kosten",
    )["bundling_initiatives"]
    assert result.status is not CheckStatus.OK, result.note


def test_network_parts_are_investments_and_a_post_looking_after_servers_is_not(tmp_path: Path) -> None:
    from tests.test_checklist import _checked

    results = _checked(
        tmp_path,
        [
            ("#", "Kostenplan"),
            [
                ("Position", "Betrag"),
                ("Administrator/in Server und Netze, 0,5 VZÄ, 24 Monate", "48.000 €"),
                ("Core-Switches und Firewall", "30.000 €"),
                ("Richtfunkstrecken zu drei Ortsteilen", "25.000 €"),
                ("LoRaWAN-Gateways und 80 Sensoren", "27.000 €"),
                ("Gesamtausgaben", "130.000 €"),
            ],
        ],
    )
    costs = results["eligible_cost_types"]
    assert costs.status is CheckStatus.VIOLATED, costs.note
    assert costs.note is not None and "82.000" in costs.note


def test_a_build_out_the_centre_coordinates_is_no_mixed_signal(tmp_path: Path) -> None:
    from tests.test_checklist import _checked

    results = _checked(
        tmp_path,
        [
            ("#", "Unser Vorhaben"),
            "Mit dem Digitalisierungszentrum Saaletal schaffen wir eine feste Struktur für den Kreis.",
            "Schwerpunkt Vernetzung: Das Zentrum bündelt die vielen kleinen Initiativen der Dörfer.",
            "Im Lenkungskreis wird außerdem der Glasfaserausbau mit den Schulträgern koordiniert.",
        ],
    )
    centre = results["subject_is_centre"]
    assert centre.status is CheckStatus.OK, centre.note


def test_a_count_column_beside_the_money_column_is_no_amount(tmp_path: Path) -> None:
    from tests.test_checklist import _checked

    results = _checked(
        tmp_path,
        [
            ("#", "Ausgaben"),
            [
                ("Nr.", "Gegenstand", "Stück", "Kosten (T€)"),
                ("1", "Bodenfeuchte-Sensoren für die Pilotflächen", "150", "18,00"),
                ("2", "Koordinatorin, 1,0 VZÄ, 20 Monate", "1", "110,00"),
                ("3", "Beteiligungswerkstätten und Druck", "pausch.", "22,00"),
                ("", "Summe", "", "150,00"),
            ],
        ],
    )
    costs = results["eligible_cost_types"]
    assert costs.note is not None and "18.000 €" in costs.note, costs.note
    assert costs.status is CheckStatus.OK


def test_a_cost_table_with_a_column_per_partner_breaks_down_the_costs_beside_its_personnel_row(
    tmp_path: Path,
) -> None:
    from tests.test_checklist import _checked

    results = _checked(
        tmp_path,
        [
            ("#", "Kosten- und Finanzierungsplan"),
            [
                ("Ausgabenart", "Stadt Aken", "Gemeinde Osternienburger Land", "Gesamt"),
                ("Personalausgaben", "90.000 €", "30.000 €", "120.000 €"),
                ("Miete und Technik", "7.000 €", "4.000 €", "11.000 €"),
                ("Werkstätten und Druck", "4.000 €", "5.000 €", "9.000 €"),
                ("Summe Ausgaben", "101.000 €", "39.000 €", "140.000 €"),
                ("davon Zuwendung (80 %)", "80.800 €", "31.200 €", "112.000 €"),
                ("davon Eigenanteil (20 %)", "20.200 €", "7.800 €", "28.000 €"),
            ],
        ],
    )
    budget = results["budget_breakdown"]
    assert budget.status is CheckStatus.OK, budget.note


def test_a_short_sentence_about_the_board_is_no_signature(tmp_path: Path) -> None:
    from tests.test_checklist import _checked

    results = _checked(
        tmp_path,
        [
            ("#", "Organisation"),
            "Der Vorstand trifft sich monatlich.",
            ("#", "Finanzierung"),
            "Den Eigenanteil bringt der Verein aus Mitgliedsbeiträgen auf.",
        ],
    )
    signature = results["council_resolution_or_signature"]
    assert signature.status is not CheckStatus.OK, signature.note


def test_a_sketch_without_headings_is_judged_by_what_its_paragraphs_say(tmp_path: Path) -> None:
    # A letter with no heading at all: the paragraph on the town's situation is its baseline, the
    # one on the timetable its schedule, read by their content rather than by a heading.
    path = build(
        tmp_path,
        [
            "Stadt Elbhausen · Der Bürgermeister · Marktplatz 1 · 39599 Elbhausen",
            "Sehr geehrte Damen und Herren,",
            "die Stadt Elbhausen im Landkreis Stendal beantragt mit diesem Brief die Förderung eines "
            "Digitalisierungszentrums, das die digitalen Vorhaben ihrer vierzehn Ortsteile bündelt.",
            "Elbhausen zählt 9.310 Einwohner auf 181 Quadratkilometern; seit 2008 hat die Stadt "
            "14 Prozent ihrer Bevölkerung verloren, 31 Prozent der Menschen sind älter als 65 Jahre. "
            "In sechs Ortsteilen fehlt schnelles Internet, nur 40 Prozent der Haushalte haben "
            "mehr als 30 Mbit/s. Das Gewerbe "
            "besteht aus 210 kleinen Betrieben, die meisten im Handwerk und in der Landwirtschaft. Viele "
            "junge Familien pendeln täglich nach Stendal oder Magdeburg, und die Vereine der Ortsteile "
            "klagen seit Jahren darüber, dass sich kaum noch jemand für ein Ehrenamt findet. Zugleich gibt "
            "es Ansätze, an die wir anknüpfen können: Die Grundschule arbeitet mit Tablets, der "
            "Heimatverein hat ein Online-Archiv der Dorfchroniken begonnen, und zwei Betriebe bieten "
            "ihre Dienste bereits über eine gemeinsame Plattform an. Was fehlt, ist eine Stelle, die diese "
            "Ansätze kennt, verbindet und mit den Bürgerinnen und Bürgern weiterentwickelt. Die Verwaltung "
            "selbst bietet bisher keine Leistung online an; Anträge werden auf Papier gestellt, und die "
            "Sprechzeiten des Bürgerbüros liegen an zwei Vormittagen in der Woche.",
            "Zum Zeitplan: Im März 2019 beginnt das Zentrum mit der Bestandsaufnahme, bis September 2019 "
            "laufen die Ortsteilforen, im Februar 2020 liegt der Entwurf der Strategie vor, im Juni 2020 "
            "folgt die Bürgerwerkstatt und im November 2020 beschließt der Stadtrat die Strategie.",
        ],
    )
    results = {r.item_id: r for r in check(path).checklist}
    assert results["baseline_analysis"].status is CheckStatus.OK, results["baseline_analysis"].note
    assert results["schedule_milestones"].status is CheckStatus.OK, results["schedule_milestones"].note


def test_a_letter_without_any_heading_is_read_paragraph_by_paragraph(tmp_path: Path) -> None:
    # No heading at all: every topic of the call stands in a paragraph of its own, and the
    # paragraph on what happens after the funding is the sustainability plan.
    path = build(
        tmp_path,
        [
            "Dorfclub Wiesengrund e. V. · Am Anger 2 · 06536 Südharz",
            "Sehr geehrte Damen und Herren,",
            "wir sind ein kleiner Verein aus dem Südharz und möchten im alten Konsum unseres Dorfes einen "
            "Treffpunkt für alles Digitale einrichten, weil es so etwas bei uns bisher nicht gibt.",
            "Bei uns wohnen knapp 900 Leute, fast die Hälfte ist über sechzig, der nächste Bankautomat ist "
            "zwölf Kilometer weg und der Bus kommt zweimal am Tag.",
            "Und wenn die zwei Jahre um sind, soll es weitergehen: Die Gemeinde hat zugesagt, die Miete zu "
            "übernehmen, und die Stelle wollen wir über Mitgliedsbeiträge und Kursgebühren halten.",
            "Mit freundlichen Grüßen",
            "Petra Nowak, Vorsitzende",
        ],
    )
    results = {r.item_id: r for r in check(path).checklist}
    assert results["sustainability_plan"].status is CheckStatus.OK, results["sustainability_plan"].note


def test_letters_said_to_be_enclosed_but_listed_as_to_follow_are_contradictory(tmp_path: Path) -> None:
    # The text says the partners' letters are attached; the enclosure list at the end says they
    # come later: a reviewer must look, the tool cannot tell which is true.
    path = build(
        tmp_path,
        [
            (1, "Netzwerk"),
            "Die Unterstützungsschreiben der Volkshochschule und der Kreishandwerkerschaft sind dieser"
            " Skizze beigefügt.",
            (1, "Anlagen"),
            "Anlage 1: Unterstützungsschreiben der Partner (folgen bis zum 15. März)",
        ],
    )
    result = {r.item_id: r for r in check(path).checklist}["letters_of_intent"]
    assert result.status is CheckStatus.UNCLEAR, result.note
    assert "widersprüchlich" in (result.note or "")


def test_a_letters_prose_budget_is_broken_down_by_each_amounts_own_clause(tmp_path: Path) -> None:
    # No heading: the paragraph about money is the budget. A monthly rent summed over the runtime
    # is one item, not the total, and in a sentence joining items each amount is of the kind its
    # own clause names (the courses are no staff costs because the coordinator opens the sentence).
    path = build(
        tmp_path,
        [
            "Kulturverein Auenland e. V. · Lindenweg 4 · 06536 Südharz",
            "Sehr geehrte Damen und Herren,",
            "wir möchten in unserem Dorf einen Treffpunkt für digitale Fragen eröffnen, den es bisher "
            "nirgends in der Gegend gibt, und bitten Sie dafür um Unterstützung.",
            "Nun zu den Kosten, die wir mit unserer Schatzmeisterin berechnet haben. Für den Raum "
            "zahlen wir 200 Euro im Monat, das macht zusammen 4.800 Euro. Die Koordinatorin auf einer "
            "halben Stelle kostet in beiden Jahren 60.000 Euro, Kurse, Fahrten und Druck kosten "
            "11.200 Euro. Insgesamt kommen wir damit auf 76.000 Euro. Beantragt werden davon "
            "60.800 Euro.",
            "Mit freundlichen Grüßen",
            "Jana Winter, Vorsitzende",
        ],
    )
    result = {r.item_id: r for r in check(path).checklist}["budget_breakdown"]
    assert result.status is CheckStatus.OK, result.note
    assert "Personalkosten 60.000" in (result.note or "") and "Sachkosten 16.000" in (result.note or "")
