"""Small real PDFs built in code with reportlab, one builder per failure mode of spec §5.

Positions are given as `top` (points from the upper page edge, like pdfplumber),
so a test can reason about what the reader sees. Every builder writes to the
path it is given and returns it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

WIDTH, HEIGHT = A4
LEFT = 72.0
BODY_WIDTH = WIDTH - 2 * LEFT
LEADING = 14.0

# Bundled with reportlab; embedded as a subset, so pdfplumber reports "AAAAAA+BitstreamVeraSans-Bold".
pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
pdfmetrics.registerFont(TTFont("VeraBd", "VeraBd.ttf"))
# Glyph codes in subset order instead of ASCII: without a ToUnicode map nothing is readable.
pdfmetrics.registerFont(TTFont("VeraRaw", "VeraIt.ttf", asciiReadable=False))

FILLER = (
    "Das Zentrum unterstützt die Kommunen der Region bei der Einführung digitaler Verfahren "
    "und begleitet die Beschäftigten mit Schulungen, Beratung und einer gemeinsamen Plattform "
    "für Bürgerdienste, damit Anträge schneller und ohne Medienbruch bearbeitet werden können"
)


@dataclass(frozen=True)
class Text:
    """One string drawn at (x, top) in a font."""

    text: str
    top: float
    x: float = LEFT
    font: str = "Helvetica"
    size: float = 11.0


Page = Sequence[Text]


def wrap(text: str, width: float, font: str = "Helvetica", size: float = 11.0) -> list[str]:
    """Greedy line breaking at spaces, like a word processor without hyphenation."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and pdfmetrics.stringWidth(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines


def paragraph(
    text: str,
    top: float,
    *,
    x: float = LEFT,
    width: float = BODY_WIDTH,
    font: str = "Helvetica",
    size: float = 11.0,
) -> list[Text]:
    """A wrapped paragraph starting at `top`, one `Text` per line."""
    return [
        Text(line, top + i * LEADING, x, font, size) for i, line in enumerate(wrap(text, width, font, size))
    ]


def lines(texts: Sequence[str], top: float, *, x: float = LEFT, font: str = "Helvetica") -> list[Text]:
    """Explicit lines (the author's own line breaks) at normal leading."""
    return [Text(t, top + i * LEADING, x, font) for i, t in enumerate(texts)]


def after(items: Sequence[Text], gap: float = LEADING * 2) -> float:
    """The top for the next element after `items`, separated by a paragraph gap."""
    return items[-1].top + gap


def build(
    path: Path, pages: Sequence[Page], *, canvas: Canvas | None = None, title: str | None = None
) -> Path:
    """Draw the pages' texts and save."""
    c = canvas or Canvas(str(path), pagesize=A4)
    if title is not None:
        c.setTitle(title)
    for page in pages:
        draw(c, page)
        c.showPage()
    c.save()
    return path


def draw(c: Canvas, page: Page) -> None:
    """Draw texts on the current page of a canvas."""
    for item in page:
        c.setFont(item.font, item.size)
        # reportlab's y is the baseline from the bottom; approximate the glyph top.
        c.drawString(item.x, HEIGHT - item.top - item.size * 0.8, item.text)


def text_pdf(path: Path) -> Path:
    """One page: subset-bold heading, paragraphs, a list, hyphenation and ligatures."""
    heading = [Text("2. Ausgangslage", 80, font="VeraBd", size=14)]
    first = paragraph(FILLER + ". Der erste Absatz endet hier.", after(heading, 24))
    second = paragraph("Ein zweiter Absatz beginnt nach einem Abstand. " + FILLER + ".", after(first))
    hyphen = lines(
        [
            "Die Digitalisie-",
            "rung der Verwaltung stärkt das E-",
            "Government auf Landes-",
            "und Bundesebene sowie die Zusammen\u00ad",
            "arbeit der Ämter.",
        ],
        after(second),
        font="Vera",  # a TrueType subset maps the soft hyphen and "•"; base-14 Helvetica does not
    )
    ligature = [Text("Die \ufb01nanzielle Planung ist \ufb02exibel.", after(hyphen), font="Vera")]
    items = [
        *lines(["• Erstes Ziel ist eine gemeinsame Plattform für alle"], after(ligature), font="Vera"),
        *lines(["Kommunen der Region"], after(ligature) + LEADING, x=LEFT + 10, font="Vera"),
    ]
    more = ["• Zweites Ziel sind Schulungen", "1. Nummerierter Punkt", "a) Buchstabenpunkt"]
    rest = lines(more, after(items, LEADING), font="Vera")
    times = [Text("Ein Absatz in Times-Roman bleibt ein eigener Block", after(rest), font="Times-Roman")]
    return build(path, [heading + first + second + hyphen + ligature + items + rest + times])


def furniture_pdf(path: Path, pages: int = 3) -> Path:
    """Pages with a running header, a footer with the applicant and "Seite N von M".

    The last paragraph of page 1 breaks mid-sentence and runs on at the top of page 2.
    """
    built: list[list[Text]] = []
    for number in range(1, pages + 1):
        page = [
            Text("Projektskizze Regionales Digitalisierungszentrum", 36, size=9),
            Text("Musterstadt GmbH", 800, size=9),
            Text(f"Seite {number} von {pages}", 800, x=460, size=9),
        ]
        body = paragraph(f"Absatz {number}. " + FILLER + ".", 110)
        if number == 1:
            body += paragraph(FILLER + ". " + FILLER + ".", after(body))
            body += paragraph(FILLER + " und stärkt die Verwaltung der Stadt, die", 700)
        elif number == 2:
            body = lines(["mit einer gemeinsamen Plattform weiter arbeitet."], 110) + paragraph(
                FILLER + ".", 160
            )
        built.append(page + body)
    return build(path, built)


def two_column_pdf(path: Path) -> Path:
    """A full-width bold title above two text columns, then a one-column page."""
    column_width = 220.0
    right_x = LEFT + column_width + 30
    title = [
        Text(
            "Projektskizze Digitalisierungszentrum Musterstadt Nord",
            80,
            x=150,
            font="Helvetica-Bold",
            size=16,
        )
    ]
    left = paragraph(f"LINKS {FILLER} und {FILLER} links Ende.", 130, width=column_width)
    right = paragraph(f"RECHTS {FILLER} und {FILLER} rechts Ende.", 130, x=right_x, width=column_width)
    centred = [Text("Zentrierte Zeile", 90, x=WIDTH / 2 - 40)]
    single = paragraph(FILLER + ". " + FILLER + ".", after(centred))
    return build(path, [title + left + right, centred + single])


def table_pdf(path: Path) -> Path:
    """A paragraph, a ruled budget table, a paragraph."""
    before = paragraph("Die Ausgaben sind in der folgenden Tabelle aufgeführt.", 80)
    after_table = paragraph("Nach der Tabelle folgt weiterer Text.", 300)
    c = Canvas(str(path), pagesize=A4)
    draw(c, before + after_table)
    rows = [
        ["Position", "2019", "2020"],
        ["Personal", "42.580,00 €", "43.000,00 €"],
        ["Sachmittel", "5.000 €", "6.000 €"],
    ]
    top, row_height, col_width = 140.0, 24.0, 140.0
    xs = [LEFT + i * col_width for i in range(4)]
    ys = [HEIGHT - top - i * row_height for i in range(4)]
    c.grid(xs, ys)
    c.setFont("Helvetica", 10)
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            c.drawString(xs[k] + 4, ys[r] - 16, cell)
    c.showPage()
    c.save()
    return path


def toc_pdf(path: Path) -> Path:
    """Cover page, TOC page with dot leaders, then the body."""
    cover = [
        Text("Projektskizze", 200, font="Helvetica-Bold", size=24),
        Text("Regionales Digitalisierungszentrum Musterstadt", 240, size=14),
    ]
    toc = [
        Text("Inhaltsverzeichnis", 80, font="Helvetica-Bold", size=14),
        *lines(
            [
                "1 Ausgangslage . . . . . . . . . . . . . . . . 3",
                "2 Ziele ........................................ 3",
                "2.1 Teilziele \u2026\u2026\u2026\u2026 4",
            ],
            110,
        ),
    ]
    body = [
        Text("1 Ausgangslage", 80, font="Helvetica-Bold", size=14),
        *paragraph(FILLER + ".", 105),
        Text("2 Ziele", 200, font="Helvetica-Bold", size=14),
        *paragraph(FILLER + ".", 225),
    ]
    return build(path, [cover, toc, body])


def bookmarks_pdf(path: Path) -> Path:
    """Two pages with headings and PDF bookmarks pointing at them (one nested)."""
    c = Canvas(str(path), pagesize=A4)
    pages = [
        [Text("1. Ausgangslage", 80, font="Helvetica-Bold", size=14), *paragraph(FILLER + ".", 105)],
        [
            Text("2. Ziele und Maßnahmen", 80, font="Helvetica-Bold", size=14),
            *paragraph(FILLER + ".", 105),
            Text("2.1 Teilziel Plattform", 200, font="Helvetica-Bold", size=12),
            *paragraph(FILLER + ".", 225),
        ],
    ]
    marks = [[("Ausgangslage", 0)], [("Ziele und Maßnahmen", 0), ("Teilziel Plattform", 1)]]
    for index, (page, page_marks) in enumerate(zip(pages, marks, strict=True)):
        draw(c, page)
        for title, level in page_marks:
            key = f"bm{index}{level}"
            c.bookmarkPage(key)
            c.addOutlineEntry(title, key, level=level)
        c.showPage()
    c.save()
    return path


def image_only_pdf(path: Path) -> Path:
    """Text page, a scanned-looking image-only page, text page."""
    image = Image.new("RGB", (400, 560), "white")
    ImageDraw.Draw(image).rectangle((40, 40, 360, 120), fill="black")
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    c = Canvas(str(path), pagesize=A4)
    draw(c, paragraph("Erste Seite. " + FILLER + ".", 80))
    c.showPage()
    c.drawImage(ImageReader(BytesIO(buffer.getvalue())), 50, 50, width=495, height=742)
    c.showPage()
    draw(c, paragraph("Dritte Seite mit anderem Text, damit nichts als Kopfzeile gilt.", 80))
    c.showPage()
    c.save()
    return path


def cid_pdf(path: Path) -> Path:
    """Page 1 readable (Helvetica); page 2 in an embedded font whose ToUnicode map is broken."""
    c = Canvas(str(path), pagesize=A4, pageCompression=0)
    draw(c, paragraph("Lesbare Seite. " + FILLER + ".", 80))
    c.showPage()
    draw(c, paragraph(FILLER + ".", 80, font="VeraRaw"))
    c.showPage()
    c.save()
    # Same-length rename keeps the xref offsets valid; pdfminer then cannot map glyphs.
    data = path.read_bytes().replace(b"/ToUnicode", b"/XoUnicode")
    path.write_bytes(data)
    return path


def encrypted_pdf(path: Path, user_password: str, owner_password: str = "eigentuemer") -> Path:
    """A text PDF encrypted with reportlab; an empty user password only restricts permissions."""
    encryption = StandardEncryption(user_password, ownerPassword=owner_password, canPrint=0, canModify=0)
    canvas = Canvas(str(path), pagesize=A4, encrypt=encryption)
    return build(path, [paragraph("Geschützter Inhalt. " + FILLER + ".", 80)], canvas=canvas)


def truncated_pdf(path: Path) -> Path:
    """A text PDF cut to its first third: no xref, no trailer."""
    build(path, [paragraph(FILLER + ".", 80)] * 3)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def many_pages_pdf(path: Path, pages: int) -> Path:
    """A PDF with `pages` short pages."""
    return build(path, [[Text(f"Seite {n} Inhalt", 80)] for n in range(1, pages + 1)])


def dash_aside_pdf(path: Path) -> Path:
    """A paragraph with a line starting with a dash aside, then a real dash list."""
    aside = lines(
        [
            "Die Gemeinde verliert",
            "– mit über 500 km² eine der größten Gemeinden –",
            "weiter an Bevölkerung.",
        ],
        80,
    )
    bullets = lines(["Ziele sind:", "– Beratung", "– Vernetzung"], after(aside))
    return build(path, [aside + bullets])


def run_in_pdf(path: Path) -> Path:
    """Chapters whose bold "A. Träger." opens the first line of their paragraph in regular type."""
    chapters = (
        ("A. Träger.", "Der Zweckverband Musterregion mit Sitz in Musterstadt ist " + FILLER + "."),
        ("B. Ausgangslage.", "Im Verbandsgebiet fehlen bisher gemeinsame Angebote, und " + FILLER + "."),
        ("C. Vorgehen.", "Ein kleines Team nimmt die Arbeit im Frühjahr auf, und " + FILLER + "."),
    )
    items: list[Text] = []
    top = 80.0
    for label, text in chapters:
        offset = pdfmetrics.stringWidth(label + " ", "Helvetica-Bold", 11.0)
        first, *rest = wrap(text, BODY_WIDTH - offset)
        items.append(Text(label, top, font="Helvetica-Bold"))
        items.append(Text(first, top, x=LEFT + offset))
        rest_lines = paragraph(" ".join(rest), top + LEADING)
        items.extend(rest_lines)
        top = after(rest_lines)
    return build(path, [items])
