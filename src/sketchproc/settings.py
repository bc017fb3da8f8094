"""Tunable settings, one object per stage, each with defaults and `resolve()`.

No threshold literal belongs in a function body: it lives here, with a note on
why it has the value it has.
"""

from __future__ import annotations

from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field


class StageSettings(BaseModel):
    """Base: frozen, validated, and built from None, a dict or an instance."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    @classmethod
    def resolve(cls, value: Self | dict[str, Any] | None = None) -> Self:
        """Return settings from None (defaults), a dict of overrides or an instance."""
        if value is None:
            return cls()
        if isinstance(value, cls):
            return value
        return cls.model_validate(value)


class IngestSettings(StageSettings):
    """Reading DOCX and PDF files."""

    # Lines repeating (digits masked) near the same place on at least this share
    # of pages are running headers/footers (spec §5.7 says >= 50 %).
    furniture_min_share: float = Field(0.5, gt=0, le=1)
    # Only lines within this share of the page height from the top or bottom
    # edge can be running headers/footers.
    furniture_band: float = Field(0.12, gt=0, lt=0.5)
    # A page whose text has at least this share of "(cid:" glyphs is unreadable.
    cid_share_unreadable: float = Field(0.3, gt=0, le=1)
    # Fewer characters than this on a page means it has no usable text layer.
    min_chars_text_layer: int = Field(20, ge=0)
    # Hard limit against hostile or runaway files; the error names the fix.
    max_pages: int = Field(500, ge=1)
    # Lines whose vertical gap exceeds this multiple of the line height start
    # a new paragraph.
    paragraph_gap_ratio: float = Field(0.6, gt=0)


class SectionSettings(StageSettings):
    """Finding headings and building the section tree."""

    # Headings in German sketches are short noun phrases ("Ausgangslage und
    # Handlungsbedarf"); a longer line is body text even if bold.
    max_heading_words: int = Field(16, ge=1)
    max_heading_chars: int = Field(140, ge=1)
    # A line must be at least this much larger than the body font (ratio) to
    # count as emphasised by size alone.
    size_ratio_heading: float = Field(1.12, gt=1)
    # Declared headings (styles) longer than this are demoted to body text:
    # authors sometimes format whole paragraphs with a heading style.
    max_declared_heading_words: int = Field(30, ge=1)
    # Fuzzy score (0-100) for a heading candidate to match a TOC entry.
    toc_match_score: float = Field(90.0, ge=0, le=100)
