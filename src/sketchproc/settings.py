"""Tunable settings, one object per stage, each with defaults and `resolve()`.

No threshold literal belongs in a function body: it lives here, with a note on
why it has the value it has. The aggregate of every stage's settings is
`sketchproc.run_settings.Settings`.
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
    # --- PDF layout (pdfplumber words → lines → blocks) ---
    # pdfplumber's fixed 3 pt word gap merges words of small or justified text set without
    # space glyphs ("DieDigitaleAgenda"); a gap relative to the font size does not.
    pdf_word_gap_ratio: float = Field(0.15, gt=0, lt=1)
    # Words whose tops differ by less than this share of their font size sit on one line.
    pdf_line_top_tolerance: float = Field(0.4, gt=0, lt=1)
    # A column gutter is searched only in this horizontal strip (share of page width).
    pdf_gutter_min_x: float = Field(0.35, gt=0, lt=1)
    pdf_gutter_max_x: float = Field(0.65, gt=0, lt=1)
    # A gutter must be wider than normal word spacing (points) to separate columns.
    pdf_gutter_min_width: float = Field(8.0, gt=0)
    # Share of body rows allowed to cross the gutter (full-width titles, captions).
    pdf_gutter_max_crossing_share: float = Field(0.2, ge=0, lt=1)
    # Each column needs this many rows, so one stray short line never makes a column.
    pdf_gutter_min_rows: int = Field(3, ge=1)
    # Most left-column rows reach close to the gutter (ragged right is fine; a form's
    # short labels are not); "close" is this share of the column width.
    pdf_column_fill_margin: float = Field(0.3, gt=0, lt=1)
    pdf_column_fill_share: float = Field(0.5, gt=0, le=1)
    # Repeating header/footer lines may drift this many points between pages.
    pdf_furniture_y_tolerance: float = Field(4.0, ge=0)
    # A line narrower than this share of its column ends early (end of paragraph).
    pdf_short_line_share: float = Field(0.75, gt=0, le=1)
    # The "Inhalt" heading of a TOC page stands among the first lines of its page.
    pdf_toc_head_lines: int = Field(5, ge=1)
    # A page with this many dot-leader lines is a TOC even without an "Inhalt" heading.
    pdf_toc_min_leader_lines: int = Field(3, ge=1)
    # A first page with fewer body words than this (and a second page) is a cover.
    pdf_cover_max_words: int = Field(80, ge=0)
    # find_tables() is costly: only pages with at least this many ruling lines/rects try it.
    pdf_table_min_rulings: int = Field(4, ge=1)
    # --- OCR of pages without a text layer (Tesseract, spec §5.5) ---
    # Off switch for machines where OCR is too slow or its text must not be quoted.
    ocr_enabled: bool = True
    # Tesseract is tuned for about 300 dpi; less loses small print and umlaut dots.
    ocr_dpi: int = Field(300, ge=72, le=600)
    # A hung or pathological page must not stall a batch; a normal page needs 3-10 s.
    ocr_timeout_s: float = Field(60.0, gt=0)
    # Words Tesseract is less sure of than this (0-100) are mostly specks and stamps.
    ocr_min_confidence: float = Field(40.0, ge=0, le=100)
    # Long words (6+ letters) are never specks; Tesseract often rates real ones low (measured 14-39).
    ocr_min_confidence_long_word: float = Field(10.0, ge=0, le=100)
    # Tesseract language codes joined with "+"; sketches are German.
    ocr_languages: str = "deu"
    # The Tesseract executable, for installs outside PATH.
    ocr_command: str = "tesseract"
    # Pages recognised in parallel (one Tesseract thread each); 0 = one per CPU core. A batch sets
    # it to its --workers, so the run stays on the cores it was given (run_settings.ocr_budget).
    ocr_workers: int = Field(0, ge=0)
    # Estimated sizes within this share of the page's body size are body text (estimates jitter ±5 %,
    # while the smallest heading step, 11 → 12 pt, is 9 %).
    ocr_size_snap: float = Field(0.07, ge=0, lt=0.5)
    # Strokes this much wider (relative to text height) than the body's mark a bold line.
    ocr_bold_stroke_ratio: float = Field(1.3, gt=1)
    # --- DOCX (checked on the zip directory before python-docx inflates anything) ---
    # Real sketches unpack to a few MB; more than this is a zip bomb or a misuse.
    docx_max_uncompressed_bytes: int = Field(200_000_000, ge=1)
    # XML compresses about 10-30:1; a large member far beyond that is a zip bomb.
    docx_max_compression_ratio: float = Field(200.0, gt=1)
    # Small members may compress extremely well (repetitive XML) and are harmless.
    docx_ratio_min_bytes: int = Field(1_000_000, ge=0)
    # A cover page holds at most this many blocks; a later TOC has no cover before it.
    docx_cover_max_blocks: int = Field(30, ge=0)
    # --- the project title (ingest/title_page.py) ---
    # The title stands among the first paragraphs: a cover page or the title block above the outline.
    title_opening_max_blocks: int = Field(12, ge=1)
    # A labelled line ("Betreff: …", "Projekttitel: …") names the project among this many first blocks.
    title_runin_max_blocks: int = Field(40, ge=0)
    # A longer line is a sentence, not a title (the longest titles seen run to about 20 words).
    title_max_words: int = Field(30, ge=1)


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
    # Title lines above the outline are followed by short lines (subtitle,
    # applicant, date); a paragraph longer than this means real text follows.
    title_block_max_words: int = Field(25, ge=1)
    # Share of numbered headings from which a document counts as numbered, so
    # unnumbered lines must look like its numbered headings to count.
    numbered_outline_share: float = Field(0.6, gt=0, le=1)
    # Fuzzy score (0-100) for a heading candidate to match a TOC entry.
    toc_match_score: float = Field(90.0, ge=0, le=100)
    # Run-in headings ("**3. Ausgangslage.** Die Stadt …") form the outline only when at
    # least this many numbered bold openings follow each other in ascending order.
    min_run_in_headings: int = Field(3, ge=2)
    # Unnumbered bold openings head sections only where the sketch is built of them.
    min_unnumbered_run_ins: int = Field(5, ge=2)
    # A run-in heading is a short noun phrase; a longer bold opening is an emphasised sentence.
    max_run_in_words: int = Field(8, ge=1)
