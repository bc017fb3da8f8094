"""Bundling: the centre brings together what already exists, named as such or listed.

The cue rule wants a named initiative ("LEADER", "Initiative …") beside a bundling verb.
Applicants as often name the existing work by the head of a compound ("die bisher
nebeneinander laufenden Digitalisierungsaktivitäten bündeln") or list it ("bündelt
Breitbandausbau, freies WLAN, Online-Dienste und Schul-IT"): a bundling verb whose
sentence holds such a plural compound or a list of three counts too, after the verb or, where
the verb closes its clause, before it ("die Aktivitäten von Verwaltung, Wirtschaft, Vereinen
und Schulen zusammenbringen"). A heading that names the bundling ("Bündelung und
Koordinierung") stands for the verb in every sentence below it.

Writers who describe the existing work at length do so in a paragraph: a sentence lists what
the groups of the place already do, the next one says what the centre does with "diese
Aktivitäten" / "diesen Gruppen". A demonstrative object takes its list from the sentences of
the paragraph before it. Giving many groups one common place or plan ("ein gemeinsames
Zuhause", "einen gemeinsamen Wochenplan") is bundling too, when the groups are listed or
pointed back to in that way.
"""

from __future__ import annotations

import re

from sketchproc.checklist.context import CheckContext, Sentence
from sketchproc.checklist.rules import Outcome, cue_rule, usable
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.model import CheckStatus
from sketchproc.profiles.schema import ChecklistItem, TermGroup
from sketchproc.sentences import clause_span

__all__ = ["bundles_existing", "bundling_initiatives"]

# Plural heads of compounds naming existing work: "Einzelaktivitäten", "Digitalisierungsprojekte";
# a bare "Projekte" or "diese Vorhaben" points back to something said elsewhere.
_EXISTING_WORK = re.compile(
    r"\b\w{4,}(?:aktivitäten|projekte|projekten|initiativen|angebote|angeboten|vorhaben|akteure|akteuren)\b",
    re.IGNORECASE,
)
# A participle used as an adjective: "laufenden", "gewachsene", "etablierten" (not "ersten").
_PARTICIPLE = r"(?:[a-zäöüß]\w*end|ge[a-zäöüß]\w*(?:t|en)|[a-zäöüß]\w*iert)e[nmrs]?"
# Work called existing by its adjective: "vorhandene Angebote", "die bestehenden Netzwerke";
# or by an adverb of time before the participle that describes it: "die bisher nebeneinander
# laufenden Vorhaben", "bereits gestartete Projekte".
_EXISTING_ADJECTIVE = re.compile(
    rf"\b(?:(?:vorhanden|bestehend|bisherig|existierend|verstreut|vereinzelt)\w*"
    rf"|(?:bisher|bereits|schon|längst)\s+(?:[a-zäöüß]\w*\s+){{0,2}}{_PARTICIPLE})\s+(?-i:[A-ZÄÖÜ])\w+",
    re.IGNORECASE,
)
# A member of a list, and the comma between members: a decimal comma ("21.500,00", "0,5 VZÄ")
# joins the digits of one number and separates nothing.
_MEMBER = r"(?:[^,;]|(?<=\d),(?=\d))+"
_COMMA = r"(?:(?<!\d),|,(?!\d))"
# A list of at least three items: "A, B, C und D".
_LIST = re.compile(rf"^{_MEMBER}{_COMMA}{_MEMBER}{_COMMA}{_MEMBER}(?:{_COMMA}|\s+und\s+|\s+sowie\s+)")
# A series of at least three members: "A, B, C und D", "A, B, und C", "A, B, C, D".
_SERIES = re.compile(rf"{_MEMBER}{_COMMA}{_MEMBER}{_COMMA}{_MEMBER}(?:{_COMMA}|\b(?:und|sowie)\s)")
# A demonstrative plural object, perhaps with one adjective: "diese Aktivitäten", "diesen
# vielen Gruppen", "all diese Angebote". It names nothing itself; its paragraph does.
_POINTING_BACK = re.compile(r"\b(?i:diese[nr]?)\s+(?:[a-zäöüß]\w*\s+)?[A-ZÄÖÜ]\w*(?:en|e|er|s)\b")
# One thing shared by many, the adjective before its noun: "ein gemeinsames Zuhause", "einen
# gemeinsamen Wochenplan" (not the adverb of "gemeinsam mit der Stadt").
_SHARED = re.compile(r"\bgemeinsame[nmrs]?\s+(?=[A-ZÄÖÜ])")
# … or one place the groups are brought or come to: "holt Verwaltung, Unternehmen und Bürger an
# einen Tisch", "bringt die bestehenden Initiativen unter ein Dach", "wo die vielen, die schon
# etwas machen, an einen Tisch kommen" (the numeral "ein" is the point).
_ONE_PLACE = re.compile(r"\b(?:an|unter|in)\s+(?:einen|ein)\s+(?-i:[A-ZÄÖÜ])", re.IGNORECASE)
_BRINGING = re.compile(
    r"\b(?:bring|brach|gebracht|hol|geholt|setz|gesetzt|komm|kam|gekommen)\w*", re.IGNORECASE
)
# The object as a clause of its own that calls it existing: "zusammenführen, was es schon gibt",
# "bündeln, was bereits läuft", "vernetzen, die bisher jede für sich arbeiten"; or the object's
# relative clause, after the object and the verb's separated particle: "Dort laufen die vielen
# kleinen Projekte zusammen, die es in der Stadt schon gibt".
_EXISTING_CLAUSE = re.compile(
    r"^(?:\s*[\w-]+){0,8}\s*,\s*(?:alles,?\s+)?(?:was|das|die|der)\b[^.;:]{0,60}?\b(?:schon|bereits|bisher|längst)\b"
)
# The object listed after a colon: "bündeln: das WLAN …, die Tablet-Klasse …, den Breitbandausbau …".
_COLON_LIST = re.compile(r"^\w*\s*:")
# The existing work is the verb's object: at most this many words after the verb, or (verb at
# the clause end) this many before it.
_AFTER, _BEFORE = 6, 3
# What ends the clause of a verb: punctuation or a coordinating conjunction. A comma between
# digits belongs to a number, a dash to a parenthesis inside the clause.
_CLAUSE_BREAK = re.compile(r"[;:]|,(?!\d)")
_CLAUSE_END = re.compile(r"\w*\s*(?:$|[.;:!?]|,(?!\d)|(?:und|oder|sowie|aber)\b)")
_OBJECT_BEFORE = 10


def bundling_initiatives(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """Named initiatives with a bundling verb, or a bundling verb over existing work named otherwise."""
    outcome = cue_rule(ctx, item, settings)
    if outcome.status is CheckStatus.OK:
        return outcome
    bundling = next(group for group in item.cues if group.id == "bundling")  # the loader checked it
    found = [s for s in usable(ctx, item, ctx.in_outline(item.outline)) if bundles_existing(ctx, s, bundling)]
    if not found:
        return outcome
    note = f"gefunden: „{found[0].text[: settings.note_quote_chars]}“"
    return Outcome(CheckStatus.OK, note, ctx.quote(found, settings.max_evidence))


def bundles_existing(ctx: CheckContext, sentence: Sentence, bundling: TermGroup) -> bool:
    """True if the sentence brings existing work together: `bundling`'s verbs, or one common place."""
    if sentence.hedged:
        return False
    text = sentence.text
    if _heading_bundles(ctx, sentence, bundling) and (
        _EXISTING_WORK.search(text) or _EXISTING_ADJECTIVE.search(text)
    ):
        # Under "Bündelung und Koordinierung" every sentence tells how the bundling is done:
        # the existing work it names anywhere is what is brought together.
        return True
    for verb in ctx.group_hits(bundling, sentence):
        at = text.find(verb)
        if at < 0:
            continue  # a word of the table's header, not of this row
        rest = text[at + len(verb) :]
        before, after = text[:at].split(), rest.split()
        window = " ".join([*before[-_BEFORE:], *after[:_AFTER]])
        # A verb at the clause end has its object before it, lists and all: look further back,
        # to the start of its clause where the verb closes one ("die … Vorhaben – vom … bis zu … –
        # an einer Stelle zusammenführen").
        object_before = " ".join([*before[-_OBJECT_BEFORE:], *after[:_AFTER]])
        if _closes_clause(rest):
            object_before = text[clause_span(text, at, at, _CLAUSE_BREAK)[0] : at]
        if (
            _EXISTING_CLAUSE.match(rest)
            or (_COLON_LIST.match(rest) and _SERIES.search(rest))
            or _EXISTING_WORK.search(window)
            or _EXISTING_ADJECTIVE.search(object_before)
            or _LIST.search(" ".join(after[: _AFTER * 3]))
            or _SERIES.search(" ".join(before[-_OBJECT_BEFORE:]))
            or (_POINTING_BACK.search(object_before) and _listed_before(ctx, sentence))
        ):
            return True
    return _shares_one_place(ctx, sentence)


def _closes_clause(rest: str) -> bool:
    """True if the verb's clause ends with it: a break, a conjunction or the sentence end follows."""
    return _CLAUSE_END.match(rest) is not None


def _shares_one_place(ctx: CheckContext, sentence: Sentence) -> bool:
    """True if listed groups, groups the paragraph listed, or work called existing get one common
    place or plan."""
    text = sentence.text
    places = [*_SHARED.finditer(text), *(_ONE_PLACE.finditer(text) if _BRINGING.search(text) else ())]
    for shared in places:
        clause = text[: shared.start()]
        if (
            _SERIES.search(clause)
            or _EXISTING_ADJECTIVE.search(clause)
            or (_POINTING_BACK.search(clause) and _listed_before(ctx, sentence))
        ):
            return True
    return False


def _listed_before(ctx: CheckContext, sentence: Sentence) -> bool:
    """True if a sentence before this one in its paragraph lists three or more members."""
    earlier = [p for p in ctx.index.of_blocks([sentence.block]) if p.position < sentence.position]
    return any(_SERIES.search(p.text) for p in earlier)


def _heading_bundles(ctx: CheckContext, sentence: Sentence, bundling: TermGroup) -> bool:
    """True if the heading of the sentence's own section names the bundling."""
    if sentence.section is None:
        return False
    title = ctx.mapping.sectioned.sections[sentence.section].title
    return bool(ctx.matcher(bundling.terms).search(title))
