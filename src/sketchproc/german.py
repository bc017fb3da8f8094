"""German wording shared by every output: counts with the right plural, numbers, dates, money.

This is the one formatter of amounts, rates and dates: checklist notes, results.json, the
pack, the summaries, the letters and the terminal all write "176.000,00 €", "80,0 %" and
"31.12.2020" through it.

`count_noun` is the one place plurals are made ("1 Skizze", "2 Skizzen"): German plurals do
not follow one suffix rule ("Ausschlussgrund" → "Ausschlussgründe"), so each noun's plural is
listed once in `PLURALS`; a noun missing there is a bug and raises KeyError in the tests.
"""

from __future__ import annotations

from datetime import date

__all__ = [
    "PLURALS",
    "count_noun",
    "format_eur",
    "german_date",
    "german_number",
    "german_percent",
    "plural_of",
]

# Singular → plural of every counted noun the outputs use.
PLURALS = {
    "Abschnitt": "Abschnitte",
    "Ausschlussgrund": "Ausschlussgründe",
    "Datei": "Dateien",
    "Dimension": "Dimensionen",
    "Duplikat": "Duplikate",
    "Eintrag": "Einträge",
    "Einreichung": "Einreichungen",
    "Fassung": "Fassungen",
    "Gliederungspunkt": "Gliederungspunkte",
    "Lücke": "Lücken",
    "Monat": "Monate",
    "Muss-Kriterium": "Muss-Kriterien",
    "Prüfpunkt": "Prüfpunkte",
    "Seite": "Seiten",
    "Skizze": "Skizzen",
    "Stimme": "Stimmen",
    "Wort": "Wörter",
}


def plural_of(noun: str, count: int) -> str:
    """The noun in the form `count` needs: singular for exactly one, else the listed plural.

    Raises:
        KeyError: the noun has no plural in PLURALS.
    """
    return noun if count == 1 else PLURALS[noun]


def count_noun(count: int, noun: str) -> str:
    """A count with its noun: "1 Datei", "3 Dateien", "0 Ausschlussgründe"."""
    return f"{count} {plural_of(noun, count)}"


def german_number(value: float, digits: int = 1) -> str:
    """German decimal format without thousands separator: 51,6."""
    return f"{value:.{digits}f}".replace(".", ",")


def german_percent(rate: float) -> str:
    """A rate (0..1) as a German percentage with one decimal: 80,0 %."""
    return f"{german_number(rate * 100)} %"


def german_date(value: date) -> str:
    """German date: 31.12.2020."""
    return value.strftime("%d.%m.%Y")


def format_eur(amount: float) -> str:
    """German money format: "176.000 €", cents only where there are any ("1.234,50 €").

    Sketches state whole euros almost always; ",00" on every figure of the pack is noise.
    """
    cents = round(amount * 100)
    digits = 0 if cents % 100 == 0 else 2
    text = f"{cents / 100:,.{digits}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{text} €"
