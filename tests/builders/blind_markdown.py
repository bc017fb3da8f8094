"""Parse a blind `sketch.md` (YAML front matter + a small Markdown dialect) into typed blocks.

The dialect is defined in tests/data/blind/FORMAT.md. Every syntax error names the file and the
line, because the writers fix their own sketches and need to find the spot.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from .blind_model import (
    Block,
    Boxed,
    BulletItem,
    Cover,
    Heading,
    Instruction,
    NumberedItem,
    PageBreak,
    Paragraph,
    Signature,
    Sketch,
    SketchSyntaxError,
    Toc,
    parse_inline,
    parse_table,
    plain,
)

RENDERINGS = frozenset({"docx", "pdf", "scan"})
HEADING_STYLES = frozenset({"word", "german", "bold", "numbered"})
# Front-matter font names (and the spellings writers are likely to use) → the Word font name.
FONTS = {
    "arial": "Arial",
    "times": "Times New Roman",
    "times new roman": "Times New Roman",
    "calibri-like": "Calibri",
    "calibri": "Calibri",
}
FENCES = frozenset({"cover", "toc", "instruction", "signature", "pagebreak", "boxed"})


# --- front matter --------------------------------------------------------------------------------


def parse_file(path: Path) -> Sketch:
    """Parse a sketch.md file."""
    return parse_text(path.read_text(encoding="utf-8"), path)


def parse_text(text: str, path: Path | str = "sketch.md") -> Sketch:
    """Parse sketch.md text; `path` only labels error messages."""
    path = Path(path)
    lines = text.replace("\r\n", "\n").lstrip("\ufeff").split("\n")
    meta, body_start = _split_front_matter(lines, path)
    blocks = _parse_blocks(lines[body_start:], body_start + 1, path)
    return _sketch_from_meta(meta, blocks, path)


def _split_front_matter(lines: list[str], path: Path) -> tuple[dict[str, Any], int]:
    """The YAML mapping between the opening and closing `---`, and the index of the first body line."""
    if not lines or lines[0].strip() != "---":
        raise SketchSyntaxError(path, 1, "sketch.md must start with a '---' front matter line")
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        raise SketchSyntaxError(path, 1, "front matter is not closed by a '---' line")
    try:
        meta = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = 2 + mark.line if mark is not None else 1
        raise SketchSyntaxError(path, line, f"front matter is not valid YAML: {error}") from error
    if not isinstance(meta, dict):
        raise SketchSyntaxError(path, 2, "front matter must be a YAML mapping")
    return meta, end + 1


def _sketch_from_meta(meta: dict[str, Any], blocks: tuple[Block, ...], path: Path) -> Sketch:
    """Validate the front matter fields and build the Sketch."""
    for key in ("id", "writer", "renderings"):
        if not meta.get(key):
            raise SketchSyntaxError(path, 1, f"front matter needs '{key}'")
    renderings = meta["renderings"]
    if isinstance(renderings, str):
        renderings = [renderings]
    unknown = set(renderings) - RENDERINGS
    if unknown:
        raise SketchSyntaxError(path, 1, f"unknown renderings {sorted(unknown)}; use docx, pdf, scan")
    style = str(meta.get("heading_style", "word")).strip().lower()
    if style not in HEADING_STYLES:
        raise SketchSyntaxError(path, 1, f"heading_style {style!r} is not one of {sorted(HEADING_STYLES)}")
    font = FONTS.get(str(meta.get("font", "Arial")).strip().lower())
    if font is None:
        raise SketchSyntaxError(path, 1, f"font {meta.get('font')!r} is not Arial, Times or Calibri-like")
    try:
        size = float(meta.get("font_size", 11))
    except (TypeError, ValueError) as error:
        raise SketchSyntaxError(path, 1, f"font_size {meta.get('font_size')!r} is not a number") from error
    return Sketch(
        path=path,
        id=str(meta["id"]),
        writer=str(meta["writer"]),
        renderings=tuple(dict.fromkeys(renderings)),
        heading_style=style,
        font=font,
        font_size=size,
        running_footer=_optional_text(meta.get("running_footer")),
        running_header=_optional_text(meta.get("running_header")),
        blocks=blocks,
    )


def _optional_text(value: Any) -> str | None:
    """None stays None; "" means "no text" (a footer then shows only the page number)."""
    return None if value is None else str(value)


# --- body blocks ---------------------------------------------------------------------------------

_FENCE_OPEN = re.compile(r"^:::\s*([A-Za-z]+)\s*(:::)?\s*$")
_FENCE_CLOSE = re.compile(r"^:::\s*$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*•]\s+(.*)$")
_NUMBERED = re.compile(r"^(\s*)(\d{1,3})[.)]\s+(.*)$")
# "1. März 2019 …" at the start of a line is a date, not a list item.
_MONTH = re.compile(r"^(Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)[a-zä]*\b")


def _numbered(line: str) -> re.Match[str] | None:
    """The numbered-item match of a line, unless the "number" is the day of a date."""
    match = _NUMBERED.match(line)
    return None if match is None or _MONTH.match(match.group(3)) else match


def _parse_blocks(lines: list[str], first_line: int, path: Path) -> tuple[Block, ...]:
    """Blocks of the body; `first_line` is the 1-based file line number of lines[0]."""
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
        elif line.strip().startswith(":::"):
            block, i = _parse_fence(lines, i, first_line, path)
            if block is not None:
                blocks.append(block)
        else:
            end = i
            while end < len(lines) and lines[end].strip() and not lines[end].strip().startswith(":::"):
                end += 1
            blocks.extend(_parse_group(lines[i:end], first_line + i, path))
            i = end
    return tuple(blocks)


def _parse_fence(lines: list[str], start: int, first_line: int, path: Path) -> tuple[Block | None, int]:
    """A `::: name` … `:::` block starting at lines[start]; returns it and the index after it."""
    line_no = first_line + start
    match = _FENCE_OPEN.match(lines[start].strip())
    if match is None:
        raise SketchSyntaxError(path, line_no, f"expected '::: name' (one of {sorted(FENCES)})")
    name = match.group(1).lower()
    if name not in FENCES:
        raise SketchSyntaxError(path, line_no, f"unknown block '::: {name}'; use one of {sorted(FENCES)}")
    if match.group(2) or (name == "pagebreak" and not _next_is_close(lines, start + 1)):
        return (PageBreak() if name == "pagebreak" else None), start + 1
    end = _find_close(lines, start, line_no, path)
    inner = lines[start + 1 : end]
    return _fenced_block(name, inner, first_line + start + 1, path), end + 1


def _next_is_close(lines: list[str], i: int) -> bool:
    """True if the next non-blank line closes a fence (so `::: pagebreak` may stand alone)."""
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i < len(lines) and bool(_FENCE_CLOSE.match(lines[i].strip()))


def _find_close(lines: list[str], start: int, line_no: int, path: Path) -> int:
    """Index of the `:::` closing the fence opened at lines[start] (boxes may nest fences)."""
    depth = 0
    for i in range(start + 1, len(lines)):
        stripped = lines[i].strip()
        if _FENCE_CLOSE.match(stripped):
            if depth == 0:
                return i
            depth -= 1
        elif (match := _FENCE_OPEN.match(stripped)) and not match.group(2):
            is_lone_pagebreak = match.group(1).lower() == "pagebreak" and not _next_is_close(lines, i + 1)
            depth += 0 if is_lone_pagebreak else 1
    raise SketchSyntaxError(path, line_no, "block is not closed by a ':::' line")


def _fenced_block(name: str, inner: list[str], first_line: int, path: Path) -> Block:
    """The block for a fence's inner lines."""
    if name == "boxed":
        return Boxed(_parse_blocks(inner, first_line, path))
    if name == "pagebreak":
        return PageBreak()
    lines = _trim_blank_edges([line.rstrip() for line in inner])
    if name == "cover":
        return Cover(tuple(parse_inline(line.strip()) for line in lines))
    if name == "toc":
        return Toc(tuple(lines))
    if name == "signature":
        return Signature(tuple(plain(parse_inline(line.strip())) for line in lines))
    paragraphs = " ".join(line.strip() if line.strip() else "\n" for line in lines).split("\n")
    return Instruction(tuple(" ".join(p.split()) for p in paragraphs if p.strip()))


def _trim_blank_edges(lines: list[str]) -> list[str]:
    """Drop blank lines at the start and the end."""
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _parse_group(lines: list[str], first_line: int, path: Path) -> list[Block]:
    """Blocks of a run of non-blank lines (lenient: a heading directly above text is fine)."""
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line, line_no = lines[i], first_line + i
        if heading := _HEADING.match(line):
            blocks.append(Heading(len(heading.group(1)), plain(parse_inline(heading.group(2)))))
            i += 1
        elif line.lstrip().startswith("|"):
            end = _run_end(lines, i, lambda s: s.lstrip().startswith("|"))
            blocks.append(parse_table(lines[i:end], line_no, path))
            i = end
        elif _BULLET.match(line) or _numbered(line):
            end = _run_end(lines, i + 1, lambda s: not _starts_block(s) and s.startswith((" ", "\t")))
            blocks.append(_list_item(" ".join(part.strip() for part in lines[i:end]), line))
            i = end
        else:
            end = _run_end(lines, i + 1, lambda s: not _interrupts_paragraph(s))
            blocks.append(Paragraph(parse_inline(" ".join(part.strip() for part in lines[i:end]))))
            i = end
    return blocks


def _run_end(lines: list[str], i: int, belongs: Callable[[str], bool]) -> int:
    """Index of the first line from i on that does not belong to the current construct."""
    while i < len(lines) and belongs(lines[i]):
        i += 1
    return i


def _starts_block(line: str) -> bool:
    """True if the line opens a new construct (heading, list item, table row)."""
    return bool(
        _HEADING.match(line) or _BULLET.match(line) or _numbered(line) or line.lstrip().startswith("|")
    )


def _interrupts_paragraph(line: str) -> bool:
    """Like `_starts_block`, but only "1." starts a list inside a paragraph (as in CommonMark).

    A hard-wrapped paragraph line may begin with "15. März" or "3. Quartal"; that is text.
    """
    numbered = _numbered(line)
    if numbered and not _BULLET.match(line):
        return numbered.group(2) == "1"
    return _starts_block(line)


def _list_item(text: str, first: str) -> Block:
    """A bullet or numbered item; two spaces (or a tab) of indentation make a sub-level."""
    leading = first[: len(first) - len(first.lstrip(" \t"))]
    level = 1 + min(len(leading.replace("\t", "  ")) // 2, 2)
    numbered = _numbered(text)
    if numbered and _numbered(first):
        return NumberedItem(parse_inline(numbered.group(3)), int(numbered.group(2)), level)
    bullet = _BULLET.match(text)
    return BulletItem(parse_inline(bullet.group(2) if bullet else text), level)
