"""Letters asking applicants for missing items ("Nachforderung"): composed from final results."""

from __future__ import annotations

from sketchproc.letters.compose import FOLDER, Letter, LetterItem, compose_letter, letter_file_name
from sketchproc.letters.docx import letter_docx

__all__ = ["FOLDER", "Letter", "LetterItem", "compose_letter", "letter_docx", "letter_file_name"]
