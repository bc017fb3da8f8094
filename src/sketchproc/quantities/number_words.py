"""German cardinal numbers written as words: "zweiundsiebzigtausend", "einhundertfünfzig".

German writes a cardinal below a million as one word built by a small grammar — units,
teens and tens ("zwei", "zwölf", "zwanzig"), tens after their unit joined by "und"
("zweiundsiebzig"), then "hundert" and "tausend" as multipliers of what stands before
them and addends of what follows. Parsing that grammar reads every such number, where a
list of spellings would read only those someone thought of. Spellings without umlauts or
ß ("fuenfzig", "dreissig") are read too.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

# The units that join a ten ("zweiundzwanzig") or multiply "hundert" and "tausend".
UNITS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15}
TEENS |= {"sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60}
TENS |= {"siebzig": 70, "achtzig": 80, "neunzig": 90}


def ascii_spelling(word: str) -> str:
    """The word as typed without umlauts or ß: "fünfzig" → "fuenfzig", "dreißig" → "dreissig"."""
    return word.replace("ä", "ae").replace("ü", "ue").replace("ö", "oe").replace("ß", "ss")


def _folded(table: dict[str, int]) -> dict[str, int]:
    return {ascii_spelling(word): value for word, value in table.items()}


# Units inside a compound ("zwohundert" spoken for clarity); "eins" only closes a number
# ("hunderteins"), and "eine" never joins one.
_INNER_UNITS = _folded(UNITS | {"zwo": 2})
_LAST_UNITS = _folded(UNITS | {"eins": 1, "zwo": 2})
_BELOW_TWENTY = _LAST_UNITS | _folded(TEENS)
_TENS_ASCII = _folded(TENS)


@lru_cache(maxsize=1024)
def parse_cardinal(word: str) -> int | None:
    """The value of one German cardinal word below a million, or None if it is none.

    "zweiundsiebzigtausend" → 72000, "einhundertfünfzig" → 150, "tausend" → 1000, "eine" → 1;
    "Tausendfüßler" and "Einheit" → None.
    """
    folded = ascii_spelling(word.lower())
    if folded == "eine":
        return 1
    return _below_million(folded)


def _below_million(s: str) -> int | None:
    if "tausend" not in s:
        return _below_thousand(s)
    left, _, right = s.partition("tausend")
    thousands = 1 if left in ("", "ein") else _below_thousand(left)
    rest = _rest(right, _below_thousand)
    return None if thousands is None or rest is None else thousands * 1000 + rest


def _below_thousand(s: str) -> int | None:
    if "hundert" not in s:
        return _below_hundred(s)
    left, _, right = s.partition("hundert")
    hundreds = 1 if left == "" else _INNER_UNITS.get(left)
    rest = _rest(right, _below_hundred)
    return None if hundreds is None or rest is None else hundreds * 100 + rest


def _below_hundred(s: str) -> int | None:
    if s in _BELOW_TWENTY:
        return _BELOW_TWENTY[s]
    if s in _TENS_ASCII:
        return _TENS_ASCII[s]
    unit, joined, ten = s.partition("und")
    if joined and unit in _INNER_UNITS and ten in _TENS_ASCII:
        return _INNER_UNITS[unit] + _TENS_ASCII[ten]
    return None


def _rest(s: str, parse: Callable[[str], int | None]) -> int | None:
    """What follows "hundert" or "tausend": nothing, or a smaller number ("und" allowed before it)."""
    if s == "":
        return 0
    return parse(s.removeprefix("und") if s.startswith("und") and len(s) > 3 else s)
