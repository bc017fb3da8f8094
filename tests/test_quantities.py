"""Tests for the shared German quantity parser (money, dates, periods, durations, percentages)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sketchproc.quantities import (
    Mention,
    Precision,
    Qualifier,
    Role,
    add_months,
    find_dates,
    find_durations,
    find_money,
    find_percentages,
    find_periods,
    last_day_of_month,
    months_between,
    parse_date,
    parse_duration,
    parse_money,
    parse_percentage,
    parse_period,
)

# --- money: examples -----------------------------------------------------------------------------

MONEY_EXAMPLES = [
    ("170.320,00 €", 170320.0),
    ("170.320 €", 170320.0),
    ("170.320,- EUR", 170320.0),
    ("170.320,-- EUR", 170320.0),
    ("EUR 170.320,-", 170320.0),
    ("€ 170.320", 170320.0),
    ("170 320 €", 170320.0),
    ("170\u2009320 €", 170320.0),
    ("170\u00a0320,00\u00a0€", 170320.0),
    ("170\u202f320 EUR", 170320.0),
    ("170.320,00 Euro", 170320.0),
    ("170 T€", 170000.0),
    ("170 TEUR", 170000.0),
    ("170 Tsd. €", 170000.0),
    ("170 Tausend Euro", 170000.0),
    ("0,2 Mio. €", 200000.0),
    ("0,17 Mio. €", 170000.0),
    ("1,5 Millionen Euro", 1500000.0),
    ("1,5 Mio EUR", 1500000.0),
    ("42.580,- EUR", 42580.0),
    ("42.580,50 €", 42580.5),
    ("170,320.00 EUR", 170320.0),
    ("1,234,567 EUR", 1234567.0),
    ("EUR: 200.000", 200000.0),
    ("TEUR 170", 170000.0),
    ("EUR 1,5 Mio.", 1500000.0),
    ("500 €", 500.0),
    ("0,50 €", 0.5),
    ("1.5 Mio. €", 1500000.0),
    ("achtundvierzigtausendsiebenhundert Euro", 48700.0),
    ("einhundertzwölftausend EUR", 112000.0),
    ("dreihundertundvierzig Euro", 340.0),
    ("fuenfundachtzigtausend Euro", 85000.0),
    ("drei Millionen €", 3000000.0),
    ("siebzig Tausend Euro", 70000.0),
]


@pytest.mark.parametrize(("text", "eur"), MONEY_EXAMPLES)
def test_money_formats(text: str, eur: float) -> None:
    found = find_money(f"Die beantragte Zuwendung beträgt {text} für zwei Jahre.")
    assert [(m.eur, m.source) for m in found] == [(eur, text)]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("bis zu 200.000 €", Qualifier.UP_TO),
        ("max. 200.000 €", Qualifier.UP_TO),
        ("höchstens 200.000 €", Qualifier.UP_TO),
        ("ca. 200.000 €", Qualifier.ABOUT),
        ("rund 200.000 €", Qualifier.ABOUT),
        ("mindestens 200.000 €", Qualifier.AT_LEAST),
        ("insgesamt 200.000 €", None),
    ],
)
def test_money_qualifier_gives_the_number(text: str, qualifier: Qualifier | None) -> None:
    (money,) = find_money(text)
    assert (money.eur, money.source, money.qualifier) == (200000.0, "200.000 €", qualifier)


def test_money_range_lower_end_borrows_unit_and_scale() -> None:
    assert [(m.eur, m.source) for m in find_money("100.000 – 200.000 €")] == [
        (100000.0, "100.000"),
        (200000.0, "200.000 €"),
    ]
    assert [m.eur for m in find_money("0,1 bis 0,2 Mio. €")] == [100000.0, 200000.0]
    assert [m.eur for m in find_money("zwischen 100.000 und 200.000 €")] == [100000.0, 200000.0]
    assert [m.eur for m in find_money("2 Stellen und 200.000 €")] == [200000.0]
    assert [m.eur for m in find_money("2 und 200.000 €")] == [200000.0]
    assert [m.eur for m in find_money("2019 – 200.000 €")] == [200000.0]
    assert [m.eur for m in find_money("Pos. 3 – 5.000 €")] == [5000.0]


def test_a_unit_after_a_number_is_that_numbers_before_it_opens_a_list() -> None:
    # One "EUR" between two numbers: prose writes the unit after its amount, and the colon
    # opens the list of what the amount is made of.
    text = "Für Öffentlichkeitsarbeit planen wir 9.500 Euro: 6.000 Euro für Anzeigen, 3.500 Euro für Flyer."
    assert [(m.source, m.eur) for m in find_money(text)] == [
        ("9.500 Euro", 9500.0),
        ("6.000 Euro", 6000.0),
        ("3.500 Euro", 3500.0),
    ]
    # A unit before its number still reads where no number claims it.
    assert [m.source for m in find_money("Reisekosten: EUR 2.400, Miete: EUR 9.600")] == [
        "EUR 2.400",
        "EUR 9.600",
    ]


NOT_MONEY = [
    "38820 Halberstadt",
    "Tel. 03941 5970",
    "Telefon: 03941 / 59 70 12",
    "im Jahr 2019",
    "2019",
    "Seite 3 von 12",
    "Förderquote 80 %",
    "80 Prozent",
    "31.12.2020",
    "01/2019 – 12/2020",
    "IV. Quartal 2020",
    "200.000",
    "1,5 Mio. Einwohner",
    "170 Tsd. Einwohner",
    "Europa 2020",
    "EUR 2019 2020 Gesamt",
    "170,320 €",  # German 170.32 or English 170320: ambiguous
    "24 Monate",
    "PLZ 06108 Halle (Saale)",
    "zwei Euro",  # a phrase, not a budget figure
    "Wir sparen keinen Euro",
    "Tausendsassa Euro",  # a word that starts like a number
    "Alle Angaben in Tausend Euro",  # the unit of a table's figures
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text: str) -> None:
    assert find_money(text) == []


def test_year_next_to_amount_loses_to_amount() -> None:
    assert [m.source for m in find_money("im Jahr 2019 € 170.320")] == ["€ 170.320"]


def test_money_in_running_text() -> None:
    text = (
        "Stadt Haldensleben, 38820 Halberstadt, Tel. 03941 5970. Beantragt werden 170.320,00 € "
        "(80 %), der Eigenanteil beträgt 42.580,- EUR. Laufzeit 01.01.2019 bis 31.12.2020."
    )
    assert [m.eur for m in find_money(text)] == [170320.0, 42580.0]


def test_a_bare_amount_in_the_format_of_its_marked_siblings_is_money() -> None:
    """A scan drops the "€" at a line end; thousands and cents like the sentence's amounts say money."""
    text = "Ausgaben 96.500,00 € – davon Honorare 71.000,00 € und Raumkosten 25.500,00"
    assert [m.eur for m in find_money(text)] == [96500.0, 71000.0, 25500.0]
    # Alone, without a marked sibling, a bare number stays unread; an area is no amount.
    assert find_money("Raumkosten 25.500,00") == []
    assert [m.eur for m in find_money("Miete 9.000,00 € für 1.250,00 m² Fläche")] == [9000.0]


@pytest.mark.parametrize(
    ("cell", "assume", "eur"),
    [
        ("176.000,00", True, 176000.0),
        ("176.000", True, 176000.0),
        ("42.580,-", True, 42580.0),
        ("1.234,5", True, 1234.5),
        (" 176.000,00 ", True, 176000.0),
        ("176.000 €", False, 176000.0),
        ("176.000 €", True, 176000.0),
        ("176.000,00", False, None),
        ("2019", True, None),
        ("38820", True, None),
        ("Gesamt", True, None),
        ("100 € und 200 €", False, None),
        ("", False, None),
    ],
)
def test_parse_money_cells(cell: str, assume: bool, eur: float | None) -> None:
    assert parse_money(cell, assume_currency=assume) == eur


# --- money: properties ---------------------------------------------------------------------------


def _de_int(n: int, sep: str) -> str:
    """Integer with German thousands groups: 170320 → "170.320"."""
    return f"{n:,}".replace(",", sep)


def _de_decimal(value: Decimal) -> str:
    """A Decimal in German notation without grouping, trailing zeros dropped: 170.32 → "170,32"."""
    text = format(value.normalize(), "f")
    return text.replace(".", ",")


@st.composite
def german_amounts(draw: st.DrawFn) -> tuple[str, float]:
    """An amount 0.01..10^7 in one of the German spellings, with its value."""
    cents = draw(st.integers(min_value=1, max_value=10**9))
    euros, rest = divmod(cents, 100)
    value = Decimal(cents) / 100
    style = draw(st.sampled_from(["plain", "scaled_t", "scaled_mio"]))
    if style == "scaled_t":
        number, unit = _de_decimal(value / 1000), draw(st.sampled_from(["T€", "TEUR", "Tsd. €"]))
        return f"{number} {unit}", float(value)
    if style == "scaled_mio":
        number, unit = (
            _de_decimal(value / 10**6),
            draw(st.sampled_from(["Mio. €", "Mio. EUR", "Millionen Euro"])),
        )
        return f"{number} {unit}", float(value)
    sep = draw(st.sampled_from([".", " ", "\u2009", "\u00a0", "\u202f", ""]))
    whole = _de_int(euros, sep)
    number = f"{whole},{rest:02d}" if rest else whole + draw(st.sampled_from(["", ",00", ",-"]))
    unit = draw(st.sampled_from(["€", "EUR", "Euro"]))
    if draw(st.booleans()):
        return f"{unit} {number}", float(value)
    return f"{number} {unit}", float(value)


@given(german_amounts(), st.sampled_from(["", "Zuwendung: ", "beantragt werden "]))
def test_property_german_amount_round_trips(case: tuple[str, float], prefix: str) -> None:
    written, eur = case
    text = f"{prefix}{written} (Anteil)."
    found = find_money(text)
    assert [(m.eur, m.source) for m in found] == [(eur, written)]
    assert text[found[0].start : found[0].end] == written


@given(st.integers(min_value=100_000, max_value=10**9))
def test_property_english_amount_with_cents(cents: int) -> None:
    euros, rest = divmod(cents, 100)
    written = f"{euros:,}.{rest:02d} EUR"
    assert [(m.eur, m.source) for m in find_money(f"Total {written}")] == [(cents / 100, written)]


# --- dates ---------------------------------------------------------------------------------------

DATE_EXAMPLES = [
    ("31.12.2020", date(2020, 12, 31), date(2020, 12, 31), Precision.DAY),
    ("31.12.20", date(2020, 12, 31), date(2020, 12, 31), Precision.DAY),
    ("1.1.2019", date(2019, 1, 1), date(2019, 1, 1), Precision.DAY),
    ("1. Januar 2019", date(2019, 1, 1), date(2019, 1, 1), Precision.DAY),
    ("15. Dez. 2020", date(2020, 12, 15), date(2020, 12, 15), Precision.DAY),
    # The day as an ordinal word.
    ("zweiten Januar 2019", date(2019, 1, 2), date(2019, 1, 2), Precision.DAY),
    ("einunddreißigsten August 2020", date(2020, 8, 31), date(2020, 8, 31), Precision.DAY),
    ("01.01.2019", date(2019, 1, 1), date(2019, 1, 1), Precision.DAY),
    ("2020-12-31", date(2020, 12, 31), date(2020, 12, 31), Precision.DAY),
    ("Januar 2019", date(2019, 1, 31), date(2019, 1, 1), Precision.MONTH),
    ("Februar 2020", date(2020, 2, 29), date(2020, 2, 1), Precision.MONTH),
    ("März 2019", date(2019, 3, 31), date(2019, 3, 1), Precision.MONTH),
    ("Maerz 2019", date(2019, 3, 31), date(2019, 3, 1), Precision.MONTH),
    ("Mai 2019", date(2019, 5, 31), date(2019, 5, 1), Precision.MONTH),
    ("Sept. 2019", date(2019, 9, 30), date(2019, 9, 1), Precision.MONTH),
    ("Sep 2019", date(2019, 9, 30), date(2019, 9, 1), Precision.MONTH),
    ("Okt. 2019", date(2019, 10, 31), date(2019, 10, 1), Precision.MONTH),
    ("Dez. 2020", date(2020, 12, 31), date(2020, 12, 1), Precision.MONTH),
    ("Ende Dezember 2020", date(2020, 12, 31), date(2020, 12, 31), Precision.MONTH),
    ("12/2020", date(2020, 12, 31), date(2020, 12, 1), Precision.MONTH),
    ("12.2020", date(2020, 12, 31), date(2020, 12, 1), Precision.MONTH),
    ("Ende 2020", date(2020, 12, 31), date(2020, 12, 31), Precision.YEAR),
    ("Jahresende 2020", date(2020, 12, 31), date(2020, 12, 31), Precision.YEAR),
    ("Anfang 2019", date(2019, 1, 1), date(2019, 1, 1), Precision.YEAR),
    ("Mitte 2020", date(2020, 6, 30), date(2020, 6, 30), Precision.YEAR),
    ("IV. Quartal 2020", date(2020, 12, 31), date(2020, 10, 1), Precision.QUARTER),
    ("4. Quartal 2020", date(2020, 12, 31), date(2020, 10, 1), Precision.QUARTER),
    ("I. Quartal 2019", date(2019, 3, 31), date(2019, 1, 1), Precision.QUARTER),
    ("Q4/2020", date(2020, 12, 31), date(2020, 10, 1), Precision.QUARTER),
    ("Q4 2020", date(2020, 12, 31), date(2020, 10, 1), Precision.QUARTER),
    ("Q2/20", date(2020, 6, 30), date(2020, 4, 1), Precision.QUARTER),
    ("drittes Quartal 2020", date(2020, 9, 30), date(2020, 7, 1), Precision.QUARTER),
    # A Roman numeral before the year is a quarter (months are written in digits).
    ("III/2019", date(2019, 9, 30), date(2019, 7, 1), Precision.QUARTER),
    ("I / 2020", date(2020, 3, 31), date(2020, 1, 1), Precision.QUARTER),
    ("1. Halbjahr 2020", date(2020, 6, 30), date(2020, 1, 1), Precision.HALF),
    ("2. Hj. 2020", date(2020, 12, 31), date(2020, 7, 1), Precision.HALF),
    ("zweites Halbjahr 2020", date(2020, 12, 31), date(2020, 7, 1), Precision.HALF),
    ("H1/2020", date(2020, 6, 30), date(2020, 1, 1), Precision.HALF),
    # A season stands for the month it opens: spring March, summer June, autumn September,
    # winter December of its first year.
    ("Frühjahr 2019", date(2019, 3, 31), date(2019, 3, 1), Precision.SEASON),
    ("Sommer 2020", date(2020, 6, 30), date(2020, 6, 1), Precision.SEASON),
    ("Herbst des Jahres 2019", date(2019, 9, 30), date(2019, 9, 1), Precision.SEASON),
    ("Winter 2019/2020", date(2019, 12, 31), date(2019, 12, 1), Precision.SEASON),
    ("Winter 2020/21", date(2020, 12, 31), date(2020, 12, 1), Precision.SEASON),
]


@pytest.mark.parametrize(("text", "when", "first", "precision"), DATE_EXAMPLES)
def test_date_formats(text: str, when: date, first: date, precision: Precision) -> None:
    found = find_dates(f"Das Vorhaben: {text}, danach Verstetigung.")
    assert [(m.source, m.date, m.first_day, m.precision) for m in found] == [(text, when, first, precision)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Projektbeginn: 01.01.2019", Role.START),
        ("Beginn 01.01.2019", Role.START),
        ("ab 01/2019", Role.START),
        ("vom 01.01.2019", Role.START),
        ("Start am 1. März 2019", Role.START),
        ("Beginn des Projekts am 1.3.2019", Role.START),
        ("bis 31.12.2020", Role.END),
        ("bis zum 31.12.2020", Role.END),
        ("bis Ende 2020", Role.END),
        ("Projektende: IV. Quartal 2020", Role.END),
        ("Das Projekt endet im Dezember 2020", Role.END),
        ("spätestens 12/2020", Role.END),
        ("Projektbeginn ist der 1. April 2019", Role.START),
        ("ab Frühjahr 2019", Role.START),
        ("Die Arbeit startet mit dem 1. Juli 2019", Role.START),
        ("Das Büro endet mit dem 30.06.2021", Role.END),
        ("Stand: 31.12.2020", None),
        ("am 31.12.2020", None),
    ],
)
def test_date_role_hint(text: str, role: Role | None) -> None:
    (mention,) = find_dates(text)
    assert mention.role_hint is role


def test_a_short_year_with_one_digit_day_or_month_is_a_date_after_a_preposition_of_time() -> None:
    # "vom 3.6.19" is a date; "Kapitel 3.6.19" stays a section number (see NOT_DATES).
    assert [m.first_day for m in find_dates("Die Stelle ist vom 3.6.19 an besetzt.")] == [date(2019, 6, 3)]
    assert [m.date for m in find_dates("Förderung bis 30.9.20 beantragt")] == [date(2020, 9, 30)]
    assert find_dates("Kapitel 3.6.19 beschreibt die Werkstätten") == []


def test_bare_year_needs_a_role_word() -> None:
    assert [(m.source, m.first_day, m.date) for m in find_dates("ab 2019")] == [
        ("2019", date(2019, 1, 1), date(2019, 12, 31))
    ]
    assert find_dates("Digitale Agenda 2017, seit Jahren") == []


NOT_DATES = [
    "38820 Halberstadt",
    "Tel. 03941 5970",
    "170.320,00 €",
    "Seite 3 von 12",
    "Abschnitt 3.2.12 Maßnahmen",
    "80 %",
    "31.02.2020",  # no such day
    "13/2020",  # no such month
    "24 Monate",
    "im Jahr 2019",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_date_offsets_survive_ligatures_and_soft_hyphens() -> None:
    text = "Die ﬁnanzierte Digitalisie\u00adrung endet am 31.12.2020."
    (mention,) = find_dates(text)
    assert text[mention.start : mention.end] == mention.source == "31.12.2020"


def test_parse_date() -> None:
    assert parse_date("31.12.2020") == date(2020, 12, 31)
    assert parse_date(" Dezember 2020 ") == date(2020, 12, 31)
    assert parse_date("Gesamt") is None
    assert parse_date("01.01.2019 bis 31.12.2020") is None


MONTH_NAMES = ["Januar", "Februar", "März", "April", "Mai", "Juni"]
MONTH_NAMES += ["Juli", "August", "September", "Oktober", "November", "Dezember"]
MONTH_ABBR = ["Jan.", "Feb.", "Mrz.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)),
    st.sampled_from(["dmy", "dmy_short", "iso", "d_month_y", "d_abbr_y", "dmy_yy"]),
)
def test_property_day_formats_round_trip(day: date, style: str) -> None:
    written = {
        "dmy": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "dmy_short": f"{day.day}.{day.month}.{day.year}",
        "iso": day.isoformat(),
        "d_month_y": f"{day.day}. {MONTH_NAMES[day.month - 1]} {day.year}",
        "d_abbr_y": f"{day.day}. {MONTH_ABBR[day.month - 1]} {day.year}",
        "dmy_yy": f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}",
    }[style]
    expected = day
    if style == "dmy_yy" and day.year >= 2070:
        expected = day.replace(year=day.year - 100)  # two-digit years pivot at 69
    assert parse_date(written) == expected
    (mention,) = find_dates(f"Am {written} beginnt es.")
    assert (mention.source, mention.precision) == (written, Precision.DAY)


@given(
    st.integers(min_value=1990, max_value=2099),
    st.integers(min_value=1, max_value=12),
    st.sampled_from(["name", "abbr", "slash", "dot"]),
)
def test_property_month_formats_round_trip(year: int, month: int, style: str) -> None:
    written = {
        "name": f"{MONTH_NAMES[month - 1]} {year}",
        "abbr": f"{MONTH_ABBR[month - 1]} {year}",
        "slash": f"{month:02d}/{year}",
        "dot": f"{month}.{year}",
    }[style]
    (mention,) = find_dates(written)
    assert (mention.first_day, mention.date) == (date(year, month, 1), last_day_of_month(year, month))
    assert mention.precision is Precision.MONTH


@given(st.integers(min_value=1990, max_value=2099), st.integers(min_value=1, max_value=4))
def test_property_quarters(year: int, quarter: int) -> None:
    roman = ["I", "II", "III", "IV"][quarter - 1]
    for written in (f"{roman}. Quartal {year}", f"{quarter}. Quartal {year}", f"Q{quarter}/{year}"):
        (mention,) = find_dates(written)
        assert mention.first_day == date(year, 3 * quarter - 2, 1)
        assert mention.date == last_day_of_month(year, 3 * quarter)


# --- periods and month arithmetic ----------------------------------------------------------------

PERIOD_EXAMPLES = [
    ("01/2019 – 12/2020", date(2019, 1, 1), date(2020, 12, 31), 24),
    ("01/2019-12/2020", date(2019, 1, 1), date(2020, 12, 31), 24),
    ("2019–2020", date(2019, 1, 1), date(2020, 12, 31), 24),
    ("2019 - 2020", date(2019, 1, 1), date(2020, 12, 31), 24),
    ("2019 bis 2020", date(2019, 1, 1), date(2020, 12, 31), 24),
    ("2019/20", date(2019, 1, 1), date(2020, 12, 31), 24),
    ("01.01.2019 bis 31.12.2020", date(2019, 1, 1), date(2020, 12, 31), 24),
    ("01.01.2019 bis zum 31.12.2020", date(2019, 1, 1), date(2020, 12, 31), 24),
    ("01.03.2019 – 28.02.2021", date(2019, 3, 1), date(2021, 2, 28), 24),
    ("Januar 2019 bis Dezember 2020", date(2019, 1, 1), date(2020, 12, 31), 24),
    ("Q1/2019 – Q4/2020", date(2019, 1, 1), date(2020, 12, 31), 24),
    ("01/2019 bis Ende 2020", date(2019, 1, 1), date(2020, 12, 31), 24),
    ("07/2019 – 06/2021", date(2019, 7, 1), date(2021, 6, 30), 24),
    ("01/2019 – 06/2021", date(2019, 1, 1), date(2021, 6, 30), 30),
]


@pytest.mark.parametrize(("text", "first", "last", "months"), PERIOD_EXAMPLES)
def test_period_formats(text: str, first: date, last: date, months: int) -> None:
    found = find_periods(f"Laufzeit: {text}.")
    assert [(p.source, p.start_date, p.end_date, p.months) for p in found] == [(text, first, last, months)]


@pytest.mark.parametrize(
    "text",
    [
        "2020-12-31",
        "12/2020 und 01/2021",
        "31.12.2020 – 01.01.2019",
        "2020–2019",
        "Seite 3 - 12",
        "31.12.2020",
        "im Winter 2019/2020",  # one season, not the years 2019 and 2020
    ],
)
def test_not_periods(text: str) -> None:
    assert find_periods(text) == []


def test_parse_period() -> None:
    period = parse_period("01/2019 – 12/2020")
    assert period is not None and period.months == 24
    assert parse_period("31.12.2020") is None


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2019, 1, 1), date(2020, 12, 31), 24),
        (date(2019, 1, 1), date(2019, 1, 31), 1),
        (date(2019, 1, 15), date(2019, 2, 14), 2),  # calendar months touched
    ],
)
def test_months_between(start: date, end: date, months: int) -> None:
    assert months_between(start, end) == months


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2019, 1, 1), 24, date(2020, 12, 31)),
        (date(2019, 3, 1), 24, date(2021, 2, 28)),
        (date(2019, 1, 15), 1, date(2019, 2, 14)),
        (date(2019, 1, 31), 1, date(2019, 2, 28)),
        (date(2020, 1, 30), 1, date(2020, 2, 29)),
    ],
)
def test_add_months(start: date, months: int, end: date) -> None:
    assert add_months(start, months) == end


def test_month_arithmetic_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        months_between(date(2020, 1, 1), date(2019, 1, 1))
    with pytest.raises(ValueError):
        add_months(date(2020, 1, 1), 0)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 240))
def test_property_add_months_consistent_with_months_between(start: date, n: int) -> None:
    end = add_months(start, n)
    assert end >= start
    # A runtime touches n calendar months when it starts on the 1st, else n + 1.
    assert months_between(start, end) == (n if start.day == 1 else n + 1)
    first_of_month = start.replace(day=1)
    assert months_between(first_of_month, add_months(first_of_month, n)) == n
    # Runtimes chain: n months, then m more from the next day, equals n + m months.
    assert add_months(add_months(first_of_month, n) + timedelta(days=1), 12) == add_months(
        first_of_month, n + 12
    )


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 120))
def test_property_written_period_months(start: date, n: int) -> None:
    first = start.replace(day=1)
    last = add_months(first, n)
    written = f"{first:%m/%Y} – {last:%m/%Y}"
    (period,) = find_periods(written)
    assert (period.start_date, period.end_date, period.months) == (first, last, n)


# --- durations -----------------------------------------------------------------------------------

DURATION_EXAMPLES = [
    ("24 Monate", 24),
    ("18 Monaten", 18),
    ("24-monatig", 24),
    ("24-monatige", 24),
    ("24 Mon.", 24),
    ("zwei Jahre", 24),
    ("Zwei Jahre", 24),
    ("2 Jahre", 24),
    ("2 Jahren", 24),
    ("drei Jahre", 36),
    ("ein Jahr", 12),
    ("eines Jahres", 12),
    ("eineinhalb Jahre", 18),
    ("anderthalb Jahre", 18),
    ("zweieinhalb Jahre", 30),
    ("1,5 Jahre", 18),
    ("ein halbes Jahr", 6),
    ("zweijährige", 24),
    ("zweijährig", 24),
    ("2-jährige", 24),
    ("zwölf Monate", 12),
    ("zwoelf Monate", 12),
    ("zwanzig Monate", 20),
    ("vierundzwanzig Monate", 24),
    ("sechsunddreißig Monate", 36),
    ("sechsunddreissig Monate", 36),
    ("einen Monat", 1),
    # An attributive adjective between count and unit.
    ("achtzehn ganze Monate", 18),
    ("drei vollen Jahren", 36),
]


@pytest.mark.parametrize(("text", "months"), DURATION_EXAMPLES)
def test_duration_formats(text: str, months: int) -> None:
    found = find_durations(f"Die Laufzeit beträgt {text} ab Bewilligung.")
    assert [(d.source, d.months) for d in found] == [(text, months)]


@pytest.mark.parametrize("word", ["eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"])
def test_duration_number_words(word: str) -> None:
    value = ["eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"].index(word) + 1
    assert parse_duration(f"{word} Monate") == value


@pytest.mark.parametrize(
    "text",
    [
        "im Jahr 2020",
        "Jahresberichte",
        "12 Monatsberichte",
        "1,5 Monate",
        "halbjährige Berichte",
        "24 h",
        "2019",
        "zwei weitere Jahre",
    ],
)
def test_not_durations(text: str) -> None:
    assert find_durations(text) == []


@given(
    st.integers(min_value=1, max_value=120), st.sampled_from(["Monate", "Monaten", "-monatig", "-monatige"])
)
def test_property_month_durations(n: int, unit: str) -> None:
    sep = "" if unit.startswith("-") else " "
    written = f"{n}{sep}{unit}"
    assert [(d.source, d.months) for d in find_durations(f"Laufzeit {written}.")] == [(written, n)]


# --- percentages ---------------------------------------------------------------------------------

PERCENT_EXAMPLES = [
    ("80 %", 0.8),
    ("80%", 0.8),
    ("80 Prozent", 0.8),
    ("80,5 %", 0.805),
    ("80 v. H.", 0.8),
    ("80 v.H.", 0.8),
    ("80 vom Hundert", 0.8),
    ("80-prozentige", 0.8),
    ("100 %", 1.0),
    ("0 %", 0.0),
    ("80\u00a0%", 0.8),
    # Fractions in words are shares too.
    ("ein Viertel", 0.25),
    ("drei Zehntel", 0.3),
    ("der Hälfte", 0.5),
]


@pytest.mark.parametrize(("text", "value"), PERCENT_EXAMPLES)
def test_percentage_formats(text: str, value: float) -> None:
    found = find_percentages(f"Die Förderquote beträgt zu {text} der Ausgaben.")
    assert [(p.source, p.value) for p in found] == [(text, value)]


@pytest.mark.parametrize(
    "text",
    ["80 Prozentpunkte", "170.320 €", "31.12.2020", "150 %", "Seite 80", "Viertelstunde", "ein Achtelfinale"],
)
def test_not_percentages(text: str) -> None:
    assert find_percentages(text) == []


def test_parse_percentage() -> None:
    assert parse_percentage("80 %") == 0.8
    assert parse_percentage("80 % und 20 %") is None


@given(st.integers(min_value=0, max_value=1000), st.sampled_from(["%", " %", " Prozent", " v. H."]))
def test_property_percentages(tenths: int, unit: str) -> None:
    number = Decimal(tenths) / 10
    written = f"{format(number.normalize(), 'f').replace('.', ',')}{unit}"
    (found,) = find_percentages(f"Quote {written}")
    assert (found.source, found.value) == (written, float(number / 100))


# --- robustness ----------------------------------------------------------------------------------

FINDERS = (find_money, find_dates, find_periods, find_durations, find_percentages)


def _check_mentions(text: str, mentions: list[Mention]) -> None:
    """Every mention's source is its span of the input, and mentions do not overlap."""
    for m in mentions:
        assert text[m.start : m.end] == m.source
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start


@given(st.text())
def test_property_finders_never_raise_and_keep_offsets(text: str) -> None:
    for finder in FINDERS:
        _check_mentions(text, list(finder(text)))


# Text built from the pieces the parsers care about, so hypothesis hits the edge cases.
_PIECES = st.sampled_from(
    [
        *(" ", "\u00a0", "\u2009", "\u00ad", "ﬁ", "a\u0308", ".", ",", "-", "–", "/", "€", "EUR", "T"),
        *("Mio.", "%", "Q", "IV.", "Quartal", "bis", "Ende", "Monate", "Jahre", "zwei", "12", "2020"),
        *("000", "31", "1"),
    ]
)


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_property_finders_on_quantity_soup(text: str) -> None:
    for finder in FINDERS:
        _check_mentions(text, list(finder(text)))
    for parse in (parse_date, parse_duration, parse_percentage, parse_period):
        parse(text)
    parse_money(text, assume_currency=True)


@pytest.mark.parametrize(
    ("text", "dates", "periods", "amounts"),
    [
        # Digits that are digits only after NFKC still reach the patterns (the check for a
        # digit reads the normalised text).
        ("Projektende: ³¹.¹².²⁰²⁰", ["³¹.¹².²⁰²⁰"], [], []),
        ("Laufzeit ①/2019 bis ⑫/2020", ["①/2019", "⑫/2020"], ["①/2019 bis ⑫/2020"], []),
        ("Zuschuss ＥＵＲ １２０.０００", [], [], [120000.0]),
        # Without a digit no date or period is found, month names included; an amount may be
        # written in words.
        ("Von Juli bis September, rund eine Million Euro im Winter", [], [], [1000000.0]),
        ("Von Juli bis September im Winter", [], [], []),
    ],
)
def test_quantities_need_a_digit_of_the_normalised_text(
    text: str, dates: list[str], periods: list[str], amounts: list[float]
) -> None:
    assert [m.source for m in find_dates(text)] == dates
    assert [p.source for p in find_periods(text)] == periods
    assert [m.eur for m in find_money(text)] == amounts


def test_a_range_of_month_numbers_shares_the_year_of_its_second_month() -> None:
    [period] = find_periods("Phase 2: 07–11/2020 Werkstätten")
    assert (period.start_date, period.end_date, period.months) == (date(2020, 7, 1), date(2020, 11, 30), 5)
    # A page number before a dash is no month: it is not before the month it would open.
    assert find_periods("Seite 12 – 06/2019") == []
