"""Style resolution for the DOCX reader: roles, heading levels and run formatting.

Style names are matched in English and German, case-insensitively, by name and
by id: German Word keeps the name "heading 1" but may write the id
"berschrift1" (the "Ü" dropped), and other tools write "Überschrift 1".
Custom styles inherit everything through the w:basedOn chain.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import cache

from sketchproc.ingest.docx_xml import (
    A_NS,
    Element,
    attr,
    child,
    child_val,
    int_or_none,
    toggle,
    w,
)

# Word's built-in size when no w:sz is declared anywhere (ECMA-376: 10 pt).
WORD_DEFAULT_SIZE = 10.0
# w:outlineLvl 9 means "body text": explicitly not a heading.
_BODY_OUTLINE_LEVEL = 9

_HEADING_NAME = re.compile(r"^(?:heading|überschrift)\s*([1-9])$")
_HEADING_ID = re.compile(r"^(?:heading|überschrift|berschrift)([1-9])$")
_TOC_NAME = re.compile(r"^(?:toc|verzeichnis|inhaltsverzeichnis)\s*([1-9])$")
_TOC_ID = re.compile(r"^(?:toc|verzeichnis|inhaltsverzeichnis)([1-9])$")
_TITLE_KEYS = frozenset({"title", "titel"})
_SUBTITLE_KEYS = frozenset({"subtitle", "untertitel"})
_TOC_HEADING_KEYS = frozenset(
    {"toc heading", "tocheading", "inhaltsverzeichnisüberschrift", "inhaltsverzeichnisberschrift"}
)
_LIST_PREFIXES = (
    "list paragraph",
    "listparagraph",
    "listenabsatz",
    "list bullet",
    "listbullet",
    "list number",
    "listnumber",
    "aufzählungszeichen",
    "aufzhlungszeichen",
    "listennummer",
)


class StyleRole(Enum):
    """What a paragraph style says about its paragraphs beyond the heading level."""

    NONE = "none"
    TITLE = "title"
    SUBTITLE = "subtitle"
    TOC = "toc"
    TOC_HEADING = "toc_heading"
    LIST = "list"


@dataclass(frozen=True)
class StyleDef:
    """One w:style entry as far as the reader needs it."""

    style_id: str
    name: str
    kind: str
    based_on: str | None
    ppr: Element | None
    rpr: Element | None


@dataclass(frozen=True)
class ParagraphStyleInfo:
    """Everything a paragraph inherits from its style chain."""

    name: str | None
    outline_level: int | None
    role: StyleRole
    toc_level: int | None
    num_id: str | None
    ilvl: int | None
    page_break_before: bool


@dataclass(frozen=True)
class RunFormat:
    """Resolved character formatting of one run."""

    bold: bool = False
    italic: bool = False
    caps: bool = False
    hidden: bool = False
    size: float = WORD_DEFAULT_SIZE
    font: str | None = None


def _key(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().lower()


def _role_of(style: StyleDef) -> tuple[StyleRole, int | None]:
    name, sid = _key(style.name), _key(style.style_id)
    if name in _TITLE_KEYS or sid in _TITLE_KEYS:
        return StyleRole.TITLE, None
    if name in _SUBTITLE_KEYS or sid in _SUBTITLE_KEYS:
        return StyleRole.SUBTITLE, None
    if name in _TOC_HEADING_KEYS or sid in _TOC_HEADING_KEYS:
        return StyleRole.TOC_HEADING, None
    toc = _TOC_NAME.match(name) or _TOC_ID.match(sid)
    if toc:
        return StyleRole.TOC, int(toc.group(1))
    if name.startswith(_LIST_PREFIXES) or sid.startswith(_LIST_PREFIXES):
        return StyleRole.LIST, None
    return StyleRole.NONE, None


def _chain_role(styles: list[StyleDef]) -> tuple[StyleRole, int | None]:
    # The nearest style with a recognisable name decides: a custom style based on "Title" is a title.
    for style in styles:
        role = _role_of(style)
        if role[0] is not StyleRole.NONE:
            return role
    return StyleRole.NONE, None


def _heading_level_by_name(style: StyleDef) -> int | None:
    match = _HEADING_NAME.match(_key(style.name)) or _HEADING_ID.match(_key(style.style_id))
    return int(match.group(1)) if match else None


def outline_level_of(ppr: Element | None) -> tuple[bool, int | None]:
    """(declared?, level) from a pPr's w:outlineLvl: val 0..8 → level 1..9, 9 → body text."""
    value = int_or_none(child_val(ppr, "outlineLvl"))
    if value is None or value < 0:
        return False, None
    return True, (None if value >= _BODY_OUTLINE_LEVEL else value + 1)


class StyleSheet:
    """Resolves paragraph and run styles of one document (styles.xml + theme fonts)."""

    def __init__(self, styles_root: Element | None, theme_fonts: dict[str, str]) -> None:
        self._styles: dict[str, StyleDef] = {}
        self._default_paragraph: str | None = None
        self._default_character: str | None = None
        self._theme_fonts = theme_fonts
        self._defaults_rpr: Element | None = None
        if styles_root is not None:
            self._load(styles_root)
        self.paragraph_info = cache(self._paragraph_info)
        self._merged_format = cache(self._merge_formats)

    def _load(self, root: Element) -> None:
        defaults = child(root, "docDefaults")
        self._defaults_rpr = child(child(defaults, "rPrDefault"), "rPr")
        for element in root.iterfind(w("style")):
            style_id = attr(element, "styleId")
            if not style_id:
                continue
            kind = attr(element, "type") or "paragraph"
            style = StyleDef(
                style_id=style_id,
                name=child_val(element, "name") or style_id,
                kind=kind,
                based_on=child_val(element, "basedOn"),
                ppr=child(element, "pPr"),
                rpr=child(element, "rPr"),
            )
            self._styles[style_id] = style
            if attr(element, "default") in ("1", "true", "on"):
                if kind == "paragraph":
                    self._default_paragraph = style_id
                elif kind == "character":
                    self._default_character = style_id

    def chain(self, style_id: str | None) -> list[StyleDef]:
        """The style and its w:basedOn ancestors, nearest first (cycles cut)."""
        found: list[StyleDef] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            found.append(style)
            style_id = style.based_on
        return found

    def paragraph_style_id(self, ppr: Element | None) -> str | None:
        """The paragraph's w:pStyle, or the document's default paragraph style."""
        return child_val(ppr, "pStyle") or self._default_paragraph

    def style_num_id(self, style_id: str) -> str | None:
        """The w:numId a (numbering) style declares, used to follow w:numStyleLink."""
        for style in self.chain(style_id):
            num_id = child_val(child(style.ppr, "numPr"), "numId")
            if num_id is not None:
                return num_id
        return None

    def _paragraph_info(self, style_id: str | None) -> ParagraphStyleInfo:
        styles = self.chain(style_id)
        role, toc_level = _chain_role(styles)
        num_id, ilvl = self._chain_num(styles)
        page_break = next((f for s in styles if (f := toggle(s.ppr, "pageBreakBefore")) is not None), False)
        return ParagraphStyleInfo(
            name=styles[0].name if styles else None,
            outline_level=self._chain_outline_level(styles),
            role=role,
            toc_level=toc_level,
            num_id=num_id,
            ilvl=ilvl,
            page_break_before=page_break,
        )

    @staticmethod
    def _chain_outline_level(styles: list[StyleDef]) -> int | None:
        # The nearest style that says anything wins; an explicit outlineLvl beats the name.
        for style in styles:
            declared, level = outline_level_of(style.ppr)
            if declared:
                return level
            by_name = _heading_level_by_name(style)
            if by_name is not None:
                return by_name
        return None

    @staticmethod
    def _chain_num(styles: list[StyleDef]) -> tuple[str | None, int | None]:
        for style in styles:
            num_pr = child(style.ppr, "numPr")
            num_id = child_val(num_pr, "numId")
            if num_id is not None:
                return num_id, int_or_none(child_val(num_pr, "ilvl"))
        return None, None

    def run_format(self, run: Element, paragraph_style_id: str | None) -> RunFormat:
        """Resolve a run's formatting: docDefaults < paragraph style < character style < direct."""
        rpr = child(run, "rPr")
        character_style = child_val(rpr, "rStyle") or self._default_character
        merged = dict(self._merged_format(paragraph_style_id, character_style))
        self._apply_rpr(merged, rpr)
        return RunFormat(**merged)  # type: ignore[arg-type]

    def _merge_formats(
        self, paragraph_style_id: str | None, character_style_id: str | None
    ) -> dict[str, object]:
        merged: dict[str, object] = {}
        self._apply_rpr(merged, self._defaults_rpr)
        for style in reversed(self.chain(paragraph_style_id)):
            self._apply_rpr(merged, style.rpr)
        for style in reversed(self.chain(character_style_id)):
            self._apply_rpr(merged, style.rpr)
        return merged

    def _apply_rpr(self, merged: dict[str, object], rpr: Element | None) -> None:
        if rpr is None:
            return
        for field, locals_ in (("bold", ("b", "bCs")), ("italic", ("i", "iCs")), ("caps", ("caps",))):
            value = next((v for tag in locals_ if (v := toggle(rpr, tag)) is not None), None)
            if value is not None:
                merged[field] = value
        hidden = toggle(rpr, "vanish")
        if hidden is not None:
            merged["hidden"] = hidden
        half_points = int_or_none(child_val(rpr, "sz"))
        if half_points is not None and half_points > 0:
            merged["size"] = half_points / 2
        font = self._font_of(child(rpr, "rFonts"))
        if font is not None:
            merged["font"] = font

    def _font_of(self, fonts: Element | None) -> str | None:
        if fonts is None:
            return None
        theme = attr(fonts, "asciiTheme") or attr(fonts, "hAnsiTheme")
        if theme is not None:
            return self._theme_fonts.get("major" if theme.startswith("major") else "minor")
        return attr(fonts, "ascii") or attr(fonts, "hAnsi")


def theme_fonts(theme_root: Element | None) -> dict[str, str]:
    """The theme's Latin major/minor font names, keyed "major"/"minor"."""
    fonts: dict[str, str] = {}
    if theme_root is None:
        return fonts
    for key in ("major", "minor"):
        latin = theme_root.find(f".//{{{A_NS}}}{key}Font/{{{A_NS}}}latin")
        typeface = None if latin is None else latin.get("typeface")
        if typeface:
            fonts[key] = str(typeface)
    return fonts
