"""Key data set out in columns (labels in a header row, values beneath) are read like key-data rows.

The sketches are built as .docx with python-docx and as PDF with the blind renderer, so the
table goes through each reader's own table detection.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import sketchproc
from sketchproc.profiles import load_profile
from sketchproc.profiles.schema import CallProfile
from tests.builders.blind_docx import render_docx
from tests.builders.blind_markdown import parse_text
from tests.builders.blind_pdf import render_pdf
from tests.test_facts import build, facts_of


@pytest.fixture(scope="module")
def profile() -> CallProfile:
    return load_profile()


KEY_DATA_IN_COLUMNS = [
    ("Träger des Vorhabens", "Rechtsform", "Beantragte Förderung", "Projektzeitraum"),
    ("Bürgernetz Oberharz e. V.", "eingetragener Verein", "128.000 Euro", "02/2019 bis 12/2020"),
]


def test_key_data_in_columns_name_applicant_money_and_period(tmp_path: Path, profile: CallProfile) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Steckbrief"),
            KEY_DATA_IN_COLUMNS,
            ("#", "Finanzierung"),
            "Der Verein bringt 32.000 Euro aus Mitgliedsbeiträgen und Spenden ein.",
        ],
    )
    facts = facts_of(path, profile)
    assert facts.applicant is not None and facts.applicant.value == "Bürgernetz Oberharz e. V."
    assert facts.grant_eur is not None and facts.grant_eur.value == 128_000
    # The quote shows the column's label beside its value, as a reader of the table sees them.
    assert facts.grant_eur.evidence.quote == "Beantragte Förderung | 128.000 Euro"
    assert facts.start is not None and facts.start.value == date(2019, 2, 1)
    assert facts.end is not None and facts.end.value == date(2020, 12, 31)
    assert facts.duration_months is not None and facts.duration_months.value == 23


def test_financing_summary_in_columns_in_a_pdf(tmp_path: Path, profile: CallProfile) -> None:
    sketch = parse_text(
        "---\nid: spalten\nwriter: T\nrenderings: [pdf]\nheading_style: word\nfont: Arial\n"
        "font_size: 11\n---\n"
        "# Finanzplan\n\n"
        "Die Kosten verteilen sich auf zwei Jahre; das Land soll den größten Teil tragen.\n\n"
        "| Kosten insgesamt | davon Landesmittel | davon Eigenmittel |\n|---|---|---|\n"
        "| 240.000 € | 192.000 € | 48.000 € |\n",
        "spalten/sketch.md",
    )
    facts = facts_of(render_pdf(sketch, tmp_path / "spalten.pdf"), profile)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 240_000
    assert facts.grant_eur is not None and facts.grant_eur.value == 192_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 48_000
    assert facts.funding_rate is not None and facts.funding_rate.value == pytest.approx(0.8)


def test_key_data_in_rows_keep_their_reading(tmp_path: Path, profile: CallProfile) -> None:
    """Two rows whose first column holds the labels are key data in rows, not in columns."""
    path = build(
        tmp_path,
        [
            ("#", "Antragstellerin"),
            [
                ("Antragstellerin", "Gemeinde Muldestausee", "vertreten durch den Bürgermeister"),
                ("Zuwendung", "150.000 Euro", "für 22 Monate"),
            ],
        ],
    )
    facts = facts_of(path, profile)
    assert facts.applicant is not None and facts.applicant.value == "Gemeinde Muldestausee"
    assert facts.grant_eur is not None and facts.grant_eur.value == 150_000


def test_financing_by_partner_rows_and_role_columns(tmp_path: Path, profile: CallProfile) -> None:
    """A consortium's financing: one row per partner, one column per role, a sum row beneath.

    The sum row's last cell is the own share's sum, not the project's total; each role is its
    column's sum."""
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung im Verbund"),
            [
                ("Verbundpartner", "Landeszuwendung", "Eigenmittel"),
                ("Hochschule Anhalt", "100.000 €", "25.000 €"),
                ("Stadt Köthen (Anhalt)", "60.000 €", "15.000 €"),
                ("Summe", "160.000 €", "40.000 €"),
            ],
        ],
    )
    facts = facts_of(path, profile)
    assert facts.grant_eur is not None and facts.grant_eur.value == 160_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 40_000
    assert facts.total_cost_eur is None or facts.total_cost_eur.value == 200_000
    assert facts.funding_rate is not None and facts.funding_rate.value == pytest.approx(0.8)


def test_tables_of_parts_give_way_to_the_whole_the_text_states(tmp_path: Path, profile: CallProfile) -> None:
    """Each partner's table totals and finances its own share; the sentence after them states the
    project's figures, and the partners' cost types add up to the project's."""
    path = build(
        tmp_path,
        [
            ("#", "Ausgaben und Finanzierung"),
            "Der Landkreis plant für seinen Teil:",
            [
                ("Position", "Betrag"),
                ("Personalausgaben Koordination", "60.000 €"),
                ("Sachausgaben Veranstaltungen", "20.000 €"),
                ("Summe", "80.000 €"),
                ("davon Zuwendung", "64.000 €"),
                ("Eigenanteil Landkreis", "16.000 €"),
            ],
            "Auf den Verein Digitales Dorf e. V. entfallen:",
            [
                ("Position", "Betrag"),
                ("Personalausgaben Ehrenamtskoordination", "50.000 €"),
                ("Sachausgaben Werkstatt", "20.000 €"),
                ("Summe", "70.000 €"),
                ("davon Zuwendung", "56.000 €"),
                ("Eigenanteil Verein", "14.000 €"),
            ],
            "Für das ganze Vorhaben ergeben sich Ausgaben von insgesamt 150.000 Euro, für die eine "
            "Zuwendung von 120.000 Euro beantragt wird, wobei 30.000 Euro aus Eigenmitteln der "
            "Partner kommen.",
        ],
    )
    facts = facts_of(path, profile)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 150_000
    assert facts.grant_eur is not None and facts.grant_eur.value == 120_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 30_000
    assert facts.personnel_eur is not None and facts.personnel_eur.value == 110_000
    assert facts.material_eur is not None and facts.material_eur.value == 40_000


@pytest.mark.parametrize("caption", ["Ausgabenplan (fortgesetzt)", "Weitere Positionen:"])
def test_a_table_carried_over_under_a_caption_is_one_table(
    caption: str, tmp_path: Path, profile: CallProfile
) -> None:
    """A caption that says the table goes on, or a carry-over row opening the next part, joins the
    parts; the carry-over row is no total."""
    header = ("Nr.", "Position", "Betrag")
    path = build(
        tmp_path,
        [
            ("#", "Ausgaben"),
            [
                header,
                ("1", "Personalausgaben Projektleitung", "120.000 €"),
                ("2", "Sachausgaben Miete", "10.000 €"),
                ("", "Übertrag", "130.000 €"),
            ],
            caption,
            [
                header,
                ("", "Übertrag", "130.000 €"),
                ("3", "Sachausgaben Beteiligungswerkstätten", "20.000 €"),
                ("", "Gesamtausgaben", "150.000 €"),
            ],
        ],
    )
    facts = facts_of(path, profile)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 150_000
    assert facts.material_eur is not None and facts.material_eur.value == 30_000


def test_key_data_in_narrow_columns_are_no_cost_positions(tmp_path: Path, profile: CallProfile) -> None:
    """Six columns on a page break long labels inside the word ("Eigenmittel anteil"): the amounts
    of key data whose label is not read are still no material costs."""
    sketch = parse_text(
        "---\nid: schmal\nwriter: T\nrenderings: [pdf]\nheading_style: word\nfont: Times\n"
        "font_size: 12\n---\n"
        "| Zuwendungsempfänger | Förderbetrag | Eigenmittelanteil | Gesamtfinanzierung "
        "| Durchführungszeitraum | Kontaktperson |\n|---|---|---|---|---|---|\n"
        "| Stadt Hettstedt, Markt 1, 06333 Hettstedt | 160.000,00 € | 40.000,00 € | 200.000,00 € "
        "| 01.03.2019 – 31.12.2020 | Herr Jan Bode, Bauamt |\n\n"
        "# Kosten\n\n"
        "| Ausgabenart | Betrag |\n|---|---|\n"
        "| Personalausgaben Koordination | 150.000 € |\n| Sachausgaben Veranstaltungen | 50.000 € |\n"
        "| Summe | 200.000 € |\n",
        "schmal/sketch.md",
    )
    facts = facts_of(render_pdf(sketch, tmp_path / "schmal.pdf"), profile)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 200_000
    assert facts.material_eur is not None and facts.material_eur.value == 50_000


def test_an_address_a_narrow_column_broke_is_one_address(tmp_path: Path, profile: CallProfile) -> None:
    sketch = parse_text(
        "---\nid: mail\nwriter: T\nrenderings: [pdf]\nheading_style: word\nfont: Times\n"
        "font_size: 12\n---\n"
        "# Antragsteller\n\n"
        "| Nr. | Einrichtung | Rolle | Kontakt |\n|---|---|---|---|\n"
        "| 1 | Gemeinde Osternienburger Land | Antragstellerin | Frau Henriette Schwarzkopf, "
        "henriette.schwarzkopf@osternienburger-land.de |\n",
        "mail/sketch.md",
    )
    facts = facts_of(render_pdf(sketch, tmp_path / "mail.pdf"), profile)
    assert facts.contact_email is not None
    assert facts.contact_email.value == "henriette.schwarzkopf@osternienburger-land.de"


def test_two_label_value_pairs_side_by_side_in_each_row(tmp_path: Path, profile: CallProfile) -> None:
    """A form sets two pairs in each row; the right-hand pairs (end, rate) are key data too."""
    path = build(
        tmp_path,
        [
            ("#", "Eckdaten"),
            [
                ("Zuwendungsempfänger", "Gemeinde Südliches Anhalt", "Rechtsform", "Einheitsgemeinde"),
                ("Fördermittel", "152.000 Euro", "Förderquote", "80 %"),
                ("Beginn", "1. Juli 2019", "Ende", "30. Juni 2021"),
            ],
        ],
    )
    facts = facts_of(path, profile)
    assert facts.applicant is not None and facts.applicant.value == "Gemeinde Südliches Anhalt"
    assert facts.grant_eur is not None and facts.grant_eur.value == 152_000
    assert facts.start is not None and facts.start.value == date(2019, 7, 1)
    assert facts.end is not None and facts.end.value == date(2021, 6, 30)


STACKED_KEY_DATA = (
    "**Digitalwerkstatt Unstrut – Projektskizze**\n\n"
    "**Zuwendungsempfänger:**\n\nNetzwerk Unstruttal e. V., Markt 3, 06632 Freyburg\n\n"
    "**Fördermittel:**\n\n136.800 €\n\n"
    "**Ausgaben insgesamt:**\n\n171.000 €\n\n"
    "**Eigenmittel:**\n\n34.200 €\n\n"
    "**Laufzeit:**\n\n04/2019 – 12/2020\n\n"
    "# 1. Ausgangslage\n\n"
    "Im Unstruttal arbeiten Vereine, Schulen und Betriebe bisher jeder für sich an digitalen Angeboten.\n"
)


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_each_label_a_line_above_its_value(tmp_path: Path, profile: CallProfile, kind: str) -> None:
    """A form typed as bold label lines, each over a line with its value, gives every key fact;
    in the PDF a short bold line above another is no heading wrapped onto a second line."""
    sketch = parse_text(
        "---\nid: gestapelt\nwriter: T\nrenderings: [docx, pdf]\nheading_style: bold\nfont: Times\n"
        "font_size: 12\n---\n" + STACKED_KEY_DATA,
        "gestapelt/sketch.md",
    )
    render = render_docx if kind == "docx" else render_pdf
    path = render(sketch, tmp_path / f"gestapelt.{kind}")
    facts = facts_of(path, profile)
    assert facts.applicant is not None and facts.applicant.value == "Netzwerk Unstruttal e. V."
    assert facts.grant_eur is not None and facts.grant_eur.value == 136_800
    assert facts.grant_eur.evidence.quote == "Fördermittel | 136.800 €"
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 171_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 34_200
    assert facts.funding_rate is not None and facts.funding_rate.value == pytest.approx(0.8)
    assert facts.start is not None and facts.start.value == date(2019, 4, 1)
    assert facts.end is not None and facts.end.value == date(2020, 12, 31)
    assert sketchproc.read_document(path).title == "Digitalwerkstatt Unstrut"


def test_a_label_over_a_paragraph_of_prose_is_no_key_row(tmp_path: Path, profile: CallProfile) -> None:
    """A bold line naming a fact over a long sentence is a pseudo-heading, read as before: the
    sentence's own words bind its amounts."""
    path = build(
        tmp_path,
        [
            "Zuwendung",
            "Die Gesamtausgaben von 205.000 Euro sollen zu vier Fünfteln, also mit 164.000 Euro, vom "
            "Land gefördert werden; die übrigen 41.000 Euro trägt der Landkreis aus seinem Haushalt.",
        ],
    )
    facts = facts_of(path, profile)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 205_000
    assert facts.grant_eur is not None and facts.grant_eur.value == 164_000


def test_key_data_in_a_framed_box_read_as_its_pdf_reads(tmp_path: Path, profile: CallProfile) -> None:
    """A Word frame (a table of one cell) around the key data holds text, not a table: each line
    of it gives its fact in the .docx as in the PDF."""
    sketch = parse_text(
        "---\nid: kasten\nwriter: T\nrenderings: [docx, pdf]\nheading_style: word\nfont: Arial\n"
        "font_size: 10\n---\n"
        "::: boxed\n"
        "**Das Wichtigste in Kürze**\n\n"
        "Träger: Verbandsgemeinde Saale-Wipper, Markt 1, 06425 Alsleben\n\n"
        "Fördersumme: 157.600 EUR\n\n"
        "Projektvolumen: 197.000 EUR\n\n"
        "Durchführungszeitraum: 01.05.2019 – 31.12.2020\n"
        ":::\n\n"
        "# Ausgangslage\n\n"
        "Die sechs Mitgliedsgemeinden teilen sich Verwaltung, Schulen und Vereine.\n",
        "kasten/sketch.md",
    )
    for path in (render_docx(sketch, tmp_path / "kasten.docx"), render_pdf(sketch, tmp_path / "kasten.pdf")):
        facts = facts_of(path, profile)
        assert facts.grant_eur is not None and facts.grant_eur.value == 157_600, path.name
        assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 197_000, path.name
        assert facts.funding_rate is not None and facts.funding_rate.value == pytest.approx(0.8), path.name
        assert facts.start is not None and facts.start.value == date(2019, 5, 1), path.name


_SIDE_BY_SIDE = (
    "# Kosten und Finanzierung\n\n"
    "| Mittelverwendung | Betrag | Mittelherkunft | Betrag |\n|---|---|---|---|\n"
    "| Koordinatorin (1,0 Stelle, EG 11) | 118.000 € | Landeszuschuss (80 %) | 152.000 € |\n"
    "| Raummiete Bürgerbüro | 12.000 € | Städtischer Eigenanteil | 30.000 € |\n"
    "| Beteiligungswerkstätten | 20.000 € | Spende der Volksbank (2 × 4.000 €) | 8.000 € |\n"
    "| Homepage und Druck | 40.000 € | | |\n"
    "| Summe | 190.000 € | Summe | 190.000 € |\n"
)


def _swapped(table: str) -> str:
    """The table with its halves swapped: the sources of money on the left."""
    out = []
    for line in table.splitlines():
        cells = line.strip("|").split("|")
        out.append("|" + "|".join([*cells[2:], *cells[:2]]) + "|" if len(cells) == 4 else line)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("kind", ["pdf", "docx"])
@pytest.mark.parametrize("financing_first", [False, True])
def test_costs_and_financing_side_by_side_are_two_tables(
    tmp_path: Path, profile: CallProfile, kind: str, financing_first: bool
) -> None:
    """Each row pairs a cost position with a source of money it has nothing to do with: the
    grant beside the coordinator's post is no personnel cost."""
    from tests.builders.blind_docx import render_docx

    table = _swapped(_SIDE_BY_SIDE) if financing_first else _SIDE_BY_SIDE
    sketch = parse_text(
        f"---\nid: halves\nwriter: T\nrenderings: [{kind}]\nheading_style: word\nfont: Arial\n"
        "font_size: 11\n---\n" + table,
        "halves/sketch.md",
    )
    render = render_pdf if kind == "pdf" else render_docx
    facts = facts_of(render(sketch, tmp_path / f"halves.{kind}"), profile)
    assert facts.personnel_eur is not None and facts.personnel_eur.value == 118_000
    assert facts.material_eur is not None and facts.material_eur.value == 72_000
    assert facts.grant_eur is not None and facts.grant_eur.value == 152_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 30_000
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 190_000
