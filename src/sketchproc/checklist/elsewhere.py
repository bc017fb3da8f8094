"""Evidence outside its own section: an item whose outline section is missing is looked for elsewhere.

Authors do not always give each part of the call its own heading: participation woven into the
work programme, the time after the funding in a closing sentence of the budget, measures under
a heading the outline mapping did not take. When every section an item reads is missing, the
chain is: topic_passages (passages elsewhere that speak of the missing part: the outline's cue
words for it, a heading that names it, or what the item's check recognises as its subject) →
the item's own check, run on those passages instead of the section → judged_elsewhere (ok
stays ok with the place named, partial or vague evidence is unclear, nothing stays missing).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from sketchproc.checklist.context import CheckContext, Sentence
from sketchproc.checklist.rules import Outcome
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.model import CheckStatus, CoverageStatus
from sketchproc.outline_headings import heading_scores
from sketchproc.outline_runin import run_in_label
from sketchproc.passages import PassageKind
from sketchproc.profiles.schema import ChecklistItem, RuleType
from sketchproc.quantities import find_dates
from sketchproc.sentences import split_sentences

__all__ = [
    "OWN_SECTION_ONLY",
    "SUBJECTS",
    "after_project_end",
    "judged_elsewhere",
    "said_elsewhere",
    "topic_passages",
]

Check = Callable[[CheckContext, ChecklistItem, ChecklistSettings], Outcome]


def judged_elsewhere(
    ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings, check: Check
) -> Outcome | None:
    """The item judged on passages outside its missing sections; None when nothing speaks of it."""
    if RuleType.SECTION not in item.rules or not item.outline or item.check in OWN_SECTION_ONLY:
        return None
    if any(ctx.coverage(outline_id) is not CoverageStatus.MISSING for outline_id in item.outline):
        return None
    return _judged_on(ctx, item, settings, check, topic_passages(ctx, item, settings))


def said_elsewhere(
    ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings, check: Check
) -> Outcome | None:
    """OK where the item's own section stays general but another part says in full what it asks
    ("Partner und Beteiligung" holds the formats and groups, the participation section only the
    intent); None otherwise. Never a worse verdict than the section's own."""
    if RuleType.SECTION not in item.rules or not item.outline or item.check in OWN_SECTION_ONLY:
        return None
    borrowed = _plans(topic_passages(ctx, item, settings))
    # In full: one passage of the other part names everything the item asks (a format and its
    # group), not a format in the schedule and a group among the aims.
    passages = [p for kept in borrowed.values() for p in kept]
    if not item.cues or not any(all(ctx.group_hits(group, p) for group in item.cues) for p in passages):
        return None
    outcome = _judged_on(ctx, item, settings, check, borrowed)
    return outcome if outcome is not None and outcome.status is CheckStatus.OK else None


def _plans(borrowed: Mapping[str, tuple[Sentence, ...]]) -> dict[str, tuple[Sentence, ...]]:
    """The borrowed passages outside the parts that tell the situation or sum the sketch up."""
    return {
        key: kept
        for key, passages in borrowed.items()
        if (kept := tuple(p for p in passages if not p.outline_ids or not set(p.outline_ids) <= _SITUATION))
    }


# The parts that tell the region's situation or sum the sketch up: a survey already done there
# ("nach einer ersten Umfrage der Stadt") or named in passing plans nothing.
_SITUATION = frozenset({"baseline", "summary"})


def _judged_on(
    ctx: CheckContext,
    item: ChecklistItem,
    settings: ChecklistSettings,
    check: Check,
    borrowed: Mapping[str, tuple[Sentence, ...]],
) -> Outcome | None:
    """The item's check run on `borrowed` instead of its sections, its note naming their places."""
    if not borrowed:
        return None
    outcome = check(ctx.borrowing(borrowed), item, settings)
    if outcome.status is CheckStatus.MISSING:
        return None
    if outcome.status is CheckStatus.VIOLATED and not outcome.evidence:
        return None  # the passages speak of the topic but hold nothing the item asks for
    places = _places(ctx, outcome, borrowed)
    note = f"nicht im eigenen Abschnitt, sondern in {places}: {_content_note(outcome.note)}"
    if outcome.status is CheckStatus.OK:
        return Outcome(CheckStatus.OK, note, outcome.evidence)
    # Partial or vague evidence outside the section is for the reviewer to weigh, not a violation.
    return Outcome(CheckStatus.UNCLEAR, note, outcome.evidence, image_only=outcome.image_only)


def topic_passages(
    ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings
) -> dict[str, tuple[Sentence, ...]]:
    """For each outline id of the item, the content passages elsewhere that speak of it.

    A section whose heading names the id in part ("Aufgaben, Beteiligung, Partner") lends all its
    passages, and for the measures every section does; a passage that carries one of the id's
    cue words, or what the item's check takes for its subject, lends its paragraph (a table row
    lends itself only).
    """
    sections = ctx.mapping.sectioned.sections
    subject = SUBJECTS.get(item.check)
    # Measures are told under whatever heading a sketch without a work programme has ("Wer wir
    # sind und was wir vorhaben", "Ziele und Vorgehen"): every section lends its passages to
    # them, as their check recognises them by their form (others would take any sentence with
    # a figure or a cue word).
    lending = {s.index for s in sections} if item.check in _FROM_ANY_SECTION else set()
    found: dict[str, tuple[Sentence, ...]] = {}
    for outline_id in item.outline:
        spec = ctx.profile.outline.section(outline_id)
        cues = ctx.matcher(spec.cues) if spec.cues else None
        named = lending | {
            s.index
            for s in sections
            if _names(s.title, outline_id, ctx, settings) or (subject is not None and subject(ctx, s.title))
        }
        chosen: dict[int, Sentence] = {}
        for passage in ctx.sentences:
            if not passage.content or passage.template:
                continue
            if passage.section in named:
                chosen[passage.position] = passage
            elif (cues is not None and cues.search(passage.text)) or (
                subject is not None and subject(ctx, passage.text)
            ):
                table_row = passage.kind is PassageKind.TABLE_ROW
                unit = [passage] if table_row else ctx.index.of_blocks([passage.block])
                chosen.update({p.position: p for p in unit})
        if chosen:
            found[outline_id] = tuple(chosen[key] for key in sorted(chosen))
    return found


def _names(title: str, outline_id: str, ctx: CheckContext, settings: ChecklistSettings) -> bool:
    """True if the heading, or one part of it, names the outline id plainly."""
    # Scored against the whole outline: a word other parts also use ("Finanzierung") names none.
    scores = heading_scores(title, ctx.profile.outline.sections)
    return scores.get(outline_id, 0.0) >= settings.topic_heading_accept


# "nach 2020", "nach dem Jahr 2020", "nach Ende 2020": the time after a year.
_AFTER_YEAR = re.compile(r"\b(?:nach|über)\s+(?:(?:dem|das|ende|jahr|jahres)\s+){0,2}((?:19|20)\d\d)\b", re.I)


# "nach Ablauf der Förderung", "nach dem Ende des Projekts", "nach Auslaufen der Projektlaufzeit".
_AFTER_FUNDING = re.compile(
    r"\bnach\s+(?:dem\s+|der\s+)?(?:ende|ablauf|auslaufen|abschluss)\s+(?:der|des|unserer|unseres)\s+"
    r"(?:\w+\s+)?(?:förder\w*|projekt\w*|laufzeit|anschubfinanzierung)",
    re.IGNORECASE,
)
# "Nach 24 Monaten …": a span from the start, after the runtime when it is at least as long.
_AFTER_MONTHS = re.compile(r"\bnach\s+(?:den\s+)?(\d{1,2})\s+monaten\b", re.IGNORECASE)


def after_project_end(ctx: CheckContext, text: str) -> bool:
    """True if the text speaks of a time after the project's end ("nach 2020", "ab Januar 2021",
    "nach Ablauf der Förderung", "nach 24 Monaten" in a runtime of 24 months)."""
    if _AFTER_FUNDING.search(text):
        return True
    runtime = ctx.facts.duration_months
    if runtime is not None and any(int(m.group(1)) >= runtime.value for m in _AFTER_MONTHS.finditer(text)):
        return True
    end = ctx.facts.end
    if end is None:
        return False
    if any(int(m.group(1)) >= end.value.year for m in _AFTER_YEAR.finditer(text)):
        return True
    return any(mention.first_day > end.value for mention in find_dates(text))


# Checks whose missing section every other section stands in for.
_FROM_ANY_SECTION = frozenset({"work_programme"})

# Checks whose subject is a structure of its own: dates scattered through the text (the runtime,
# one event) are not a schedule, so their section's absence is not made good from elsewhere.
OWN_SECTION_ONLY = frozenset({"schedule_milestones"})

# A heading or run-in label numbered in a series: "Baustein 2:", "Handlungsfeld 3 –", "AP 4",
# "Maßnahme B". The first word names the kind, the number the place in the series.
_SERIES_LABEL = re.compile(r"^\s*([A-Za-zÄÖÜäöüß][\w-]{1,30})\s+(\d{1,2}|[IVX]{1,4}|[A-H])\b\s*[:.)–-]?")
# A series names the measures when it has at least this many members.
_MIN_SERIES = 3


def in_numbered_series(ctx: CheckContext, text: str) -> bool:
    """True if `text` opens with a label of a series of at least three sibling headings.

    Authors who give the work programme a heading of their own ("Drei Bausteine für die
    Region", "Was wir vorhaben") still number its parts: "Baustein 1", "Baustein 2", … The
    series, whatever its word, is the list of measures.
    """
    match = _SERIES_LABEL.match(text)
    if match is None:
        return False
    kind = match.group(1).casefold()
    members = {
        m.group(2)
        for section in ctx.mapping.sectioned.sections
        if (m := _SERIES_LABEL.match(section.title)) is not None and m.group(1).casefold() == kind
    }
    return len(members) >= _MIN_SERIES


# A measure says what is done: a labelled paragraph (outline_runin.run_in_label) of at least
# this many words.
_MEASURE_WORDS = 12


def heads_labelled_measures(ctx: CheckContext, title: str) -> bool:
    """True if the section of that heading holds three or more paragraphs opened by a label.

    "Was wir vorhaben" says nothing a call's outline knows, but "Digitalstube: …",
    "Dorftouren: …", "Helferschule: …" below it are the measures.
    """
    for section in ctx.mapping.sectioned.sections:
        if section.title != title:
            continue
        labelled = [
            b
            for b in section.blocks
            if run_in_label(b.text) is not None and len(b.text.split()) >= _MEASURE_WORDS
        ]
        if len(labelled) >= _MIN_SERIES:
            return True
    return False


# German connectives of order at a sentence's start: "Zuerst …", "Danach …", "Im nächsten
# Schritt …", "Zum Schluss …" (a closed class of the language, not of any call).
_STEP_OPENER = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:zuerst|zunächst|als\s+erstes|erstens|zweitens|drittens|danach|anschließend"
    r"|daraufhin|dann|darauf\s+folgend|im\s+(?:nächsten|zweiten|dritten|letzten)\s+schritt"
    r"|schließlich|zum\s+schluss|abschließend|zuletzt|am\s+ende)\b",
    re.IGNORECASE,
)


def heads_sequenced_steps(ctx: CheckContext, title: str) -> bool:
    """True if the section of that heading walks through three or more steps in one paragraph.

    "Zuerst besetzen wir die Stelle … Danach … Zum Schluss …": measures written as a running
    paragraph are ordered by connectives instead of bullets; the order is the list.
    """
    for section in ctx.mapping.sectioned.sections:
        if section.title != title:
            continue
        for block in section.blocks:
            text = block.text
            steps = [start for start, _ in split_sentences(text) if _STEP_OPENER.match(text[start:])]
            if len(steps) >= _MIN_SERIES:
                return True
    return False


def _names_measures(ctx: CheckContext, text: str) -> bool:
    return (
        in_numbered_series(ctx, text)
        or heads_labelled_measures(ctx, text)
        or heads_sequenced_steps(ctx, text)
    )


# What a check takes for its subject beyond the outline's cue words, by check name.
SUBJECTS: Mapping[str, Callable[[CheckContext, str], bool]] = {
    "sustainability_plan": after_project_end,
    "work_programme": _names_measures,
}


def _places(ctx: CheckContext, outcome: Outcome, borrowed: Mapping[str, tuple[Sentence, ...]]) -> str:
    """The headings of the sections the evidence (else the borrowed passages) stands in."""
    sections = ctx.mapping.sectioned.sections
    indices = [e.section for e in outcome.evidence] or [p.section for ps in borrowed.values() for p in ps]
    front = "den Angaben vor dem ersten Abschnitt"
    titles = [f"„{sections[i].title}“" if i is not None else front for i in indices]
    return ", ".join(dict.fromkeys(titles))


def _content_note(note: str | None) -> str:
    """The check's note without the stand-in section's own line."""
    parts = [part for part in (note or "").split("; ") if not part.startswith("kein eigener Abschnitt")]
    return "; ".join(parts) or "Angaben gefunden"
