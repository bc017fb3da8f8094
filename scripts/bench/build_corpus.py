"""Build the reproducible benchmark corpus: about 200 German project sketches, half .docx, half PDF.

Usage: python scripts/bench/build_corpus.py OUT_DIR [--sketches 200] [--seed 0]

Every sketch takes one text per outline section of the call profile, in outline order, from
data/outline_sections.jsonl (only rows whose label is an outline id), then more texts of the same
labels (and a few repeated paragraphs) until it reaches about 10 pages. Applicant, place,
contact and budget vary per sketch. PDFs: A4, 11 pt body, bold headings with typed numbers,
running header and footer, a ruled budget table. .docx: heading styles and a budget table.

Deterministic: one seeded RNG per sketch, fixed document metadata, fixed zip timestamps and
reportlab's invariant mode, so a rebuild is byte-identical. A manifest beside OUT_DIR
(OUT_DIR.manifest.json; not inside it, where the batch would pick it up as a submission) keeps
each file's sha256 and page count; files already present with the right hash are skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import sys
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import docx
import pdfplumber
from docx.shared import Cm, Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sketchproc.profiles import load_profile

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "data" / "outline_sections.jsonl"
# Bump when the composition or rendering changes: the manifest then no longer matches.
GENERATOR_VERSION = "1"
DOCX_WORDS_PER_PAGE = 350  # the estimate the issue prescribes for .docx pages
PDF_WORDS_PER_PAGE = (
    300  # measured on this layout (A4, 11/14 pt, 25 mm margins, cover page, line-based texts)
)
PAGES_PER_SKETCH = (8.5, 11.5)
FIXED_TIME = dt.datetime(2018, 10, 15, 9, 0, 0)
ZIP_TIME = (2018, 10, 15, 9, 0, 0)
FILE_NAME = re.compile(r"^skizze_\d{3}_[a-z0-9-]+\.(docx|pdf)$")

PLACES = (
    ("Halberstadt", "38820"),
    ("Wernigerode", "38855"),
    ("Quedlinburg", "06484"),
    ("Oschersleben (Bode)", "39387"),
    ("Haldensleben", "39340"),
    ("Wolmirstedt", "39326"),
    ("Gardelegen", "39638"),
    ("Salzwedel", "29410"),
    ("Stendal", "39576"),
    ("Tangermünde", "39590"),
    ("Genthin", "39307"),
    ("Burg", "39288"),
    ("Zerbst/Anhalt", "39261"),
    ("Köthen (Anhalt)", "06366"),
    ("Bitterfeld-Wolfen", "06749"),
    ("Lutherstadt Wittenberg", "06886"),
    ("Merseburg", "06217"),
    ("Querfurt", "06268"),
    ("Naumburg (Saale)", "06618"),
    ("Weißenfels", "06667"),
    ("Zeitz", "06712"),
    ("Sangerhausen", "06526"),
    ("Lutherstadt Eisleben", "06295"),
    ("Bernburg (Saale)", "06406"),
    ("Schönebeck (Elbe)", "39218"),
    ("Staßfurt", "39418"),
    ("Aschersleben", "06449"),
)
# (name pattern, signer's function): public bodies, associations and companies.
APPLICANT_FORMS = (
    ("Stadt {place}", "Bürgermeisterin"),
    ("Einheitsgemeinde Stadt {place}", "Bürgermeister"),
    ("Verbandsgemeinde {place}", "Verbandsgemeindebürgermeister"),
    ("Digitalnetzwerk {place} e. V.", "Vorstandsvorsitzende"),
    ("Standortmarketing {place} GmbH", "Geschäftsführer"),
    ("Zweckverband Breitband Region {place}", "Verbandsgeschäftsführerin"),
)
FIRST_NAMES = ("Anja", "Bernd", "Claudia", "Dirk", "Elke", "Frank", "Gesine", "Holger", "Ines", "Jens")
LAST_NAMES = ("Albrecht", "Brandt", "Conrad", "Dietrich", "Engel", "Fuchs", "Graf", "Heinze", "Jahn", "Kühne")
STREETS = ("Markt", "Breiter Weg", "Lindenstraße", "Bahnhofstraße", "Schulplatz", "Am Rathaus", "Poststraße")
BUDGET_ITEMS = (
    "Personalkosten Projektleitung",
    "Personalkosten Netzwerkmanagement",
    "Sachkosten Büro und IT",
    "Reisekosten",
    "Veranstaltungen und Beteiligung",
    "Öffentlichkeitsarbeit",
)
# How often a label gets another text while a sketch grows to its page target.
EXTEND_WEIGHTS = {"work_programme": 3.0, "baseline": 2.0, "objectives": 2.0, "participation": 2.0}
NO_EXTENSION = {"applicant", "annexes"}


@dataclass(frozen=True)
class Row:
    """One labelled text of data/outline_sections.jsonl."""

    id: str
    label: str
    heading: str
    text: str

    @property
    def words(self) -> int:
        """Whitespace tokens of the text."""
        return len(self.text.split())


@dataclass(frozen=True)
class OutlineEntry:
    """One section of the call outline: its id and its title."""

    id: str
    title: str


@dataclass(frozen=True)
class Applicant:
    """Who submits a sketch, and where."""

    name: str
    street: str
    postcode: str
    place: str
    person: str
    function: str
    email: str


@dataclass(frozen=True)
class Block:
    """A sub-heading (`heading=True`) or a body text whose lines are kept apart."""

    text: str
    heading: bool = False


@dataclass(frozen=True)
class SketchSection:
    """One numbered section: typed heading and its blocks."""

    outline_id: str
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Sketch:
    """Everything a renderer needs; composition is separate from rendering."""

    index: int
    kind: str  # "docx" or "pdf"
    applicant: Applicant
    title: str
    date: str
    sections: tuple[SketchSection, ...]
    budget: tuple[tuple[str, int, int], ...]

    @property
    def file_name(self) -> str:
        """skizze_<index>_<place slug>.<kind>"""
        return f"skizze_{self.index:03d}_{slug(self.applicant.place)}.{self.kind}"

    @property
    def words(self) -> int:
        """Words of everything rendered (cover, headings, bodies, budget table)."""
        texts = [*cover_lines(self), *signature_lines(self)]
        for section in self.sections:
            texts.append(section.heading)
            texts.extend(block.text for block in section.blocks)
        texts.extend(" ".join(row) for row in budget_table(self.budget))
        return sum(len(text.split()) for text in texts)


# --- sources ---------------------------------------------------------------------------------


def load_outline() -> tuple[OutlineEntry, ...]:
    """The outline of the default call profile, in outline order."""
    return tuple(OutlineEntry(s.id, s.title) for s in load_profile().outline.sections)


def load_rows(outline: tuple[OutlineEntry, ...]) -> dict[str, tuple[Row, ...]]:
    """Rows of the source file by label; only labels that are outline ids."""
    ids = {entry.id for entry in outline}
    rows: dict[str, list[Row]] = {entry.id: [] for entry in outline}
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            if raw["label"] in ids:
                rows[raw["label"]].append(Row(raw["id"], raw["label"], raw["heading"], raw["text"]))
    missing = [label for label, found in rows.items() if not found]
    if missing:
        raise SystemExit(f"{SOURCE}: no texts for outline ids {missing}")
    return {label: tuple(found) for label, found in rows.items()}


# --- composition -----------------------------------------------------------------------------


def slug(text: str) -> str:
    """ASCII file-name part: umlauts transliterated, everything else non-alphanumeric to '-'."""
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def make_applicant(rng: random.Random) -> Applicant:
    """An invented applicant at a real place in Sachsen-Anhalt."""
    place, postcode = rng.choice(PLACES)
    pattern, function = rng.choice(APPLICANT_FORMS)
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    return Applicant(
        name=pattern.format(place=place),
        street=f"{rng.choice(STREETS)} {rng.randint(1, 60)}",
        postcode=postcode,
        place=place,
        person=f"{first} {last}",
        function=function,
        email=f"{slug(first)[0]}.{slug(last)}@{slug(place)}.de",
    )


def make_budget(rng: random.Random) -> tuple[tuple[str, int, int], ...]:
    """Cost lines for 2019 and 2020, rounded to 100 €, total at most 250,000 € (grant ≤ 200,000 €)."""
    shares = (0.34, 0.22, 0.06, 0.03, 0.08, 0.04)
    total = rng.randrange(150_000, 250_000, 1_000)
    lines = []
    for name, share in zip(BUDGET_ITEMS, shares, strict=True):
        amount = round(total * share * rng.uniform(0.85, 1.15) / 100) * 100
        first_year = round(amount * rng.uniform(0.4, 0.5) / 100) * 100
        lines.append((name, first_year, amount - first_year))
    return tuple(lines)


def strip_number(heading: str) -> str:
    """A heading without a leading typed number ("10. Kosten" → "Kosten")."""
    return re.sub(r"^\s*\d+(\.\d+)*\.?\s*", "", heading).strip()


def pick_texts(
    rng: random.Random, outline: tuple[OutlineEntry, ...], rows: dict[str, tuple[Row, ...]], target: float
) -> dict[str, list[tuple[Row, bool]]]:
    """One text per outline section, then more (and a few repeats) until `target` words.

    Returns per label a list of (row, repeated) in the order they appear.
    """
    chosen = {entry.id: [(rng.choice(rows[entry.id]), False)] for entry in outline}
    words = sum(row.words for picks in chosen.values() for row, _ in picks)
    labels = [entry.id for entry in outline if entry.id not in NO_EXTENSION]
    weights = [EXTEND_WEIGHTS.get(label, 1.0) for label in labels]
    while words < target:
        label = rng.choices(labels, weights)[0]
        used = {row.id for row, _ in chosen[label]}
        unused = [row for row in rows[label] if row.id not in used]
        if unused and rng.random() > 0.08:
            row, repeated = rng.choice(unused), False
        else:
            row, repeated = rng.choice(chosen[label])[0], True  # copy-paste, as real sketches have
        chosen[label].append((row, repeated))
        words += row.words
    return chosen


def make_section(
    rng: random.Random,
    number: int,
    entry: OutlineEntry,
    picks: list[tuple[Row, bool]],
    style: dict[str, bool],
) -> SketchSection:
    """Typed heading ("3. Ausgangslage …") and blocks; extra texts may get numbered sub-headings."""
    own = strip_number(picks[0][0].heading)
    title = own if own and rng.random() < 0.3 else entry.title
    separator = ". " if style["dotted"] else " "
    blocks = [Block(picks[0][0].text)]
    for sub, (row, repeated) in enumerate(picks[1:], start=1):
        sub_title = strip_number(row.heading)
        if style["subheadings"] and not repeated and sub_title:
            blocks.append(Block(f"{number}.{sub} {sub_title}", heading=True))
        blocks.append(Block(row.text))
    return SketchSection(entry.id, f"{number}{separator}{title}", tuple(blocks))


def compose(
    index: int, seed: int, outline: tuple[OutlineEntry, ...], rows: dict[str, tuple[Row, ...]]
) -> Sketch:
    """Sketch number `index`: even indices are .docx, odd ones PDF; its own RNG, so it is stable."""
    rng = random.Random(f"sketchproc-bench:{seed}:{index}")
    kind = "docx" if index % 2 == 0 else "pdf"
    per_page = DOCX_WORDS_PER_PAGE if kind == "docx" else PDF_WORDS_PER_PAGE
    target = rng.uniform(*PAGES_PER_SKETCH) * per_page
    applicant = make_applicant(rng)
    style = {"dotted": rng.random() < 0.7, "subheadings": rng.random() < 0.4}
    chosen = pick_texts(rng, outline, rows, target)
    sections = tuple(
        make_section(rng, number, entry, chosen[entry.id], style)
        for number, entry in enumerate(outline, start=1)
    )
    return Sketch(
        index=index,
        kind=kind,
        applicant=applicant,
        title=f"Regionales Digitalisierungszentrum {applicant.place}",
        date=f"{rng.randint(1, 28):02d}.{rng.choice((10, 11)):02d}.2018",
        sections=sections,
        budget=make_budget(rng),
    )


def euro(amount: int) -> str:
    """German money format: 61.000 €."""
    return f"{amount:,} €".replace(",", ".")


def budget_table(budget: tuple[tuple[str, int, int], ...]) -> list[list[str]]:
    """Header, cost lines, total, own share (20 %) and requested grant (80 %)."""
    table = [["Kostenart", "2019", "2020", "Gesamt"]]
    table += [[name, euro(a), euro(b), euro(a + b)] for name, a, b in budget]
    first, second = sum(a for _, a, _ in budget), sum(b for _, _, b in budget)
    total = first + second
    grant = total * 8 // 10
    table.append(["Gesamtausgaben", euro(first), euro(second), euro(total)])
    table.append(["Eigenanteil (20 %)", "", "", euro(total - grant)])
    table.append(["Beantragte Zuwendung (80 %)", "", "", euro(grant)])
    return table


def cover_lines(sketch: Sketch) -> list[str]:
    """Cover page after the title: call, applicant, address, contact, date."""
    a = sketch.applicant
    return [
        "Förderaufruf „Regionale Digitalisierungszentren“ des Landes Sachsen-Anhalt",
        f"Eingereicht von: {a.name}",
        f"{a.street}, {a.postcode} {a.place}",
        f"Ansprechpartner/in: {a.person}, {a.email}",
        f"Stand: {sketch.date}",
    ]


def signature_lines(sketch: Sketch) -> list[str]:
    """Place and date, signature line, signer."""
    a = sketch.applicant
    return [f"{a.place}, den {sketch.date}", "_" * 30, f"{a.person}, {a.function}"]


# --- rendering: .docx ------------------------------------------------------------------------


def render_docx(sketch: Sketch) -> bytes:
    """Heading styles, one paragraph per source line, a "Table Grid" budget table."""
    document = docx.Document()
    _docx_page_setup(document, sketch)
    document.add_paragraph("Projektskizze", style="Title")
    document.add_paragraph(sketch.title, style="Subtitle")
    for line in cover_lines(sketch):
        document.add_paragraph(line)
    document.add_page_break()
    for section in sketch.sections:
        document.add_heading(section.heading, level=1)
        for block in section.blocks:
            if block.heading:
                document.add_heading(block.text, level=2)
                continue
            for line in block.text.split("\n"):
                document.add_paragraph(line)
        if section.outline_id == "budget":
            _docx_budget(document, budget_table(sketch.budget))
    for line in signature_lines(sketch):
        document.add_paragraph(line)
    _docx_metadata(document, sketch)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def _docx_page_setup(document: Any, sketch: Sketch) -> None:
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    page = document.sections[0]
    page.left_margin = page.right_margin = Cm(2.5)
    page.top_margin = page.bottom_margin = Cm(2.5)
    page.different_first_page_header_footer = True
    page.header.paragraphs[0].text = f"Projektskizze – {sketch.applicant.name}"
    page.footer.paragraphs[0].text = f"Stand {sketch.date} – vertraulich"


def _docx_budget(document: Any, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.text = value
            if r == 0 or r >= len(rows) - 3:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def _docx_metadata(document: Any, sketch: Sketch) -> None:
    props = document.core_properties
    props.author = props.last_modified_by = sketch.applicant.person
    props.title = f"Projektskizze {sketch.title}"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and attributes: python-docx stamps the current time."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


# --- rendering: PDF --------------------------------------------------------------------------

BODY = ParagraphStyle("Body", fontName="Helvetica", fontSize=11, leading=14, spaceAfter=6)
HEADING = ParagraphStyle(
    "Heading",
    fontName="Helvetica-Bold",
    fontSize=13,
    leading=16,
    spaceBefore=10,
    spaceAfter=6,
    keepWithNext=1,
)
SUBHEADING = ParagraphStyle(
    "Subheading",
    fontName="Helvetica-Bold",
    fontSize=11,
    leading=14,
    spaceBefore=6,
    spaceAfter=4,
    keepWithNext=1,
)
TITLE = ParagraphStyle("Title", fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=12)
SUBTITLE = ParagraphStyle("Subtitle", fontName="Helvetica", fontSize=15, leading=20, spaceAfter=24)
CELL = ParagraphStyle("Cell", fontName="Helvetica", fontSize=10, leading=12)
CELL_RIGHT = ParagraphStyle("CellRight", parent=CELL, alignment=TA_RIGHT)


def render_pdf(sketch: Sketch) -> bytes:
    """A4 platypus document with running header and footer from page 2 on."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=25 * mm,
        bottomMargin=22 * mm,
        title=f"Projektskizze {sketch.title}",
        author=sketch.applicant.person,
        creator="sketchproc bench corpus",
        invariant=True,
    )

    def furniture(canvas: Canvas, _doc: Any) -> None:
        _pdf_furniture(canvas, sketch)

    document.build(_pdf_story(sketch), onLaterPages=furniture)
    return buffer.getvalue()


def _pdf_story(sketch: Sketch) -> list[Flowable]:
    story: list[Flowable] = [
        Spacer(1, 40 * mm),
        Paragraph("Projektskizze", TITLE),
        Paragraph(escape(sketch.title), SUBTITLE),
    ]
    story += [Paragraph(escape(line), BODY) for line in cover_lines(sketch)]
    story.append(PageBreak())
    for section in sketch.sections:
        story.append(Paragraph(escape(section.heading), HEADING))
        for block in section.blocks:
            text = "<br/>".join(escape(line) for line in block.text.split("\n"))
            story.append(Paragraph(text, SUBHEADING if block.heading else BODY))
        if section.outline_id == "budget":
            story.append(_pdf_budget(budget_table(sketch.budget)))
    story.append(Spacer(1, 10 * mm))
    story += [Paragraph(escape(line), BODY) for line in signature_lines(sketch)]
    return story


def _pdf_budget(rows: list[list[str]]) -> Table:
    cells = [
        [Paragraph(escape(value), CELL if c == 0 else CELL_RIGHT) for c, value in enumerate(row)]
        for row in rows
    ]
    table = Table(cells, colWidths=[70 * mm, 28 * mm, 28 * mm, 30 * mm], repeatRows=1, spaceBefore=4)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _pdf_furniture(canvas: Canvas, sketch: Sketch) -> None:
    """Header: applicant left, call right, a rule; footer: date left, page number right."""
    width, height = A4
    canvas.saveState()
    canvas.setFont("Helvetica", 9)
    canvas.drawString(25 * mm, height - 15 * mm, f"Projektskizze – {sketch.applicant.name}")
    canvas.drawRightString(width - 25 * mm, height - 15 * mm, "Regionale Digitalisierungszentren")
    canvas.setLineWidth(0.5)
    canvas.line(25 * mm, height - 17 * mm, width - 25 * mm, height - 17 * mm)
    canvas.drawString(25 * mm, 12 * mm, f"Stand {sketch.date}")
    canvas.drawRightString(width - 25 * mm, 12 * mm, f"Seite {canvas.getPageNumber()}")
    canvas.restoreState()


# --- building --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Built:
    """One corpus file as recorded in the manifest."""

    name: str
    sha256: str
    kind: str
    pages: float  # PDF: counted with pdfplumber; .docx: words / 350
    words: int


def manifest_key(seed: int) -> dict[str, str]:
    """Everything the bytes depend on besides the sketch index."""
    return {
        "generator": GENERATOR_VERSION,
        "source_sha256": hashlib.sha256(SOURCE.read_bytes()).hexdigest(),
        "seed": str(seed),
        "python-docx": version("python-docx"),
        "reportlab": version("reportlab"),
    }


def manifest_path(out_dir: Path) -> Path:
    """OUT_DIR.manifest.json, beside the corpus folder."""
    return out_dir.parent / f"{out_dir.name}.manifest.json"


def load_manifest(path: Path, key: dict[str, str]) -> dict[str, Built]:
    """Files recorded by an earlier build with the same key; empty otherwise."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if raw.get("key") != key:
        return {}
    return {item["name"]: Built(**item) for item in raw.get("files", [])}


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count_pages(sketch: Sketch, data: bytes) -> float:
    """PDF pages counted with pdfplumber; .docx pages estimated as words / 350."""
    if sketch.kind == "docx":
        return round(sketch.words / DOCX_WORDS_PER_PAGE, 2)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return float(len(pdf.pages))


def write_atomically(target: Path, data: bytes) -> None:
    """Write to a temporary file beside `target`, then rename: never a half-written sketch."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
    os.chmod(temporary, 0o644)
    os.replace(temporary, target)


def build_one(sketch: Sketch, out_dir: Path, known: Built | None) -> tuple[Built, bool]:
    """Render and write one sketch unless the file is present with the recorded hash."""
    target = out_dir / sketch.file_name
    if known is not None and target.is_file() and file_sha256(target) == known.sha256:
        return known, False
    data = render_docx(sketch) if sketch.kind == "docx" else render_pdf(sketch)
    write_atomically(target, data)
    built = Built(
        sketch.file_name,
        hashlib.sha256(data).hexdigest(),
        sketch.kind,
        count_pages(sketch, data),
        sketch.words,
    )
    return built, True


def remove_stale(out_dir: Path, keep: set[str]) -> int:
    """Delete corpus files of an earlier, larger or differently seeded build (only our names)."""
    stale = [p for p in out_dir.iterdir() if FILE_NAME.match(p.name) and p.name not in keep]
    for path in stale:
        path.unlink()
    return len(stale)


def build(out_dir: Path, sketches: int, seed: int) -> list[Built]:
    """Build (or refresh) the corpus and its manifest; return every file's record."""
    out_dir.mkdir(parents=True, exist_ok=True)
    outline = load_outline()
    rows = load_rows(outline)
    key = manifest_key(seed)
    known = load_manifest(manifest_path(out_dir), key)
    records: list[Built] = []
    written = 0
    for index in range(sketches):
        sketch = compose(index, seed, outline, rows)
        record, fresh = build_one(sketch, out_dir, known.get(sketch.file_name))
        records.append(record)
        written += fresh
        if fresh and written % 20 == 0:
            print(f"  {index + 1}/{sketches} …", file=sys.stderr)
    removed = remove_stale(out_dir, {record.name for record in records})
    manifest = {"key": key, "files": [record.__dict__ for record in records]}
    manifest_path(out_dir).write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{written} written, {len(records) - written} unchanged, {removed} stale removed", file=sys.stderr)
    return records


def summary(records: list[Built]) -> str:
    """Counts and pages by kind, and the total."""
    lines = []
    for kind in ("docx", "pdf"):
        of_kind = [r for r in records if r.kind == kind]
        pages = sum(r.pages for r in of_kind)
        how = "estimated as words/350" if kind == "docx" else "counted with pdfplumber"
        lines.append(f"{kind}: {len(of_kind)} sketches, {pages:.0f} pages ({how})")
    lines.append(f"total: {len(records)} sketches, {sum(r.pages for r in records):.0f} pages")
    return "\n".join(lines)


def main() -> None:
    """Command line: OUT_DIR [--sketches N] [--seed S]."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--sketches", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if args.sketches < 1:
        parser.error("--sketches must be at least 1")
    records = build(args.out_dir, args.sketches, args.seed)
    print(summary(records), file=sys.stderr)


if __name__ == "__main__":
    main()
