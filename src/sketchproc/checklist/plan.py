"""The plan of the centre: its measures (work programme) and its dated steps (schedule).

A measure is a unit of the plan — a list item, a table row, a labelled paragraph ("Arbeitspaket
2: …") or a sub-section — that says what is done. What is done is told by an action verb of
the profile or, in a list, by the infinitive that closes the item's clause ("Sprechstunden in
den Ortsteilen anbieten", "Fördermittel suchen und Anträge vorbereiten"): German writes a plan's
bullets as infinitive phrases, so the verb's place tells what no word list can; in prose the
writer as the subject beside the finite verb ("Im Frühjahr eröffnen wir …") tells the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from sketchproc.checklist.context import CheckContext, Sentence
from sketchproc.checklist.rules import Outcome, combine, section_rule, usable, with_thin
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.model import BlockKind, CheckStatus
from sketchproc.profiles.checks import MeasuresParams, MilestonesParams
from sketchproc.profiles.checks import check_params as _params
from sketchproc.profiles.schema import ChecklistItem
from sketchproc.quantities import find_dates

__all__ = ["schedule_milestones", "work_programme"]


def _is_measure_unit(sentence: Sentence, labels: re.Pattern[str]) -> bool:
    """A list item, table row or labelled paragraph ("Arbeitspaket 2: …") is one measure."""
    kind = sentence.block.kind
    return kind in (BlockKind.LIST_ITEM, BlockKind.TABLE) or bool(labels.match(sentence.text))


# The infinitive that closes a list item's clause: a lowercase word on -en, -ern or -eln before
# a colon, comma, semicolon, "und"/"sowie" or the end ("Anträge vorbereiten", "digitaler machen").
# Words that end a phrase on -en without being verbs stay out: pronouns, adverbs, prepositions.
_CLOSING_INFINITIVE = re.compile(
    r"\b(?-i:[a-zäöüß])[a-zäöüß]{2,}(?:en|ern|eln)\s*(?:[:,;.!)]|$|\s+(?:und|sowie)\b)"
)
_NOT_VERBS = frozenset(
    "allen anderen diesen einen jenen ihren unseren euren oben unten eben neben gegen wegen".split()  # noqa: SIM905
)


# The writer acting: a finite verb beside "wir" in the first or second place of its clause ("Wir
# richten … ein", "Im Frühjahr eröffnen wir …", "Ab Mai schulen wir …"). German puts the finite
# verb second, so its place with the subject tells a plan's sentence whatever the verb.
_WE_ACT = re.compile(
    r"(?:^|[.;:!?]\s+)\W*(?:wir\s+(?P<first>[a-zäöüß]{3,}(?:en|ern|eln))\b"
    r"|(?:[^\s,.;:]+\s+){1,6}?(?P<second>[a-zäöüß]{3,}(?:en|ern|eln))\s+wir\b)",
    re.IGNORECASE,
)
# Finite verbs beside "wir" that tell what is, was or is felt, not what is done.
_NOT_ACTING = frozenset(
    "haben hatten sind waren wären hätten glauben wissen hoffen denken meinen finden freuen "  # noqa: SIM905
    "sehen kennen brauchen".split()
)


def _we_act(sentence: Sentence) -> bool:
    """True if a clause of the sentence has the writer as the subject of a verb of doing."""
    return any(
        (m.group("first") or m.group("second")).casefold() not in _NOT_ACTING
        for m in _WE_ACT.finditer(sentence.text)
    )


# A verb made a noun with its object, the telegraphic style of a terse plan: "Erfassung bestehender
# Projekte", "Konzeption von 3 Piloten", "Begleitung der Anträge", "Abstimmung Lenkungsgruppe".
_NOMINAL_ACTION = re.compile(
    r"\b(?-i:[A-ZÄÖÜ])[\wäöüß-]{2,}(?:ung|ion)\s+"
    r"(?:(?:von|der|des|eines|einer|zur|zum|mit|für)\s|(?-i:[a-zäöüß])\w*(?:er|en)\s+(?-i:[A-ZÄÖÜ])|(?-i:[A-ZÄÖÜ]))"
)


def _names_an_action(sentence: Sentence, labels: re.Pattern[str]) -> bool:
    """True if a unit of the plan (list item, table row, labelled paragraph) names an action as a
    noun with its object."""
    return _is_measure_unit(sentence, labels) and _NOMINAL_ACTION.search(sentence.text) is not None


def _does_something(sentence: Sentence) -> bool:
    """True if a list item or table row is an infinitive phrase: it names something to be done."""
    if sentence.block.kind not in (BlockKind.LIST_ITEM, BlockKind.TABLE):
        return False
    return any(
        m.group(0).split()[0].rstrip(":,;.!)").casefold() not in _NOT_VERBS
        for m in _CLOSING_INFINITIVE.finditer(sentence.text)
    )


def _sub_section_measures(
    ctx: CheckContext, with_verb: Sequence[Sentence], found: Sequence[Sentence]
) -> list[Sentence]:
    """A sub-section of the work programme ("5.2 Netzwerkmanagement") is one measure.

    Its first sentence with an action verb stands for it, unless a list item or
    labelled paragraph of that sub-section already counts.
    """
    sections = ctx.mapping.sectioned.sections
    counted = {sentence.section for sentence in found}
    firsts: dict[int, Sentence] = {}
    for sentence in with_verb:
        index = sentence.section
        if index is None or index in counted or sections[index].parent is None:
            continue
        firsts.setdefault(index, sentence)
    return list(firsts.values())


def work_programme(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """At least `min_measures` distinct measures, each with an action verb."""
    section = section_rule(ctx, item, settings)
    if section.status is CheckStatus.MISSING:
        return section
    minimum = _params(item, MeasuresParams).min_measures
    labels = re.compile(settings.measure_label_pattern, re.IGNORECASE)
    action = item.cues[0]
    with_verb = [
        s
        for s in usable(ctx, item, ctx.in_outline(item.outline))
        if ctx.group_hits(action, s) or _does_something(s) or _we_act(s) or _names_an_action(s, labels)
    ]
    measures = list({s.text.casefold(): s for s in with_verb if _is_measure_unit(s, labels)}.values())
    measures += _sub_section_measures(ctx, with_verb, measures)
    if len(measures) >= minimum:
        note = f"{len(measures)} Maßnahmen bzw. Arbeitspakete mit Tätigkeitsverb"
        content = Outcome(CheckStatus.OK, note, ctx.quote(measures, settings.max_evidence))
    elif len(with_verb) >= minimum:
        # Measures written as prose are still measures (spec: distinct measures, each with an
        # action verb); the missing list is a matter of form, not of substance.
        note = f"{len(with_verb)} Maßnahmen im Fließtext beschrieben (Sätze mit Tätigkeitsverb)"
        content = Outcome(CheckStatus.OK, note, ctx.quote(with_verb, settings.max_evidence))
    else:
        note = f"nur {len(measures)} konkrete Maßnahme(n) (erwartet mindestens {minimum})"
        content = Outcome(CheckStatus.VIOLATED, note, ctx.quote(measures or with_verb, settings.max_evidence))
    if content.status is CheckStatus.OK:
        # Enough concrete measures outweigh a section shorter than the guide's word count.
        return Outcome(content.status, with_thin(content.note or "", section), content.evidence)
    return combine([section, content], settings.max_evidence)


# A step dated relative to the start: "Monat 1–3", "Projektmonate 4 bis 9", "PM 10", "M1–M6",
# "im 2. Quartal", "Q3", "im ersten Projektjahr", "Jahr 2", "1. Halbjahr", "Woche 1–4".
_RELATIVE_STEP = re.compile(
    r"\b(?:projekt)?(?:monat|monate|woche|wochen|jahr)\s+\d{1,2}\b"
    r"|\b(?-i:P?M)\s?\d{1,2}\b(?:\s*[–-]\s*(?-i:P?M)?\s?\d{1,2})?"
    r"|\b[1-4]\.\s*(?:quartal|halbjahr)\b|\b(?-i:Q)[1-4]\b"
    r"|\b(?:ersten|zweiten|dritten|1\.|2\.|3\.)\s+(?:projekt|förder)?(?:jahr|halbjahr|quartal)e?s?\b",
    re.IGNORECASE,
)


# A column of steps dated relative to the start, its unit in the header: "Projektmonate" over
# "1 – 3", "4 – 9"; "Quartal" over "1", "2".
_RELATIVE_COLUMN = re.compile(
    r"^\W*(?:projekt|förder)?(?:monat|monate|woche|wochen|quartal|quartale)\b", re.IGNORECASE
)
_STEP_NUMBERS = re.compile(r"^\W*\d{1,2}(?:\s*[–-]\s*\d{1,2})?\W*$")


def _dated_by_its_column(sentence: Sentence) -> bool:
    """True for a table row whose cell under a header of relative time ("Projektmonate") holds its
    step's numbers."""
    if not sentence.is_table_row or not sentence.block.rows or sentence.row in (None, 0):
        return False
    header = sentence.block.rows[0]
    return any(
        _RELATIVE_COLUMN.match(label) and i < len(sentence.cells) and _STEP_NUMBERS.match(sentence.cells[i])
        for i, label in enumerate(header)
    )


def schedule_milestones(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """At least `min_milestones` dated milestones or phases (sentences or table rows)."""
    section = section_rule(ctx, item, settings)
    minimum = _params(item, MilestonesParams).min_milestones
    if section.status is CheckStatus.MISSING:
        plan, steps = _plan_elsewhere(ctx, item, minimum)
        if not plan:
            return section
        note = f"kein eigener Abschnitt; ein Absatz datiert {steps} Schritte der Laufzeit"
        return Outcome(CheckStatus.OK, note, ctx.quote(plan, settings.max_evidence))
    dated = [
        s
        for s in usable(ctx, item, ctx.in_outline(item.outline))
        if ctx.marker_hits(s, settings.milestone_markers)
        or find_dates(s.text)
        or _RELATIVE_STEP.search(s.text)
        or _dated_by_its_column(s)
    ]
    evidence = ctx.quote(dated, settings.max_evidence)
    # One line of a plan may carry several dated steps ("Q1/2019 Start, Q3/2019 Befragung").
    count = max(len(dated), len({(s.position, d.source) for s in dated for d in find_dates(s.text)}))
    if count >= minimum:
        content = Outcome(CheckStatus.OK, f"{count} datierte Meilensteine bzw. Phasen", evidence)
    else:
        note = f"nur {count} datierte Meilensteine bzw. Phasen (erwartet mindestens {minimum})"
        content = Outcome(CheckStatus.VIOLATED, note, evidence)
    if content.status is CheckStatus.OK:
        # The dated plan is what counts: a short schedule table with its milestones is enough.
        return content
    return combine([section, content], settings.max_evidence)


def _plan_elsewhere(ctx: CheckContext, item: ChecklistItem, minimum: int) -> tuple[list[Sentence], int]:
    """The passages of one paragraph, list or table outside a schedule section that date at
    least `minimum` steps inside the project's runtime ("Zeitlich haben wir uns vorgenommen:
    Büro bis Ende April, Forum im Juni, Befragung im Herbst, …"), and how many; ([], 0) if none.

    Dates scattered over the text (the runtime here, one event there) make no plan; one block
    that walks through the runtime does, wherever the writer put it. Steps before the start
    (the history of the region) or after the end (what comes later) are not the plan's.
    """
    runs: list[list[Sentence]] = []
    for sentence in usable(ctx, item, [s for s in ctx.sentences if s.content]):
        last = runs[-1][-1] if runs else None
        # A list is one block per item: the items of one list in one section are one plan.
        same_list = (
            last is not None
            and last.section == sentence.section
            and last.block.kind is sentence.block.kind is BlockKind.LIST_ITEM
        )
        if last is not None and (last.block is sentence.block or same_list):
            runs[-1].append(sentence)
        else:
            runs.append([sentence])
    counted = ((run, len(_steps(ctx, run))) for run in runs)
    return next(((run, steps) for run, steps in counted if steps >= minimum), ([], 0))


def _steps(ctx: CheckContext, run: Sequence[Sentence]) -> set[int | date]:
    """The distinct steps a run of passages dates inside the runtime (its first day and its last
    day mark the runtime, not a step), and each passage dated relative to the start."""
    start, end = ctx.facts.start, ctx.facts.end
    steps: set[int | date] = {s.position for s in run if _RELATIVE_STEP.search(s.text)}
    if start is None or end is None:
        return steps
    for sentence in run:
        for mention in find_dates(sentence.text):
            inside = start.value <= mention.first_day and mention.date <= end.value
            if inside and mention.first_day != start.value and mention.date != end.value:
                steps.add(mention.first_day)
    return steps
