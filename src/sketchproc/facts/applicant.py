"""The applicant and its legal form.

Sketches name the applicant in five ways, tried in this order: a key-value pair ("Antragsteller
| Landkreis Harz, vertreten durch …" as a table row, or "Träger: X gGmbH" as a run-in line of a
paragraph or of a framed one-cell box), a sentence ("Antragsteller ist der Landkreis Stendal,
…"), the first line of the applicant section ("Stadt Wolmirstedt, vertreten durch …"), a line
of the cover or title block ("Digitalagentur Köthen GbR"), and last the name with a legal form
written right before a postal address (a letterhead or signature block, `facts.address`). The
name is cut at the first comma, address or "vertreten durch"; the legal form is the profile's
form whose spelling occurs in the name (or, failing that, next to it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from sketchproc.facts.address import from_addresses
from sketchproc.facts.applicant_columns import from_columns, names_applicant_role
from sketchproc.facts.applicant_front import NOT_APPLICANT_LABEL, from_front_lines
from sketchproc.facts.applicant_intro import from_described_name
from sketchproc.facts.district_form import district_form
from sketchproc.facts.locators import Loc, Locators
from sketchproc.facts.names import (
    apposition_form,
    clean_name,
    is_suffix,
    kind_words,
    legal_form_in,
    legal_form_spans,
    name_run,
    own_legal_form,
    running_name,
)
from sketchproc.facts.scope import Located, passages
from sketchproc.facts.settings import FactSettings
from sketchproc.model import BlockKind, TextFact
from sketchproc.passages import Passage
from sketchproc.profiles.schema import CallProfile


@dataclass(frozen=True)
class ApplicantScope:
    """Where the applicant is searched: key-data blocks first, then the applicant sections, then all."""

    front: Sequence[Located]
    sections: Sequence[Sequence[Located]]  # one block list per applicant section
    everything: Sequence[Located]


def find_applicant(
    scope: ApplicantScope, profile: CallProfile, loc: Locators, settings: FactSettings
) -> TextFact | None:
    """The applicant's name with the passage it was read from, or None."""
    key_data = [*scope.front, *(b for blocks in scope.sections for b in blocks)]
    # Most explicit first: a labelled row, an introducing sentence, then weaker cues; the
    # whole document only when the key-data blocks and applicant sections say nothing.
    readers: tuple[Callable[[], TextFact | None], ...] = (
        partial(_from_rows, key_data, loc, settings),
        partial(from_columns, key_data, loc, settings),
        partial(_from_sentences, key_data, profile, loc, settings),
        partial(_from_section_start, scope.sections, profile, loc, settings),
        partial(from_front_lines, scope.front, profile, loc, settings),
        partial(_from_front_table, scope.front, profile, loc, settings),
        partial(_from_rows, scope.everything, loc, settings),
        partial(from_columns, scope.everything, loc, settings),
        partial(_from_sentences, scope.everything, profile, loc, settings),
        partial(_from_self_introduction, scope.everything, profile, loc, settings),
        partial(_from_applying, scope.everything, profile, loc, settings),
        partial(from_described_name, scope.everything, profile, loc, settings),
        # Last, a name at the applicant's postal address: a letterhead or a signature block.
        partial(from_addresses, key_data, profile, loc, settings),
        partial(from_addresses, scope.everything, profile, loc, settings),
    )
    return next((found for read in readers if (found := read()) is not None), None)


def find_legal_form(
    applicant: TextFact | None,
    located: Sequence[Located],
    profile: CallProfile,
    loc: Locators,
    settings: FactSettings,
) -> TextFact | None:
    """The legal form id: a spelling in the applicant's name, its quote, or a "Rechtsform" passage."""
    if applicant is not None:
        stated = apposition_form(applicant.evidence.quote, applicant.value, profile)
        named = own_legal_form(applicant.value, profile, loc) or legal_form_in(applicant.value, profile)
        if stated is not None and stated.category and named is not None:
            # "Verbandsgemeinde Saale-Wipper, Körperschaft des öffentlichen Rechts": the name's
            # own form says more than the class it belongs to.
            return TextFact(value=named.id, evidence=applicant.evidence)
        if stated is not None:
            return TextFact(value=stated.id, evidence=applicant.evidence)
        if named is not None:
            return TextFact(value=named.id, evidence=applicant.evidence)
        form = legal_form_in(applicant.evidence.quote, profile)
        if form is not None:
            return TextFact(value=form.id, evidence=applicant.evidence)
        # Named first without its form (a cover line), the applicant is often named again
        # with it: "Altmarkkreis Salzwedel (Landkreis, Körperschaft …)" in the key-data table.
        for passage in passages(located):
            stated = apposition_form(passage.text, applicant.value, profile)
            if stated is not None:
                return TextFact(value=stated.id, evidence=passage.evidence(settings.max_quote_chars))
        district = district_form(applicant.value, profile)
        if district is not None:
            return TextFact(value=district.id, evidence=applicant.evidence)
    for passage in passages(located):
        if loc[Loc.LEGAL_FORM].search(passage.text):
            form = legal_form_in(passage.text, profile)
            if form is not None:
                return TextFact(value=form.id, evidence=passage.evidence(settings.max_quote_chars))
    return None


def _from_rows(located: Sequence[Located], loc: Locators, settings: FactSettings) -> TextFact | None:
    """A key-value pair whose label names the applicant ("Antragsteller | Landkreis Harz, …")."""
    for passage, label, value, at in _key_values(located):
        if names_applicant_role(label, loc):
            name = clean_name(value, loc, settings)
            if name:
                return TextFact(value=name, evidence=passage.evidence(settings.max_quote_chars, at))
    return None


# A run-in label opening a line, after a colon or a dash: "Träger: X gGmbH", "Antragsteller – Y".
_RUN_IN = re.compile(r"^[\s*•·-]*(?P<label>[^\W\d][\w ./()&-]{0,60}?)(?:\s*:|\s+[–—]\s)\s*(?P<value>\S.*)$")
# A label of more words is a sentence with a colon, not a label.
_MAX_LABEL_WORDS = 5
# A one-word label and a capitalised value without a colon: a key-data row that OCR or a tab
# flattened into a line ("Antragsteller Landkreis Saalekreis"); only role labels are kept.
_BARE_LABEL = re.compile(r"^[\s*•·-]*(?P<label>[^\W\d]\w*)\s+(?P<value>[A-ZÄÖÜ].*)$")


# A line that is only a label: words (a parenthesis allowed), no number, no sentence end.
_LONE_LABEL = re.compile(r"^[\s*•·-]*(?P<label>[^\W\d]+(?:[ /&-]+\(?[^\W\d]+\)?)*)\s*:?\s*$")


def _key_values(located: Sequence[Located]) -> Iterator[tuple[Passage, str, str, int]]:
    """Key-data pairs (passage, label, value, offset of the value): the first two cells of a table
    row, or the run-in label and rest of a line ("Träger: X gGmbH", or without the colon as a
    scan reads a table row) of a paragraph or of a one-cell table, the framed box some writers
    set their key data in. A line that is a label alone labels the next line: a scan reads a
    key-data table's row as two lines ("Antragstellerin (federführend)" | "Gemeinde X, …")."""
    lone_label: str | None = None
    for where in located:
        for passage in where.passages:
            if where.block.kind is BlockKind.TABLE and len(passage.cells) > 1:
                lone_label = None
                yield passage, passage.cells[0], passage.cells[1], 0
                continue
            if lone_label is not None:
                yield passage, lone_label, passage.text, 0
            lone = _LONE_LABEL.match(passage.text)
            short = len(passage.text.split()) <= _MAX_LABEL_WORDS
            lone_label = lone.group("label") if lone and short else None
            for offset, line in _lines(passage.text):
                m = _RUN_IN.match(line)
                if m is None or len(m.group("label").split()) > _MAX_LABEL_WORDS:
                    m = _BARE_LABEL.match(line)
                if m is not None:
                    yield passage, m.group("label"), m.group("value"), offset + m.start("value")


# Where the next run-in label of a key-data box starts when its lines were run together into one
# ("Steckbrief Antragstellerin: X eG Sitz: Lange Straße 12 …"): a capitalised word and a colon.
# A participle before it opens the label ("Vorgesehener Durchführungszeitraum:", "Beantragte
# Förderung:", "Geplanter Beginn:"): its prefix and ending tell it from the end of a name
# ("Jens Hoppe Ansprechpartnerin:").
_LABEL_NOUN = r"[A-ZÄÖÜ][^\W\d]*(?:-[^\W\d]+)*:\s"
_NEXT_LABEL = re.compile(rf"\s(?={_LABEL_NOUN})")
_PARTICIPLE_LABEL = re.compile(
    rf"\s(?=(?:[A-ZÄÖÜ][a-zäöüß]*ge|Ge|Be|Ver|Er)[a-zäöüß]+(?:en|t)e[rsn]?\s{_LABEL_NOUN})"
)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of each line of `text`; a line holding several run-in labels is split before
    each, and a title before the first ("Steckbrief") is a line of its own."""
    offset = 0
    for line in text.split("\n"):
        opened = [m.end() for m in _PARTICIPLE_LABEL.finditer(line)]
        # The label noun after a participle is no cut of its own: the label starts at the participle.
        nouns = {at + len(line[at:].split(maxsplit=1)[0]) + 1 for at in opened}
        cuts = sorted({*opened, *(m.end() for m in _NEXT_LABEL.finditer(line) if m.end() not in nouns)})
        if len(cuts) < 2:
            yield offset, line
        else:
            for start, end in zip([0, *cuts], [*cuts, len(line)], strict=True):
                yield offset + start, line[start:end].rstrip()
        offset += len(line) + 1


def _from_sentences(
    located: Sequence[Located], profile: CallProfile, loc: Locators, settings: FactSettings
) -> TextFact | None:
    """A sentence that introduces the applicant ("Antragstellerin ist die Stadt Sangerhausen, …").

    A kind alone takes up a name given before ("Träger bleibt der Verein"): it names nobody.
    """
    for passage in passages(b for b in located if b.block.kind is not BlockKind.TABLE):
        m = loc[Loc.APPLICANT_LEAD].search(passage.text)
        bare = m is None
        m = m or _BARE_ROLE.search(passage.text)
        if m is None:
            continue
        name = clean_name(passage.text[m.end() :], loc, settings)
        if name and name.casefold() in kind_words(profile):
            continue
        if name and bare and own_legal_form(name, profile, loc) is None:
            continue  # a label without its colon names only a body of a known kind
        if name:
            return TextFact(value=name, evidence=passage.evidence(settings.max_quote_chars, m.start()))
    return None


# The role as a key-data label whose colon a scan lost: "(DIZ MSH) Antragsteller Landkreis
# Mansfeld-Südharz, vertreten durch …".
_BARE_ROLE = re.compile(r"\bAntragsteller(?:in)?\s+(?=[A-ZÄÖÜ])")


# The writer introducing itself: "Wir sind der Landfrauenverein X e. V. …", "wir vom Bürgernetz
# X e. V. haben …", "Wir, die Heimatfreunde Y e. V., …".
_SELF_INTRODUCTION = re.compile(
    r"\bwir(?:\s+sind\s+(?=(?:der|die|das)\s)|\s+vo(?:m|n\s+der|n\s+den)\s+|\s*,\s+(?=(?:der|die|das)\s)|\s+als\s+)",
    re.IGNORECASE,
)


# A verb of applying for this call: "… bewirbt sich der Landkreis X um Fördermittel", "Die Stadt Y
# beantragt …", "… stellt die Gemeinde Z den Antrag".
_APPLYING = re.compile(
    r"\b(?:bewirbt\s+sich|bewerben\s+sich|beantragt|beantragen|stellt(?=[^,.;]*\bantrag\b))\b",
    re.IGNORECASE,
)


def _from_applying(
    located: Sequence[Located], profile: CallProfile, loc: Locators, settings: FactSettings
) -> TextFact | None:
    """The organisation with a legal form that a verb of applying has in its clause, right before
    or after it ("mit diesem Schreiben bewirbt sich der Landkreis Mansfeld-Südharz um …").

    The subject stands next to the finite verb in German, before it or, after an opening phrase,
    right after it; a name further away is an object or a partner.
    """
    for passage in passages(b for b in located if b.block.kind is not BlockKind.TABLE):
        for verb in _APPLYING.finditer(passage.text):
            clause_start = (
                max(passage.text.rfind(",", 0, verb.start()), passage.text.rfind(";", 0, verb.start())) + 1
            )
            for first, last, _form in legal_form_spans(passage.text, profile):
                before = passage.text[last : verb.start()]
                after = passage.text[verb.end() : first]
                near_before = (
                    first >= clause_start and last <= verb.start() and len(before.split()) <= _SUBJECT_REACH
                )
                near_after = first >= verb.end() and len(after.split()) <= 1
                if not (near_before or near_after):
                    continue
                name = running_name(passage.text, first, last, loc, settings) or ""
                if len(name.split()) >= 2:
                    return TextFact(value=name, evidence=passage.evidence(settings.max_quote_chars, first))
    return None


# Words between a subject's name and its verb ("Die Stadt Y mit ihren Ortsteilen beantragt").
_SUBJECT_REACH = 4


def _from_self_introduction(
    located: Sequence[Located], profile: CallProfile, loc: Locators, settings: FactSettings
) -> TextFact | None:
    """The name a first-person sentence introduces, if it carries a legal form.

    "Wir sind die Dorfläden X eG", "Wir als Verbandsgemeinde X möchten …" name the applicant: the
    sketch speaks for it. "Wir sind die erste Anlaufstelle …" names no organisation, so only a
    name with a legal form counts.
    """
    for passage in passages(b for b in located if b.block.kind is not BlockKind.TABLE):
        m = _SELF_INTRODUCTION.search(passage.text)
        if m is None:
            continue
        phrase = clean_name(passage.text[m.end() :], loc, settings) or ""
        # The name ends with its suffix: "… gGmbH und betreiben zwei Werkstätten" goes on as a clause.
        form = next(legal_form_spans(phrase, profile), None)
        name = running_name(phrase, form[0], form[1], loc, settings) if form else None
        if not name:
            # "wir als Verbandsgemeinde X im Landkreis …, möchten": a type word opens the name.
            name = name_run(passage.text[m.end() :])
            if own_legal_form(name, profile, loc) is None or is_suffix(name.split()[0], loc):
                name = None
        if name and len(name.split()) > 1:
            return TextFact(value=name, evidence=passage.evidence(settings.max_quote_chars, m.start()))
    return None


def _from_section_start(
    sections: Sequence[Sequence[Located]], profile: CallProfile, loc: Locators, settings: FactSettings
) -> TextFact | None:
    """The opening words of an applicant section, if they form a name with a legal form.

    The section opens with the writer's first words, not with the call template's instruction
    left above them ("Bitte geben Sie Name und Rechtsform … an"): template passages are skipped.
    """
    for blocks in sections:
        first = next(passages(blocks), None)
        if first is not None:
            name = clean_name(first.text, loc, settings)
            if name and own_legal_form(name, profile, loc) is not None:
                return TextFact(value=name, evidence=first.evidence(settings.max_quote_chars))
    return None


def _from_front_table(
    front: Sequence[Located], profile: CallProfile, loc: Locators, settings: FactSettings
) -> TextFact | None:
    """The first organisation with a legal form in the key-data table before the first chapter.

    Writers label the applicant's row in words of their own ("Einreichende Stelle | Stadt Burg,
    Der Bürgermeister"); the table at the head of the sketch names it first, before contact,
    address and partners, whose rows are skipped by their labels.
    """
    tables = [where for where in front[: settings.head_blocks] if where.block.kind is BlockKind.TABLE]
    for passage, label, value, _ in _key_values(tables):
        # Rows of two cells or more; a one-cell box's run-in lines are _from_rows' concern.
        if len(passage.cells) < 2 or NOT_APPLICANT_LABEL.search(label):
            continue
        name = clean_name(value, loc, settings)
        if name and own_legal_form(name, profile, loc) is not None:
            return TextFact(value=name, evidence=passage.evidence(settings.max_quote_chars))
    return None
