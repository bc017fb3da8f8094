"""Word automatic numbering rebuilt from numbering.xml, so a block's number is what Word shows.

python-docx exposes only w:numPr; the visible "2.1" must be recomputed from the
abstract definitions and counters kept in document order. Counters belong to the
abstract definition (nums sharing it continue each other's numbering) unless a
num overrides a level, which gives it counters of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from sketchproc.ingest.docx_xml import Element, attr, child, child_val, int_or_none, toggle, w

MAX_LEVELS = 9
_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


@dataclass(frozen=True)
class LevelDef:
    """One w:lvl: how a list level counts and displays."""

    start: int = 0  # ECMA-376: an absent w:start means 0
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # w:lvlRestart (1-based level); None = after any shallower level
    legal: bool = False
    paragraph_style: str | None = None


@dataclass(frozen=True)
class NumDef:
    """One w:num: a reference to an abstract definition plus per-level overrides."""

    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, LevelDef] = field(default_factory=dict)


@dataclass(frozen=True)
class NumberLabel:
    """What Word displays before a numbered paragraph."""

    text: str | None  # None for bullets and levels without a number
    bullet: bool
    level: int


def _parse_level(element: Element) -> LevelDef:
    return LevelDef(
        start=int_or_none(child_val(element, "start")) or 0,
        fmt=child_val(element, "numFmt") or "decimal",
        text=child_val(element, "lvlText") or "",
        restart=int_or_none(child_val(element, "lvlRestart")),
        legal=bool(toggle(element, "isLgl")),
        paragraph_style=child_val(element, "pStyle"),
    )


def _parse_levels(element: Element) -> dict[int, LevelDef]:
    levels: dict[int, LevelDef] = {}
    for lvl in element.iterfind(w("lvl")):
        ilvl = int_or_none(attr(lvl, "ilvl"))
        if ilvl is not None and 0 <= ilvl < MAX_LEVELS:
            levels[ilvl] = _parse_level(lvl)
    return levels


def _parse_num(element: Element) -> NumDef | None:
    abstract_id = child_val(element, "abstractNumId")
    if abstract_id is None:
        return None
    starts: dict[int, int] = {}
    levels: dict[int, LevelDef] = {}
    for override in element.iterfind(w("lvlOverride")):
        ilvl = int_or_none(attr(override, "ilvl"))
        if ilvl is None:
            continue
        start = int_or_none(child_val(override, "startOverride"))
        if start is not None:
            starts[ilvl] = start
        lvl = child(override, "lvl")
        if lvl is not None:
            levels[ilvl] = _parse_level(lvl)
    return NumDef(abstract_id, starts, levels)


def roman(value: int) -> str:
    """Upper-case Roman numeral; Word falls back to digits outside 1..3999."""
    if not 0 < value < 4000:
        return str(value)
    digits = []
    for amount, symbol in _ROMAN:
        count, value = divmod(value, amount)
        digits.append(symbol * count)
    return "".join(digits)


def letter(value: int) -> str:
    """Upper-case letter the way Word counts: A..Z, then AA..ZZ, AAA … (repeated, not base 26)."""
    if value <= 0:
        return str(value)
    return chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)


_FORMATTERS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "upperRoman": roman,
    "lowerRoman": lambda n: roman(n).lower(),
    "upperLetter": letter,
    "lowerLetter": lambda n: letter(n).lower(),
    "ordinal": lambda n: f"{n}.",  # German Word shows ordinals as "1."
    "none": lambda n: "",
}


def format_counter(value: int, fmt: str) -> str:
    """One counter in a w:numFmt; unknown (e.g. East Asian) formats fall back to decimal."""
    return _FORMATTERS.get(fmt, str)(value)


class Numbering:
    """Numbering definitions of one document plus the running counters."""

    def __init__(self, root: Element | None, style_num_id: Callable[[str], str | None]) -> None:
        self._abstracts: dict[str, dict[int, LevelDef]] = {}
        self._style_links: dict[str, str] = {}  # numbering style id → abstractNumId defining it
        self._num_style_links: dict[str, str] = {}  # abstractNumId → numbering style it points to
        self._nums: dict[str, NumDef] = {}
        self._counters: dict[tuple[str, str], dict[int, int]] = {}
        self._style_num_id = style_num_id
        if root is not None:
            self._load(root)

    def _load(self, root: Element) -> None:
        for element in root.iterfind(w("abstractNum")):
            abstract_id = attr(element, "abstractNumId")
            if abstract_id is None:
                continue
            self._abstracts[abstract_id] = _parse_levels(element)
            if (link := child_val(element, "styleLink")) is not None:
                self._style_links[link] = abstract_id
            if (link := child_val(element, "numStyleLink")) is not None:
                self._num_style_links[abstract_id] = link
        for element in root.iterfind(w("num")):
            num_id = attr(element, "numId")
            num = _parse_num(element)
            if num_id is not None and num is not None:
                self._nums[num_id] = num

    def _abstract_id(self, num_id: str) -> str | None:
        num = self._nums.get(num_id)
        if num is None:
            return None
        abstract_id = num.abstract_id
        link = self._num_style_links.get(abstract_id)
        if link is None:
            return abstract_id
        # w:numStyleLink: the real levels live in the abstractNum that defines the numbering style.
        if link in self._style_links:
            return self._style_links[link]
        linked_num = self._style_num_id(link)
        linked = self._nums.get(linked_num) if linked_num else None
        return linked.abstract_id if linked else abstract_id

    def _levels(self, num_id: str) -> dict[int, LevelDef]:
        abstract_id = self._abstract_id(num_id)
        levels = dict(self._abstracts.get(abstract_id, {})) if abstract_id else {}
        levels.update(self._nums[num_id].level_overrides)
        return levels

    def level_for_style(self, num_id: str, style_id: str | None) -> int | None:
        """The level whose w:pStyle names the paragraph's style (heading styles linked to a list)."""
        if num_id not in self._nums or style_id is None:
            return None
        for ilvl, level in sorted(self._levels(num_id).items()):
            if level.paragraph_style == style_id:
                return ilvl
        return None

    def next_label(self, num_id: str, ilvl: int) -> NumberLabel | None:
        """Advance the counters for one numbered paragraph and return what Word displays.

        numId 0 (numbering switched off) and unknown ids give None.
        """
        num = self._nums.get(num_id)
        ilvl = min(max(ilvl, 0), MAX_LEVELS - 1)
        if num is None:
            return None
        levels = self._levels(num_id)
        level = levels.get(ilvl)
        if level is None:
            return None
        counters = self._counters_for(num_id, num)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else self._start(num, levels, ilvl)
        self._restart_deeper(counters, levels, ilvl)
        if level.fmt == "bullet":
            return NumberLabel(text=None, bullet=True, level=ilvl)
        shown = self._render(level, levels, counters, num).strip()
        return NumberLabel(text=shown or None, bullet=False, level=ilvl)

    def _counters_for(self, num_id: str, num: NumDef) -> dict[int, int]:
        overridden = bool(num.start_overrides or num.level_overrides)
        key = ("num", num_id) if overridden else ("abstract", self._abstract_id(num_id) or num_id)
        return self._counters.setdefault(key, {})

    @staticmethod
    def _start(num: NumDef, levels: dict[int, LevelDef], ilvl: int) -> int:
        if ilvl in num.start_overrides:
            return num.start_overrides[ilvl]
        level = levels.get(ilvl)
        return level.start if level else 1

    @staticmethod
    def _restart_deeper(counters: dict[int, int], levels: dict[int, LevelDef], ilvl: int) -> None:
        for deeper in [lvl for lvl in counters if lvl > ilvl]:
            level = levels.get(deeper)
            restart = level.restart if level else None
            # lvlRestart 0 never restarts; n restarts after a level shallower than n is used.
            if restart is None or (restart != 0 and ilvl < restart):
                del counters[deeper]

    def _render(
        self, level: LevelDef, levels: dict[int, LevelDef], counters: dict[int, int], num: NumDef
    ) -> str:
        def substitute(match: re.Match[str]) -> str:
            ref = int(match.group(1)) - 1
            value = counters.get(ref, self._start(num, levels, ref))
            ref_level = levels.get(ref)
            fmt = "decimal" if level.legal or ref_level is None else ref_level.fmt
            return format_counter(value, fmt)

        return _PLACEHOLDER.sub(substitute, level.text)
