"""Thresholds of the submission stage, with the measurements behind them."""

from __future__ import annotations

from pydantic import Field

from sketchproc.settings import StageSettings

__all__ = ["SubmissionSettings"]


class SubmissionSettings(StageSettings):
    """How files are grouped into submissions and split into versions."""

    # Word n-grams ("shingles") of this length: long enough that two sketches of different
    # applicants share almost none (measured 0.00–0.01 containment on the samples), short
    # enough that an OCR error breaks only a few of them.
    shingle_words: int = Field(5, ge=2, le=12)
    # Share of the smaller file's shingles found in the other: the same sketch. Renderings
    # measured 0.89–1.00 (docx/pdf/scan of the samples and tuning sketches); a revision that
    # rewrote half the text still shares about half.
    same_text_containment: float = Field(0.5, gt=0, le=1)
    # With the same applicant or title as support, a heavily rewritten revision still groups.
    supported_containment: float = Field(0.25, gt=0, le=1)
    # Two renderings (docx, PDF, scan) of one version: Jaccard measured 0.80–1.00, where
    # OCR loses the most. Below this the files are different versions.
    same_version_jaccard: float = Field(0.75, gt=0, le=1)
    # Two files of the same kind (two .docx, two text-layer PDFs) are renderings of one
    # version only when their text is practically identical: anything else was edited.
    same_kind_jaccard: float = Field(0.98, gt=0, le=1)
    # Applicant names (words, casefolded) overlapping less than this are different applicants.
    applicant_overlap: float = Field(0.5, gt=0, le=1)
    # A text shorter than this many shingles cannot be compared reliably (a blank template).
    min_shingles: int = Field(20, ge=1)
