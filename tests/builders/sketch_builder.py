"""Build a complete, compliant German project sketch (.docx) in code, with knobs to break it.

`SketchSpec()` describes the sketch of a fictitious "Digitalisierungszentrum Börde" run by
the Stadt Haldensleben: all 13 outline sections with realistic text, an applicant table, a
schedule table and a budget table. `dataclasses.replace(spec, …)` or `spec.with_section(…)`
breaks one item (grant=210_000, end="31.03.2021", legal form GbR, no Verstetigung …).
`build_sketch` writes the .docx; `facts_for` gives the Facts a facts stage should extract
from it (until facts.py exists); `mapping_by_headings` maps sections by their exact titles.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import docx

from sketchproc.model import (
    AmountFact,
    CoverageStatus,
    DateFact,
    Evidence,
    Facts,
    MatchSource,
    MonthsFact,
    OutlineCoverage,
    OutlineMapping,
    Partner,
    SectionedDocument,
    SectionMatch,
    TextFact,
)
from sketchproc.numbering import split_number
from sketchproc.profiles.schema import CallProfile


@dataclass(frozen=True)
class Bullet:
    """A list item ("List Bullet" style)."""

    text: str


@dataclass(frozen=True)
class Table:
    """A table; the first row is the header."""

    rows: tuple[tuple[str, ...], ...]


Content = str | Bullet | Table


def eur(value: float) -> str:
    """German money format as sketches write it: 170.320 €."""
    return f"{value:,.0f}".replace(",", ".") + " €"


# --- default content, one entry per outline id ------------------------------------------

SUMMARY = (
    "Die Stadt Haldensleben errichtet im Landkreis Börde ein regionales {centre} als Leit- und "
    "Koordinierungsstelle für die digitale Transformation von Verwaltung, Wirtschaft und Zivilgesellschaft. "
    "Das {centre} bündelt die bestehenden Digitalisierungsinitiativen der Region, vernetzt Unternehmen, "
    "Hochschule und Kommunen und erarbeitet mit den Bürgerinnen und Bürgern eine Digitale Strategie für die "
    "Region Börde. In zwei Jahren sollen Pilotprojekte zu kommunalem WLAN, digitalem Tourismus und "
    "Logistik 4.0 "
    "angestoßen werden."
)
BASELINE = (
    "Die Stadt Haldensleben ist Kreisstadt des Landkreises Börde und zählt rund 19.500 Einwohnerinnen und "
    "Einwohner; im Landkreis leben etwa 172.000 Menschen in 19 Städten und Gemeinden. Der Anteil der "
    "über 65-Jährigen liegt bei 27 Prozent und steigt weiter. Die Breitbandversorgung mit "
    "mindestens 50 Mbit/s "
    "erreicht erst 64 Prozent der Haushalte, in den Ortsteilen Satuelle und Uthmöden deutlich weniger. "
    "Die Wirtschaft ist von kleinen und mittleren Unternehmen der Logistik, Lebensmittelindustrie und des "
    "Handwerks geprägt, die bei der Digitalisierung ihrer Geschäftsprozesse kaum Unterstützung finden. "
    "Bestehende Projekte wie die LEADER-Region Flechtinger Höhenzug, das Modellvorhaben Land(auf)Schwung und "
    "der Breitband-Zweckverband arbeiten bislang nebeneinander. Es fehlt eine Stelle, die diese Initiativen "
    "koordiniert, Wissen bündelt und die Verwaltung beim Onlinezugangsgesetz unterstützt."
    " Viele Vereine und Händler wünschen sich nach einer ersten Umfrage der Stadt mehr Beratung vor Ort."
)
OBJECTIVES = (
    "Oberziel ist eine vom Stadtrat beschlossene Digitale Agenda für die Region Börde bis 11/2020. "
    "Bis Ende 2020 sollen mindestens 10 Veranstaltungen mit zusammen 400 Teilnehmenden stattfinden. "
    "Mindestens 30 kleine und mittlere Unternehmen werden zu digitalen Geschäftsmodellen beraten. "
    "In der Verwaltung sollen bis 12/2020 mindestens 5 Verwaltungsleistungen online angeboten werden. "
    "Die Ziele folgen den Handlungsfeldern der Digitalen Agenda des Landes Sachsen-Anhalt und dem Ansatz "
    "einer lebenswerten, zukunftsfesten Kommune als Wirtschaftsstandort und Lebensraum für alle Generationen."
    " Die Zielerreichung wird halbjährlich im Beirat überprüft."
)
WORK_INTRO = (
    "Die Aufgaben des Zentrums gliedern sich in vier Arbeitspakete, die zeitlich aufeinander aufbauen und "
    "von der Projektleitung gesteuert werden. Jedes Arbeitspaket schließt mit einem überprüfbaren "
    "Ergebnis ab."
    " Die Arbeitspakete greifen die Handlungsfelder Wirtschaft, Verwaltung, Mobilität und Tourismus auf und "
    "werden mit den Partnern im Netzwerk abgestimmt."
)
WORK_PACKAGES = (
    "Arbeitspaket 1: Das Zentrum führt eine Bestandsaufnahme aller Digitalisierungsprojekte in Stadt und "
    "Landkreis durch und koordiniert die Akteure in einem regelmäßigen Netzwerktreffen.",
    "Arbeitspaket 2: Es berät kleine und mittlere Unternehmen zu Fördermitteln, IT-Sicherheit und "
    "digitalen Geschäftsmodellen und organisiert Veranstaltungen zu Logistik 4.0.",
    "Arbeitspaket 3: Es pilotiert ein kommunales WLAN in der Innenstadt und einen digitalen Stadtrundgang "
    "für den Tourismus gemeinsam mit der Tourist-Information.",
    "Arbeitspaket 4: Es unterstützt die Verwaltung bei der Einführung von Online-Anträgen und der "
    "elektronischen Akte und schult die Beschäftigten der Stadtverwaltung.",
    "Arbeitspaket 5: Es organisiert die Öffentlichkeitsarbeit mit Website, Newsletter und einem jährlichen "
    "Digitaltag und dokumentiert die Ergebnisse für andere Regionen.",
)
PARTICIPATION = (
    "Das Zentrum stößt einen offenen Beteiligungsprozess an. Zum Auftakt führen wir eine Online-Befragung "
    "der Bürgerinnen und Bürger sowie eine Unternehmensbefragung mit der IHK durch. Darauf folgen drei "
    "Zukunftswerkstätten mit Vereinen, Jugendlichen und Senioren sowie ein Hackathon mit Studierenden der "
    "Hochschule. Eine Lenkungsgruppe aus Verwaltung, Wirtschaft und Zivilgesellschaft begleitet den Prozess. "
    "Ergebnis ist eine Digitale Strategie für die Region Börde, die das Zentrum bis Herbst 2020 erarbeitet "
    "und dem Stadtrat zum Beschluss vorlegt. Die Strategie folgt dem Konzept der Smart Region und greift "
    "die Leitlinien der Smart City Charta auf."
)
NETWORK = (
    "Das Netzwerk umfasst die Hochschule Magdeburg-Stendal, die IHK Magdeburg, die Kreishandwerkerschaft "
    "Börde, die Wirtschaftsförderung des Landkreises Börde, den Heimatverein Haldensleben e. V. sowie die "
    "Stadtwerke Haldensleben GmbH. Alle Partner haben ihre Mitwirkung durch Absichtserklärungen bestätigt; "
    "weitere Unternehmen und Vereine sollen im Projektverlauf gewonnen werden."
    " Die Rollen sind klar verteilt: Die Hochschule begleitet die Bestandsaufnahme wissenschaftlich, die IHK "
    "und die Kreishandwerkerschaft sprechen ihre Mitgliedsbetriebe an."
)
ORGANISATION = (
    "Das Zentrum wird als Stabsstelle beim Bürgermeister angesiedelt und hat sein Büro im Rathaus. "
    "Es wird mit zwei Vollzeitstellen (2,0 VZÄ, Entgeltgruppe E 11 TVöD) ausgestattet: einer Projektleitung "
    "und einer Netzwerkmanagerin. Die Stellen werden zum 01.01.2019 besetzt. Ein Beirat mit Vertretern "
    "der Partner tagt halbjährlich und erhält einen Sachbericht."
    " Die Fachaufsicht liegt beim Amt für Wirtschaftsförderung."
)
SCHEDULE_INTRO = "Das Vorhaben läuft vom {start} bis zum {end} ({months} Monate)."
SCHEDULE_ROWS = (
    ("Meilenstein", "Termin"),
    ("Besetzung der Stellen und Auftaktveranstaltung", "01/2019"),
    ("Bestandsaufnahme und Befragungen abgeschlossen", "09/2019"),
    ("Zukunftswerkstätten und Hackathon durchgeführt", "03/2020"),
    ("Entwurf der Digitalen Strategie", "07/2020"),
    ("Beschluss des Stadtrates und Übergabe in den Regelbetrieb", "11/2020"),
)
SUSTAINABILITY = (
    "Nach Förderende übernimmt die Stadt Haldensleben die Trägerschaft des Zentrums dauerhaft. Die Stelle "
    "der Projektleitung wird in den Stellenplan 2021 aufgenommen und aus dem städtischen Haushalt "
    "finanziert. "
    "Die Partner des Netzwerks beteiligen sich über Mitgliedsbeiträge an den Sachkosten. Für Pilotprojekte "
    "werden Anschlussförderungen des Landes und des Bundes beantragt, damit die Strukturen selbsttragend "
    "weiterarbeiten."
    " Das Netzwerk bleibt als offener Arbeitskreis bestehen und trifft sich weiterhin vierteljährlich."
)
RESULTS = (
    "Ergebnisse sind die beschlossene Digitale Agenda, ein Netzwerk von mindestens 40 aktiven Partnern, "
    "10 Veranstaltungen und zwei erprobte Pilotdienste. Der Erfolg wird über jährliche Berichte an "
    "den Beirat "
    "gemessen. Die Ergebnisse werden auf der Website veröffentlicht und im Austausch mit den anderen "
    "Digitalisierungszentren des Landes übertragen."
    " Ein Leitfaden beschreibt das Vorgehen für andere Kommunen."
)
ANNEXES = (
    Bullet("Anlage 1: Absichtserklärungen der Partner (Hochschule, IHK, Kreishandwerkerschaft)"),
    Bullet("Anlage 2: Beschluss des Stadtrates vom 12.09.2018 zum Eigenanteil"),
    Bullet("Anlage 3: Detaillierter Kosten- und Finanzierungsplan"),
)
SIGNATURE = ("Haldensleben, 15.10.2018", "Unterschrift: Bürgermeister der Stadt Haldensleben")


def default_sections() -> dict[str, tuple[Content, ...]]:
    """The prose sections of the compliant sketch (applicant, schedule and budget are built)."""
    return {
        "summary": (SUMMARY,),
        "baseline": (BASELINE,),
        "objectives": (OBJECTIVES,),
        "work_programme": (WORK_INTRO, *(Bullet(text) for text in WORK_PACKAGES)),
        "participation": (PARTICIPATION,),
        "network": (NETWORK,),
        "organisation": (ORGANISATION,),
        "sustainability": (SUSTAINABILITY,),
        "results_transfer": (RESULTS,),
        "annexes": ANNEXES,
    }


TITLES = {
    "applicant": "Antragsteller und Ansprechpartner",
    "summary": "Kurzbeschreibung des Vorhabens",
    "baseline": "Ausgangslage und Handlungsbedarf",
    "objectives": "Ziele des Digitalisierungszentrums",
    "work_programme": "Aufgaben, Handlungsfelder und Maßnahmen",
    "participation": "Beteiligungsprozess und Erarbeitung der Digitalen Strategie",
    "network": "Netzwerk, Partner und Kooperationen",
    "organisation": "Organisation, Personal und Standort",
    "schedule": "Zeit- und Arbeitsplan",
    "budget": "Kosten- und Finanzierungsplan",
    "sustainability": "Verstetigung nach Förderende",
    "results_transfer": "Erwartete Ergebnisse, Erfolgsmessung und Übertragbarkeit",
    "annexes": "Anlagen",
}
DEFAULT_PARTNERS = (
    ("Hochschule Magdeburg-Stendal", "science"),
    ("IHK Magdeburg", "chamber"),
    ("Kreishandwerkerschaft Börde", "association"),
    ("Wirtschaftsförderung des Landkreises Börde", "economic_development"),
    ("Heimatverein Haldensleben e. V.", "initiative_club"),
    ("Stadtwerke Haldensleben GmbH", "company_startup"),
)


@dataclass(frozen=True)
class SketchSpec:
    """Knobs of the sketch; the defaults make a sketch that meets every checklist item."""

    applicant: str | None = "Stadt Haldensleben"
    legal_form: str | None = "stadt"  # legal form id of the profile
    legal_form_text: str = "Gebietskörperschaft (Stadt)"
    address: str | None = "Markt 20–22, 39340 Haldensleben"
    region: str | None = "boerde"  # gazetteer district id
    region_outside: str | None = None
    centre: str = "Digitalisierungszentrum"  # the word for the subject throughout the text
    subject_extra: str | None = None  # a sentence added to the summary
    start: str | None = "01.01.2019"
    end: str | None = "31.12.2020"
    months: int | None = 24
    grant: float | None = 170_320
    own_share: float | None = 42_580
    total: float | None = 212_900
    personnel: float | None = 168_000
    material: float | None = 44_900
    extra_cost_rows: tuple[tuple[str, float], ...] = ()
    schedule_rows: tuple[tuple[str, ...], ...] = SCHEDULE_ROWS
    partners: tuple[tuple[str, str], ...] = DEFAULT_PARTNERS
    signature: bool = True
    omit: frozenset[str] = frozenset()
    sections: dict[str, tuple[Content, ...]] = field(default_factory=default_sections)

    def with_section(self, outline_id: str, *content: Content) -> SketchSpec:
        """A copy whose section `outline_id` holds `content` instead."""
        return dataclasses.replace(self, sections={**self.sections, outline_id: tuple(content)})

    def replace_rows(self, schedule_rows: tuple[tuple[str, ...], ...]) -> SketchSpec:
        """A copy with other schedule table rows (header first)."""
        return dataclasses.replace(self, schedule_rows=schedule_rows)

    def without(self, *outline_ids: str) -> SketchSpec:
        """A copy without the given sections (heading and text)."""
        return dataclasses.replace(self, omit=self.omit | frozenset(outline_ids))


# --- writing the .docx -------------------------------------------------------------------


def build_sketch(spec: SketchSpec, path: Path) -> Path:
    """Write the sketch described by `spec` to `path` (a .docx) and return the path."""
    document = docx.Document()
    document.add_paragraph("Projektskizze", style="Title")
    document.add_paragraph(f"{spec.centre} Börde – Aufbau eines regionalen Digitalisierungszentrums")
    builders = {"applicant": _applicant, "schedule": _schedule, "budget": _budget}
    number = 0
    for outline_id, title in TITLES.items():
        if outline_id in spec.omit:
            continue
        number += 1
        document.add_heading(f"{number}. {title}", level=1)
        content = builders[outline_id](spec) if outline_id in builders else spec.sections[outline_id]
        for part in content:
            _write(document, part, spec)
    if spec.signature:
        for line in SIGNATURE:
            document.add_paragraph(line)
    document.save(str(path))
    return path


def _write(document: docx.document.Document, part: Content, spec: SketchSpec) -> None:
    if isinstance(part, Table):
        table = document.add_table(rows=len(part.rows), cols=len(part.rows[0]))
        for row, values in zip(table.rows, part.rows, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    elif isinstance(part, Bullet):
        document.add_paragraph(part.text.format(centre=spec.centre), style="List Bullet")
    else:
        document.add_paragraph(part.format(centre=spec.centre))


def _applicant(spec: SketchSpec) -> tuple[Content, ...]:
    rows: list[tuple[str, str]] = [("Angabe", "Inhalt")]
    rows += [("Antragsteller", spec.applicant)] if spec.applicant else []
    rows += [("Rechtsform", spec.legal_form_text)]
    rows += [("Anschrift", spec.address)] if spec.address else []
    rows += [("Ansprechpartnerin", "Anna Beispiel, Telefon 03904 479-100, E-Mail digital@haldensleben.de")]
    intro = f"Antragsteller ist die Organisation {spec.applicant}, vertreten durch die Leitung."
    return (intro if spec.applicant else "Angaben folgen.", Table(tuple(rows)))


def _schedule(spec: SketchSpec) -> tuple[Content, ...]:
    if spec.start and spec.end:
        intro = SCHEDULE_INTRO.format(start=spec.start, end=spec.end, months=spec.months)
    else:
        intro = f"Das Vorhaben läuft über {spec.months} Monate."
    return (intro, Table(spec.schedule_rows))


def _budget(spec: SketchSpec) -> tuple[Content, ...]:
    rows: list[tuple[str, str]] = [("Position", "Betrag")]
    rows += [("Personalkosten (2,0 VZÄ, 24 Monate)", eur(spec.personnel))] if spec.personnel else []
    rows += (
        [("Sachkosten (Miete, Reisen, Veranstaltungen, Öffentlichkeitsarbeit)", eur(spec.material))]
        if spec.material
        else []
    )
    rows += [(label, eur(amount)) for label, amount in spec.extra_cost_rows]
    rows += [("Gesamtkosten", eur(spec.total))] if spec.total else []
    rows += [("Beantragte Zuwendung (80 %)", eur(spec.grant))] if spec.grant else []
    rows += [("Eigenanteil der Stadt (20 %)", eur(spec.own_share))] if spec.own_share else []
    text = "Die Kosten verteilen sich gleichmäßig auf die Jahre 2019 und 2020."
    return (text, Table(tuple(rows)))


# --- stand-ins for the outline and facts stages ------------------------------------------


def mapping_by_headings(sectioned: SectionedDocument, profile: CallProfile) -> OutlineMapping:
    """Map each section whose title equals an outline title (number removed); tables make it present."""
    by_title = {section.title.casefold(): section.id for section in profile.outline.sections}
    matches = []
    for section in sectioned.sections:
        _, title = split_number(section.title)
        outline_id = by_title.get(title.strip().casefold())
        ids = (outline_id,) if outline_id else ()
        source = MatchSource.HEADING if ids else MatchSource.NONE
        matches.append(SectionMatch(section=section.index, outline_ids=ids, confidence=1.0, source=source))
    coverage = []
    for spec in sorted(profile.outline.sections, key=lambda s: s.order):
        chosen = [s for s, m in zip(sectioned.sections, matches, strict=True) if spec.id in m.outline_ids]
        words = sum(s.words for s in chosen)
        if not chosen:
            status = CoverageStatus.MISSING
        elif words >= spec.min_words or any(s.tables for s in chosen):
            status = CoverageStatus.PRESENT
        else:
            status = CoverageStatus.THIN
        sections = tuple(s.index for s in chosen)
        coverage.append(OutlineCoverage(outline_id=spec.id, status=status, sections=sections, words=words))
    return OutlineMapping(sectioned=sectioned, matches=tuple(matches), coverage=tuple(coverage))


def _day(text: str) -> date:
    day, month, year = (int(part) for part in text.split("."))
    return date(year, month, day)


def facts_for(spec: SketchSpec) -> Facts:
    """The Facts a facts stage should extract from the sketch of `spec`."""

    def cite(quote: str) -> Evidence:
        return Evidence(quote=quote, page=None, paragraph=None, section=None)

    def money(label: str, value: float | None) -> AmountFact | None:
        return (
            AmountFact(value=value, evidence=cite(f"{label} | {eur(value)}")) if value is not None else None
        )

    partners = tuple(
        Partner(name=name, category=category, evidence=cite(name)) for name, category in spec.partners
    )
    return Facts(
        applicant=TextFact(value=spec.applicant, evidence=cite(f"Antragsteller | {spec.applicant}"))
        if spec.applicant
        else None,
        legal_form=TextFact(value=spec.legal_form, evidence=cite(spec.legal_form_text))
        if spec.legal_form
        else None,
        region=TextFact(value=spec.region, evidence=cite("Landkreis Börde")) if spec.region else None,
        region_outside=TextFact(value=spec.region_outside, evidence=cite(spec.region_outside))
        if spec.region_outside
        else None,
        grant_eur=money("Beantragte Zuwendung (80 %)", spec.grant),
        own_share_eur=money("Eigenanteil der Stadt (20 %)", spec.own_share),
        total_cost_eur=money("Gesamtkosten", spec.total),
        personnel_eur=money("Personalkosten", spec.personnel),
        material_eur=money("Sachkosten", spec.material),
        start=DateFact(value=_day(spec.start), evidence=cite(spec.start)) if spec.start else None,
        end=DateFact(value=_day(spec.end), evidence=cite(spec.end)) if spec.end else None,
        duration_months=MonthsFact(value=spec.months, evidence=cite(f"{spec.months} Monate"))
        if spec.months
        else None,
        partners=partners,
    )
