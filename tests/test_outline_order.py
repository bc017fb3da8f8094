"""Outline order on .docx sketches built in code, with the trained model from models/."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document

import sketchproc
from sketchproc.model import CoverageStatus, MatchSource, OutlineMapping, SectionMatch
from sketchproc.outline import map_outline
from sketchproc.outline_order import fill_by_order
from sketchproc.pipeline import outline_model
from sketchproc.profiles import load_profile

PROFILE = load_profile()

GOALS = "Bis Ende 2020 sollen 40 Handwerksbetriebe beraten und drei digitale Dienste im Amt eingeführt sein."
PARTNERS = (
    "Die Kreishandwerkerschaft, die Sparkasse und zwei Wohnungsgenossenschaften haben ihre Mitarbeit "
    "schriftlich zugesagt und bringen Räume und Fachleute in das Netzwerk ein."
)


def _mapping(tmp_path: Path, build: Callable[[Document], None]) -> OutlineMapping:
    document = docx.Document()
    build(document)
    path = tmp_path / "skizze.docx"
    document.save(str(path))
    return map_outline(sketchproc.extract(path), PROFILE, outline_model())


def _by_title(mapping: OutlineMapping) -> dict[str, SectionMatch]:
    return {s.title: m for s, m in zip(mapping.sectioned.sections, mapping.matches, strict=True)}


def test_a_section_alone_in_a_gap_of_two_ids_takes_both_when_its_text_speaks_of_both(tmp_path: Path) -> None:
    def build(document: Document) -> None:
        document.add_heading("Ziele", level=1)
        document.add_paragraph(GOALS)
        document.add_heading("Schritt für Schritt", level=1)
        document.add_paragraph(
            "Im ersten Handlungsfeld richtet das Zentrum eine Sprechstunde für Betriebe ein; im zweiten "
            "Handlungsfeld baut es mit dem Amt einen Online-Antrag für Gewerbeanmeldungen auf. Jede "
            "Maßnahme wird vorher mit den Menschen vor Ort abgestimmt: Eine Befragung aller Haushalte, "
            "zwei Bürgerforen in der Stadthalle und eine Zukunftswerkstatt mit Jugendlichen legen fest, "
            "welche Dienste zuerst kommen. Die Ergebnisse der Beteiligung fließen in die Digitale Agenda."
        )
        document.add_heading("Kooperationspartner", level=1)
        document.add_paragraph(PARTNERS)

    mapping = _mapping(tmp_path, build)
    match = _by_title(mapping)["Schritt für Schritt"]
    assert set(match.outline_ids) == {"work_programme", "participation"}
    assert match.source is MatchSource.POSITION


def test_an_intro_over_sub_sections_is_read_with_them_to_choose_among_open_ids(tmp_path: Path) -> None:
    def build(document: Document) -> None:
        document.add_heading("Ziele", level=1)
        document.add_paragraph(GOALS)
        document.add_heading("Der Weg dorthin", level=1)
        document.add_paragraph("Drei Module tragen das Vorhaben.")
        for name, text in (
            (
                "Modul A: Sprechstunde",
                "Das Zentrum berät jeden Dienstag Betriebe zu Kassensystemen, Webshops",
            ),
            (
                "Modul B: Online-Amt",
                "Das Zentrum führt mit dem Amt die elektronische Akte und Online-Anträge",
            ),
            ("Modul C: Lernwerkstatt", "Das Zentrum schult Vereine und Senioren in Kursen zu Tablets, Apps"),
        ):
            document.add_heading(name, level=2)
            document.add_paragraph(
                f"{text} und digitale Abläufe ein. Dafür werden Aufgaben, Arbeitspakete und Pilotprojekte "
                "festgelegt, die Umsetzung geplant und jede Maßnahme mit Terminen und Verantwortlichen "
                "versehen. " * 2
            )
        document.add_heading("Kooperationspartner", level=1)
        document.add_paragraph(PARTNERS)

    by_title = _by_title(_mapping(tmp_path, build))
    assert by_title["Der Weg dorthin"].outline_ids == ("work_programme",)
    assert by_title["Modul B: Online-Amt"].outline_ids == ("work_programme",)


def test_a_weak_repeat_of_an_earlier_id_gives_way_to_the_one_id_its_neighbours_leave_open(
    tmp_path: Path,
) -> None:
    def build(document: Document) -> None:
        document.add_heading("Das Projekt im Überblick", level=1)
        document.add_paragraph(
            "Zusammenfassend: Das Projekt schafft in der Verbandsgemeinde ein Zentrum, das Betriebe, "
            "Verwaltung und Vereine bei der Digitalisierung begleitet und Vorhaben bündelt."
        )
        document.add_heading("Ziele", level=1)
        document.add_paragraph(GOALS)
        document.add_heading("Kernbereiche des Digitalisierungszentrums", level=1)
        document.add_paragraph(
            "Die Arbeit des Zentrums gliedert sich in drei Bereiche, die aufeinander aufbauen und "
            "ineinandergreifen."
        )
        document.add_heading("Bereich Beratung", level=2)
        document.add_paragraph("Das Zentrum berät Betriebe und Vereine zu Fördermitteln und Webshops.")
        document.add_heading("Beteiligung der Einwohnerinnen und Einwohner", level=1)
        document.add_paragraph("Zwei Bürgerforen und eine Online-Befragung legen die Reihenfolge fest.")

    mapping = _mapping(tmp_path, build)
    by_title = _by_title(mapping)
    assert by_title["Kernbereiche des Digitalisierungszentrums"].outline_ids == ("work_programme",)
    assert by_title["Kernbereiche des Digitalisierungszentrums"].source is MatchSource.POSITION
    assert by_title["Bereich Beratung"].outline_ids == ("work_programme",)
    assert mapping.status("work_programme") is not CoverageStatus.MISSING


def test_the_first_and_last_sections_are_bounded_by_the_ends_of_the_outline(tmp_path: Path) -> None:
    def build(document: Document) -> None:
        document.add_heading("Über uns", level=1)
        document.add_paragraph(
            "Angefangen hat alles 2012 mit einer Handvoll Nachbarn, die im Gemeindehaus alte Fotos "
            "sammelten und Kaffee kochten. Heute sind wir 85 Mitglieder, viele davon im Ruhestand, und "
            "treffen uns jeden Mittwoch. Wer uns schreiben will: Dorfstraße 3, 39264 Musterdorf; die "
            "Vorsitzende Frau Lenz erreichen Sie unter Telefon 039244 1234."
        )
        document.add_heading("Ausgangslage und Handlungsbedarf", level=1)
        document.add_paragraph(
            "In den sieben Ortsteilen leben rund 4.800 Einwohner, fast jeder Dritte ist älter als 65 Jahre. "
            "Die Breitbandversorgung ist lückenhaft, und bisher gibt es keine Stelle, die Angebote bündelt."
        )
        document.add_heading("Kosten und Finanzierung", level=1)
        document.add_paragraph(
            "Die Gesamtkosten betragen 120.000 EUR, davon Personalkosten 90.000 EUR und Sachkosten "
            "30.000 EUR. Beantragt wird eine Zuwendung von 96.000 EUR; den Eigenanteil trägt der Verein."
        )
        document.add_heading("Wie es danach weitergeht", level=1)
        document.add_paragraph(
            "Nach dem Ende der Förderung wird die Stelle dauerhaft weitergeführt: Die Gemeinde übernimmt "
            "die Personalkosten ab 2021 in ihren Haushalt, und der Verein trägt die Räume. So bleibt der "
            "Treffpunkt auch nach Förderende bestehen und wird selbsttragend verstetigt."
        )

    by_title = _by_title(_mapping(tmp_path, build))
    assert by_title["Über uns"].outline_ids == ("applicant",)
    assert by_title["Über uns"].source is MatchSource.POSITION
    assert by_title["Wie es danach weitergeht"].outline_ids == ("sustainability",)


def test_a_project_title_as_the_only_top_heading_leaves_its_sub_headings_as_the_sections(
    tmp_path: Path,
) -> None:
    def build(document: Document) -> None:
        document.add_heading("Heidedörfer vernetzt – ein Netz für alle Ortsteile", level=1)
        document.add_paragraph("In Kürze: Der Heimatverein öffnet einen Treffpunkt für digitale Fragen.")
        document.add_heading("Über uns", level=2)
        document.add_paragraph("Der Heimatverein Elbaue zählt 85 Mitglieder und trifft sich jeden Mittwoch.")
        document.add_heading("Was uns fehlt", level=2)
        document.add_paragraph(
            "In den sieben Ortsteilen leben rund 4.800 Einwohner, fast jeder Dritte ist älter als 65 Jahre."
        )
        document.add_heading("Kooperationspartner", level=2)
        document.add_paragraph(PARTNERS)

    mapping = _mapping(tmp_path, build)
    sections = mapping.sectioned.sections
    assert [(s.title, s.level, s.parent) for s in sections] == [
        ("Über uns", 1, None),
        ("Was uns fehlt", 1, None),
        ("Kooperationspartner", 1, None),
    ]
    assert mapping.sectioned.preamble[-1].text.startswith("In Kürze:")
    assert [m.section for m in mapping.matches] == [0, 1, 2]


def test_a_title_heading_is_the_title_whatever_the_files_title_property_says(tmp_path: Path) -> None:
    def build(document: Document) -> None:
        # Word keeps an older, shorter name in the file's properties than the heading shows.
        document.core_properties.title = "Treffpunkt"
        document.add_heading("Treffpunkt Digital – unsere Skizze für das Dorfgemeinschaftshaus", level=1)
        document.add_paragraph("Träger: Heimatverein Elbaue e. V., Dorfstraße 3, 39264 Musterdorf")
        document.add_heading("Was uns fehlt", level=2)
        document.add_paragraph(
            "In den sieben Ortsteilen leben rund 4.800 Einwohner, fast jeder Dritte ist älter als 65 Jahre."
        )
        document.add_heading("Kooperationspartner", level=2)
        document.add_paragraph(PARTNERS)
        document.add_heading("Wie es danach weitergeht", level=2)
        document.add_paragraph(
            "Nach dem Ende der Förderung übernimmt die Gemeinde die Personalkosten ab 2021 in ihren "
            "Haushalt, und der Verein trägt die Räume, sodass der Treffpunkt selbsttragend weiterläuft."
        )

    mapping = _mapping(tmp_path, build)
    assert [s.title for s in mapping.sectioned.sections] == [
        "Was uns fehlt",
        "Kooperationspartner",
        "Wie es danach weitergeht",
    ]
    # No chapter inherits the applicant's id from the title's address line.
    assert all("applicant" not in m.outline_ids for m in mapping.matches)


def test_a_title_naming_a_topic_of_the_call_over_a_whole_outline_is_still_the_title(tmp_path: Path) -> None:
    # The title speaks of the citizens' workshop (a word of the participation section); its six
    # chapters are the sketch's outline, each with its own topic, none inheriting the title's.
    def build(document: Document) -> None:
        document.add_heading("Bürgerwerkstatt Digitales Dorf – Beteiligung für alle Generationen", level=1)
        chapters = [
            ("Über uns", "Der Kulturverein Saaletal zählt 140 Mitglieder aus elf Dörfern."),
            ("Lage vor Ort", "In den elf Dörfern leben rund 6.200 Einwohner, ein Drittel ist älter als 65."),
            ("Vorhaben", "Das Zentrum berät Vereine, schult Lotsen und bündelt die Dorfinitiativen."),
            ("Partner", PARTNERS),
            ("Ablauf", "Im April 2019 beginnt die Bestandsaufnahme, im Juni 2020 liegt die Strategie vor."),
            ("Geld", "Die Gesamtkosten betragen 150.000 Euro, beantragt werden 120.000 Euro Zuwendung."),
        ]
        for title, text in chapters:
            document.add_heading(title, level=2)
            document.add_paragraph(text)

    mapping = _mapping(tmp_path, build)
    assert [s.title for s in mapping.sectioned.sections][:2] == ["Über uns", "Lage vor Ort"]
    assert all(m.source is not MatchSource.INHERITED for m in mapping.matches)
    assert "participation" not in _by_title(mapping)["Geld"].outline_ids


def test_a_key_data_line_above_the_chapters_covers_no_section(tmp_path: Path) -> None:
    def build(document: Document) -> None:
        document.add_paragraph("Vorhabenträger: Gemeinde Elbaue, vertreten durch die Bürgermeisterin")
        document.add_paragraph("Geplanter Projektzeitraum: 1. Mai 2019 bis Ende 2020")
        document.add_heading("Ziele", level=1)
        document.add_paragraph(GOALS)
        document.add_heading("Kooperationspartner", level=1)
        document.add_paragraph(PARTNERS)

    mapping = _mapping(tmp_path, build)
    assert mapping.status("schedule") is CoverageStatus.MISSING


def test_key_data_before_the_first_heading_open_the_outline(tmp_path: Path) -> None:
    """Applicant lines stand above the first heading: the first chapter, unmapped, comes after the
    applicant in the outline's order; without them it could be either."""

    def build(document: Document) -> None:
        document.add_paragraph(
            "Antragsteller: Dorfladen Angern eG, Lindenstraße 2, 39326 Angern (eingetragen beim "
            "Amtsgericht Stendal, GnR 388), vertreten durch den Vorstand Kerstin Block und Ralf Meier"
        )
        document.add_paragraph("Kontakt: Kerstin Block, Tel. 039363 555-10, block@dorfladen-angern.de")
        document.add_heading("Worum es geht", level=1)
        document.add_paragraph("Ein Treff am Anger: Beratung, Kurse, zwei Arbeitsplätze.")
        document.add_heading("Ausgangslage", level=1)
        document.add_paragraph("Angern hat 2.000 Einwohner in fünf Ortsteilen.")

    mapping = _mapping(tmp_path, build)
    assert "applicant" in {c.outline_id for c in mapping.coverage if c.status is not CoverageStatus.MISSING}
    sections = mapping.sectioned.sections
    unplaced = [
        SectionMatch(section=m.section, outline_ids=(), confidence=0.0, source=MatchSource.NONE)
        if sections[m.section].title == "Worum es geht"
        else m
        for m in mapping.matches
    ]
    outline = PROFILE.outline.sections
    applicant = next(spec.order for spec in outline if spec.id == "applicant")
    alone = fill_by_order(sections, unplaced, {}, outline)
    opened = fill_by_order(sections, unplaced, {}, outline, opening=applicant)
    assert alone[0].outline_ids == ()
    assert opened[0].outline_ids == ("summary",)
