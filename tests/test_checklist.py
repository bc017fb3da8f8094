"""Checklist on real .docx sketches built in code: every item holds on the compliant sketch and
fails on a sketch broken for it.

Documents go through read_document → sections_from_document → mapping → check_items. In the
per-item tests the facts come from `facts_for` (the builder's knobs, so each test isolates the
checklist from the facts stage) and the mapping uses the exact headings (`mapping_by_headings`);
the end-to-end tests use the real `map_outline` and `extract_facts`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

import sketchproc
from sketchproc.checklist import check_items
from sketchproc.facts import extract_facts
from sketchproc.model import (
    CheckResult,
    CheckStatus,
    CoverageStatus,
    Document,
    OutlineMapping,
    PageInfo,
    SectionedDocument,
)
from sketchproc.outline import map_outline
from sketchproc.passages import index_passages
from sketchproc.profiles import load_profile
from tests.builders.sketch_builder import (
    ANNEXES,
    NETWORK,
    PARTICIPATION,
    SCHEDULE_ROWS,
    SUMMARY,
    Bullet,
    SketchSpec,
    build_sketch,
    facts_for,
    mapping_by_headings,
)

PROFILE = load_profile()
ITEM_IDS = PROFILE.checklist.ids
COMPLIANT = SketchSpec()

Results = tuple[tuple[CheckResult, ...], tuple[CheckResult, ...]]


def _sectioned(spec: SketchSpec, tmp_path: Path) -> SectionedDocument:
    path = build_sketch(spec, tmp_path / "skizze.docx")
    return sketchproc.sections_from_document(sketchproc.read_document(path))


def _run(spec: SketchSpec, tmp_path: Path) -> Results:
    sectioned = _sectioned(spec, tmp_path)
    return check_items(
        index_passages(mapping_by_headings(sectioned, PROFILE), PROFILE), facts_for(spec), PROFILE
    )


def _by_id(results: Results) -> dict[str, CheckResult]:
    return {result.item_id: result for result in results[0]}


def _checked(tmp_path: Path, parts: list[object]) -> dict[str, CheckResult]:
    """Every item's result for a .docx sketch built from `parts` (see tests.test_facts.build)."""
    from sketchproc.pipeline import check
    from tests.test_facts import build

    return {r.item_id: r for r in check(build(tmp_path, parts)).checklist}  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def compliant(tmp_path_factory: pytest.TempPathFactory) -> Results:
    return _run(COMPLIANT, tmp_path_factory.mktemp("compliant"))


# --- the compliant sketch --------------------------------------------------------------


def test_items_come_in_profile_order(compliant: Results) -> None:
    assert tuple(result.item_id for result in compliant[0]) == ITEM_IDS


@pytest.mark.parametrize("item_id", ITEM_IDS)
def test_item_holds_on_compliant_sketch(compliant: Results, item_id: str) -> None:
    result = _by_id(compliant)[item_id]
    assert result.status is CheckStatus.OK, result.note
    assert result.verdict == "erfüllt"
    assert result.note


def test_compliant_sketch_has_no_extra_findings(compliant: Results) -> None:
    assert compliant[1] == ()


def test_evidence_quotes_the_sketch(compliant: Results) -> None:
    result = _by_id(compliant)["staffing_plan"]
    assert any("Vollzeitstellen" in evidence.quote for evidence in result.evidence)
    assert all(evidence.section is not None for evidence in result.evidence)


# --- one broken sketch per item ------------------------------------------------------------

LAND_AGENDA_ONLY = (
    "Oberziel ist es, bis 11/2020 mindestens 10 Veranstaltungen durchzuführen und 30 Unternehmen zu beraten. "
    "Die Arbeit orientiert sich an der Digitalen Agenda des Landes Sachsen-Anhalt. Bis Ende 2020 werden "
    "mindestens 5 Verwaltungsleistungen online angeboten. Die Zielerreichung wird halbjährlich im Beirat "
    "überprüft und in einem Bericht an die Stadtverordneten dokumentiert, der die Fortschritte je "
    "Handlungsfeld beschreibt und die nächsten Schritte für die Wirtschaft, die Verwaltung und die "
    "Zivilgesellschaft der Stadt darlegt."
)
VAGUE_OBJECTIVES = (
    "Wir wollen die Digitalisierung in der Region voranbringen und die Lebensqualität verbessern. "
    "Die Verwaltung soll moderner und bürgernäher werden, die Wirtschaft soll von neuen Möglichkeiten "
    "profitieren. Die Zivilgesellschaft soll eingebunden werden und neue Ideen einbringen können. "
    "Alle Generationen sollen an der digitalen Entwicklung teilhaben, niemand soll abgehängt werden. "
    "Dafür braucht es Offenheit, Mut und die Bereitschaft, gemeinsam Neues auszuprobieren und voneinander "
    "zu lernen, damit die Region als attraktiver Wohn- und Arbeitsort wahrgenommen wird."
)
GENERIC_BASELINE = (
    "Die Digitalisierung verändert Wirtschaft, Verwaltung und Gesellschaft grundlegend. Auch in unserer "
    "Region stehen Verwaltung, Wirtschaft und Bürgerschaft vor großen Herausforderungen. Vieles ist noch "
    "analog, vieles könnte besser vernetzt sein. Die Menschen erwarten zu Recht moderne Dienstleistungen "
    "und schnelle Verbindungen. Die Betriebe brauchen Unterstützung, um den Anschluss nicht zu verlieren. "
    "Die Verwaltung muss sich auf neue gesetzliche Anforderungen einstellen und ihre Abläufe überdenken. "
    "Vereine und Ehrenamtliche suchen Orientierung im digitalen Wandel. Es fehlt bislang an einer Stelle, "
    "die Wissen zusammenträgt und die Akteure miteinander ins Gespräch bringt. Genau hier setzt das "
    "Vorhaben an und schafft einen Ort, an dem Fragen gestellt und gemeinsam Antworten gesucht werden. "
    "Dabei sollen alle Gruppen der Gesellschaft mitgenommen werden."
)
VAGUE_SUSTAINABILITY = (
    "Wir streben eine Verstetigung an. Ob und in welcher Form das Zentrum nach Ende der Förderung "
    "weiterarbeiten kann, wird geprüft und zu gegebener Zeit entschieden."
)
NO_FORMAT_PARTICIPATION = (
    "Das Zentrum stößt einen offenen Beteiligungsprozess an, damit die Digitale Strategie nicht am "
    "Schreibtisch entsteht. Eine Lenkungsgruppe aus Verwaltung, Wirtschaft und Zivilgesellschaft steuert den "
    "Prozess, legt die Schwerpunkte fest und bewertet die Zwischenergebnisse. Ergebnis ist eine Digitale "
    "Strategie für die Region Börde, die das Zentrum bis Herbst 2020 erarbeitet und dem Stadtrat zum "
    "Beschluss vorlegt. Die Strategie folgt dem Konzept der Smart Region und greift die Leitlinien der "
    "Smart City Charta auf."
)
NO_SMART_PARTICIPATION = PARTICIPATION.replace(
    " Die Strategie folgt dem Konzept der Smart Region und greift die Leitlinien der Smart City Charta auf.",
    "",
)
NO_STRATEGY_SUMMARY = SUMMARY.replace(
    "erarbeitet mit den Bürgerinnen und Bürgern eine Digitale Strategie für die Region Börde",
    "spricht die Bürgerinnen und Bürger an",
)
NO_STRATEGY_PARTICIPATION = NO_SMART_PARTICIPATION.replace(
    "Ergebnis ist eine Digitale Strategie für die Region Börde, die das Zentrum bis Herbst 2020 erarbeitet "
    "und dem Stadtrat zum Beschluss vorlegt.",
    "Die Ergebnisse fließen in die Arbeit des Zentrums ein.",
)
NO_BUNDLING_SUMMARY = SUMMARY.replace(
    "bündelt die bestehenden Digitalisierungsinitiativen der Region, vernetzt", "berät"
)
VAGUE_ORGANISATION = (
    "Das Zentrum wird in der Stadtverwaltung angesiedelt und hat sein Büro im Rathaus. Ein Beirat mit "
    "Vertretern der Partner tagt regelmäßig und erhält einen Sachbericht über die geleistete Arbeit. "
    "Die Fachaufsicht liegt beim Amt für Wirtschaftsförderung, das auch die Abrechnung übernimmt."
)
RESULTS_WITHOUT_CENTRES = (
    "Ergebnis sind 120 ausgestattete Arbeitsplätze. Der Erfolg wird über einen jährlichen Bericht an "
    "den Stadtrat gemessen und auf der Website der Stadt veröffentlicht."
)
HARDWARE_SUMMARY = (
    "Gegenstand des Vorhabens ist die Hardwarebeschaffung für die Schulen und die Verwaltung der Stadt "
    "Haldensleben. Beschafft werden Tablets, Server und digitale Tafeln, die von einem Dienstleister "
    "installiert werden. Die Geräte sollen ab dem Schuljahr 2019/2020 im Unterricht genutzt werden und "
    "die Arbeit der Verwaltung erleichtern."
)
NO_LOI_NETWORK = NETWORK.replace(
    "Alle Partner haben ihre Mitwirkung durch Absichtserklärungen bestätigt;", "Alle Partner wirken mit;"
)

Breaker = Callable[[SketchSpec], SketchSpec]
BROKEN: dict[str, tuple[Breaker, CheckStatus]] = {
    "applicant_identified": (
        lambda s: dataclasses.replace(s, applicant=None, legal_form=None, address=None).without("applicant"),
        CheckStatus.MISSING,
    ),
    "legal_form_eligible": (
        lambda s: dataclasses.replace(
            s, legal_form="gbr", legal_form_text="Gesellschaft bürgerlichen Rechts (GbR)"
        ),
        CheckStatus.VIOLATED,
    ),
    "region_in_state": (
        lambda s: dataclasses.replace(s, region=None, region_outside="Leipzig"),
        CheckStatus.VIOLATED,
    ),
    "subject_is_centre": (
        # The rest of the sketch still speaks of coordinating: a reviewer must look (the
        # violated path, a sketch with no centre at all, is tested on its own below).
        lambda s: (
            dataclasses.replace(s, centre="Projekt")
            .with_section("summary", HARDWARE_SUMMARY)
            .with_section("results_transfer", RESULTS_WITHOUT_CENTRES)
        ),
        CheckStatus.UNCLEAR,
    ),
    "project_end_deadline": (
        lambda s: dataclasses.replace(s, end="31.03.2021", months=None),
        CheckStatus.VIOLATED,
    ),
    "duration_max_24_months": (
        lambda s: dataclasses.replace(s, end="30.06.2021", months=30),
        CheckStatus.VIOLATED,
    ),
    "grant_requested_stated": (lambda s: dataclasses.replace(s, grant=None), CheckStatus.MISSING),
    "grant_within_cap": (
        lambda s: dataclasses.replace(s, grant=210_000, own_share=52_500, total=262_500),
        CheckStatus.VIOLATED,
    ),
    "own_contribution_stated": (lambda s: dataclasses.replace(s, own_share=None), CheckStatus.MISSING),
    "funding_rate_max_80": (
        lambda s: dataclasses.replace(s, grant=190_000, own_share=22_900),
        CheckStatus.VIOLATED,
    ),
    "baseline_analysis": (lambda s: s.with_section("baseline", GENERIC_BASELINE), CheckStatus.VIOLATED),
    # A written section that stays general is for a reviewer to weigh.
    "objectives_measurable": (lambda s: s.with_section("objectives", VAGUE_OBJECTIVES), CheckStatus.UNCLEAR),
    "work_programme": (
        lambda s: s.with_section(
            "work_programme", "Das Zentrum kümmert sich um Digitalisierung.", Bullet("Vernetzung")
        ),
        CheckStatus.VIOLATED,
    ),
    "digital_strategy": (
        lambda s: (
            s.with_section("summary", NO_STRATEGY_SUMMARY)
            .with_section("participation", NO_STRATEGY_PARTICIPATION)
            .with_section("objectives", LAND_AGENDA_ONLY)
            .with_section("results_transfer", "Ergebnisse werden im Beirat vorgestellt und veröffentlicht.")
            .replace_rows((*SCHEDULE_ROWS[:4], ("Abschlussbericht", "07/2020"), *SCHEDULE_ROWS[5:]))
        ),
        CheckStatus.MISSING,
    ),
    "participation_process": (
        lambda s: s.with_section("participation", NO_FORMAT_PARTICIPATION),
        CheckStatus.UNCLEAR,
    ),
    "bundling_initiatives": (
        lambda s: s.with_section("summary", NO_BUNDLING_SUMMARY).without("baseline"),
        CheckStatus.MISSING,
    ),
    "network_breadth": (
        lambda s: dataclasses.replace(
            s, partners=(("IHK Magdeburg", "chamber"), ("Handwerkskammer", "chamber"))
        ),
        CheckStatus.VIOLATED,
    ),
    "letters_of_intent": (
        lambda s: s.with_section("network", NO_LOI_NETWORK).with_section("annexes", *ANNEXES[1:]),
        CheckStatus.MISSING,
    ),
    "sustainability_plan": (
        lambda s: s.with_section("sustainability", VAGUE_SUSTAINABILITY),
        CheckStatus.UNCLEAR,
    ),
    "smart_city_region_concept": (
        lambda s: s.with_section("participation", NO_SMART_PARTICIPATION),
        CheckStatus.MISSING,
    ),
    # The budget row still names "2,0 VZÄ": posts without a role are partial evidence.
    "staffing_plan": (lambda s: s.with_section("organisation", VAGUE_ORGANISATION), CheckStatus.UNCLEAR),
    "schedule_milestones": (
        lambda s: dataclasses.replace(s, schedule_rows=SCHEDULE_ROWS[:2], start=None, end=None),
        CheckStatus.VIOLATED,
    ),
    "budget_breakdown": (lambda s: dataclasses.replace(s, personnel=None), CheckStatus.VIOLATED),
    "eligible_cost_types": (
        lambda s: dataclasses.replace(
            s,
            extra_cost_rows=(("Hardwarebeschaffung Server und Endgeräte", 120_000),),
            total=332_900,
            own_share=162_580,
        ),
        CheckStatus.VIOLATED,
    ),
    "council_resolution_or_signature": (
        lambda s: dataclasses.replace(s, signature=False).with_section("annexes", ANNEXES[0], ANNEXES[2]),
        CheckStatus.MISSING,
    ),
}


def test_every_item_has_a_broken_sketch() -> None:
    assert set(BROKEN) == set(ITEM_IDS)


@pytest.mark.parametrize("item_id", ITEM_IDS)
def test_item_fails_on_broken_sketch(item_id: str, tmp_path: Path) -> None:
    breaker, expected = BROKEN[item_id]
    result = _by_id(_run(breaker(COMPLIANT), tmp_path))[item_id]
    assert result.status is expected, result.note
    assert result.verdict == PROFILE.checklist.verdict(PROFILE.checklist.item(item_id), expected.value)
    assert result.note


# --- verdicts, notes and findings ------------------------------------------------------


def test_hard_violation_recommends_exclusion(tmp_path: Path) -> None:
    results = _by_id(_run(dataclasses.replace(COMPLIANT, end="31.03.2021", months=None), tmp_path))
    end = results["project_end_deadline"]
    assert end.verdict == "Ausschluss empfohlen"
    assert end.note == "Projektende 31.03.2021 liegt nach dem Stichtag 31.12.2020"
    assert end.evidence[0].quote == "31.03.2021"


def test_missing_hard_fact_asks_for_follow_up_not_exclusion(tmp_path: Path) -> None:
    results = _by_id(_run(dataclasses.replace(COMPLIANT, grant=None), tmp_path))
    assert results["grant_within_cap"].status is CheckStatus.MISSING
    assert results["grant_within_cap"].verdict == "Nachforderung / manuelle Prüfung"


def test_gbr_asks_to_check_the_legal_form(tmp_path: Path) -> None:
    broken = dataclasses.replace(COMPLIANT, legal_form="gbr")
    assert _by_id(_run(broken, tmp_path))["legal_form_eligible"].verdict == "Rechtsform prüfen"


def test_network_note_names_found_and_missing_groups(tmp_path: Path) -> None:
    partners = (("IHK Magdeburg", "chamber"), ("Hochschule Harz", "science"))
    note = _by_id(_run(dataclasses.replace(COMPLIANT, partners=partners), tmp_path))["network_breadth"].note
    assert note is not None
    assert note.startswith(
        "gefunden: 2 von 8 Akteursgruppen (Kammer, Wissenschaft); fehlt: Wirtschaftsförderung"
    )


def test_dropped_sustainability_section_is_missing(tmp_path: Path) -> None:
    result = _by_id(_run(COMPLIANT.without("sustainability"), tmp_path))["sustainability_plan"]
    assert result.status is CheckStatus.MISSING
    assert result.verdict == "fehlt"


def test_runtime_from_start_and_months_when_end_is_not_stated(tmp_path: Path) -> None:
    results = _by_id(_run(dataclasses.replace(COMPLIANT, end=None, start="01.04.2019", months=24), tmp_path))
    assert results["project_end_deadline"].status is CheckStatus.VIOLATED
    assert "31.03.2021 (aus Beginn und Laufzeit)" in (results["project_end_deadline"].note or "")


def test_self_funded_extra_months_are_unclear(tmp_path: Path) -> None:
    spec = dataclasses.replace(COMPLIANT, end="30.06.2021", months=30).with_section(
        "summary", SUMMARY + " Die letzten sechs Monate werden aus Eigenmitteln finanziert."
    )
    assert _by_id(_run(spec, tmp_path))["duration_max_24_months"].status is CheckStatus.UNCLEAR


def test_financing_that_does_not_add_up_is_an_extra_finding(tmp_path: Path) -> None:
    _, findings = _run(dataclasses.replace(COMPLIANT, own_share=30_000), tmp_path)
    assert [finding.item_id for finding in findings] == ["financing_inconsistent"]
    assert findings[0].verdict == "rechnerisch prüfen"
    assert "Differenz 12.580 €" in (findings[0].note or "")


def test_rounding_within_tolerance_is_consistent(tmp_path: Path) -> None:
    _, findings = _run(dataclasses.replace(COMPLIANT, own_share=42_580.6), tmp_path)
    assert findings == ()


def test_scanned_annex_pages_are_image_only(tmp_path: Path) -> None:
    spec = COMPLIANT.with_section("network", NO_LOI_NETWORK).with_section("annexes", *ANNEXES[1:])
    sectioned = _sectioned(spec, tmp_path)
    pages = tuple(
        PageInfo(number=n, width=595, height=842, words=0 if n == 9 else 300, has_text_layer=n != 9)
        for n in range(1, 10)
    )
    document: Document = sectioned.document.model_copy(update={"page_info": pages, "pages": 9})
    mapping: OutlineMapping = mapping_by_headings(
        sectioned.model_copy(update={"document": document}), PROFILE
    )
    result = _by_id(check_items(index_passages(mapping, PROFILE), facts_for(spec), PROFILE))[
        "letters_of_intent"
    ]
    assert result.status is CheckStatus.UNCLEAR
    assert result.verdict == "vorhanden, nicht lesbar"
    assert result.evidence[0].page == 9


@pytest.mark.parametrize(
    ("last_page_words", "expected"), [(300, CheckStatus.MISSING), (0, CheckStatus.UNCLEAR)]
)
def test_the_last_pages_of_a_sketch_scanned_as_a_whole_are_no_annex_apart(
    last_page_words: int, expected: CheckStatus, tmp_path: Path
) -> None:
    # Every page is an image and was read by OCR: what OCR read is the sketch, the letters are
    # not in it. Only a page OCR could not read leaves the question open.
    spec = COMPLIANT.with_section("network", NO_LOI_NETWORK).with_section("annexes", *ANNEXES[1:])
    sectioned = _sectioned(spec, tmp_path)
    pages = tuple(
        PageInfo(
            number=n,
            width=595,
            height=842,
            words=last_page_words if n == 9 else 300,
            has_text_layer=False,
            ocr=True,
        )
        for n in range(1, 10)
    )
    document: Document = sectioned.document.model_copy(update={"page_info": pages, "pages": 9})
    mapping: OutlineMapping = mapping_by_headings(
        sectioned.model_copy(update={"document": document}), PROFILE
    )
    result = _by_id(check_items(index_passages(mapping, PROFILE), facts_for(spec), PROFILE))[
        "letters_of_intent"
    ]
    assert result.status is expected, result.note


def test_parameters_come_from_the_profile(tmp_path: Path) -> None:
    items = tuple(
        item.model_copy(update={"params": (("project_end_max", date(2021, 12, 31)),)})
        if item.check == "project_end_deadline"
        else item
        for item in PROFILE.checklist.items
    )
    later = PROFILE.model_copy(update={"checklist": PROFILE.checklist.model_copy(update={"items": items})})
    spec = dataclasses.replace(COMPLIANT, end="31.03.2021", months=None)
    sectioned = _sectioned(spec, tmp_path)
    items, _ = check_items(
        index_passages(mapping_by_headings(sectioned, later), later), facts_for(spec), later
    )
    assert {r.item_id: r for r in items}["project_end_deadline"].status is CheckStatus.OK


def test_settings_resolve_from_dict(compliant: Results, tmp_path: Path) -> None:
    sectioned = _sectioned(COMPLIANT, tmp_path)
    items, _ = check_items(
        index_passages(mapping_by_headings(sectioned, PROFILE), PROFILE),
        facts_for(COMPLIANT),
        PROFILE,
        {"max_evidence": 1},
    )
    assert all(len(result.evidence) <= 1 for result in items)


# --- end to end with the real outline stage --------------------------------------------

E2E_BROKEN = {
    "legal_form_eligible": lambda s: dataclasses.replace(
        s, applicant="Digitalwerkstatt Börde GbR", legal_form="gbr", legal_form_text="GbR"
    ),
    "grant_within_cap": lambda s: dataclasses.replace(s, grant=210_000, own_share=52_500, total=262_500),
    "sustainability_plan": lambda s: s.without("sustainability"),
}


def _run_real(spec: SketchSpec, tmp_path: Path) -> Results:
    mapping = map_outline(_sectioned(spec, tmp_path), PROFILE)
    return check_items(
        index_passages(mapping, PROFILE), extract_facts(index_passages(mapping, PROFILE), PROFILE), PROFILE
    )


def test_end_to_end_compliant_sketch_passes_every_hard_item(tmp_path: Path) -> None:
    items, findings = _run_real(COMPLIANT, tmp_path)
    hard = {r.item_id: r.status for r in items if r.severity == "hard"}
    assert set(hard.values()) == {CheckStatus.OK}, hard
    assert findings == ()


@pytest.mark.parametrize("item_id", sorted(E2E_BROKEN))
def test_end_to_end_broken_sketch_fails_its_item(item_id: str, tmp_path: Path) -> None:
    items, _ = _run_real(E2E_BROKEN[item_id](COMPLIANT), tmp_path)
    assert {r.item_id: r for r in items}[item_id].status is not CheckStatus.OK


def test_work_programme_counts_its_sub_sections_as_measures(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Aufgaben und Maßnahmen", level=1)
    document.add_paragraph("Das Zentrum übernimmt in drei Arbeitsfeldern konkrete Aufgaben für die Region.")
    packages = {
        "Bestandsaufnahme": "Das Zentrum erfasst bis Juni 2019 alle laufenden Digitalisierungsprojekte "
        "der Städte und Gemeinden und veröffentlicht sie in einem Digitalatlas.",
        "Beratung von Unternehmen": "Das Zentrum berät jährlich mindestens 40 kleine und mittlere "
        "Unternehmen zu Förderprogrammen und begleitet zehn Digitalisierungsvorhaben.",
        "Pilotprojekte": "Gemeinsam mit zwei Gemeinden erprobt das Zentrum einen Rufbus und ein "
        "Bürgerportal und wertet beide Piloten bis Ende 2020 aus.",
    }
    for title, text in packages.items():
        document.add_heading(title, level=2)
        document.add_paragraph(text + " " + text)
    path = tmp_path / "massnahmen.docx"
    document.save(str(path))
    mapping = map_outline(sketchproc.extract(path), PROFILE, sketchproc.pipeline.outline_model())
    items, _ = check_items(
        index_passages(mapping, PROFILE), extract_facts(index_passages(mapping, PROFILE), PROFILE), PROFILE
    )
    result = next(r for r in items if r.item_id == "work_programme")
    assert result.status is CheckStatus.OK, result.note
    assert result.note and "3 Maßnahmen" in result.note


def _check_docx(tmp_path: Path, paragraphs: list[tuple[str, str]]) -> dict[str, CheckResult]:
    import docx

    document = docx.Document()
    for heading, text in paragraphs:
        if heading:
            document.add_heading(heading, level=1)
        document.add_paragraph(text)
    path = tmp_path / "skizze.docx"
    document.save(str(path))
    mapping = map_outline(sketchproc.extract(path), PROFILE, sketchproc.pipeline.outline_model())
    items, _ = check_items(
        index_passages(mapping, PROFILE), extract_facts(index_passages(mapping, PROFILE), PROFILE), PROFILE
    )
    return {result.item_id: result for result in items}


def test_initiative_and_bundling_in_one_paragraph_count_but_not_apart(tmp_path: Path) -> None:
    named = "Im Landkreis arbeiten die LEADER-Aktionsgruppe und das Modellprojekt Dorfladen 2.0 seit 2016."
    bundled = "Das Zentrum wird diese Vorhaben bündeln und ihre Akteure regelmäßig zusammenbringen."
    together = _check_docx(tmp_path, [("Ausgangslage", f"{named} {bundled}")])
    assert together["bundling_initiatives"].status is CheckStatus.OK
    apart = _check_docx(
        tmp_path,
        [("Ausgangslage", named), ("Verstetigung", "Die Stelle wird ab 2021 weitergeführt."), ("", bundled)],
    )
    assert apart["bundling_initiatives"].status is CheckStatus.UNCLEAR


def test_one_plan_line_with_several_dated_steps_has_several_milestones(tmp_path: Path) -> None:
    plan = (
        "Q1/2019: Stellenbesetzung und Auftakt; Q3/2019: Bürgerbefragung; Q2/2020: Entwurf der Strategie; "
        "Q4/2020: Beschluss im Kreistag."
    )
    result = _check_docx(tmp_path, [("Zeit- und Arbeitsplan", plan)])["schedule_milestones"]
    assert result.status is CheckStatus.OK, result.note
    assert result.note == "4 datierte Meilensteine bzw. Phasen"


def test_a_sketch_about_hardware_with_no_centre_is_violated_one_that_also_names_broadband_is_not(
    tmp_path: Path,
) -> None:
    hardware = _check_docx(
        tmp_path, [("Kurzbeschreibung", HARDWARE_SUMMARY), ("Ergebnisse", RESULTS_WITHOUT_CENTRES)]
    )
    assert hardware["subject_is_centre"].status is CheckStatus.VIOLATED
    centre = _check_docx(
        tmp_path,
        [
            (
                "Kurzbeschreibung",
                "Das Digitalisierungszentrum bündelt als Koordinierungsstelle die Initiativen.",
            ),
            (
                "Ausgangslage",
                "Der Breitbandausbau des Landkreises erreicht bis 2020 rund 80 Prozent der Adressen.",
            ),
        ],
    )
    assert centre["subject_is_centre"].status is CheckStatus.OK


# --- Verstetigung and measures in other people's words ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A company names itself and pays by subscriptions: firm, no profile carrier word.
        (
            "Den Betrieb übernimmt ab 2021 die Altmark Code UG selbst. Die Kosten decken wir über "
            "Abonnements der Mitgliedsbetriebe von 39 Euro im Monat.",
            CheckStatus.OK,
        ),
        # A council body and the budget: the body is a carrier even as a compound word.
        (
            "Der Kreistag hat zugesagt, die Koordinationsstelle ab 2021 fortzuführen; sie wird aus "
            "Mitteln des Kreishaushalts finanziert.",
            CheckStatus.OK,
        ),
        # Only a hope and a maybe: an intention, for a reviewer to weigh.
        (
            "Wir würden uns freuen, wenn das Büro nach der Förderung bestehen bleibt. Vielleicht "
            "übernimmt es die Gemeinde, das hängt von der Haushaltslage ab.",
            CheckStatus.UNCLEAR,
        ),
        # A carrier and money words, but who pays is still to be decided or examined.
        (
            "Das Büro bleibt nach 2020 beim Amt für Wirtschaft der Stadt. Ob die Personalkosten dann aus "
            "dem städtischen Haushalt getragen werden, beschließt der Stadtrat erst mit dem Etat 2021. "
            "Untersucht wird zudem eine Anschlussförderung aus EFRE-Mitteln.",
            CheckStatus.UNCLEAR,
        ),
        (
            "Träger bleibt die Genossenschaft. Über Höhe und Herkunft der Mittel ab 2021 entscheidet die "
            "Generalversammlung im Herbst 2020.",
            CheckStatus.UNCLEAR,
        ),
        # The same open decision beside a concrete amount already pledged: the path stands.
        (
            "Träger bleibt die Genossenschaft. Ihre Mitglieder zahlen ab 2021 Beiträge von zusammen "
            "24.000 Euro im Jahr. Über weitere Mittel entscheidet die Generalversammlung im Herbst 2020.",
            CheckStatus.OK,
        ),
        # A commitment already given, under the usual reservation of the budget: it stands.
        (
            "Nach 2020 führt die Verbandsgemeinde das Büro weiter. Der Verbandsgemeinderat hat im Januar "
            "zugesichert, beide Stellen in den Stellenplan aufzunehmen, vorbehaltlich der Genehmigung "
            "des Haushalts.",
            CheckStatus.OK,
        ),
        # Carried on only as far as the budget allows: a condition, not a path.
        (
            "Die Verbandsgemeinde will die Stelle nach 2020 behalten, sofern die Haushaltsmittel dafür "
            "zur Verfügung stehen.",
            CheckStatus.UNCLEAR,
        ),
        # How it is paid is still to be discussed.
        (
            "Träger bleibt der Zweckverband. Wie die Stelle ab 2021 bezahlt wird, wird in der "
            "Verbandsversammlung beraten.",
            CheckStatus.UNCLEAR,
        ),
        # A source examined on top of a firm one leaves the firm one standing.
        (
            "Ab 2021 trägt die Stadt das Büro aus ihrem Haushalt. Zusätzlich prüfen wir, ob ein "
            "Förderverein mit Mitgliedsbeiträgen die Veranstaltungen finanzieren kann.",
            CheckStatus.OK,
        ),
    ],
)
def test_verstetigung_is_read_from_who_runs_and_who_pays(
    text: str, expected: CheckStatus, tmp_path: Path
) -> None:
    spec = COMPLIANT.with_section("sustainability", text)
    result = _by_id(_run(spec, tmp_path))["sustainability_plan"]
    assert result.status is expected, result.note


def test_measures_written_as_prose_are_measures(tmp_path: Path) -> None:
    prose = (
        "Im ersten Halbjahr erheben wir in allen Ortsteilen, welche digitalen Angebote es schon gibt. "
        "Danach richten wir eine Sprechstunde für Handwerksbetriebe ein, die zweimal im Monat stattfindet. "
        "Gemeinsam mit der Volkshochschule organisieren wir Kurse für ältere Menschen am Tablet. "
        "Schließlich begleiten wir zwei Dörfer dabei, einen digitalen Dorfladen aufzubauen, und "
        "dokumentieren die Erfahrungen für andere Gemeinden der Region, damit diese sie übernehmen können. "
        "Jede dieser Aufgaben hat eine verantwortliche Person im Team und einen festen Termin im Zeitplan."
    )
    result = _by_id(_run(COMPLIANT.with_section("work_programme", prose), tmp_path))["work_programme"]
    assert result.status is CheckStatus.OK, result.note


@pytest.mark.parametrize(
    ("bullets", "concrete"),
    [
        # A plan's bullets are infinitive phrases; their verbs are no words of any list.
        (
            (
                "Vereinsheime mit offenem WLAN ausstatten",
                "alle Formulare des Amtes sammeln, prüfen und verlinken",
                "Handy-Sprechzeiten für Ältere im Gemeindehaus anbieten",
            ),
            True,
        ),
        # Bullets that only name topics say nothing that is done.
        (("Breitband in allen Ortsteilen", "Digitale Verwaltung", "Schulen und Vereine"), False),
    ],
)
def test_list_items_closing_with_an_infinitive_are_measures(
    bullets: tuple[str, ...], concrete: bool, tmp_path: Path
) -> None:
    section = ("Das Digitalbüro übernimmt folgende Aufgaben:", *(Bullet(text) for text in bullets))
    result = _by_id(_run(COMPLIANT.with_section("work_programme", *section), tmp_path))["work_programme"]
    assert (result.status is CheckStatus.OK) is concrete, result.note


@pytest.mark.parametrize(("scanned", "status"), [(False, CheckStatus.UNCLEAR), (True, CheckStatus.OK)])
def test_cost_types_that_miss_the_total_only_in_a_scan_are_a_breakdown_to_check_on_paper(
    scanned: bool, status: CheckStatus, tmp_path: Path
) -> None:
    from sketchproc.facts import extract_facts
    from sketchproc.ingest import read_document
    from sketchproc.outline import map_outline
    from sketchproc.passages import index_passages
    from sketchproc.pipeline import outline_model
    from sketchproc.sections import sections_from_document
    from tests.test_facts import build

    # Both cost types with amounts, their sum short of the total: in text that is a contradiction
    # for a reviewer; read by OCR it is as likely a lost row or digit, and the breakdown stands.
    rows = [
        ("Kostenart", "Betrag"),
        ("Personalkosten Projektleitung", "120.000 €"),
        ("Sachkosten Miete und Veranstaltungen", "30.000 €"),
        ("Gesamtkosten", "190.000 €"),
    ]
    path = build(tmp_path, [("#", "Antragsteller"), "Gemeinde Musterau", ("#", "Kosten"), rows])
    document = read_document(path)
    if scanned:
        blocks = tuple(b.model_copy(update={"ocr": True}) for b in document.blocks)
        document = document.model_copy(update={"blocks": blocks})
    mapping = map_outline(sections_from_document(document), PROFILE, outline_model(PROFILE))
    index = index_passages(mapping, PROFILE)
    result = _by_id(check_items(index, extract_facts(index, PROFILE), PROFILE))["budget_breakdown"]
    assert result.status is status, result.note


@pytest.mark.parametrize(
    ("total", "status"), [("160.000 €", CheckStatus.OK), ("170.000 €", CheckStatus.UNCLEAR)]
)
def test_a_cost_table_whose_positions_make_its_total_is_a_sound_breakdown(
    total: str, status: CheckStatus, tmp_path: Path
) -> None:
    from sketchproc.pipeline import check
    from tests.test_facts import build

    # The equipment row equals the two posts above it: a reader may take it for their sum and
    # sort too little into the cost types, but the table's own arithmetic holds (or does not).
    rows = [
        ("Kostenart", "Position", "Betrag"),
        ("Personalkosten", "Leitung (E 11)", "50.000 €"),
        ("", "Assistenz (E 6)", "25.000 €"),
        ("Sachkosten", "Werkstattausstattung und Miete", "75.000 €"),
        ("", "Veranstaltungen", "10.000 €"),
        ("Gesamtkosten", "", total),
    ]
    path = build(tmp_path, [("#", "Antragsteller"), "Gemeinde Musterau", ("#", "Kosten"), rows])
    result = {r.item_id: r for r in check(path).checklist}["budget_breakdown"]
    assert result.status is status, result.note


@pytest.mark.parametrize(
    ("objectives", "measurable"),
    [
        ("Bis Ende 2020 sollen 40 Ehrenamtliche als Digitalbegleiter geschult sein.", True),
        # Quarters as deadlines, Arabic or Roman.
        ("Zwölf Vereine nutzen die gemeinsame Webseite bis Q3/2020.", True),
        ("Befragung von 500 Haushalten abgeschlossen bis III/2019.", True),
        # "bis" between two kinds of people is a range, not a deadline; a head count today no target.
        (
            "Unser Verein zählt heute 38 Mitglieder, vom Schüler bis zum Rentner, und alle wollen helfen.",
            False,
        ),
    ],
)
def test_a_deadline_is_bis_before_a_time_not_any_bis(
    objectives: str, measurable: bool, tmp_path: Path
) -> None:
    result = _by_id(_run(COMPLIANT.with_section("objectives", objectives), tmp_path))["objectives_measurable"]
    assert (result.status is CheckStatus.OK) is measurable, result.note


def test_a_prose_budget_naming_one_cost_type_and_itemising_the_rest_is_broken_down(tmp_path: Path) -> None:
    from sketchproc.pipeline import check
    from tests.test_facts import build

    prose = (
        "Insgesamt planen wir mit Ausgaben von 150.000 Euro. Davon entfallen auf Personalausgaben "
        "110.000 Euro für die Koordinatorin. Hinzu kommen 16.000 Euro für Workshops, "
        "9.000 Euro für die Miete des Büros, 10.000 Euro für Technik und 5.000 Euro für Druck und Website. "
        "Beantragt wird eine Zuwendung von 120.000 Euro; den Eigenanteil von 30.000 Euro trägt die Gemeinde."
    )
    path = build(
        tmp_path, [("#", "Antragsteller"), "Gemeinde Kemberg", ("#", "Kosten und Finanzierung"), prose]
    )
    result = {r.item_id: r for r in check(path).checklist}["budget_breakdown"]
    assert result.status is CheckStatus.OK, result.note
    assert "Einzelposten" in (result.note or "")


def test_the_rest_of_a_budget_itemised_over_the_sentences_of_a_paragraph_is_broken_down(
    tmp_path: Path,
) -> None:
    from sketchproc.pipeline import check
    from tests.test_facts import build

    prose = (
        "Wir kalkulieren mit Gesamtausgaben von 130.000 Euro. Für die Personalstelle der Lotsin "
        "setzen wir 96.000 Euro an. Die Werkstatt kostet an Miete 14.400 Euro, also 600 Euro im "
        "Monat. Für Kurse, Druck und Fahrten rechnen wir mit 19.600 Euro."
    )
    path = build(tmp_path, [("#", "Antragsteller"), "Heimatverein Musterau e. V.", ("#", "Kosten"), prose])
    result = {r.item_id: r for r in check(path).checklist}["budget_breakdown"]
    assert result.status is CheckStatus.OK, result.note
    assert "Personalkosten 96.000 €" in (result.note or "")


@pytest.mark.parametrize(
    ("partners", "annexes", "status"),
    [
        # Said to exist, enclosed nowhere.
        ("Unterstützungsschreiben von Kammer und Hochschule sind vorhanden.", "keine", CheckStatus.MISSING),
        # Said to exist, with the annex it is in.
        ("Unterstützungsschreiben von Kammer und Hochschule liegen vor (Anlage 2).", "keine", CheckStatus.OK),
        # Listed among the annexes.
        ("Kammer und Hochschule arbeiten mit.", "Unterstützungsschreiben der Kammer", CheckStatus.OK),
    ],
)
def test_letters_said_to_exist_are_not_enclosed(
    partners: str, annexes: str, status: CheckStatus, tmp_path: Path
) -> None:
    from sketchproc.pipeline import check
    from tests.test_facts import build

    parts: list[object] = [
        ("#", "Antragsteller"),
        "Gemeinde Musterau",
        ("#", "Netzwerk und Partner"),
        partners,
        ("#", "Anlagen"),
        annexes,
    ]
    path = build(tmp_path, parts)  # type: ignore[arg-type]
    result = {r.item_id: r for r in check(path).checklist}["letters_of_intent"]
    assert result.status is status, result.note


@pytest.mark.parametrize(
    ("ending", "signed"),
    [
        (["Harzgerode, den 4. März 2019", "..........................", "Katrin Beispiel, Sprecherin"], True),
        (["Osterburg (Altmark), 12.03.2019 gez. K. Beispiel, Sprecherin der Initiative"], True),
        # The template's own line, never filled in, is no signature.
        (["Ort, Datum", "______________________", "Name"], False),
    ],
)
def test_a_sketch_ending_in_a_signature_block_is_signed(
    ending: list[str], signed: bool, tmp_path: Path
) -> None:
    from sketchproc.pipeline import check
    from tests.test_facts import build

    parts: list[object] = [
        ("#", "Antragsteller"),
        "Digitale Altmark e. V.",
        ("#", "Anlagen"),
        "keine",
        *ending,
    ]
    path = build(tmp_path, parts)  # type: ignore[arg-type]
    result = {r.item_id: r for r in check(path).checklist}["council_resolution_or_signature"]
    assert (result.status is CheckStatus.OK) is signed, result.note


@pytest.mark.parametrize(
    ("finance", "annexes", "resolved"),
    [
        # The body and its decision named apart, the act told in the perfect.
        (
            "Der Ortschaftsrat hat in seiner Sitzung die Mittel für unseren Anteil freigegeben und dem "
            "Vorhaben einstimmig zugestimmt.",
            "keine",
            True,
        ),
        # A resolution in a compound, listed among the annexes.
        (
            "Den Eigenanteil von 40.000 € trägt die Gemeinde.",
            "Auszug aus der Niederschrift der Gemeinderatssitzung mit den Beschlüssen zum Eigenanteil "
            "und zur Antragstellung",
            True,
        ),
        # A dated resolution still to come is planned, not taken.
        (
            "Ein Beschluss der Mitgliederversammlung über den Eigenanteil ist für den 12.03.2019 vorgesehen.",
            "keine",
            False,
        ),
        # The advisory board's decision is the vote on the sketch, not the applicant's resolution.
        ("Über die Skizze hat der Beirat am 1. Februar 2019 beschlossen.", "keine", False),
    ],
)
def test_a_council_resolution_named_by_its_parts_counts_once_taken(
    finance: str, annexes: str, resolved: bool, tmp_path: Path
) -> None:
    from sketchproc.pipeline import check
    from tests.test_facts import build

    parts: list[object] = [
        ("#", "Antragsteller"),
        "Heimatverein Musterau e. V.",
        ("#", "Kosten und Finanzierung"),
        finance,
        ("#", "Anlagen"),
        annexes,
    ]
    path = build(tmp_path, parts)  # type: ignore[arg-type]
    result = {r.item_id: r for r in check(path).checklist}["council_resolution_or_signature"]
    assert (result.status is CheckStatus.OK) is resolved, result.note


def test_a_resolution_whose_date_is_a_template_slot_is_for_a_reviewer(tmp_path: Path) -> None:
    from sketchproc.pipeline import check
    from tests.test_facts import build

    parts: list[object] = [
        ("#", "Antragsteller"),
        "Gemeinde Musterau",
        ("#", "Kosten und Finanzierung"),
        "Den Eigenanteil hat der Gemeinderat am [Datum einfügen] bewilligt und beschlossen.",
    ]
    path = build(tmp_path, parts)  # type: ignore[arg-type]
    result = {r.item_id: r for r in check(path).checklist}["council_resolution_or_signature"]
    assert result.status is CheckStatus.UNCLEAR, result.note


def test_a_short_section_that_says_what_counts_is_enough(tmp_path: Path) -> None:
    short = "Wir laden Jugendliche und Seniorinnen zu zwei Zukunftswerkstätten und einer Online-Umfrage ein."
    result = _by_id(_run(COMPLIANT.with_section("participation", short), tmp_path))["participation_process"]
    assert result.status is CheckStatus.OK, result.note
    assert "zu knapp" in (result.note or "")  # the reviewer still learns that it is short


@pytest.mark.parametrize(
    "section",
    [
        # Formats named by the head of a compound: a discussion evening, a youth forum.
        "Jede Ortschaft bekommt im Winter einen Diskussionsabend; die Jugendlichen erreichen wir über das "
        "Jugendforum der Sekundarschule.",
        # A questionnaire to every household, a meeting of the residents.
        "Alle Haushalte erhalten einen Fragebogen. Danach beraten die Einwohner die Ergebnisse in einer "
        "Ortsteilversammlung.",
    ],
)
def test_a_format_named_by_the_head_of_a_compound_counts(section: str, tmp_path: Path) -> None:
    result = _by_id(_run(COMPLIANT.with_section("participation", section), tmp_path))["participation_process"]
    assert result.status is CheckStatus.OK, result.note


@pytest.mark.parametrize(
    ("sentence", "bundled"),
    [
        ("Das Büro verzahnt die vorhandenen Vereinsangebote der drei Ortsteile.", True),
        ("Die Stelle koordiniert Glasfaserausbau, Schul-WLAN, Bürgerportal und Dorf-App an einem Ort.", True),
        ("Das Zentrum vernetzt sich gut mit der Region.", False),
        # A separable verb split by its clause: "führt … zusammen", "fassen … zusammen".
        ("Das Büro führt die bisher getrennten Digitalisierungsprojekte der Ortsteile zusammen.", True),
        ("In der Geschäftsstelle fassen wir die verstreuten Vereinsangebote der Gemeinden zusammen.", True),
        # Work called existing by its adjective, the verb closing the clause after a long object.
        (
            "Die Stelle soll die bestehenden Beratungen von Kammer, Sparkasse, Volkshochschule und "
            "Kreisverwaltung verzahnen.",
            True,
        ),
        # An idiom of bringing together.
        (
            "Unter einem Dach versammeln wir die LEADER-Aktionsgruppe, den Heimatverein und die Schul-AG.",
            True,
        ),
        # The verb as a participle, its particle before the infix ("abgestimmt" for "abstimmen").
        (
            "Die Initiative Dorfnetz und die Medienwerkstatt arbeiten bislang nebeneinander. "
            "Ab dem Sommer werden ihre Kurse im Büro aufeinander abgestimmt.",
            True,
        ),
    ],
)
def test_existing_work_named_by_a_compound_or_a_list_is_bundled(
    sentence: str, bundled: bool, tmp_path: Path
) -> None:
    from sketchproc.pipeline import check
    from tests.test_facts import build

    path = build(tmp_path, [("#", "Antragsteller"), "Gemeinde Muster", ("#", "Aufgaben"), sentence])
    result = {r.item_id: r for r in check(path).checklist}["bundling_initiatives"]
    assert (result.status is CheckStatus.OK) is bundled, result.note


@pytest.mark.parametrize(
    "sentence",
    [
        # The coordination named by a noun ("Koordination" for "koordinieren").
        "Die Anlaufstelle übernimmt die Koordination aller digitalen Vorhaben im Amtsbereich.",
        # The coordination named by a separable verb split by its clause.
        "Die Anlaufstelle führt Vereine, Betriebe und Verwaltung regelmäßig an einem Tisch zusammen.",
    ],
)
def test_a_centre_that_coordinates_in_other_words_is_the_subject(sentence: str, tmp_path: Path) -> None:
    from sketchproc.pipeline import check
    from tests.test_facts import build

    path = build(tmp_path, [("#", "Antragsteller"), "Gemeinde Muster", ("#", "Vorhaben"), sentence])
    result = {r.item_id: r for r in check(path).checklist}["subject_is_centre"]
    assert result.status is CheckStatus.OK, result.note


def test_a_centre_named_once_and_then_referred_to_by_its_head_is_the_subject(tmp_path: Path) -> None:
    parts: list[object] = [
        ("#", "Antragsteller"),
        "Gemeinde Muster",
        ("#", "Vorhaben"),
        "Im alten Bahnhof richten wir eine Anlaufstelle für die digitale Entwicklung ein.",
        "Dort arbeiten zwei Mitarbeiterinnen der Gemeinde.",
        "Die neue Stelle verzahnt Schulprojekte, Vereinsangebote und das Gewerbe miteinander.",
    ]
    result = _checked(tmp_path, parts)["subject_is_centre"]
    assert result.status is CheckStatus.OK, result.note
    assert any("verzahnt" in e.quote for e in result.evidence)


def test_a_centre_referred_to_in_another_case_is_the_subject(tmp_path: Path) -> None:
    parts: list[object] = [
        ("#", "Antragsteller"),
        "Gemeinde Muster",
        ("#", "Vorhaben"),
        "Wir möchten im Rathaus ein Digitalisierungszentrum für die Ortsteile einrichten.",
        "Die Bibliothek, der Jugendclub und zwei Firmen stellen Räume und Geräte.",
        "Unter der Leitung des Zentrums koordinieren wir die Angebote der Ortsteile.",
    ]
    result = _checked(tmp_path, parts)["subject_is_centre"]
    assert result.status is CheckStatus.OK, result.note


def test_steps_dated_relative_to_the_start_are_milestones(tmp_path: Path) -> None:
    rows = (
        ("Arbeitsschritt", "Zeitraum"),
        ("Stellen besetzen, Büro einrichten", "Monat 1–3"),
        ("Befragung der Betriebe und Haushalte", "Monat 4–9"),
        ("Werkstätten und Entwurf der Strategie", "Monat 10–20"),
    )
    result = _by_id(_run(COMPLIANT.replace_rows(rows), tmp_path))["schedule_milestones"]
    assert result.status is CheckStatus.OK, result.note


@pytest.mark.parametrize(
    ("annex_line", "expected"),
    [
        # Obtaining them is announced in the present tense: not enclosed.
        ("Die Absichtserklärungen der Kammern holt das Projektbüro bis Ende März ein.", CheckStatus.MISSING),
        # The template's slot, never filled in: a reviewer must ask.
        ("Anlage 2: Absichtserklärungen der Netzwerkpartner [hier einfügen]", CheckStatus.UNCLEAR),
        # A passive of obtaining them closes the sentence: still to be done.
        ("Die Kooperationserklärungen der Vereine werden im Frühjahr eingeholt.", CheckStatus.MISSING),
        # The separable particle closes the clause before a comma: still to be sent.
        (
            "Die Unterstützungsschreiben liefern wir nach, wenn alle Partner unterschrieben haben.",
            CheckStatus.MISSING,
        ),
    ],
)
def test_letters_announced_or_left_as_a_placeholder_are_not_enclosed(
    annex_line: str, expected: CheckStatus, tmp_path: Path
) -> None:
    parts: list[object] = [("#", "Antragsteller"), "Gemeinde Muster", ("#", "Anlagen"), annex_line]
    result = _checked(tmp_path, parts)["letters_of_intent"]
    assert result.status is expected, result.note


def test_a_runtime_without_a_start_leaves_the_project_end_open(tmp_path: Path) -> None:
    parts: list[object] = [
        ("#", "Zeitplan"),
        "Die Laufzeit beträgt 20 Monate; sie beginnt mit dem Eingang des Bewilligungsbescheids.",
    ]
    result = _checked(tmp_path, parts)["project_end_deadline"]
    assert result.status is CheckStatus.UNCLEAR, result.note
    assert "20 Monate" in (result.note or "")


def test_a_smart_region_defined_in_the_sketchs_own_words_has_substance(tmp_path: Path) -> None:
    sentence = (
        "Smart Region bedeutet für uns: Arztbesuch per Video, Rufbus per App und ein Dorfladen mit "
        "Online-Bestellung in jedem Ortsteil."
    )
    parts: list[object] = [("#", "Antragsteller"), "Gemeinde Muster", ("#", "Leitidee"), sentence]
    result = _checked(tmp_path, parts)["smart_city_region_concept"]
    assert result.status is CheckStatus.OK, result.note


@pytest.mark.parametrize(
    "objectives",
    [
        # A table whose header names the target and the deadline; the rows give the figures.
        [
            [
                ("Vorhaben", "Zielgröße", "Frist"),
                ("Erstberatung von Handwerksbetrieben", "45 Betriebe", "12/2020"),
                ("Kurse für Seniorinnen und Senioren", "12 Kurse", "06/2020"),
            ]
        ],
        # A value to reach by a date, without any word for "target".
        ["Bis Ende 2020 haben 45 Handwerksbetriebe eine Erstberatung erhalten."],
    ],
)
def test_objectives_with_a_value_and_a_deadline_are_measurable(
    objectives: list[object], tmp_path: Path
) -> None:
    parts: list[object] = [("#", "Antragsteller"), "Gemeinde Muster", ("#", "Ziele"), *objectives]
    result = _checked(tmp_path, parts)["objectives_measurable"]
    assert result.status is CheckStatus.OK, result.note


def test_staff_introduced_outside_the_organisation_section_count(tmp_path: Path) -> None:
    parts: list[object] = [
        ("#", "Antragsteller"),
        "Heimatverein Kemberg e. V. – für das Vorhaben stellt der Verein eine Netzwerkmanagerin mit "
        "0,75 VZÄ (Entgeltgruppe E 10) ein.",
        ("#", "Organisation und Standort"),
        "Das Büro liegt im Erdgeschoss des Rathauses und ist an drei Tagen in der Woche geöffnet.",
    ]
    result = _checked(tmp_path, parts)["staffing_plan"]
    assert result.status is CheckStatus.OK, result.note


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # A resolution to be brought about later is not there yet.
        (
            ["Ein Beschluss des Gemeinderates zum Eigenanteil wird im Juni herbeigeführt."],
            CheckStatus.MISSING,
        ),
        # Prose that names an office signs nothing.
        (["Über den Stand berichtet die Projektleitung jedes Quartal dem Vorstand."], CheckStatus.MISSING),
        # The office on a line of its own closes a signed sketch.
        (["Halle (Saale), im März 2019", "Die Geschäftsführerin"], CheckStatus.OK),
    ],
)
def test_an_office_is_a_signature_only_on_a_line_of_its_own(
    closing: list[str], expected: CheckStatus, tmp_path: Path
) -> None:
    parts: list[object] = [("#", "Antragsteller"), "Muster gGmbH", ("#", "Organisation"), *closing]
    results = _checked(tmp_path, parts)
    result = results["council_resolution_or_signature"]
    assert result.status is expected, result.note


def test_a_heading_that_names_the_bundling_ties_the_existing_work_below_it(tmp_path: Path) -> None:
    parts: list[object] = [
        ("#", "Antragsteller"),
        "Gemeinde Muster",
        ("#", "Vernetzung der Akteure"),
        "Einmal im Halbjahr lädt das Büro alle Träger der laufenden Schulprojekte und Vereinsangebote ein.",
    ]
    result = _checked(tmp_path, parts)["bundling_initiatives"]
    assert result.status is CheckStatus.OK, result.note


def test_a_heading_over_an_empty_template_slot_is_a_missing_section(tmp_path: Path) -> None:
    from sketchproc.pipeline import check
    from tests.test_facts import build

    parts: list[object] = [
        ("#", "Antragsteller"),
        "Gemeinde Muster",
        ("#", "Arbeits- und Zeitplan"),
        "[Bitte ergänzen]",
        ("#", "Finanzierung"),
        "Wir beantragen 100.000 Euro.",
    ]
    assessment = check(build(tmp_path, parts))  # type: ignore[arg-type]
    assert assessment.mapping.status("schedule") is CoverageStatus.MISSING
    result = {r.item_id: r for r in assessment.checklist}["schedule_milestones"]
    assert result.status is CheckStatus.MISSING, result.note


def test_a_stated_rate_within_the_limit_beside_amounts_over_it_is_unclear(tmp_path: Path) -> None:
    parts: list[object] = [
        ("#", "Antragsteller"),
        "Gemeinde Muster",
        ("#", "Finanzierung"),
        "Die Gesamtausgaben betragen 205.000 Euro. Beantragt wird eine Zuwendung von 175.000 Euro, "
        "das sind 80 Prozent. Den Eigenanteil von 30.000 Euro trägt die Gemeinde.",
    ]
    result = _checked(tmp_path, parts)["funding_rate_max_80"]
    # Contradictory: a reviewer compares the stated rate with the amounts (both are quoted).
    assert result.status is CheckStatus.UNCLEAR, result.note
    assert "80,0" in (result.note or "") and "85,4" in (result.note or "")


def _device_budget(tmp_path: Path, devices: str) -> dict[str, CheckResult]:
    """A sketch of a firm with no centre wording whose cost table gives bare figures under "(EUR)"."""

    parts: list[object] = [
        ("#", "Antragsteller"),
        "Muster Netzwerke GmbH",
        ("#", "Vorhaben"),
        "Wir statten die Dorfgemeinschaftshäuser mit Notebooks und Routern aus und schulen die Vereine.",
        ("#", "Kosten"),
        [
            ["Kostenposition", "Summe (EUR)"],
            ["Notebooks und Router für 12 Dorfgemeinschaftshäuser", devices],
            ["Personal Schulung", "40.000"],
            ["Gesamtausgaben", f"{int(devices.replace('.', '')) + 40_000:,}".replace(",", ".")],
        ],
    ]
    return _checked(tmp_path, parts)


@pytest.mark.parametrize(
    ("devices", "expected"), [("120.000", CheckStatus.VIOLATED), ("8.000", CheckStatus.OK)]
)
def test_devices_priced_in_a_table_with_the_unit_in_its_header_are_investments(
    devices: str, expected: CheckStatus, tmp_path: Path
) -> None:
    result = _device_budget(tmp_path, devices)["eligible_cost_types"]
    assert result.status is expected, result.note


@pytest.mark.parametrize(("devices", "violated"), [("120.000", True), ("8.000", False)])
def test_a_sketch_without_a_centre_that_spends_most_on_devices_is_about_them(
    devices: str, violated: bool, tmp_path: Path
) -> None:
    result = _device_budget(tmp_path, devices)["subject_is_centre"]
    assert (result.status is CheckStatus.VIOLATED) is violated, result.note


@pytest.mark.parametrize(
    ("organisation", "expected"),
    [
        # One post with its extent and pay grade: the office's only post needs no job title.
        ("Im Bürgerbüro entsteht eine Stelle mit 25 Wochenstunden, vergütet nach E 8 TVöD.", CheckStatus.OK),
        # With its extent and the day it is filled.
        ("Frau Kramer arbeitet ab dem 1. Mai 2019 mit 0,8 VZÄ für das Büro.", CheckStatus.OK),
        # An extent alone is only part of a plan.
        ("Für das Büro sind 1,5 Stellen vorgesehen.", CheckStatus.UNCLEAR),
    ],
)
def test_a_post_with_its_extent_and_grade_or_start_is_a_staffing_plan(
    organisation: str, expected: CheckStatus, tmp_path: Path
) -> None:
    result = _by_id(_run(COMPLIANT.with_section("organisation", organisation), tmp_path))["staffing_plan"]
    assert result.status is expected, result.note


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # Only ever the goal of becoming: a slogan.
        (["Mit dem Büro soll unser Landkreis bis 2025 zur Smart Region werden."], CheckStatus.UNCLEAR),
        (["Unser Ziel ist klar: Wir wollen eine Smart City sein!"], CheckStatus.UNCLEAR),
        # A goal that goes on to say what it means is given content.
        (
            ["Der Landkreis wird zur Smart Region, in der Ämter und Vereine ihre Termine teilen."],
            CheckStatus.OK,
        ),
        # The same goal beside a concept with substance.
        (
            [
                "Mit dem Büro soll unser Landkreis bis 2025 zur Smart Region werden.",
                "Das Konzept der Smart Region ordnet die Vorhaben in vier Handlungsfelder.",
            ],
            CheckStatus.OK,
        ),
    ],
)
def test_a_concept_named_only_as_the_goal_of_becoming_is_a_slogan(
    sentences: list[str], expected: CheckStatus, tmp_path: Path
) -> None:
    parts: list[object] = [("#", "Antragsteller"), "Landkreis Muster", ("#", "Vorhaben"), *sentences]
    result = _checked(tmp_path, parts)["smart_city_region_concept"]
    assert result.status is expected, result.note


def test_a_numbered_series_of_headings_is_the_work_programme(tmp_path: Path) -> None:
    parts: list[object] = [
        ("#", "Antragsteller"),
        "Gemeinde Muster",
        ("#", "Modul 1: Sprechstunde im Rathaus"),
        "Zweimal pro Woche beraten wir Bürgerinnen und Bürger zu Online-Diensten.",
        ("#", "Modul 2: Netzwerk der Betriebe"),
        "Wir organisieren vier Unternehmerfrühstücke im Jahr.",
        ("#", "Modul 3: Strategie"),
        "Gemeinsam mit dem Rat erarbeiten wir bis Herbst 2020 eine Digitalstrategie.",
    ]
    result = _checked(tmp_path, parts)["work_programme"]
    assert result.status is CheckStatus.OK, result.note


def test_households_are_no_budget(tmp_path: Path) -> None:
    # "Haushalte" (households) in a closing sentence names no source of money.
    text = "Träger des Büros bleibt die Gemeinde. Bis Ende 2020 erreicht die Sprechstunde 400 Haushalte."
    result = _by_id(_run(COMPLIANT.with_section("sustainability", text), tmp_path))["sustainability_plan"]
    assert result.status is not CheckStatus.OK, result.note


def test_measures_opened_by_labels_under_a_heading_of_the_authors_own_are_the_work_programme(
    tmp_path: Path,
) -> None:
    parts: list[object] = [
        ("#", "Antragsteller"),
        "Gemeinde Muster",
        ("#", "Unser Plan"),
        "Repair-Café: Einmal im Monat organisieren Freiwillige im Jugendhaus eine Reparatur für Laptops.",
        "Lernabende: Jeden Donnerstag schulen Schülerinnen ältere Menschen im Gemeindehaus "
        "in der Videotelefonie.",
        "Ortsteil-Sprechstunde: Alle zwei Wochen berät die Koordinatorin die Leute in einem der Ortsteile.",
    ]
    result = _checked(tmp_path, parts)["work_programme"]
    assert result.status is CheckStatus.OK, result.note


def test_letters_of_support_in_the_annex_list_are_enclosed(tmp_path: Path) -> None:
    """The English name of the letter is the letter: "Letters of Support" listed as enclosures."""
    parts: list[object] = [
        ("#", "Antragsteller"),
        "Gemeinde Muster",
        ("#", "Anlagen"),
        "Anlage 4: Letters of Support der Kreishandwerkerschaft und des Heimatvereins",
    ]
    result = _checked(tmp_path, parts)["letters_of_intent"]
    assert result.status is CheckStatus.OK, result.note


def test_the_centres_own_name_in_the_title_is_taken_up_by_its_head(tmp_path: Path) -> None:
    """Under a letterhead, the title line names the project and calls it a centre; the text then
    speaks of it by its name's head ("Das Labor …" for "Medienlabor Zerbst")."""
    parts: list[object] = [
        "Stadt Zerbst/Anhalt",
        "Die Bürgermeisterin",
        "Schloßfreiheit 12, 39261 Zerbst/Anhalt",
        "Ideenskizze „Medienlabor Zerbst“ – ein regionales Digitalisierungszentrum für das Anhalter Land",
        ("#", "Vorhaben"),
        "Im Westflügel des Schlosses richtet die Stadt zwei Räume und eine kleine Werkstatt ein.",
        "Das Labor bündelt die Angebote der Schulen, Vereine und Betriebe der Region.",
    ]
    result = _checked(tmp_path, parts)["subject_is_centre"]
    assert result.status is CheckStatus.OK, result.note
    assert any("Labor bündelt" in e.quote for e in result.evidence)


def test_existing_activities_brought_together_are_initiatives_bundled(tmp_path: Path) -> None:
    parts: list[object] = [
        ("#", "Antragsteller"),
        "Gemeinde Muster",
        ("#", "Vorhaben"),
        "Das Büro führt eine Übersicht aller Digitalaktivitäten im Ort und vernetzt die Beteiligten "
        "miteinander.",
    ]
    result = _checked(tmp_path, parts)["bundling_initiatives"]
    assert result.status is CheckStatus.OK, result.note


@pytest.mark.parametrize(
    "sentence",
    [
        "Schriftliche Zusagen unserer Partner haben wir zum jetzigen Zeitpunkt noch nicht.",
        "Unterstützungsschreiben der Kooperationspartner benötigen wir für die Skizze nicht – die "
        "Zusammenarbeit wächst in der Praxis.",
    ],
)
def test_letters_a_clause_denies_are_not_enclosed(sentence: str, tmp_path: Path) -> None:
    # The "nicht" closing the clause denies it: no letter is there, whatever the sentence names.
    parts: list[object] = [("#", "Antragsteller"), "Gemeinde Muster", ("#", "Netzwerk"), sentence]
    result = _checked(tmp_path, parts)["letters_of_intent"]
    assert result.status is CheckStatus.MISSING, result.note


@pytest.mark.parametrize(
    "text",
    [
        # Someone to run it, no word of the money.
        "Nach dem Ende der Förderung führt der Heimatverein die Sprechstunde im Gemeindehaus weiter.",
        # Money, nobody named to run it.
        "Für die Zeit nach 2020 sind im Haushaltsentwurf jährlich 30.000 Euro eingeplant.",
    ],
)
def test_half_a_plan_for_the_time_after_the_funding_is_left_to_the_reviewer(
    text: str, tmp_path: Path
) -> None:
    result = _by_id(_run(COMPLIANT.with_section("sustainability", text), tmp_path))["sustainability_plan"]
    assert result.status is CheckStatus.UNCLEAR, result.note
