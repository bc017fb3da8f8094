"""The bench corpus's sketches, composed: German project sketches made of labelled texts.

Every sketch takes one text per outline section of the call profile, in outline order, from
data/outline_sections.jsonl (only rows whose label is an outline id), then more texts of the same
labels (and a few repeated paragraphs) until it reaches about 10 pages. Applicant, place,
contact and budget vary per sketch. `as_blind_sketch` turns a composition into the blocks of the
blind markdown format (tests/data/blind/FORMAT.md), so the same renderers that write the blind
sketches write the corpus: a cover page, Word heading styles with typed numbers, a budget table,
a signature block, a running header and a footer with "Seite N von M".
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sketchproc.profiles import load_profile

from .. import blind_model as bm

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT / "data" / "outline_sections.jsonl"
DOCX_WORDS_PER_PAGE = 350  # the estimate the issue prescribes for .docx pages
PDF_WORDS_PER_PAGE = 255  # measured on the blind PDF layout (A4, Helvetica 11 pt, cover page)
PAGES_PER_SKETCH = (8.5, 11.5)

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


# --- the blind sketch ------------------------------------------------------------------------


def _line(text: str, bold: bool = False) -> bm.Inline:
    return (bm.Run(text, bold=bold),)


def _table(rows: list[list[str]]) -> bm.Table:
    cells = tuple(bm.Cell(_line(value), r, c) for r, row in enumerate(rows) for c, value in enumerate(row))
    return bm.Table(n_rows=len(rows), n_cols=len(rows[0]), cells=cells)


def as_blind_sketch(sketch: Sketch) -> bm.Sketch:
    """The composition as blind-sketch blocks: cover, headings, one paragraph per line, table."""
    blocks: list[bm.Block] = [
        bm.Cover((_line("Projektskizze"), _line(sketch.title), *(_line(x) for x in cover_lines(sketch))))
    ]
    for section in sketch.sections:
        blocks.append(bm.Heading(1, section.heading))
        for block in section.blocks:
            if block.heading:
                blocks.append(bm.Heading(2, block.text))
                continue
            blocks.extend(bm.Paragraph(_line(line)) for line in block.text.split("\n") if line.strip())
        if section.outline_id == "budget":
            blocks.append(_table(budget_table(sketch.budget)))
    blocks.append(bm.Signature(tuple(signature_lines(sketch))))
    return bm.Sketch(
        path=Path(sketch.file_name),
        id=Path(sketch.file_name).stem,
        writer=sketch.applicant.person,
        renderings=(sketch.kind,),
        heading_style="word",
        font="Arial",
        font_size=11,
        running_footer=f"Stand {sketch.date}",
        running_header=f"Projektskizze – {sketch.applicant.name}",
        blocks=tuple(blocks),
    )
