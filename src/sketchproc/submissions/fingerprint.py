"""Body text → fingerprint: the set of hashed word n-grams ("shingles") that grouping compares.

Only the body of the sections counts: headings, cover and running headers are the call's
template or the file's layout, and would make every sketch look alike. Lines that carry a
template instruction of the profile ("Bitte beschreiben Sie hier …") are left out for the
same reason. Words are casefolded and stripped of punctuation, so a PDF, a .docx and an OCR
reading of one text give (nearly) the same shingles.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Set

from sketchproc.profiles.schema import CallProfile
from sketchproc.submissions.settings import SubmissionSettings

__all__ = ["body_fingerprint", "containment", "jaccard"]

_WORD = re.compile(r"[0-9a-zäöüß]+")


def body_fingerprint(
    section_texts: Iterable[str], profile: CallProfile, settings: SubmissionSettings | None = None
) -> list[int]:
    """Sorted 32-bit hashes of the word n-grams of the body text, template lines left out."""
    size = (settings or SubmissionSettings()).shingle_words
    instructions = tuple(text.casefold() for text in profile.outline.template_instructions)
    words: list[str] = []
    for text in section_texts:
        for line in text.splitlines():
            folded = line.casefold()
            if any(instruction in folded for instruction in instructions):
                continue
            # Single letters are mostly OCR debris or list markers ("a)"); digits stay.
            words += [word for word in _WORD.findall(folded) if len(word) > 1 or word.isdigit()]
    shingles = {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
    return sorted({_hash(shingle) for shingle in shingles})


def _hash(shingle: str) -> int:
    # blake2b, not hash(): Python salts str hashes per process, and fingerprints are cached.
    return int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=4).digest(), "big")


def jaccard(first: Set[int], second: Set[int]) -> float:
    """Shared shingles over all shingles of both (1.0 = the same text)."""
    union = len(first | second)
    return len(first & second) / union if union else 0.0


def containment(first: Set[int], second: Set[int]) -> float:
    """Shared shingles over the smaller set's (1.0 = one text is contained in the other)."""
    smaller = min(len(first), len(second))
    return len(first & second) / smaller if smaller else 0.0
