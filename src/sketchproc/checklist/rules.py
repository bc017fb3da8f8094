"""Generic checklist rules, driven by the item's YAML: `section`, `cue` and `attachment` (spec §3).

Each rule returns an `Outcome`; `combine` merges the outcomes of an item with several rules.
Value checks that need facts or counting live in checklist_values.py / checklist_quality.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sketchproc.checklist.context import CheckContext, Sentence
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.german import plural_of
from sketchproc.model import CheckStatus, CoverageStatus, Evidence
from sketchproc.passages import PassageZone
from sketchproc.profiles.schema import ChecklistItem, RuleType, TermGroup

__all__ = [
    "ENCLOSED_NOW",
    "PLACEHOLDER",
    "Outcome",
    "attachment_mentions",
    "attachment_rule",
    "attachment_scope",
    "cited_facts",
    "combine",
    "cue_rule",
    "present_mentions",
    "section_rule",
    "stems_of",
    "with_thin",
]


@dataclass(frozen=True)
class Outcome:
    """What one rule found: status, German note, evidence; `image_only` picks that verdict."""

    status: CheckStatus
    note: str | None = None
    evidence: tuple[Evidence, ...] = ()
    image_only: bool = False


def cited_facts(*facts: object) -> tuple[Evidence, ...]:
    """Evidence of the given facts (None skipped), without repeats."""
    found = [fact.evidence for fact in facts if fact is not None and hasattr(fact, "evidence")]
    return tuple(dict.fromkeys(found))


# Worst first: a violation outweighs doubt, doubt outweighs absence.
_PRECEDENCE = (CheckStatus.VIOLATED, CheckStatus.UNCLEAR, CheckStatus.MISSING, CheckStatus.OK)


def combine(outcomes: Sequence[Outcome], max_evidence: int) -> Outcome:
    """Merge the outcomes of several rules of one item: the worst status, all notes and evidence."""
    statuses = {outcome.status for outcome in outcomes}
    status = next(s for s in _PRECEDENCE if s in statuses)
    notes = [outcome.note for outcome in outcomes if outcome.note]
    evidence = tuple(dict.fromkeys(e for outcome in outcomes for e in outcome.evidence))
    return Outcome(
        status=status,
        note="; ".join(notes) or None,
        evidence=evidence[:max_evidence],
        image_only=any(o.image_only for o in outcomes if o.status is status),
    )


def stems_of(group: TermGroup, count: int = 3) -> str:
    """A few stems of a group, quoted, to tell the reviewer what was looked for."""
    shown = [f"„{term.stem}“" for term in group.terms[:count]]
    return ", ".join(shown) if shown else "Angaben wie " + ", ".join(group.markers)


# --- section -------------------------------------------------------------------------


def section_rule(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """Each outline section of the item is present (ok), too short (violated) or absent (missing)."""
    outcomes = [_one_section(ctx, outline_id) for outline_id in item.outline]
    return combine(outcomes, settings.max_evidence) if outcomes else Outcome(CheckStatus.OK)


def _one_section(ctx: CheckContext, outline_id: str) -> Outcome:
    title = ctx.profile.outline.section(outline_id).title
    if outline_id in ctx.borrowed:
        # No section of its own: the passages found elsewhere are judged by content alone.
        return Outcome(CheckStatus.OK, f"kein eigener Abschnitt „{title}“")
    status = ctx.coverage(outline_id)
    evidence = tuple(
        Evidence(quote=s.title, page=s.page, paragraph=s.provenance.paragraph, section=s.index)
        for s in ctx.mapping.sections_for(outline_id)
    )
    if status is CoverageStatus.MISSING:
        return Outcome(CheckStatus.MISSING, f"Abschnitt „{title}“ fehlt")
    words = ctx.words(outline_id)
    if status is CoverageStatus.THIN:
        minimum = ctx.profile.outline.section(outline_id).min_words
        note = f"Abschnitt „{title}“ zu knapp: {words} Wörter (erwartet mindestens {minimum})"
        return Outcome(CheckStatus.VIOLATED, note, evidence)
    return Outcome(CheckStatus.OK, f"Abschnitt „{title}“ vorhanden ({words} Wörter)", evidence)


# --- cue ---------------------------------------------------------------------------


def usable(ctx: CheckContext, item: ChecklistItem, sentences: Sequence[Sentence]) -> list[Sentence]:
    """Sentences that may give evidence: template text, negated or excluded ones are dropped."""
    return [s for s in sentences if not s.template and not ctx.negated(s, item.exclude)]


def needs_same_sentence(item: ChecklistItem) -> bool:
    """Whether all cue groups must meet in one sentence.

    Over the whole body nothing but the sentence ties "Digitale Agenda" to "erarbeiten"; a
    group of markers only (a bare number) means nothing away from its words. Inside the
    item's own section the section itself is the tie.
    """
    return not item.outline or any(not group.terms for group in item.cues)


def cue_rule(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """All cue groups found in the item's scope (ok), only vague or partial evidence (unclear), none."""
    scope = usable(ctx, item, ctx.in_outline(item.outline))
    if not item.cues:
        return Outcome(CheckStatus.OK)
    per_group = [[s for s in scope if ctx.group_hits(group, s)] for group in item.cues]
    if needs_same_sentence(item):
        together = [s for s in scope if all(ctx.group_hits(group, s) for group in item.cues)]
        if together:
            return _found(ctx, together, settings)
        paragraph = _same_paragraph(ctx, item, scope)
        if paragraph:
            return _found(ctx, paragraph, settings)
    elif all(per_group):
        return _found(ctx, [found[0] for found in per_group], settings)
    vague = vague_sentences(ctx, item, ctx.in_outline(item.outline))
    if vague:
        note = f"nur vage Aussagen: „{vague[0].text[: settings.note_quote_chars]}“"
        return Outcome(CheckStatus.UNCLEAR, note, ctx.quote(vague, settings.max_evidence))
    # Only the item's leading group makes partial evidence: a stray "erarbeiten" or "Konzept"
    # turns up in every sketch, "Smart Region" without substance does not.
    partial = [s for found in per_group for s in found] if per_group[0] else []
    if partial:
        missing = [group for group, found in zip(item.cues, per_group, strict=True) if not found]
        lacking = "; ".join(stems_of(group) for group in missing) or "alles in einem Satz"
        note = f"nur teilweise belegt, es fehlt: {lacking}"
        return Outcome(CheckStatus.UNCLEAR, note, ctx.quote(partial, settings.max_evidence))
    return Outcome(CheckStatus.MISSING, "keine Aussage gefunden")


def _same_paragraph(ctx: CheckContext, item: ChecklistItem, scope: Sequence[Sentence]) -> list[Sentence]:
    """Sentences of the first paragraph in which every term group is found.

    Authors name the initiative in one sentence and say what the centre does with
    it in the next; the paragraph still ties the two together.
    """
    if any(not group.terms for group in item.cues):
        return []  # a bare marker (a number) means nothing away from its words
    by_block: dict[int, list[Sentence]] = {}
    for sentence in scope:
        by_block.setdefault(id(sentence.block), []).append(sentence)
    for sentences in by_block.values():
        hits = [[s for s in sentences if ctx.group_hits(group, s)] for group in item.cues]
        if all(hits):
            return [found[0] for found in hits]
    return []


def _found(ctx: CheckContext, sentences: Sequence[Sentence], settings: ChecklistSettings) -> Outcome:
    evidence = ctx.quote(sentences, settings.max_evidence)
    first = sentences[0].text[: settings.note_quote_chars]
    return Outcome(CheckStatus.OK, f"gefunden: „{first}“", evidence)


def vague_sentences(ctx: CheckContext, item: ChecklistItem, sentences: Sequence[Sentence]) -> list[Sentence]:
    """Sentences holding one of the item's vague phrases."""
    if not item.vague:
        return []
    matcher = ctx.matcher(item.vague)
    return [s for s in sentences if matcher.search(s.text)]


# --- attachment ------------------------------------------------------------------------


# A slot of the template left in the text: "[Bitte ergänzen]", "[Name]", "[…]".
# The template's slot left unfilled: "[Bitte ergänzen]", "[Datum]".
PLACEHOLDER = re.compile(r"\[[^\]\d]{0,40}\]")


def attachment_mentions(
    ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings
) -> list[Sentence]:
    """Passages of the attachment scope that name the item's documents, announced ones included."""
    scope = usable(ctx, item, attachment_scope(ctx, item, settings))
    return [s for s in scope if any(ctx.group_hits(group, s) for group in item.cues)]


# The act of enclosing, done: "haben wir beigelegt", "sind beigefügt", "anbei", "liegen bei",
# "lege ich Ihnen in Kopie bei" (the particle closes the clause: "liegen bei Antragstellung vor"
# is a preposition and announces). A sentence saying so speaks of enclosures wherever it stands, and
# encloses what it names even where it announces more ("…, die anderen kommen noch").
ENCLOSED_NOW = re.compile(
    r"\b(?:haben|hat|habe|sind|ist)\s+(?:\w+\s+){0,4}?(?:beigelegt|beigef[üu]gt|angeh[äa]ngt)\b|\banbei\b"
    r"|\b(?:lieg(?:en|t)|leg(?:e|en))\s+(?:\w+\s+){0,4}?bei(?=\s*(?:[.,;:!)]|$|und\b|sowie\b))",
    re.IGNORECASE,
)


def present_mentions(found: Sequence[Sentence]) -> list[Sentence]:
    """The mentions that say the documents are there: not announced, not a template's slot."""
    return [
        s for s in found if (not s.deferred or ENCLOSED_NOW.search(s.text)) and not PLACEHOLDER.search(s.text)
    ]


def attachment_rule(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """Named in the annex list or the item's sections or at the document end; else a scanned tail."""
    found = attachment_mentions(ctx, item, settings)
    present = present_mentions(found)
    if present:
        return _found(ctx, present, settings)
    placeholders = [s for s in found if not s.deferred and PLACEHOLDER.search(s.text)]
    if placeholders:
        # "Anlage 3: Absichtserklärungen [Bitte ergänzen]": the template's slot, left unfilled.
        quote = placeholders[0].text[: settings.note_quote_chars]
        note = f"nur als Platzhalter genannt: „{quote}“"
        return Outcome(CheckStatus.UNCLEAR, note, ctx.quote(placeholders, settings.max_evidence))
    if found:
        # "Die Absichtserklärungen reichen wir nach": announced is not enclosed.
        quote = found[0].text[: settings.note_quote_chars]
        return Outcome(
            CheckStatus.MISSING, f"nur angekündigt: „{quote}“", ctx.quote(found, settings.max_evidence)
        )
    scanned = _image_pages_at_end(ctx, settings)
    if scanned:
        pages = ", ".join(str(page) for page in scanned)
        pages_noun = plural_of("Seite", len(scanned))
        note = f"{pages_noun} {pages} am Ende ohne Textebene (vermutlich gescannte Anlage), nicht prüfbar"
        evidence = tuple(Evidence(quote=f"Seite {page} (Bild)", page=page) for page in scanned)
        return Outcome(CheckStatus.UNCLEAR, note, evidence[: settings.max_evidence], image_only=True)
    return Outcome(CheckStatus.MISSING, "weder als Anlage noch im Anlagenverzeichnis genannt")


def attachment_scope(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> list[Sentence]:
    """The item's sections, the last sentences of the document (signature, enclosures) and every
    sentence that encloses something."""
    own = ctx.in_outline(item.outline) if item.outline else []
    body = [s for s in ctx.sentences if s.zone not in (PassageZone.TOC, PassageZone.TEMPLATE)]
    tail = body[-settings.attachment_tail_sentences :] if settings.attachment_tail_sentences else []
    enclosing = [s for s in body if ENCLOSED_NOW.search(s.text)]
    merged = {s.position: s for s in (*own, *tail, *enclosing)}
    return [merged[key] for key in sorted(merged)]


def _image_pages_at_end(ctx: CheckContext, settings: ChecklistSettings) -> list[int]:
    """Pages without readable text among the last pages: scanned annexes or signatures.

    In a sketch scanned as a whole every page is an image and the OCR text is what was read:
    its last pages are no annex apart, only pages whose text could not be read count.
    """
    info = ctx.mapping.sectioned.document.page_info
    if not info:
        return []
    last = max(page.number for page in info)
    whole_scan = not any(page.has_text_layer for page in info)
    return [
        page.number
        for page in info
        if (page.unreadable or (not page.has_text_layer and not (whole_scan and page.ocr and page.words)))
        and page.number > last - settings.attachment_tail_pages
    ]


GENERIC_RULES = {
    RuleType.SECTION: section_rule,
    RuleType.CUE: cue_rule,
    RuleType.ATTACHMENT: attachment_rule,
}


def with_thin(note: str, section: Outcome) -> str:
    """Add the section's shortness to a content note; the content decides the status."""
    return f"{note}; {section.note}" if section.status is CheckStatus.VIOLATED and section.note else note
