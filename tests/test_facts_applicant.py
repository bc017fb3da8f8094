"""The applicant read from key-data labels, run-in lines, and the name written at a postal address."""

from __future__ import annotations

from pathlib import Path

import pytest

from sketchproc.pipeline import check
from sketchproc.profiles import load_profile

from .builders.pdf_fixtures import FILLER, Text, after, lines, paragraph
from .builders.pdf_fixtures import build as pdf_build
from .test_facts import build, facts_of

PROFILE = load_profile()


def test_a_label_coordinating_the_lead_role_with_the_applicant_names_the_applicant(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            "Verbund: Elbe-Netz Dienste GmbH · Stadt Musterburg · Gemeinde Elbaue",
            [
                ("Aufgabe im Verbund", "Angaben"),
                ("Federführung / Antragstellerin", "Elbe-Netz Dienste GmbH, Hafenweg 2, 39104 Magdeburg"),
                ("Anschrift der Antragstellerin", "Hafenweg 2, 39104 Magdeburg"),
                ("Verbundpartner", "Stadt Musterburg; Gemeinde Elbaue"),
            ],
            ("#", "1 Ausgangslage"),
            "Die Region zählt rund 30.000 Einwohner.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Elbe-Netz Dienste GmbH"


def test_a_label_that_only_mentions_the_applicant_names_no_applicant(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            [("Anschrift des Antragstellers", "Hafenweg 2, 39104 Magdeburg")],
            ("#", "1 Ausgangslage"),
            "Die Region zählt rund 30.000 Einwohner.",
        ],
    )
    applicant = facts_of(path, PROFILE).applicant
    assert applicant is None or "Hafenweg" not in applicant.value


def test_a_framed_box_of_run_in_labels_names_the_applicant(tmp_path: Path) -> None:
    # A one-cell table (a framed box) of "Label: value" lines, and no applicant heading anywhere.
    box = "\n".join(
        [
            "Auf einen Blick",
            "Zuwendungsempfängerin: Lernfabrik Elbaue gGmbH (gemeinnützig, HRB 4711, Amtsgericht Magdeburg)",
            "Kontakt: Mira Sander, sander@lernfabrik-elbaue.de",
            "Laufzeit: 24 Monate",
        ]
    )
    path = build(
        tmp_path,
        [
            ("#", "Lernfabrik Elbaue – ein Ort für digitale Fragen"),
            [(box,)],
            ("#", "Worum es geht"),
            "Wir bauen in Schönebeck eine offene Anlaufstelle für digitale Fragen auf.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Lernfabrik Elbaue gGmbH"
    assert facts.legal_form is not None and facts.legal_form.value == "ggmbh"


def test_a_run_in_role_label_in_a_paragraph_names_the_applicant(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Eckdaten"),
            "Projektträger: Heideland Netzwerk e. V., Am Anger 3, 39288 Burg",
            "Ansprechpartner: Ole Brandt",
            ("#", "Ausgangslage"),
            "Die Region zählt rund 30.000 Einwohner.",
        ],
    )
    applicant = facts_of(path, PROFILE).applicant
    assert applicant is not None and applicant.value == "Heideland Netzwerk e. V."


def test_the_signature_block_under_a_letter_like_sketch_names_the_applicant(tmp_path: Path) -> None:
    # No applicant heading, label or sentence: only the lines under the signature say who applies.
    body = paragraph(
        "Wir wollen in unseren Ortsteilen eine Anlaufstelle für digitale Fragen schaffen. " + FILLER + ".",
        110,
    )
    signature = lines(
        [
            "Kemberg, den 12.03.2019",
            "gez. Bürgermeisterin",
            "Gemeinde Elbaue-Fläming (Einheitsgemeinde, Landkreis Wittenberg)",
            "Schlossplatz 3, 06901 Kemberg",
        ],
        after(body),
    )
    path = pdf_build(
        tmp_path / "brief.pdf", [[Text("Was wir vorhaben", 80, font="Helvetica-Bold"), *body, *signature]]
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Gemeinde Elbaue-Fläming"


def test_an_address_line_names_the_cooperative_written_before_the_street(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Über uns"),
            "Seit 2015 betreiben wir vier Läden in den Heidedörfern.",
            "Postanschrift: Heidedörfer Nahversorgung eG, Kirchweg 7a, 29410 Salzwedel",
            ("#", "Vorhaben"),
            "Die Region zählt rund 30.000 Einwohner.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Heidedörfer Nahversorgung eG"
    assert facts.legal_form is not None and facts.legal_form.value == "eg"


def test_a_person_or_a_department_at_an_address_is_no_applicant(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Kontakt"),
            "Fragen beantwortet Dr. Lena Voigt, Lindenweg 2, 39104 Magdeburg.",
            "Das Büro der Stabsstelle Digitales liegt Am Markt 1, 39104 Magdeburg.",
            ("#", "Vorhaben"),
            "Die Region zählt rund 30.000 Einwohner.",
        ],
    )
    assert facts_of(path, PROFILE).applicant is None


def test_the_applicant_section_opens_after_the_templates_instruction(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "1. Antragsteller"),
            "Bitte nennen Sie hier den Träger des Vorhabens mit Anschrift und Rechtsform.",
            "Verbandsgemeinde Heidetal (Landkreis Stendal), vertreten durch die Bürgermeisterin",
            ("#", "2. Ausgangslage"),
            "Die Region zählt rund 30.000 Einwohner.",
        ],
    )
    applicant = facts_of(path, PROFILE).applicant
    assert applicant is not None and applicant.value == "Verbandsgemeinde Heidetal"


def test_a_legal_form_in_apposition_is_more_specific_than_the_type_word_of_the_name(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Antragsteller"),
            "Antragstellerin ist die Stadt Elbhausen (Saale), eine Einheitsgemeinde im Landkreis Stendal.",
            ("#", "Ausgangslage"),
            "Die Region zählt rund 30.000 Einwohner.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Stadt Elbhausen"
    assert facts.legal_form is not None and facts.legal_form.value == "einheitsgemeinde"


def test_a_class_of_forms_in_apposition_says_less_than_the_type_word_of_the_name(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            [
                (
                    "Träger",
                    "Zweckverband Wasser und Digitales Elbaue, eine Körperschaft des öffentlichen Rechts",
                )
            ],
            "Text.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.legal_form is not None and facts.legal_form.value == "zweckverband"


def test_the_next_name_of_a_list_is_no_apposition(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [[("Antragsteller", "Landkreis Elbtal, Stadt Hafenburg und Gemeinde Au (Verbund)")], "Text."],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Landkreis Elbtal"
    assert facts.legal_form is not None and facts.legal_form.value == "landkreis"


def test_a_first_person_self_introduction_names_the_applicant(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Über uns"),
            "Seit 2012 arbeiten wir mit Jugendlichen aus dem Fläming.",
            "Wir sind die Heidekate Lernwerkstatt gGmbH und betreiben zwei offene Werkstätten.",
            ("#", "Vorhaben"),
            "Wir sind die einzige Anlaufstelle dieser Art im Landkreis.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Heidekate Lernwerkstatt gGmbH"


@pytest.mark.parametrize(
    ("heading", "sentence", "name"),
    [
        (
            "Wie alles anfing",
            "Wir von der Dorfgemeinschaft Kleinau eG betreiben seit 2015 den Laden am Anger.",
            "Dorfgemeinschaft Kleinau eG",
        ),
        (
            "Antragsteller",
            "Wir, die Heimatfreunde Wippra e. V., bewerben uns mit diesem Vorhaben.",
            "Heimatfreunde Wippra e. V.",
        ),
        (
            "Ausgangslage",
            "Wir, der Kulturverein Hettstedt e. V., sehen in der Altstadt viel Leerstand.",
            "Kulturverein Hettstedt e. V.",
        ),
    ],
)
def test_a_writer_speaking_for_its_organisation_names_the_applicant(
    heading: str, sentence: str, name: str | None, tmp_path: Path
) -> None:
    path = build(tmp_path, [("#", heading), sentence, ("#", "Kosten"), "Wir beantragen 90.000 Euro."])
    facts = facts_of(path, PROFILE)
    assert (facts.applicant.value if facts.applicant else None) == name


def test_the_first_organisation_of_the_key_data_table_is_the_applicant_whatever_its_label(
    tmp_path: Path,
) -> None:
    path = build(
        tmp_path,
        [
            [
                ("Kooperationspartner", "Hochschule Harz"),
                ("Vorgelegt von", "Verbandsgemeinde Beispieltal, Der Verbandsgemeindebürgermeister"),
                ("Ansprechpartnerin", "Frau Lehmann, Hauptamt"),
            ],
            ("#", "Ausgangslage"),
            "In den Mitgliedsgemeinden leben rund 9.000 Menschen.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Verbandsgemeinde Beispieltal"


def test_a_self_introduction_without_a_legal_form_names_no_applicant(tmp_path: Path) -> None:
    path = build(
        tmp_path, [("#", "Über uns"), "Wir sind die einzige Anlaufstelle dieser Art im Landkreis Stendal."]
    )
    assert facts_of(path, PROFILE).applicant is None


def test_the_form_stated_where_the_applicant_is_named_again_counts(tmp_path: Path) -> None:
    # The first naming carries no form; a later table row states it after the same name.
    path = build(
        tmp_path,
        [
            "Zuwendungsempfänger: Bördekreis Nord",
            ("#", "Angaben zum Träger"),
            [("Träger", "Bördekreis Nord (Landkreis, Körperschaft des öffentlichen Rechts)")],
            ("#", "Ausgangslage"),
            "Die Region zählt rund 30.000 Einwohner.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Bördekreis Nord"
    assert facts.legal_form is not None and facts.legal_form.value == "landkreis"


def test_a_cover_line_naming_the_region_the_centre_serves_is_not_the_applicant(tmp_path: Path) -> None:
    # "für den Landkreis …" is the project's complement; the company's form closes its own name,
    # although its name also holds a type word ("Verbandsgemeinde").
    path = build(
        tmp_path,
        [
            "MACHWERK FLECHTINGEN",
            "Kompetenzstelle Digitales Leben für die Verbandsgemeinde Flechtingen",
            "Breitband- und Dienstegesellschaft Verbandsgemeinde Flechtingen mbH",
            ("#", "1 Ausgangslage"),
            "Die Region zählt rund 14.000 Einwohner.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None
    assert facts.applicant.value == "Breitband- und Dienstegesellschaft Verbandsgemeinde Flechtingen mbH"
    assert facts.legal_form is not None and facts.legal_form.value == "gmbh"


def test_a_table_with_a_column_per_partner_names_the_one_whose_role_is_applicant(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "1 Beteiligte Einrichtungen"),
            [
                ("Merkmal", "Kreisverwaltung Mansfeld-Südharz", "Hochschule Merseburg"),
                ("Aufgabe", "Kooperationspartner", "Antragstellerin, wissenschaftliche Leitung"),
                ("Sitz", "Sangerhausen", "Merseburg"),
            ],
            ("#", "2 Ausgangslage"),
            "Der Landkreis zählt rund 130.000 Einwohner.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Hochschule Merseburg"


def test_a_key_data_line_without_colon_names_the_applicant(tmp_path: Path) -> None:
    # As a scanner reads a two-column key-data table: label and value on one line.
    path = build(
        tmp_path,
        [
            "Projektskizze Digitalpunkt Barleben",
            "Zuwendungsempfängerin Gemeinde Barleben",
            "Kontakt Sabine Oertel, Tel. 039203 565-0",
            ("#", "1 Ausgangslage"),
            "Die Gemeinde zählt rund 9.500 Einwohner.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Gemeinde Barleben"
    assert facts.legal_form is not None and facts.legal_form.value == "gemeinde"


def test_a_cover_line_joined_with_the_applicant_line_yields_the_name_inside_it(tmp_path: Path) -> None:
    # As a PDF joins a cover's lines into one paragraph; the line before names whom the project serves.
    path = build(
        tmp_path,
        [
            "Bürgerlabor für die Gemeinde Möser",
            "Ideenskizze zum Förderaufruf in Sachsen-Anhalt Gemeinde Biederitz · Jerichower Land",
            ("#", "1 Ausgangslage"),
            "Die Region zählt rund 9.000 Einwohner.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Gemeinde Biederitz"


def test_a_type_word_followed_by_a_verb_names_no_applicant(tmp_path: Path) -> None:
    # "… den wir von der Stadt mieten": the type word opens no name when a verb follows it.
    path = build(
        tmp_path,
        [
            ("#", "Wer wir sind"),
            "Wir sind ein kleiner Kreis von Ehrenamtlichen aus dem Ort.",
            "Treffen wollen wir uns im alten Bahnhof, den wir von der Stadt mieten.",
            ("#", "Vorhaben"),
            "Wir bauen einen Digitaltreff auf.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is None or "mieten" not in facts.applicant.value
    assert facts.legal_form is None or facts.legal_form.value != "stadt"


def test_a_verein_at_its_address_with_a_place_in_its_name_is_the_applicant(tmp_path: Path) -> None:
    # No applicant heading: the name stands at the address; "e. V." does not end a sentence and
    # "An der Ohre" with its article is part of the name.
    path = build(
        tmp_path,
        [
            ("#", "Über uns"),
            "Förderverein An der Ohre e. V., Bahnhofstraße 3, 39343 Haldensleben. Wir sind 40 Mitglieder.",
            ("#", "Vorhaben"),
            "Wir bauen einen Digitaltreff auf.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Förderverein An der Ohre e. V."
    assert facts.legal_form is not None and facts.legal_form.value == "eingetragener_verein"


def test_a_key_data_label_alone_on_its_line_labels_the_next_line(tmp_path: Path) -> None:
    # A scan reads a two-column key-data row as two lines: the role, then the name. The partners'
    # row above names organisations too; the label, not the order, decides.
    path = build(
        tmp_path,
        [
            "Verbundpartner",
            "Gemeinde Kamern, Gemeinde Schollene",
            "Zuwendungsempfänger (Projektträger)",
            "Stadt Havelberg (Hansestadt), Landkreis Stendal",
            "Kontakt",
            "Frau Ilona Brenner, Telefon 039387 890-12",
            ("#", "2. Ausgangslage"),
            "Die Region zählt rund 30.000 Einwohner.",
        ],
    )
    applicant = facts_of(path, PROFILE).applicant
    assert applicant is not None and applicant.value == "Stadt Havelberg"


def test_a_letterhead_set_with_long_dashes_names_the_applicant(tmp_path: Path) -> None:
    # Text recognition reads the letterhead's separators as em dashes: the name ends at the first.
    path = build(
        tmp_path,
        [
            "Verbandsgemeinde Arneburg-Goldbeck — Der Verbandsgemeindebürgermeister — "
            "Breite Straße 17 — 39596 Arneburg",
            ("#", "Unser Vorhaben"),
            "Wir möchten ein Digitalisierungszentrum für alle Mitgliedsgemeinden aufbauen.",
        ],
    )
    applicant = facts_of(path, PROFILE).applicant
    assert applicant is not None and applicant.value == "Verbandsgemeinde Arneburg-Goldbeck"


def test_the_end_of_an_instruction_broken_across_lines_is_instruction_too(tmp_path: Path) -> None:
    # The instruction's last line is joined to the writer's paragraph: the section opens after it.
    path = build(
        tmp_path,
        [
            ("#", "1. Antragsteller"),
            "Bitte nennen Sie hier den Träger des Vorhabens, seine Anschrift und",
            "die Rechtsform. Landkreis Wittenberg, vertreten durch den Landrat, Breitscheidstraße 3",
            ("#", "2. Ausgangslage"),
            "Die Region zählt rund 30.000 Einwohner.",
        ],
    )
    applicant = facts_of(path, PROFILE).applicant
    assert applicant is not None and applicant.value == "Landkreis Wittenberg"


def test_a_key_data_box_whose_lines_ran_together_names_the_applicant_after_its_label(tmp_path: Path) -> None:
    # One paragraph in a framed box: the box's title, then label after label on the same line.
    path = build(
        tmp_path,
        [
            [
                (
                    "Auf einen Blick Projektträger: Medienwerkstatt Bernburg gGmbH Adresse: Karlsplatz 3, "
                    "06406 Bernburg (Saale) Geschäftsführung: Tobias Rhein Telefon: 03471 62 40 1",
                ),
            ],
            ("#", "1. Ausgangslage"),
            "Im Salzlandkreis gibt es viele einzelne Angebote, aber keinen gemeinsamen Plan.",
        ],
    )
    applicant = facts_of(path, PROFILE).applicant
    assert applicant is not None and applicant.value == "Medienwerkstatt Bernburg gGmbH"


@pytest.mark.parametrize(
    ("sentence", "applicant"),
    [
        (
            "Hiermit bewirbt sich die Verbandsgemeinde Elbe-Heide um eine Förderung aus dem Aufruf.",
            "Verbandsgemeinde Elbe-Heide",
        ),
        (
            "Der Förderkreis Digitales Havelberg e. V. beantragt für zwei Jahre Personal- und Sachkosten.",
            "Förderkreis Digitales Havelberg e. V.",
        ),
        (
            "Für das Vorhaben stellt die Stadt Zerbst/Anhalt gemeinsam mit zwei Nachbarorten den Antrag.",
            "Stadt Zerbst/Anhalt",
        ),
    ],
)
def test_the_subject_of_a_verb_of_applying_is_the_applicant(
    tmp_path: Path, sentence: str, applicant: str
) -> None:
    path = build(
        tmp_path, ["Sehr geehrte Damen und Herren,", sentence, ("#", "Ausgangslage"), "Die Region schrumpft."]
    )
    found = facts_of(path, PROFILE).applicant
    assert found is not None and found.value == applicant


def test_an_organisation_further_from_the_verb_of_applying_is_no_applicant(tmp_path: Path) -> None:
    # The Landkreis is the object's owner here, not the one applying.
    path = build(
        tmp_path,
        [
            "Wir beantragen die Förderung, weil der Landkreis Börde bisher keine Strategie hat.",
            ("#", "Ausgangslage"),
            "Die Region schrumpft.",
        ],
    )
    assert facts_of(path, PROFILE).applicant is None


def test_a_header_of_roles_over_a_row_of_names_names_the_applicant(tmp_path: Path) -> None:
    """Two partners side by side: the applicant is the name in the column its role heads."""
    path = build(
        tmp_path,
        [
            [
                ["Angabe", "Partner", "Antragstellerin"],
                ["Einrichtung", "Sportverein Havelberg e. V.", "Hansestadt Havelberg"],
                ["Anschrift", "Am Sportplatz 3, 39539 Havelberg", "Markt 1, 39539 Havelberg"],
            ],
            ("#", "Vorhaben"),
            "Die Stadt und der Verein richten gemeinsam einen Digitaltreff ein.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Hansestadt Havelberg"
    assert facts.legal_form is not None and facts.legal_form.value == "hansestadt"


@pytest.mark.parametrize(
    ("box", "applicant"),
    [
        # A participle opens the next label: it does not end the applicant's name.
        (
            "Träger: Gemeinde Barleben Geplanter Zeitraum: 01.05.2019 bis 31.12.2020 Stand: 1. März 2019",
            "Gemeinde Barleben",
        ),
        # A name before the next label keeps its last word.
        (
            "Träger: Bürgerstiftung Oschersleben Ansprechpartner: Herr Kühn Telefon: 03949 1234",
            "Bürgerstiftung Oschersleben",
        ),
    ],
)
def test_key_data_run_together_into_one_line_are_cut_before_each_label(
    box: str, applicant: str, tmp_path: Path
) -> None:
    path = build(tmp_path, [box, ("#", "Vorhaben"), "Wir richten ein Bürgerbüro für digitale Fragen ein."])
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == applicant


@pytest.mark.parametrize(
    ("sentence", "applicant"),
    [
        # The kind alone takes up a name given before: it names nobody.
        ("Nach 2020 bleibt Träger der Verein, die Stelle zahlen die Mitglieder.", None),
        ("Träger ist die Genossenschaft, die das Büro auch nach 2020 führt.", None),
        # A name of that kind is one.
        (
            "Träger ist der Heimatverein Loburg e. V., der das Büro auch nach 2020 führt.",
            "Heimatverein Loburg e. V.",
        ),
    ],
)
def test_a_kind_alone_after_the_role_names_no_applicant(
    sentence: str, applicant: str | None, tmp_path: Path
) -> None:
    path = build(tmp_path, [("#", "Verstetigung"), sentence])
    found = facts_of(path, PROFILE).applicant
    assert (found.value if found else None) == applicant


@pytest.mark.parametrize(
    ("line", "applicant"),
    [
        # Key data whose colons a scan lost, run into one line: the role, then a body of a known kind.
        (
            "Projektskizze Regionales Digitalisierungszentrum Obere Aller (DZ OA) Antragsteller "
            "Verbandsgemeinde Obere Aller, vertreten durch den Verbandsgemeindebürgermeister",
            "Verbandsgemeinde Obere Aller",
        ),
        # Without a colon, a person after the role is no applicant's name.
        ("Für Rückfragen steht Antragsteller Hans Meyer jederzeit zur Verfügung.", None),
    ],
)
def test_a_role_label_without_its_colon_names_a_body_of_a_known_kind(
    line: str, applicant: str | None, tmp_path: Path
) -> None:
    path = build(tmp_path, [line, ("#", "Vorhaben"), "Wir richten ein Bürgerbüro für digitale Fragen ein."])
    found = facts_of(path, PROFILE).applicant
    assert (found.value if found else None) == applicant


def test_the_applicant_describing_itself_in_the_third_person(tmp_path: Path) -> None:
    """No label and no applicant section: the sentence that describes a body with its own legal
    form names it; a partner described where the network is told does not."""
    path = build(
        tmp_path,
        [
            ("#", "Über uns"),
            "Die Netzwerkstatt Harz gGmbH wurde 2015 in Wernigerode gegründet und betreibt zwei Werkstätten.",
            ("#", "Partner und Netzwerk"),
            "Die Harzer Hochschulgesellschaft mbH ist ein langjähriger Partner der Werkstätten.",
        ],
    )
    facts = facts_of(path, load_profile())
    assert facts.applicant is not None and facts.applicant.value == "Netzwerkstatt Harz gGmbH"
    assert facts.legal_form is not None and facts.legal_form.value == "ggmbh"


def test_the_region_described_in_the_situation_is_not_the_applicant(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Ausgangslage"),
            "Der Landkreis Börde ist ein ländlich geprägter Kreis mit rund 170.000 Einwohnern.",
            ("#", "Wer wir sind"),
            "Der Bürgerverein Staßfurt e. V. wurde 2011 gegründet und zählt heute 80 Mitglieder.",
        ],
    )
    facts = check(path).facts  # mapped: the first section is the situation
    assert facts.applicant is not None and facts.applicant.value == "Bürgerverein Staßfurt e. V."


def test_a_label_set_off_by_a_dash_names_the_applicant(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Kurzübersicht"),
            "Projektträger – Verbandsgemeinde Egelner Mulde (Körperschaft des öffentlichen Rechts)",
            "Förderbedarf – 150.000 Euro",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Verbandsgemeinde Egelner Mulde"


def test_the_body_at_its_register_entry_in_the_signature_is_the_applicant(tmp_path: Path) -> None:
    """The text names the body without its legal form; the signature block gives it with the
    register entry ("…gGmbH, Sitz Staßfurt, HRB 31415")."""
    path = build(
        tmp_path,
        [
            ("#", "Wer wir sind"),
            "Die Medienwerkstatt Salzland arbeitet seit 2015 mit Schulen und Vereinen im Salzlandkreis.",
            ("#", "Unterschrift"),
            "Staßfurt, 20. Februar 2019",
            "Medienwerkstatt Salzland gGmbH, Sitz Staßfurt, HRB 31415, Amtsgericht Stendal",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Medienwerkstatt Salzland gGmbH"
    assert facts.legal_form is not None


def test_a_public_body_speaking_as_itself_in_the_first_person(tmp_path: Path) -> None:
    """No label names the applicant; "wollen wir als Gemeinde X …" does, its name running up to
    the first word in lower case."""
    path = build(
        tmp_path,
        [
            ("#", "Vorhaben"),
            "Gemeinsam mit den Vereinen wollen wir als Gemeinde Südliches Anhalt ein Zentrum aufbauen, "
            "das die Ortsteile digital zusammenbringt.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Gemeinde Südliches Anhalt"
    assert facts.legal_form is not None and facts.legal_form.value == "gemeinde"


def test_the_signers_title_before_the_body_is_not_part_of_its_name(tmp_path: Path) -> None:
    """A signature block run together into one line: the signer's title stands right before the
    body's name ("… Anja Roth, Geschäftsführerin Medienwerkstatt Salzland gGmbH, HRB 31415")."""
    path = build(
        tmp_path,
        [
            ("#", "Wer wir sind"),
            "Die Medienwerkstatt Salzland arbeitet seit 2015 mit Schulen und Vereinen im Salzlandkreis.",
            ("#", "Unterschrift"),
            "Staßfurt, 20. Februar 2019 ____________ Anja Roth, Geschäftsführerin Medienwerkstatt Salzland "
            "gGmbH, Sitz Staßfurt, HRB 31415",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Medienwerkstatt Salzland gGmbH"


def test_a_district_named_without_a_type_word_is_a_landkreis_by_the_register(tmp_path: Path) -> None:
    def form(directory: Path, applicant: str) -> str | None:
        directory.mkdir(exist_ok=True)
        path = build(
            directory,
            [("#", "Antragsteller"), [("Angabe", "Inhalt"), ("Antragsteller", applicant)]],
        )
        found = facts_of(path, PROFILE).legal_form
        return found.value if found else None

    assert form(tmp_path / "a", "Saalekreis, Domplatz 9, 06217 Merseburg") == "landkreis"
    assert form(tmp_path / "b", "Salzlandkreis, Karlsplatz 37, 06406 Bernburg (Saale)") == "landkreis"
    # A town that names a district seat is no district.
    assert form(tmp_path / "c", "Merseburg, Lauchstädter Straße 1, 06217 Merseburg") is None


def test_a_table_headed_by_the_applicant_names_it_and_the_signature_gives_its_form(tmp_path: Path) -> None:
    def facts(directory: Path, closing: list[str]) -> tuple[str | None, str | None]:
        directory.mkdir(exist_ok=True)
        path = build(
            directory,
            [
                ("#", "Wer wir sind"),
                [
                    ("Angaben zum Antragsteller", ""),
                    ("Name", "Lernwerkstatt Börde"),
                    ("Anschrift", "Lindenplatz 3, 39387 Oschersleben (Bode)"),
                ],
                "Wir bieten seit 2014 Kurse für alle Generationen an.",
                *closing,
            ],
        )
        found = facts_of(path, PROFILE)
        return (
            found.applicant.value if found.applicant else None,
            found.legal_form.value if found.legal_form else None,
        )

    signed = facts(tmp_path / "a", ["Oschersleben, 4. März 2019", "Lernwerkstatt Börde e. V., der Vorstand"])
    assert signed == ("Lernwerkstatt Börde", "eingetragener_verein")
    assert facts(tmp_path / "b", []) == ("Lernwerkstatt Börde", None)


@pytest.mark.parametrize("joined", [False, True])
def test_the_address_of_the_ministry_a_letter_goes_to_is_not_the_applicants_region(
    tmp_path: Path, joined: bool
) -> None:
    # A town the register does not know writes to the ministry; the ministry's town is where the
    # letter goes, the district named in the text is where the applicant sits. A PDF may join the
    # sender's line and the ministry's name into one paragraph.
    sender = "Stadt Elbhausen · Marktplatz 1 · 39599 Elbhausen"
    ministry = "An das Ministerium für Wirtschaft, Wissenschaft und Digitalisierung"
    head = [f"{sender} {ministry}"] if joined else [sender, ministry]
    path = build(
        tmp_path,
        [
            *head,
            "Turmschanzenstraße 30",
            "39114 Magdeburg",
            "Projektskizze Digitalwerkstatt Elbhausen",
            "Sehr geehrte Damen und Herren, die Stadt Elbhausen im Landkreis Stendal möchte ein "
            "Digitalisierungszentrum für ihre Ortsteile einrichten.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.region is not None and facts.region.value == "stendal"


@pytest.mark.parametrize("joined", [False, True])
def test_partners_named_on_the_cover_are_not_the_applicant_the_role_column_names(
    tmp_path: Path, joined: bool
) -> None:
    # The cover lists the partners under their own label; the table names the applicant by its
    # role in the row of its name. A PDF may join the cover's lines into one.
    cover = ["Kooperationspartner: Stadt Gardelegen · Gemeinde Kalbe", "Laufzeit: 2019 bis 2020"]
    path = build(
        tmp_path,
        [
            "Digitalzentrum Altmark-West",
            *([" ".join(cover)] if joined else cover),
            ("#", "Beteiligte"),
            [
                ("Einrichtung", "Aufgabe im Projekt"),
                ("Digitalverein Altmark e. V., Bahnhofstr. 2, Gardelegen", "Antragsteller und Träger"),
                ("Stadt Gardelegen", "Kooperationspartner"),
                ("Gemeinde Kalbe", "Kooperationspartner"),
            ],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Digitalverein Altmark e. V."
