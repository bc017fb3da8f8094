"""The project's title, not the document's kind: "Projektskizze: Digitalzentrum X" → "Digitalzentrum X".

Applicants head their sketch with the kind of document, then the project's name, often
quoted. The board's pack lists projects, so the kind of document and the quotes go.
"""

from __future__ import annotations

import re

__all__ = ["project_title"]

# The kind of document at the start: "Projektskizze", "Ideenskizze", "Skizze zum Vorhaben".
_KIND = re.compile(
    r"^\s*(?:projekt|ideen|vorhabens)?(?:skizze|antrag|beschreibung)\b"
    r"(?:\s+(?:zum|zur|für\s+das|für\s+die|über\s+das)\s+(?:vorhaben|projekt)\b)?\s*[:–—-]?\s*",
    re.IGNORECASE,
)
_QUOTES = "„“”\"'‚‘’»«"


def project_title(title: str | None) -> str | None:
    """The title without a leading kind of document and without quotes around the name."""
    if title is None:
        return None
    rest = _KIND.sub("", title, count=1)
    if not re.search(r"[^\W\d_]{3,}", rest):
        return title  # the title is nothing but the kind of document ("Projektskizze")
    for quote in _QUOTES:
        rest = rest.replace(quote, "")
    return " ".join(rest.split()) or title
