"""Staff in any wording: the extent of posts, pay grades and job titles.

Shared by the cost tables (a position is personnel if it names a post, a pay grade or a
role) and by the staffing check. The recognisers follow the morphology of German job
titles rather than a list of titles: a gendered form ("Koordinator*in", "Referent/-in",
"(m/w/d)"), an agent noun of management or advice ("…leiter", "…manager", "…referentin",
"…beauftragte"), a pay grade ("E 11 TVöD", "EG 9b TV-L"), an extent ("1,5 VZÄ", "zwei
halbe Stellen", "50 %-Stelle", "20 Wochenstunden").
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["names_bought_service", "names_pay_grade", "names_post_extent", "names_role", "names_staff"]

_NUMBER: Final = r"(?:\d+(?:[.,]\d+)?|eine?[nr]?|zwei|drei|vier|fünf|anderthalb|eineinhalb|halbe?n?|volle?n?)"
_EXTENT: Final = re.compile(
    rf"\b{_NUMBER}\s*(?:-\s*)?(?:%\s*-?\s*)?(?:vzä|vollzeitäquivalent\w*|fte|vollzeit\w*|teilzeit\w*|"
    rf"(?:personal|projekt|halbtags|planstellen?)?stellen?\b|stellenanteil\w*|wochenstunden|std\.?\s*/\s*woche|"
    rf"h\s*/\s*woche|personenmonat\w*|pm\b)"
    r"|\b(?:vollzeit|teilzeit|halbtags)\w*"
    r"|\bstellenumfang\b",
    re.IGNORECASE,
)
_PAY_GRADE: Final = re.compile(
    r"\b(?:e|eg|entgeltgruppe)\s?\d{1,2}[a-c]?\b|\btv[öo]d\b|\btv-?l\b|\btv-?v\b|\bbesoldungsgruppe\b"
    r"|\bentgeltgruppe\b",
    re.IGNORECASE,
)
# Gendered job titles and agent nouns of coordination, management, advice or assistance.
_ROLE: Final = re.compile(
    r"\b[\wäöüß-]+(?:\*|:|/-?|_)innen?\b|\(m\s*/\s*w\s*/\s*d\)|\(w\s*/\s*m\s*/\s*d\)"
    r"|\b[\wäöüß-]*(?:leiter|leitung|koordinator|manager|referent|berater|beauftragte|"
    r"mitarbeiter|assistenz|assistent|sachbearbeiter|lotse|moderator|fachkraft|scout|"
    r"koordinierende|verantwortliche|hilfskr[aä]ft|minijob|aushilfe)\w*",
    re.IGNORECASE,
)


# Work bought from outside: a fee, a contract, a service, a day rate ("15 Beratertage × 800 €").
# Such a position is material cost even when it names the adviser or moderator it pays.
_BOUGHT: Final = re.compile(
    r"\bextern\w*|\bhonorar\w*|\bdienstleist\w*|\bwerkvertr\w*|\bbeauftragung\b|\bvergabe\b"
    r"|\w*tage?\s*[×x*]\s*\d|\btages?s[aä]tz\w*",
    re.IGNORECASE,
)


def names_bought_service(text: str) -> bool:
    """True if the text is about work bought from outside (fees, contracts, day rates)."""
    return bool(_BOUGHT.search(text))


def names_post_extent(text: str) -> bool:
    """True if the text states how much staff: posts, FTE, hours or person-months."""
    return bool(_EXTENT.search(text))


def names_pay_grade(text: str) -> bool:
    """True if the text names a pay grade or pay scale."""
    return bool(_PAY_GRADE.search(text))


def names_role(text: str) -> bool:
    """True if the text names a job title or role."""
    return bool(_ROLE.search(text))


def names_staff(text: str) -> bool:
    """True if the text is about staff: an extent, a pay grade or a role."""
    return names_post_extent(text) or names_pay_grade(text) or names_role(text)
