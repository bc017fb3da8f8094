"""Time facts: project start, end and duration.

The runtime is read from the passages that speak of it, in three tiers, each over the
preferred sections first and then the rest; a later tier fills only what an earlier one
left open:

1. passages with a runtime word ("Laufzeit", "Projektbeginn", "Ende des Projekts", "das
   Vorhaben läuft …"), so milestone dates ("Strategie bis Dezember 2020") never pass for
   the project end;
2. the project's own period without such a word: a sentence about the project ("Geplant ist
   das Projekt von April 2019 bis Ende 2020"), or a period whose length agrees with a
   duration stated beside it ("In 21 Monaten, vom 1. April 2019 bis zum 31. Dezember 2020,
   erarbeiten wir …": arithmetic between the two figures);
3. passages with a bare verb of lasting, starting or ending ("läuft", "beginnt").

A period ("01/2019 – 12/2020") gives start and end; dates with a role word ("Beginn
01.01.2019", or a clause about the start: "Start des Vorhabens ist der 1. März 2019,
abgeschlossen sein soll es zum 31. März 2021") give one of them; a duration ("24 Monate")
is taken as stated, else computed from start and end; an end is computed from start and
duration when the text gives only those.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from enum import Enum

from sketchproc.facts.locators import Loc, Locators
from sketchproc.facts.scope import Located, passages
from sketchproc.facts.settings import FactSettings
from sketchproc.facts.time_parts import TimeFacts, derived, merged, start_agreeing
from sketchproc.facts.time_roles import (
    CONJUNCT_BREAK,
    END_PARTICLE_VERBS,
    START_PARTICLE_VERBS,
    apposition_role,
    clause,
    particle_verb,
    role_of,
    verb_role,
)
from sketchproc.facts.time_rows import key_row, labels_period, timeline
from sketchproc.model import DateFact, MonthsFact
from sketchproc.passages import Passage, PassageKind, PassageZone
from sketchproc.quantities import (
    DateMention,
    Period,
    Role,
    find_dates,
    find_durations,
    find_periods,
    months_between,
)

# A passage about the time after the project ("nach dem Ende der Förderung ab dem 01.04.2021
# weitergeführt", "nach Förderende", "im Anschluss an die Förderphase") dates nothing of it.
_AFTER_PROJECT = re.compile(
    r"\b(?:nach|im\s+anschluss\s+an)\s+(?:dem\s+|der\s+|das\s+)?(?:ende\s+(?:der|des)\s+\w+|"
    r"förderende|projektende|auslaufen\s+der\s+\w+|(?:förder|projekt)(?:phase|zeitraum|laufzeit))",
    re.IGNORECASE,
)


class _Tier(Enum):
    """Which passages a reading pass trusts, strongest first."""

    RUNTIME_WORD = 1
    OWN_PERIOD = 2
    VERB = 3


def time_facts(
    scopes: Sequence[Sequence[Located]],
    loc: Locators,
    settings: FactSettings,
    *,
    schedule: Sequence[Located] = (),
) -> TimeFacts:
    """Read each tier over each scope in turn; a later pass fills only what the earlier ones left open.

    Without a stated start or end, a dated schedule (table rows or list items) gives them: its
    first step starts the project and its last step ends it.
    """
    # The annexes come last, after every tier of the sketch's own text: a partner's letter that
    # speaks of "der zweijährigen Projektlaufzeit" does not state the applicant's runtime.
    own = [[where for where in located if not _annexed(where)] for located in scopes]
    annexed = [where for located in scopes for where in located if _annexed(where)]
    found = TimeFacts()
    for group in (own, [annexed]):
        for tier in _Tier:
            if found.start and found.end and tier is _Tier.VERB:
                # Start and end give the duration; a bare verb's span would not ("die Geräte sind
                # älter als sechs Jahre und laufen noch mit Windows 7").
                break
            for located in group:
                found = merged(found, _stated(located, loc, settings, tier))
    if found.start and found.end and found.end.value < found.start.value:
        # A project cannot end before it starts: the "end" was another event's date.
        found = TimeFacts(found.start, None, found.duration)
    if found.start is None or found.end is None:
        found = merged(found, _from_schedule(schedule, settings))
    own_texts = passages(where for located in own for where in located)
    return derived(start_agreeing(found, own_texts, settings.max_quote_chars))


def _annexed(where: Located) -> bool:
    """True for a block of the annexes (letters of others, the list of enclosures)."""
    return any(passage.zone is PassageZone.ANNEX for passage in where.passages)


def _from_schedule(schedule: Sequence[Located], settings: FactSettings) -> TimeFacts:
    """First and last date of a schedule's dated steps (rows or list items), if there are enough."""
    steps = [
        (passage, spans)
        for passage in passages(schedule)
        if passage.kind is not PassageKind.SENTENCE and (spans := _step_spans(passage))
    ]
    if len(steps) < settings.min_schedule_steps:
        laid_out = timeline(passages(schedule))
        if laid_out is None:
            return TimeFacts()
        row, first_column, last_column = laid_out
        ev = row.evidence(settings.max_quote_chars)
        return TimeFacts(
            DateFact(value=first_column.first_day, evidence=ev), DateFact(value=last_column.date, evidence=ev)
        )
    first_passage, first = min(((p, span) for p, spans in steps for span in spans), key=lambda s: s[1][0])
    last_passage, last = max(((p, span) for p, spans in steps for span in spans), key=lambda s: s[1][1])
    start_ev = first_passage.evidence(settings.max_quote_chars, first[2])
    end_ev = last_passage.evidence(settings.max_quote_chars, last[2])
    return TimeFacts(DateFact(value=first[0], evidence=start_ev), DateFact(value=last[1], evidence=end_ev))


# A list item is dated by its label when a date opens it: "- Juli bis September 2019 – Ankommen: …".
_LEAD_CHARS = 3


def _step_spans(passage: Passage) -> list[tuple[date, date, int]]:
    """(first day, last day, offset) of a step's dates and periods.

    A list item that opens with a date or period is that step's time; later dates of the item
    name events in or after it ("… Übergang der Stelle zum 1. Januar 2021"). A table row keeps
    all its dates: start and end often stand in columns of their own.
    """
    text = passage.text
    spans = [(p.start_date, p.end_date, p.start) for p in find_periods(text)]
    spans += [(d.first_day, d.date, d.start) for d in find_dates(text)]
    if not spans or passage.kind is not PassageKind.LIST_ITEM:
        return spans
    lead = min(offset for _, _, offset in spans)
    if len(text[:lead].strip()) > _LEAD_CHARS:
        return spans
    opening = [span for span in spans if span[2] == lead]
    return [(min(s[0] for s in opening), max(s[1] for s in opening), lead)]


def _stated(located: Sequence[Located], loc: Locators, settings: FactSettings, tier: _Tier) -> TimeFacts:
    """What the passages of one scope that the tier trusts state directly."""
    start: DateFact | None = None
    end: DateFact | None = None
    duration: MonthsFact | None = None
    for block, passage in _in_blocks(located):
        if _AFTER_PROJECT.search(passage.text):
            continue
        if tier is _Tier.OWN_PERIOD:
            if loc[Loc.TIME].search(passage.text):
                continue  # read in the first tier
            period = _own_period(passage, loc, settings, block)
            if period is not None:
                start, end = start or period[0], end or period[1]
                duration = duration or _duration(passage, settings)
            continue
        if not (
            _speaks_of_runtime(passage.text, loc, tier) or (tier is _Tier.RUNTIME_WORD and key_row(passage))
        ):
            continue
        period_start, period_end = _period(passage, settings) if labels_period(passage, loc) else (None, None)
        plan = tier is _Tier.VERB
        role_start, role_end = _role_dates(passage, loc, settings, outermost=plan)
        if plan and role_start and role_end:
            # A plan told in one sentence ("Start am 1. Juli 2019, …, von Januar bis April 2020
            # die Werkstätten, … am 31. Dezember 2020 ist Schluss"): its periods are steps, its
            # earliest start and latest end are the project's.
            period_start = period_end = None
        start = start or period_start or role_start
        end = end or period_end or role_end
        duration = duration or _duration(passage, settings)
    return TimeFacts(start, end, duration)


def _in_blocks(located: Sequence[Located]) -> Iterator[tuple[list[Passage], Passage]]:
    """Each passage with all passages of its block (a paragraph, a list item, a table)."""
    for where in located:
        block = list(passages([where]))
        yield from ((block, passage) for passage in block)


def _speaks_of_runtime(text: str, loc: Locators, tier: _Tier) -> bool:
    """A runtime word in the first tier; in the last, a bare verb where no runtime word stands."""
    strong = loc[Loc.TIME].search(text) is not None
    if tier is _Tier.RUNTIME_WORD:
        return strong
    if strong:
        return False
    if loc[Loc.TIME_VERB].search(text) is not None:
        return True
    # Starting and finishing are said of every step of a plan ("Koordinatorin fängt an",
    # "Befragungen abgeschlossen"): such a verb dates the runtime only where the project or its
    # team is the subject ("fangen wir im April 2019 an", "Ende 2020 ist das Projekt abgeschlossen").
    finishing = (
        _FINISHED.search(text) is not None
        or verb_role(text) is not None
        or any(particle_verb(text, verbs) for verbs in (START_PARTICLE_VERBS, END_PARTICLE_VERBS))
    )
    # A length said with it makes the start the runtime's: "Die Digitalwerkstatt startet am 1. Mai
    # 2019 und ist auf 20 Monate angelegt".
    told = loc[Loc.PROJECT].search(text) is not None or _WE.search(text) is not None
    return finishing and (told or bool(find_durations(text)))


def _period(passage: Passage, settings: FactSettings) -> tuple[DateFact | None, DateFact | None]:
    """Start and end of the first period in the passage ("01.01.2019 – 31.12.2020")."""
    periods = find_periods(passage.text)
    if not periods:
        return None, None
    period = periods[0]
    ev = passage.evidence(settings.max_quote_chars, period.start)
    return DateFact(value=period.start_date, evidence=ev), DateFact(value=period.end_date, evidence=ev)


def _own_period(
    passage: Passage, loc: Locators, settings: FactSettings, block: Sequence[Passage] = ()
) -> tuple[DateFact, DateFact] | None:
    """The project's period in a passage without a runtime word, if the passage shows it is one.

    A period is the runtime when its length equals a duration of the same passage, when it
    spans the dated steps of its paragraph ("Zeitlich planen wir von Q2/2019 bis Q4/2020. Grob:
    Q2/2019 Ausschreibung, …, Q4/2020 Beschluss": its ends are the first and the last step), or
    when a sentence has the project as its subject or object ("Geplant ist das Projekt von April
    2019 bis Ende 2020"); of several periods the longest.
    """
    periods = find_periods(passage.text)
    months = {d.months for d in find_durations(passage.text) if not _looks_back(passage.text, d.start)}
    if not periods:
        return _dates_agreeing(passage, months, settings)
    agreeing = [p for p in periods if p.months in months]
    spanning = [p for p in periods if _spans_plan(p, passage, block, settings)]
    about_project = passage.kind is PassageKind.SENTENCE and loc[Loc.PROJECT].search(passage.text)
    # A paragraph that is nothing but a period ("01.07.2019 bis 31.12.2020.") states the runtime.
    bare = (
        passage.kind is PassageKind.SENTENCE
        and len(periods) == 1
        and not _WORDS_BESIDE.search(passage.text[: periods[0].start] + passage.text[periods[0].end :])
    )
    chosen = agreeing or spanning or (periods if about_project or bare else [])
    if not chosen:
        return None
    period = max(chosen, key=lambda p: p.months)
    ev = passage.evidence(settings.max_quote_chars, period.start)
    return DateFact(value=period.start_date, evidence=ev), DateFact(value=period.end_date, evidence=ev)


# Words beside a period in its paragraph; "vom", "Zeitraum:" and the like do not count.
_WORDS_BESIDE = re.compile(r"\b(?!(?:vom|von|ab|im|zeitraum|projektlaufzeit)\b)[^\W\d_]{3,}", re.IGNORECASE)


def _dates_agreeing(
    passage: Passage, months: set[int], settings: FactSettings
) -> tuple[DateFact, DateFact] | None:
    """A start and an end told apart whose distance is the duration the passage states.

    "Los gehen soll es im Juni 2019, und wir haben zwei volle Jahre eingeplant, also bis Ende
    Mai 2021": no period joins the two dates, the arithmetic does — June 2019 to May 2021 are
    the two years. The end is a date marked as one ("bis"), the start any earlier date.
    """
    if not months:
        return None
    dates = find_dates(passage.text)
    for end in (d for d in dates if d.role_hint is Role.END):
        for start in (d for d in dates if d.end <= end.start and d.role_hint is not Role.END):
            if start.first_day <= end.date and months_between(start.first_day, end.date) in months:
                ev = passage.evidence(settings.max_quote_chars, start.start)
                return DateFact(value=start.first_day, evidence=ev), DateFact(value=end.date, evidence=ev)
    return None


def _spans_plan(period: Period, passage: Passage, block: Sequence[Passage], settings: FactSettings) -> bool:
    """True if the period opens with the first and closes with the last of its paragraph's other dates.

    Arithmetic between the dates: a plan of at least `min_schedule_steps` dated steps that
    starts on the period's first day and ends on its last day is the plan of this period.
    """
    steps = [
        d
        for other in block
        for d in find_dates(other.text)
        if other is not passage or d.end <= period.start or d.start >= period.end
    ]
    if len(steps) < settings.min_schedule_steps:
        return False
    first, last = min(d.first_day for d in steps), max(d.date for d in steps)
    return first == period.start_date and last == period.end_date


# "… abgeschlossen", "am 31. Dezember 2020 ist Schluss": the plain word for the end.
_FINISHED = re.compile(r"\babgeschlossen\b|\bist\s+schluss\b", re.IGNORECASE)
_WE = re.compile(r"\bwir\b", re.IGNORECASE)


def _role_dates(
    passage: Passage, loc: Locators, settings: FactSettings, *, outermost: bool = False
) -> tuple[DateFact | None, DateFact | None]:
    """Dates a role word marks as start ("Beginn", "ab") or end ("Ende", "bis").

    A date without a role word of its own takes the role of its clause, else of the sentence,
    when that is about one of the two only: "Start des Vorhabens ist der 1. März 2019,
    abgeschlossen sein soll es zum 31. März 2021", "Das Projekt endet am …". A date right after
    a runtime word ("Ende des Projekts am 31. Dezember 2020") comes before the passage's other
    dates of its role ("April bis August 2019: …"). With `outermost`, the earliest start and the
    latest end of the passage are taken (a plan told in one sentence).
    """
    text = passage.text
    sentence_role = role_of(text)
    mentions = find_dates(text)
    runtime_words = [m.end() for m in loc[Loc.TIME].finditer(text)]

    def after_runtime_word(mention: DateMention) -> bool:
        return any(0 <= mention.start - end <= _NEAR_RUNTIME_WORD for end in runtime_words)

    found: dict[Role, DateFact] = {}
    for mention in sorted(mentions, key=lambda m: not after_runtime_word(m)):
        if _SINCE.search(text, max(0, mention.start - 16), mention.start):
            continue  # "Läuft seit Herbst 2017": what already runs is not the project
        role = (
            mention.role_hint
            or role_of(clause(text, mention.start, mention.end))
            or verb_role(clause(text, mention.start, mention.end, CONJUNCT_BREAK))
            or apposition_role(text, mention.start, mention.end)
            # A semicolon joins statements of their own: "Besetzung zum Projektbeginn; die Stellen
            # werden im Dezember 2018 ausgeschrieben" dates the advertisement, not the start.
            or (
                sentence_role
                if ";" not in text
                else role_of(clause(text, mention.start, mention.end, _STATEMENT))
            )
        )
        if role is None or (role in found and not outermost):
            continue
        ev = passage.evidence(settings.max_quote_chars, mention.start)
        value = mention.first_day if role is Role.START else mention.date
        known = found.get(role)
        if known is None or (value < known.value if role is Role.START else value > known.value):
            found[role] = DateFact(value=value, evidence=ev)
    return found.get(Role.START), found.get(Role.END)


# "seit" before a date looks back ("seit Herbst 2017", "seit dem Frühjahr 2015"): unlike a
# duration's "vor"/"nach" (`_NOT_A_RUNTIME`), a date after "nach" may well be the project's.
_SINCE = re.compile(r"\bseit\s+(?:de[mr]\s+|an\w*\s+)?$", re.IGNORECASE)
# The border between two statements of one sentence.
_STATEMENT = re.compile(r";")
# A date this many characters after a runtime word ("Projektende am …") is the one it names.
_NEAR_RUNTIME_WORD = 24


def _duration(passage: Passage, settings: FactSettings) -> MonthsFact | None:
    """The first duration of the passage ("24 Monate", "zwei Jahre")."""
    durations = [
        d for d in find_durations(passage.text) if d.months > 0 and not _looks_back(passage.text, d.start)
    ]
    if not durations:
        return None
    ev = passage.evidence(settings.max_quote_chars, durations[0].start)
    return MonthsFact(value=durations[0].months, evidence=ev)


# A runtime is what something lasts ("zwei Jahre", "für 24 Monate"). After a preposition of a
# point in time the span only places that point or a rhythm: in the past ("seit drei Jahren",
# "vor zwei Jahren"), at its end ("nach einem Jahr einschlafen"), or again and again ("alle zwei
# Jahre").
_NOT_A_RUNTIME = re.compile(r"\b(?:seit|vor|nach|alle)\s+(?:\S+\s+)?$", re.IGNORECASE)


def _looks_back(text: str, start: int) -> bool:
    """True if the duration starting at `start` marks a point or a rhythm, not a runtime."""
    return _NOT_A_RUNTIME.search(text[max(0, start - 30) : start]) is not None
