"""Typed blocks of a blind sketch (tests/data/blind/FORMAT.md); parsing of inline marks and tables.

The parser (blind_markdown) builds these; the renderers (blind_docx, blind_pdf) only read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


class SketchSyntaxError(ValueError):
    """A sketch.md that breaks the FORMAT.md contract, located by file and line."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = Path(path)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Run:
    """A piece of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False


Inline = tuple[Run, ...]


def plain(runs: Inline) -> str:
    """The text of a run sequence without formatting."""
    return "".join(run.text for run in runs)


@dataclass(frozen=True)
class Heading:
    """`#`, `##`, `###`: a heading of level 1–3 (deeper levels are kept as written)."""

    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """Plain lines joined into one paragraph."""

    runs: Inline

    @property
    def text(self) -> str:
        """The paragraph text without formatting."""
        return plain(self.runs)

    @property
    def run_in_label(self) -> str | None:
        """The bold "Label:" that opens the paragraph, if followed by normal text."""
        first = self.runs[0] if self.runs else None
        if first and first.bold and first.text.rstrip().endswith(":") and len(self.runs) > 1:
            return first.text.strip()
        return None

    @property
    def bold_only(self) -> bool:
        """True for a `**whole line**` paragraph (a careless pseudo-heading)."""
        return all(run.bold or not run.text.strip() for run in self.runs)


@dataclass(frozen=True)
class BulletItem:
    """`- item`; level 1 unless indented."""

    runs: Inline
    level: int = 1


@dataclass(frozen=True)
class NumberedItem:
    """`1. item`; `number` is the number the writer typed."""

    runs: Inline
    number: int = 1
    level: int = 1


@dataclass(frozen=True)
class Cell:
    """A table cell that is the top-left anchor of its (possibly merged) area."""

    runs: Inline
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1

    @property
    def text(self) -> str:
        """The cell text without formatting."""
        return plain(self.runs)


@dataclass(frozen=True)
class Table:
    """A pipe table; row 0 is the header row; merge markers are resolved into spans."""

    n_rows: int
    n_cols: int
    cells: tuple[Cell, ...]

    @property
    def rows(self) -> list[list[Cell]]:
        """Anchor cells grouped by the row they start in."""
        return [[cell for cell in self.cells if cell.row == r] for r in range(self.n_rows)]


@dataclass(frozen=True)
class Cover:
    """A cover page; each line centred, the first the largest; empty lines are vertical space."""

    lines: tuple[Inline, ...]


@dataclass(frozen=True)
class Toc:
    """A table of contents typed by the writer; lines rendered as given."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Instruction:
    """Leftover template instruction text (grey italic); one entry per paragraph."""

    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        """All paragraphs, separated by blank lines."""
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Signature:
    """A signature block; one line each; empty lines are vertical space."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class PageBreak:
    """An explicit page break."""


@dataclass(frozen=True)
class Boxed:
    """A framed side box holding ordinary blocks."""

    blocks: tuple[Block, ...]


Block = (
    Heading
    | Paragraph
    | BulletItem
    | NumberedItem
    | Table
    | Cover
    | Toc
    | Instruction
    | Signature
    | PageBreak
    | Boxed
)


@dataclass(frozen=True)
class Sketch:
    """A parsed sketch.md: front matter and body blocks."""

    path: Path
    id: str
    writer: str
    renderings: tuple[str, ...]
    heading_style: str
    font: str
    font_size: float
    running_footer: str | None
    running_header: str | None
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    @property
    def title(self) -> str:
        """The cover's first line, else the first heading, else the id (for document metadata)."""
        for block in self.blocks:
            if isinstance(block, Cover) and block.lines:
                return plain(block.lines[0])
            if isinstance(block, Heading):
                return block.text
        return self.id


# --- inline formatting ---------------------------------------------------------------------------

# `*` only opens at a word start and closes at a word end, so "Bürger*innen" keeps its gender star.
_INLINE = re.compile(
    r"(?<![\w*\\])\*\*(?=\S)(?P<bold>.+?)(?<=\S)\*\*(?![\w*])"
    r"|(?<![\w*\\])\*(?=[^\s*])(?P<italic>.+?)(?<=[^\s*\\])\*(?![\w*])"
)


def parse_inline(text: str, bold: bool = False, italic: bool = False) -> Inline:
    """Runs of `text` with `**bold**` and `*italic*` (nesting allowed); `\\*` is a literal star."""
    runs: list[Run] = []
    position = 0
    for match in _INLINE.finditer(text):
        runs.extend(_literal(text[position : match.start()], bold, italic))
        if match.group("bold") is not None:
            runs.extend(parse_inline(match.group("bold"), True, italic))
        else:
            runs.extend(parse_inline(match.group("italic"), bold, True))
        position = match.end()
    runs.extend(_literal(text[position:], bold, italic))
    return _merge_adjacent(runs)


def _literal(text: str, bold: bool, italic: bool) -> list[Run]:
    """A run of unformatted source text with escapes removed (nothing for empty text)."""
    return [Run(text.replace("\\*", "*"), bold, italic)] if text else []


def _merge_adjacent(runs: list[Run]) -> Inline:
    """Join neighbouring runs with the same formatting."""
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic) == (run.bold, run.italic):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic)
        else:
            merged.append(run)
    return tuple(merged)


class HeadingCounter:
    """Visible heading numbers ("2", "2.1") in document order, as Word's multilevel list counts."""

    def __init__(self, levels: int = 6) -> None:
        self.counters = [0] * levels

    def next(self, level: int) -> str:
        """The number of the next heading of `level` (deeper counters restart)."""
        level = min(level, len(self.counters))
        self.counters[level - 1] += 1
        self.counters[level:] = [0] * (len(self.counters) - level)
        return ".".join(str(n) for n in self.counters[:level])


# --- tables --------------------------------------------------------------------------------------

MERGE_UP = "^^"
MERGE_LEFT = "<<"
_SEPARATOR_CELL = re.compile(r"^:?-{1,}:?$")
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def parse_table(lines: list[str], first_line: int, path: Path) -> Table:
    """A pipe table; `^^`/`<<` cells extend the span of the cell above / to the left."""
    rows = [_split_row(line) for line in lines]
    if (
        len(rows) > 1
        and any(rows[1])
        and all(_SEPARATOR_CELL.match(c.replace(" ", "")) for c in rows[1] if c)
    ):
        rows.pop(1)
        line_numbers = [first_line, *range(first_line + 2, first_line + len(lines))]
    else:
        # No separator line: the first row still counts as the header (lenient, as FORMAT.md reads).
        line_numbers = list(range(first_line, first_line + len(lines)))
    n_cols = max(len(row) for row in rows)
    grid = [row + [""] * (n_cols - len(row)) for row in rows]
    owner = _resolve_owners(grid, line_numbers, path)
    return Table(len(grid), n_cols, _anchor_cells(grid, owner, line_numbers, path))


def _split_row(line: str) -> list[str]:
    """Cells of a `| a | b |` line; `\\|` is a literal pipe."""
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", body)]


def _resolve_owners(
    grid: list[list[str]], line_numbers: list[int], path: Path
) -> list[list[tuple[int, int]]]:
    """For each cell the (row, col) of the anchor cell it belongs to."""
    owner: list[list[tuple[int, int]]] = []
    for r, row in enumerate(grid):
        owner.append([])
        for c, text in enumerate(row):
            if text == MERGE_UP:
                if r == 0:
                    raise SketchSyntaxError(path, line_numbers[r], f"'^^' in the first row (column {c + 1})")
                owner[r].append(owner[r - 1][c])
            elif text == MERGE_LEFT:
                if c == 0:
                    raise SketchSyntaxError(path, line_numbers[r], "'<<' in the first column")
                owner[r].append(owner[r][c - 1])
            else:
                owner[r].append((r, c))
    return owner


def _anchor_cells(
    grid: list[list[str]], owner: list[list[tuple[int, int]]], line_numbers: list[int], path: Path
) -> tuple[Cell, ...]:
    """One Cell per anchor with its span; a merged area must be a rectangle (Word allows no other)."""
    areas: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for r, row in enumerate(owner):
        for c, anchor in enumerate(row):
            areas.setdefault(anchor, []).append((r, c))
    cells = []
    for (r, c), members in sorted(areas.items()):
        rowspan = max(m[0] for m in members) - r + 1
        colspan = max(m[1] for m in members) - c + 1
        if len(members) != rowspan * colspan:
            last_row = max(m[0] for m in members)
            raise SketchSyntaxError(
                path,
                line_numbers[last_row],
                f"merged cells from row {r + 1}, column {c + 1} do not form a rectangle",
            )
        cells.append(Cell(parse_inline(_LINE_BREAK.sub("\n", grid[r][c])), r, c, rowspan, colspan))
    return tuple(cells)
