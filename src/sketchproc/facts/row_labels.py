"""What a cost or financing table's row label names: a total, a cost type, a financing role, a group."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sketchproc.facts.locators import Loc, Locators
from sketchproc.facts.staff import names_bought_service, names_staff
from sketchproc.facts.table_cells import ZERO_CELLS, cell_amount
from sketchproc.facts.table_reading import FINANCING
from sketchproc.quantities import parse_money

__all__ = [
    "cost_type",
    "distinct",
    "financing_role",
    "funding_head",
    "has_amount_text",
    "is_amount_cell",
    "is_group_label",
    "is_sum_label",
    "is_total_label",
    "lumps_cost_types",
    "names_own_kind",
    "role_label",
    "share_of_total",
    "staff_or_material",
]

# The number or letter a group row is enumerated by: "1.", "2)", "A.", "II.".
ENUMERATION = re.compile(r"^(?:\d{1,2}|[A-Z]|[IVX]{1,4})[.)]\s+")


def staff_or_material(text: str) -> Loc:
    """A position without a group is personnel when it names staff, unless the work is bought in."""
    return Loc.PERSONNEL if names_staff(text) and not names_bought_service(text) else Loc.MATERIAL


def role_label(cells: Sequence[str], loc: Locators) -> str:
    """The cell that names the row: the first, unless it is a group heading naming no role.

    A financing block may carry its heading in a first column of its own ("Finanzierung |
    Zuwendung des Landes (80 %) | … | 198.400,00"): the first cell names neither a financing
    role nor a cost type, and the next text cell names the row.
    """
    first = cells[0]
    if financing_role(first, loc) or cost_type(first, loc) or is_sum_label(first, loc):
        return first
    texts = [c for c in cells[1:] if cell_amount(c) is None and any(ch.isalpha() for ch in c)]
    return texts[0] if texts and financing_role(texts[0], loc) else first


def is_sum_label(label: str, loc: Locators) -> bool:
    """A total, sub-total or carry-over label: it names its row itself."""
    return is_total_label(label, loc) or bool(loc[Loc.CARRY_ROW].match(label))


def is_total_label(label: str, loc: Locators) -> bool:
    """A total or sub-total label: opening with its word ("Summe Sachausgaben") or closing with it
    ("Personalausgaben gesamt")."""
    return bool(loc[Loc.TOTAL_ROW].match(label) or loc[Loc.TOTAL_ROW_END].search(label))


# A cell that only numbers its row: "A", "A.1", "2.3", "IV", "Pos. 4", "Nr. 2)".
_POSITION_CODE = re.compile(
    r"(?:(?:Pos(?:ition)?|Nr)\.?\s*)?(?:[A-Z]|[IVX]{1,4}|\d{1,2})(?:\.(?:\d{1,2}|[a-z]))*[.)]?"
)


def position_code(cells: Sequence[str]) -> str | None:
    """The first cell if it only numbers the row ("A.1", "II"), without a closing dot or bracket."""
    if len(cells) > 1 and _POSITION_CODE.fullmatch(code := cells[0].strip()):
        return code.rstrip(".)")
    return None


def is_parent_code(code: str | None, following: str | None) -> bool:
    """True if `code` numbers a group whose first member follows: "I" before "I.1", "2" before "2.1"."""
    return code is not None and following is not None and following.startswith(code + ".")


def distinct(cells: Sequence[str]) -> list[str]:
    """Non-empty cells, a merged cell's repeated text once."""
    return list(dict.fromkeys(cell.strip() for cell in cells if cell.strip()))


def is_group_label(cells: Sequence[str], label: str) -> bool:
    """A cost-type label standing alone ("Personalausgaben | 126.000") rather than a position
    ("Personalkosten | Leitung (5.300 EUR/Monat) | 63.600": a described post, price and all)."""
    if _TYPED_POSITION.match(label):
        return False  # "Personal: Assistenz (Minijob)": a position of the type, not its group
    texts = [c for c in cells if not is_amount_cell(c)]
    return len(texts) <= 1 and len(label.split()) <= 3


def is_amount_cell(cell: str) -> bool:
    """A cell that is an amount and nothing else ("86.400", "128.000 EUR"); a label may hold a
    price ("Eigenleistung (1.200 Stunden zu je 15 Euro)") and stays a label."""
    return parse_money(cell, assume_currency=True) is not None and not _WORD.search(_CURRENCY.sub("", cell))


_TYPED_POSITION = re.compile(r"^[^:]+:\s*\w")


_WORD = re.compile(r"[^\W\d_]{3,}")
_CURRENCY = re.compile(r"\b(?:EUR|Euro|TEUR|Tsd)\b", re.IGNORECASE)


def cost_type(label: str, loc: Locators) -> Loc | None:
    """The cost type a label names ("Personalkosten", "Summe Sachausgaben", "1. Personalausgaben",
    "Zwischensumme Personal"), or None."""
    core = ENUMERATION.sub("", label.strip(), count=1)
    core = loc[Loc.SUBTOTAL_ROW].sub("", core, count=1) if loc[Loc.SUBTOTAL_ROW].match(core) else core
    core = loc[Loc.TOTAL_ROW].sub("", core, count=1).strip(" :-–")
    core = loc[Loc.ARTICLE].sub("", core, count=1)
    if lumps_cost_types(core, loc):
        return None  # "Personal- und Sachkosten (Betrieb)": both in one figure, neither broken out
    if loc[Loc.PERSONNEL_ROW].match(core):
        return Loc.PERSONNEL
    if loc[Loc.MATERIAL_ROW].match(core):
        return Loc.MATERIAL
    return None


def lumps_cost_types(label: str, loc: Locators) -> bool:
    """True if the label names personnel and material costs as one ("Personal- und Sachkosten")."""
    return bool(loc[Loc.PERSONNEL_ROW].search(label) and loc[Loc.MATERIAL_ROW].search(label))


def share_of_total(label: str, loc: Locators) -> bool:
    """A "davon" row that names a financing role ("davon Zuwendung (80 %)") is a financing row."""
    return bool(re.match(r"davon\b", label.strip(), re.IGNORECASE)) and financing_role(label, loc) is not None


def names_own_kind(role: Loc, label: str, loc: Locators) -> bool:
    """True if a financing label names its role's own kind (the grant applied for, own means)."""
    kind = {Loc.GRANT: Loc.REQUESTED_ROW, Loc.OWN_SHARE: Loc.OWN_MEANS_ROW}.get(role)
    # A parenthesis tells the row's state, not its kind: "Zuschuss der Stadt (beantragt)" is
    # another party's money applied for, not the grant.
    return kind is None or loc[kind].search(_PARENTHESIS.sub(" ", label)) is not None


_PARENTHESIS = re.compile(r"\([^()]*\)")


def financing_role(label: str, loc: Locators) -> Loc | None:
    """Grant, own share or third-party funds named by a row label (earliest word wins)."""
    hits = [(m.start(), role) for role in FINANCING for m in loc[role].finditer(label)]
    return min(hits)[1] if hits else None


def funding_head(label: str) -> bool:
    """True if the label opens with the word "Förderung" ("Förderung Land Sachsen-Anhalt",
    "Landesförderung (beantragt)") or names the Land as the payer ("Rest: Antrag Land"): in a
    financing table, the grant's row. Elsewhere "Förderung" names what is furthered
    ("Förderung der Medienkompetenz")."""
    bare = ENUMERATION.sub("", label.strip(), count=1)
    return _FUNDING_HEAD.match(bare) is not None or any(
        not _PLACE_ADJECTIVE.search(bare, 0, land.start()) for land in _THE_LAND.finditer(bare)
    )


# The Land as a word of its own, not "Landkreis" or "ländlich", nor a region named "… Land"
# after its place ("Sparkasse Jerichower Land", "Gemeinde Osternienburger Land").
_THE_LAND = re.compile(r"\b(?:land|landes)\b", re.IGNORECASE)
_PLACE_ADJECTIVE = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+er\s+$")
_FUNDING_HEAD = re.compile(r"(?:beantragte\s+)?(?:landes)?förderung\b(?!\s+(?:der|des|von)\b)", re.IGNORECASE)


def has_amount_text(cells: Sequence[str]) -> bool:
    return any(" ".join(c.split()) in ZERO_CELLS for c in cells[1:])
