"""Relevance scoring on real .docx sketches built in code, with a model trained per session."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Sequence
from pathlib import Path

import docx
import pytest

import sketchproc
from sketchproc.model import Facts, OutlineMapping, Relevance
from sketchproc.outline import map_outline
from sketchproc.passages import index_passages
from sketchproc.pipeline import outline_model
from sketchproc.profiles import load_profile
from sketchproc.relevance import score_relevance
from sketchproc.relevance.train import RELEVANCE_DATA, train_relevance
from sketchproc.textmodel import LinearTextModel, load_text_model

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
PROFILE = load_profile()
HAS_FACTS = importlib.util.find_spec("sketchproc.facts") is not None

Sketch = Sequence[tuple[str, Sequence[str]]]  # (heading, paragraphs); "- " starts a list item

CONCRETE: Sketch = (
    (
        "Kurzbeschreibung des Vorhabens",
        (
            "Der Landkreis Harz richtet ab dem 01.01.2019 in Wernigerode ein Digitalisierungszentrum "
            "mit zwei Vollzeitstellen ein, das die Hochschule Harz, die IHK Magdeburg "
            "und 14 Gemeinden verbindet.",
        ),
    ),
    (
        "Ausgangslage und Handlungsbedarf",
        (
            "Erst 62 Prozent der Haushalte im Landkreis Harz erreichen 50 Mbit/s; in 23 Ortsteilen gibt es "
            "weiße Flecken im Mobilfunk.",
            "Eine Bestandsaufnahme im Jahr 2018 ergab, dass nur 4 von 14 Gemeinden Online-Anträge anbieten.",
        ),
    ),
    (
        "Handlungsfelder und Maßnahmen",
        (
            "Gemeinsam mit dem Zweckverband Breitband Harz plant das Zentrum den Glasfaserausbau für 1.200 "
            "Hausanschlüsse und baut in Blankenburg ein LoRaWAN-Sensornetz mit 40 Gateways auf.",
            "Die Kreisverwaltung führt bis Ende 2019 die E-Akte in drei Fachämtern ein und stellt 25 "
            "Onlinedienste nach dem Onlinezugangsgesetz im Bürgerportal bereit.",
            "Das Zentrum berät 60 KMU und Handwerksbetriebe zu Geschäftsmodellen und eröffnet in Halberstadt "
            "einen Coworking-Space für Gründerinnen und Gründer.",
            "Mit der Harzer Verkehrsbetriebe GmbH erprobt der Landkreis einen Rufbus mit Echtzeitauskunft in "
            "sechs Dörfern rund um Ilsenburg.",
            "Die Stadtwerke Wernigerode installieren 300 Smart Meter und steuern die Straßenbeleuchtung in "
            "zwei Ortsteilen über ein Energiemonitoring.",
            "Gemeinsam mit dem Praxisnetz Harz pilotiert das Zentrum Videosprechstunden für Hausarztpraxen "
            "und einen Hausnotruf für 80 Senioren in Thale.",
            "Die Kreisvolkshochschule schult 200 Bürgerinnen und Bürger in Medienkompetenz, und 12 Schulen "
            "erhalten eine Schulcloud mit Lernplattform.",
            "Für 40 Sportvereine und Heimatvereine entwickelt das Zentrum eine Dorf-App mit "
            "Veranstaltungskalender und Gästeinformation für den Tourismus im Harz.",
            "Auf einer regionalen Datenplattform veröffentlicht der Landkreis ab 2020 Geodaten und "
            "Sensordaten als Open Data über eine offene Schnittstelle nach DCAT-AP.",
        ),
    ),
    (
        "Beteiligungsprozess",
        (
            "Im 2. Quartal 2019 führt das Zentrum vier Zukunftswerkstätten mit Bürgerinnen und Bürgern, "
            "Unternehmen und Vereinen in Wernigerode, Halberstadt, Quedlinburg und Thale durch.",
            "Eine Online-Befragung der Einwohnerinnen und Einwohner startet im März 2019 zu Beginn der "
            "Strategiephase.",
        ),
    ),
    (
        "Netzwerk und Partner",
        (
            "Partner sind die Hochschule Harz, die IHK Magdeburg, die Handwerkskammer Magdeburg, der "
            "Kreissportbund Harz e. V., die Wirtschaftsförderung Harz GmbH, der Landkreistag Sachsen-Anhalt "
            "und die Harzsparkasse.",
        ),
    ),
    (
        "Verstetigung nach Förderende",
        (
            "Nach Förderende übernimmt der Landkreis Harz das Zentrum in seine Trägerschaft; ein "
            "Kreistagsbeschluss vom 12.09.2018 sichert die zwei Stellen im Stellenplan und im Haushalt 2021.",
        ),
    ),
    (
        "Erwartete Ergebnisse und Übertragbarkeit",
        (
            "Die Dorf-App wird als Open Source veröffentlicht und ist auf andere Kommunen übertragbar; der "
            "Landkreis Harz stellt sie 2020 im Erfahrungsaustausch mit den Digitalisierungszentren vor.",
            "Das Zentrum misst die Wirkung mit 12 Kennzahlen und einer Evaluation durch die Hochschule Harz "
            "im Dezember 2020; alle Dienste werden barrierefrei und datenschutzkonform nach DSGVO betrieben.",
        ),
    ),
)

BUZZWORDS: Sketch = (
    (
        "Kurzbeschreibung des Vorhabens",
        (
            "Die Digitalisierung ist eine der größten Herausforderungen unserer Zeit "
            "und bietet enorme Chancen.",
            "Wir setzen auf innovative, smarte und zukunftsfähige Lösungen für eine moderne Region.",
        ),
    ),
    (
        "Ziele des Digitalisierungszentrums",
        (
            "Durch ganzheitliche Vernetzung entstehen Synergien und ein echter Mehrwert für alle.",
            "Big Data, Blockchain, Cloud und KI eröffnen disruptive Potenziale für ein digitales Ökosystem.",
        ),
    ),
    (
        "Handlungsfelder und Maßnahmen",
        (
            "Als Leuchtturm und Vorreiter der digitalen Transformation gestalten wir den digitalen Wandel "
            "nachhaltig und zukunftsweisend.",
            "Eine innovative Plattform und eine App bündeln die Chancen der Digitalisierung.",
        ),
    ),
)

NEGATED = "Der Ausbau von Glasfaser und Breitband in den 14 Gemeinden ist nicht Gegenstand dieses Vorhabens."
CALL_ECHO = (
    "Als Leit- und Koordinierungsstelle für die digitale Transformation wird das Zentrum die Bündelung "
    "sektoraler Initiativen zum Breitbandausbau übernehmen."
)


# --- building and scoring ---------------------------------------------------------------------


def _write(path: Path, sketch: Sketch, front: Callable[[docx.document.Document], None] | None = None) -> Path:
    document = docx.Document()
    if front is not None:
        front(document)
    for heading, paragraphs in sketch:
        document.add_heading(heading, level=1)
        for text in paragraphs:
            if text.startswith("- "):
                document.add_paragraph(text[2:], style="List Bullet")
            else:
                document.add_paragraph(text)
    document.save(str(path))
    return path


def _mapping(path: Path) -> OutlineMapping:
    return map_outline(sketchproc.extract(path), PROFILE, outline_model())


def _facts(mapping: OutlineMapping) -> Facts:
    if not HAS_FACTS:
        return Facts()
    from sketchproc.facts import extract_facts  # the facts stage may be absent

    return extract_facts(index_passages(mapping, PROFILE), PROFILE)


def _score(path: Path, model: LinearTextModel) -> Relevance:
    mapping = _mapping(path)
    return score_relevance(index_passages(mapping, PROFILE), _facts(mapping), PROFILE, model)


@pytest.fixture(scope="session")
def model(tmp_path_factory: pytest.TempPathFactory) -> LinearTextModel:
    """The relevance classifier, trained once from data/ into a temporary folder."""
    data = REPO / "data" / RELEVANCE_DATA
    assert data.exists(), f"{data} fehlt: die Trainingsdaten gehören zum Repository"
    stem = tmp_path_factory.mktemp("models") / "relevance"
    train_relevance(data, stem)
    return load_text_model(stem)


def _with_section(sketch: Sketch, heading: str, paragraphs: Sequence[str]) -> Sketch:
    return tuple((title, (*body, *paragraphs) if title == heading else body) for title, body in sketch)


# --- tests ------------------------------------------------------------------------------------


def test_buzzword_only_sketch_scores_low(tmp_path: Path, model: LinearTextModel) -> None:
    relevance = _score(_write(tmp_path / "buzz.docx", BUZZWORDS), model)
    assert relevance.score < 20
    assert max(relevance.dimensions.values()) < 20


def test_concrete_sketch_scores_high_with_body_quotes(tmp_path: Path, model: LinearTextModel) -> None:
    relevance = _score(_write(tmp_path / "konkret.docx", CONCRETE), model)
    assert relevance.score > 50
    body = " ".join(" ".join(paragraphs) for _, paragraphs in CONCRETE)
    assert relevance.evidence
    for evidence in relevance.evidence:
        assert evidence.quote.strip("…") in body
        assert len(evidence.quote) <= 200
    credits = [evidence.credit for evidence in relevance.evidence]
    assert credits == sorted(credits, reverse=True)
    assert {"infrastructure", "administration", "mobility"} <= {e.dimension for e in relevance.evidence}


def test_repeating_a_paragraph_five_times_adds_at_most_one_point(
    tmp_path: Path, model: LinearTextModel
) -> None:
    once = _score(_write(tmp_path / "einmal.docx", CONCRETE), model)
    paragraph = CONCRETE[2][1][0]
    repeated = _with_section(CONCRETE, "Handlungsfelder und Maßnahmen", [paragraph] * 5)
    five = _score(_write(tmp_path / "fuenfmal.docx", repeated), model)
    assert five.score - once.score <= 1


def test_repeating_a_stem_in_new_sentences_saturates(tmp_path: Path, model: LinearTextModel) -> None:
    sentences = [
        f"Im Ortsteil {n} baut der Landkreis Harz {n * 10} Breitbandanschlüsse aus." for n in range(1, 9)
    ]
    relevance = _score(
        _write(tmp_path / "breitband.docx", (("Handlungsfelder und Maßnahmen", sentences),)), model
    )
    assert relevance.dimensions["infrastructure"] < 100


@pytest.mark.parametrize("sentence", [NEGATED, CALL_ECHO], ids=["negated", "call_echo"])
def test_negated_and_call_echo_sentences_earn_nothing(
    tmp_path: Path, model: LinearTextModel, sentence: str
) -> None:
    base = _score(_write(tmp_path / "basis.docx", BUZZWORDS), model)
    sketch = _with_section(BUZZWORDS, "Handlungsfelder und Maßnahmen", [sentence])
    relevance = _score(_write(tmp_path / "satz.docx", sketch), model)
    assert relevance.dimensions == base.dimensions
    assert all(evidence.quote != sentence for evidence in relevance.evidence)


def _cover_and_toc(document: docx.document.Document) -> None:
    document.add_paragraph(
        "Digitalzentrum Harz: Breitband, Glasfaser, Telemedizin und Open Data", style="Title"
    )
    document.add_paragraph("Projektskizze des Landkreises Harz, 14 Gemeinden, eingereicht am 15.10.2018")
    document.add_paragraph("Inhaltsverzeichnis")
    document.add_paragraph("1 Glasfaserausbau für 1.200 Hausanschlüsse ........ 3")
    document.add_paragraph("2 Telemedizin und Videosprechstunde in Thale ........ 4")
    document.add_paragraph("3 Rufbus und Echtzeitauskunft ........ 5")


def test_cover_and_toc_text_earns_nothing(tmp_path: Path, model: LinearTextModel) -> None:
    plain = _score(_write(tmp_path / "ohne.docx", BUZZWORDS), model)
    fronted = _score(_write(tmp_path / "mit.docx", BUZZWORDS, front=_cover_and_toc), model)
    assert fronted.dimensions == plain.dimensions
    assert not [e for e in fronted.evidence if "Glasfaser" in e.quote or "Telemedizin" in e.quote]


def test_annex_list_earns_nothing(tmp_path: Path, model: LinearTextModel) -> None:
    annex = ("Anlagen", ("- Absichtserklärung Zweckverband Breitband Harz zum Glasfaserausbau 2019",))
    plain = _score(_write(tmp_path / "ohne.docx", BUZZWORDS), model)
    with_annex = _score(_write(tmp_path / "anlagen.docx", (*BUZZWORDS, annex)), model)
    assert with_annex.dimensions == plain.dimensions


def test_scoring_is_deterministic(tmp_path: Path, model: LinearTextModel) -> None:
    path = _write(tmp_path / "konkret.docx", CONCRETE)
    assert _score(path, model) == _score(path, model)


@pytest.mark.parametrize(
    "name", ["lk_harz_digitalzentrum", "verein_digitales_burgenland", "gmbh_altmark_digital"]
)
def test_docx_and_pdf_twins_score_alike(name: str, model: LinearTextModel) -> None:
    as_docx = _score(SAMPLES / f"{name}.docx", model)
    as_pdf = _score(SAMPLES / f"{name}.pdf", model)
    assert abs(as_docx.score - as_pdf.score) <= 5


def test_training_writes_metrics_into_the_sidecar(tmp_path: Path, model: LinearTextModel) -> None:
    meta = model.meta
    assert set(meta["cv_f1"]) == {d.id for d in PROFILE.taxonomy.dimensions}
    assert set(meta["holdout_f1"]) == set(meta["cv_f1"])
    assert meta["holdout_false_positive_rate"]
    assert json.dumps(meta, sort_keys=True)
