"""A folder of submissions built in code: one sketch in three renderings, a revision of it,
and a sketch of another applicant written into the same call template.

The texts are written in the blind builders' Markdown dialect and rendered by them, so the
files are real .docx, text PDF and image-only PDF (scan), like an office receives them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import docx

from tests.builders.blind_docx import render_docx
from tests.builders.blind_markdown import parse_text
from tests.builders.blind_pdf import render_pdf
from tests.builders.scan import render_scan

# The call's template: headings and the instruction under each, identical for every applicant.
TEMPLATE = (
    ("1. Antragsteller", "Bitte geben Sie den Antragsteller, die Rechtsform und die Anschrift an."),
    ("2. Ausgangslage", "Bitte beschreiben Sie hier die Ausgangslage in Ihrer Region in wenigen Sätzen."),
    ("3. Ziele", "Bitte beschreiben Sie die Ziele des Digitalisierungszentrums und wie Sie sie messen."),
    ("4. Maßnahmen", "Bitte stellen Sie hier dar, welche Maßnahmen Sie in welcher Reihenfolge planen."),
    ("5. Zeitplan", "Bitte geben Sie Beginn, Ende und die wichtigsten Meilensteine an."),
    ("6. Finanzierung", "Bitte geben Sie die Gesamtkosten, die beantragte Zuwendung und den Eigenanteil an."),
)

HARZ = {
    "1. Antragsteller": "Antragsteller ist der Landkreis Harz, Friedrich-Ebert-Straße 42, 38820 Halberstadt, "
    "eine Gebietskörperschaft. Ansprechpartnerin ist Frau Anke Vogt, digital@kreis-hz.de.",
    "2. Ausgangslage": "Im Landkreis Harz leben rund 214.000 Menschen in elf Städten und Gemeinden. Die "
    "Verwaltungen arbeiten noch weitgehend mit Papierakten, viele Bürgerdienste sind nur im Rathaus "
    "erreichbar. Handwerksbetriebe im Vorharz berichten von langen Wegen zu Behörden und fehlender "
    "Beratung zur Digitalisierung ihrer Abläufe.",
    "3. Ziele": "Das Digitalzentrum Harz bündelt die Beratung für Kommunen und Betriebe an einem Ort in "
    "Halberstadt. Bis Ende 2020 sollen zwanzig Verwaltungsleistungen online angeboten und sechzig "
    "Betriebe zu digitalen Abläufen beraten werden. Eine Lenkungsgruppe mit den Bürgermeistern prüft "
    "die Fortschritte jedes Quartal.",
    "4. Maßnahmen": "Wir richten eine Koordinierungsstelle mit zwei Fachkräften ein, führen monatliche "
    "Sprechstunden in Wernigerode, Quedlinburg und Thale durch und entwickeln mit der Hochschule Harz "
    "einen Leitfaden für digitale Antragsverfahren. Zwei Pilotgemeinden erproben die elektronische Akte.",
    "5. Zeitplan": "Das Projekt beginnt am 01.03.2019 und endet am 31.12.2020. Meilensteine sind die "
    "Eröffnung der Koordinierungsstelle im Juni 2019 und der Abschlussbericht im Dezember 2020.",
    "6. Finanzierung": "Die Gesamtkosten betragen 200.000 €. Beantragt wird eine Zuwendung von 160.000 €, "
    "der Eigenanteil des Landkreises beträgt 40.000 €.",
}

# The revision: the measures section rewritten in part, a risk section added, a higher grant.
HARZ_REVISED = {
    **HARZ,
    "4. Maßnahmen": HARZ["4. Maßnahmen"]
    + " Neu hinzu kommt ein mobiles Beratungsteam, das Betriebe in abgelegenen Ortsteilen aufsucht.",
    "6. Finanzierung": "Die Gesamtkosten betragen 220.000 €. Beantragt wird eine Zuwendung von 176.000 €, "
    "der Eigenanteil des Landkreises beträgt 44.000 €.",
    "7. Risiken": "Fällt eine Fachkraft aus, übernimmt die Wirtschaftsförderung des Landkreises die "
    "Sprechstunden vorübergehend. Verzögerungen bei der elektronischen Akte fangen die Pilotgemeinden "
    "mit einem gestuften Vorgehen ab.",
}

BOERDE = {
    "1. Antragsteller": "Antragsteller ist die Stadt Oschersleben (Bode), Markt 1, 39387 Oschersleben, "
    "eine Gemeinde. Ansprechpartner ist Herr Tobias Kern, kern@oschersleben.de.",
    "2. Ausgangslage": "Oschersleben liegt in der Magdeburger Börde und ist von Landwirtschaft und "
    "Logistik geprägt. Die Schulen der Stadt haben kaum Breitband, und Vereine organisieren sich per "
    "Telefonkette. Ältere Menschen in den Ortsteilen erreichen Angebote der Stadt nur schwer.",
    "3. Ziele": "Ein Digitalcafé im alten Bahnhof soll Jung und Alt zusammenbringen. Vierzig Vereine "
    "sollen eine gemeinsame Plattform nutzen, und jede Schule erhält eine Medienpatenschaft mit einem "
    "örtlichen Unternehmen.",
    "4. Maßnahmen": "Wir bauen den Wartesaal des Bahnhofs zum Treffpunkt um, schulen ehrenamtliche "
    "Digitallotsen und starten eine Vereinsplattform mit Terminkalender. Landwirte erhalten Kurse zu "
    "Präzisionstechnik in Zusammenarbeit mit dem Bauernverband.",
    "5. Zeitplan": "Beginn ist der 01.04.2019, Ende der 30.11.2020. Das Digitalcafé öffnet im September "
    "2019, die Vereinsplattform geht im Frühjahr 2020 online.",
    "6. Finanzierung": "Die Gesamtkosten betragen 150.000 €. Beantragt wird eine Zuwendung von 120.000 €, "
    "der Eigenanteil der Stadt beträgt 30.000 €.",
}

HARZ_TITLE = "Digitalzentrum Harz"
BOERDE_TITLE = "Digitalcafé Börde"


def sketch_markdown(sketch_id: str, title: str, sections: dict[str, str]) -> str:
    """The sketch in the blind builders' Markdown: cover, template headings and instructions, text."""
    lines = [
        "---",
        f"id: {sketch_id}",
        "writer: T1",
        "renderings: [docx, pdf]",
        "heading_style: word",
        "font: Arial",
        "font_size: 11",
        "---",
        "",
        "::: cover",
        title,
        "Projektskizze zum Förderaufruf Regionale Digitalisierungszentren",
        ":::",
        "",
    ]
    instructions = dict(TEMPLATE)
    for heading in [*(h for h, _ in TEMPLATE), *(h for h in sections if h not in instructions)]:
        lines += [f"# {heading}", ""]
        if heading in instructions:
            lines += ["::: instruction", instructions[heading], ":::", ""]
        if heading in sections:
            lines += [sections[heading], ""]
    return "\n".join(lines)


def set_docx_dates(path: Path, when: datetime) -> None:
    """Give a .docx its own modification date, as Word does when the author saves a revision."""
    document = docx.Document(str(path))
    document.core_properties.modified = when
    document.core_properties.created = when
    document.save(str(path))


def build_submission_folder(root: Path, *, scan: bool = True) -> dict[str, str]:
    """Write the folder; return role → path relative to `root`.

    Roles: docx, pdf, scan (one version of the Harz sketch), revision (its later .docx),
    other (the Börde sketch on the same template).
    """
    harz = parse_text(sketch_markdown("t_harz", HARZ_TITLE, HARZ))
    revised = parse_text(sketch_markdown("t_harz_v2", HARZ_TITLE, HARZ_REVISED))
    boerde = parse_text(sketch_markdown("t_boerde", BOERDE_TITLE, BOERDE))
    paths = {
        "docx": "Landkreis Harz/Projektskizze.docx",
        "pdf": "Landkreis Harz/Projektskizze unterschrieben.pdf",
        "scan": "Posteingang/Scan_0001.pdf",
        "revision": "Nachreichungen/Skizze Harz überarbeitet.docx",
        "other": "Stadt Oschersleben/Projektskizze.docx",
    }
    for relative in paths.values():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
    render_docx(harz, root / paths["docx"])
    render_pdf(harz, root / paths["pdf"])
    if scan:
        render_scan(root / paths["pdf"], root / paths["scan"], "t_harz")
    else:
        del paths["scan"]
    render_docx(revised, root / paths["revision"])
    set_docx_dates(root / paths["revision"], datetime(2019, 2, 20, 10, 0, tzinfo=UTC))
    render_docx(boerde, root / paths["other"])
    return paths
