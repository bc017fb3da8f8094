"""A German postal address in running text: house number, postcode and the town's initial.

"Lange Straße 12, 39646 Oebisfelde-Weferlingen", "Markt 57–59 · 06895 Zahna-Elster": the
number of the house (perhaps a range or a letter), a separator (a comma, a middle dot, a bar, a
slash, or a dash between spaces: letterheads set one, text recognition reads "·" as "-"), a
five-digit postcode and the capital that opens the town. The facts stage reads who stands
before it (a letterhead, a signature block); the sections stage knows a bold line holding one
for a letterhead, not a heading. Its five digits are a postcode, never an amount.
"""

from __future__ import annotations

import re

__all__ = ["POSTAL_ADDRESS"]

POSTAL_ADDRESS = re.compile(
    r"(?<![\w.,])\d{1,4}\s?[a-z]?(?:\s?[–-]\s?\d{1,4}[a-z]?)?\s*(?:[,·|/]|[–—-](?=\s))?\s+\d{5}\s+[A-ZÄÖÜ]"
)
