"""Subject of the sketch: a coordinating centre, not hardware, broadband or one app.

The call wants the centre word and a verb of coordinating or bundling together. Authors
name the centre once ("Mit dem Regionalen Digitalisierungszentrum … schaffen wir …") and
then write what it does with an article and the compound's head: "Das Zentrum
bündelt …", "Die Stelle koordiniert …". Such a sentence speaks of the centre named before.
Others say what the centre does without a verb of coordinating: it gives the groups of the
place one common home ("wollen wir diesen Gruppen ein gemeinsames Zuhause geben: … eine
Anlaufstelle …"). A sentence that names the centre and bundles existing work in the sense of
checklist.bundling makes it the subject as well.

Two more ways of speaking of the centre named before: by the short name given right after
its full name ("Regionales Digitalisierungszentrum Mansfeld-Südharz (RDZ MSH)" … "Das RDZ MSH
wird … eingerichtet"), and by a personal pronoun opening the next sentence ("… eingerichtet.
Es bündelt …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sketchproc.checklist.bundling import bundles_existing
from sketchproc.checklist.context import CheckContext, Sentence
from sketchproc.checklist.investment import cost_base, priced_risks
from sketchproc.checklist.rules import Outcome, cue_rule, usable
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.german import format_eur
from sketchproc.model import CheckStatus
from sketchproc.passages import PassageKind
from sketchproc.profiles.schema import ChecklistItem, TermGroup
from sketchproc.terms import TermMatcher

__all__ = ["subject_is_centre"]

# A noun phrase: article or possessive, at most one adjective, a capitalised noun. The
# indefinite article introduces the centre the subject line named: "Im Rathaus soll eine Stelle
# entstehen, bei der alles zusammenläuft" under "Betreff: Digitale Anlaufstelle …".
_REFERRING = re.compile(
    r"\b(?i:das|die|der|dem|den|des|unser\w*|ein|eine[nmrs]?)\s+(?:[a-zäöüß]\w*e[nmrs]?\s+)?([A-ZÄÖÜ]\w{3,})"
)
_THE_CENTRE = re.compile(r"(?:das|unser|dieses)\s+(?:[a-zäöüß]\w*e[ns]?\s+)?zentrum\b", re.IGNORECASE)
# A head shorter than this ("Amt", "Hub") is no safe reference to a longer compound.
_MIN_HEAD = 5
# A sketch that names no centre and spends more than this share on investments is about them; the
# investment objects are those the call's cost-type check weighs (one lexicon for both). One that
# names a centre is doubtful above it and about the objects above the second share.
_MOSTLY = 0.5
_DOMINANT = 2 / 3
_COST_TYPE_CHECK = "eligible_cost_types"
# Case and plural endings of the head ("des Zentrums", "den Zentren", "der Stellen").
_ENDINGS = ("es", "en", "s", "n", "")
# A short name right after the centre's full name (at most three words on): in brackets or quotes.
_SHORT_NAME = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s*(?:\(\s*(?P<bracketed>[^()]{2,20}?)\s*\)|[„\"»](?P<quoted>[^“\"«„]{2,30})[“\"«])"
)
# A short name is capitalised words with two capitals at least: "(RDZ MSH)", „DigiTreff“;
# not a place's addition ("Halle (Saale)") or a remark ("(ab 2019)").
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\wÄÖÜäöüß.-]*")
_MIN_CAPITALS = 2
# The title stands among the first lines of the document, a letterhead's lines above it.
_TITLE_LINES = 10
# A personal pronoun opening a sentence speaks of the subject of the sentence before it, if it
# agrees with that noun's gender, which its article shows.
_PRONOUN_SUBJECT = re.compile(r"^(?:Es|Sie|Er)\s+[a-zäöüß]")
_ARTICLE_BEFORE = re.compile(r"\b(das|die|der|ein|eine)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_PRONOUNS: dict[str, frozenset[str]] = {
    "das": frozenset({"Es"}),
    "ein": frozenset({"Es", "Er"}),
    "die": frozenset({"Sie"}),
    "eine": frozenset({"Sie"}),
    "der": frozenset({"Er"}),
}


def subject_is_centre(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """A coordinating centre is the subject; risk objects (hardware, broadband) and money spent on
    them violate.

    A sketch that names a centre is not excluded for also mentioning broadband or hardware (most
    describe the regional broadband build-out as context), but its budget says what it is about:
    with more than half of the money on investments a reviewer weighs it, with more than two
    thirds the centre is a side issue. A sketch with no centre wording is violated when its text
    is about such an object or half of its money buys them.
    """
    outcome = _by_words(ctx, item, settings)
    if outcome.status in (CheckStatus.OK, CheckStatus.UNCLEAR):
        return _weighed_by_money(ctx, outcome, settings)
    return outcome


def _by_words(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """The verdict of the text alone: centre and coordination, or the risk objects."""
    outcome = cue_rule(ctx, item, settings)
    risky = (
        [s for s in usable(ctx, item, ctx.in_outline(item.outline)) if ctx.matcher(item.risk).search(s.text)]
        if item.risk
        else []
    )
    coordinated = item.cues[1] if len(item.cues) > 1 else None
    mixed = [
        s for s in risky if _about_the_project(s) and not (coordinated and ctx.group_hits(coordinated, s))
    ]
    if outcome.status is CheckStatus.UNCLEAR and not mixed:
        # A risk object in what the project is or does makes the signals mixed: a reviewer decides.
        # One in the region's situation ("Der Breitbandausbau kommt voran"), in who the applicant
        # is ("… aus Softwareentwicklung arbeiten bei uns") or among what the centre coordinates
        # ("In der Koordinierungsrunde sitzen … der Breitbandausbau") says nothing of the project.
        return _by_reference(ctx, item, settings) or outcome
    if outcome.status is CheckStatus.MISSING and not risky:
        return _money_on_investments(ctx, settings) or outcome
    if outcome.status is not CheckStatus.MISSING or not risky:
        return outcome
    example = risky[0].text[: settings.note_quote_chars]
    note = f"Gegenstand ist kein Koordinierungszentrum, sondern z. B. „{example}“"
    return Outcome(CheckStatus.VIOLATED, note, ctx.quote(risky, settings.max_evidence))


# Parts of the outline that describe the situation, not the project.
_SITUATION = frozenset({"baseline"})


def _about_the_project(sentence: Sentence) -> bool:
    """True if the sentence stands in a part that tells what the project is or does; a part that
    also tells the situation (a letter mapped to several parts at once) is not known to."""
    ids = set(sentence.outline_ids)
    return bool(ids) and not ids & _SITUATION


def _by_reference(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome | None:
    """OK if a coordinating sentence speaks of the named centre by its head ("Das Zentrum bündelt"),
    or a sentence naming the centre brings existing work together."""
    if len(item.cues) < 2:
        return None
    centre, coordination = item.cues[0], item.cues[1]  # what the centre is, then what it does
    scope = usable(ctx, item, ctx.in_outline(item.outline))
    named = [hit.casefold() for s in scope if not s.hedged for hit in ctx.group_hits(centre, s)]
    if not named:
        return None
    named += [word.casefold() for word in _title_names(ctx, ctx.matcher(centre.terms))]
    first = next(s for s in scope if ctx.group_hits(centre, s))
    short = _short_names(ctx, centre)
    for sentence in scope:
        if sentence.hedged:
            continue
        refers = _refers_to(sentence, named, short) or _pronoun_for_centre(
            ctx, sentence, centre, named, short
        )
        coordinates = bool(ctx.group_hits(coordination, sentence)) and refers
        names_it = bool(ctx.group_hits(centre, sentence)) or refers
        bundles = names_it and bundles_existing(ctx, sentence, coordination)
        if coordinates or bundles:
            note = f"gefunden: „{sentence.text[: settings.note_quote_chars]}“"
            return Outcome(CheckStatus.OK, note, ctx.quote([first, sentence], settings.max_evidence))
    # "Was fehlt, ist jemand, der die Fäden zusammenführt. Genau das soll das Digitalzentrum
    # leisten.": a demonstrative opening the centre's sentence takes up the sentence before it.
    everything = ctx.index.passages  # in document order: a passage's position is its index
    for sentence in scope:
        before = everything[sentence.position - 1] if sentence.position else None
        if (
            before is not None
            and not sentence.hedged
            and _TAKES_UP.match(sentence.text)
            and (ctx.group_hits(centre, sentence) or _refers_to(sentence, named, short))
            and ctx.group_hits(coordination, before)
        ):
            note = f"gefunden: „{before.text[: settings.note_quote_chars]}“ – „{sentence.text[:60]}“"
            return Outcome(CheckStatus.OK, note, ctx.quote([before, sentence], settings.max_evidence))
    # The project is the centre its title or its own parts name; its measures and the applicants'
    # plan are what the centre does: "Zusammenbringen der Vereine und Engagierten" among them is the
    # centre coordinating.
    project = next((s for s in scope if ctx.group_hits(centre, s) and _names_the_project(s)), None)
    measure = next((s for s in scope if _is_measure(s) and ctx.group_hits(coordination, s)), None)
    if project is not None and measure is not None:
        note = f"Zentrum genannt, Maßnahme: „{measure.text[: settings.note_quote_chars]}“"
        return Outcome(CheckStatus.OK, note, ctx.quote([project, measure], settings.max_evidence))
    return None


# A sentence opening with a demonstrative for what was just said: "Genau das …", "Dies …",
# "Diese Lücke …", "All das …".
_TAKES_UP = re.compile(
    r"^\W*(?:genau\s+|all\s+)?(?:das|dies|dieses|diese\s+(?:aufgabe|aufgaben|rolle|lücke|funktion))\b"
    r"(?!\s+(?:\w+\s+)?(?:zentrum|büro|projekt|vorhaben)\b)",
    re.IGNORECASE,
)


def _names_the_project(sentence: Sentence) -> bool:
    """True for a sentence of the title and key data or of the project's own parts."""
    return not sentence.hedged and _own_part(sentence)


def _own_part(sentence: Sentence) -> bool:
    """True outside the situation: the title, the key data, the parts about the project, and a
    section the outline maps nowhere ("Unser Vorhaben")."""
    return not set(sentence.outline_ids) & _SITUATION


def _is_measure(sentence: Sentence) -> bool:
    """What the project does (not the situation): a listed measure or task, or a sentence of the
    applicants' own plan ("Wir wollen … die Vereine und Initiativen besser zusammenbringen")."""
    listed = sentence.kind is PassageKind.LIST_ITEM or _WE_PLAN.search(sentence.text) is not None
    return listed and _own_part(sentence) and not sentence.hedged


# The applicants' plan: "wir" with a verb of intending or the future ("Wir wollen … zusammenbringen",
# "möchten wir … vernetzen"), not what they are ("Wir sind zertifizierter Partner …").
_WE_PLAN = re.compile(
    r"\b(?:wir\s+(?:\w+\s+){0,2}?(?:wollen|werden|möchten|planen)|(?:wollen|werden|möchten|planen)\s+wir)\b",
    re.IGNORECASE,
)


def _short_names(ctx: CheckContext, centre: TermGroup) -> list[str]:
    """Short names the sketch gives its centre right after the full name, anywhere in it."""
    matcher = ctx.matcher(centre.terms)
    names: list[str] = []
    for block in ctx.mapping.sectioned.document.blocks:
        for hit in matcher.find(block.text):
            given = _SHORT_NAME.match(block.text, hit.end)
            name = given and (given["bracketed"] or given["quoted"]).strip()
            words = name.split() if name else []
            capitals = sum(char.isupper() for char in name) if name else 0
            if words and capitals >= _MIN_CAPITALS and all(_NAME_WORD.fullmatch(w) for w in words):
                names.append(" ".join(words))
    return list(dict.fromkeys([*names, *_title_nouns(ctx, matcher)]))


def _title_nouns(ctx: CheckContext, matcher: TermMatcher) -> list[str]:
    """Nouns of the title that name the centre (`_title_names`) and that the text takes up with an
    article ("Der Hub wird …")."""
    body = " ".join(s.text for s in ctx.sentences if s.content)
    return [
        word
        for word in _title_names(ctx, matcher)
        if re.search(rf"\b(?i:der|die|das|dem|den|des)\s+{re.escape(word)}\b", body)
    ]


def _title_names(ctx: CheckContext, matcher: TermMatcher) -> list[str]:
    """Nouns of the sketch's title when its line or the line under it calls the project a centre:
    "Digital Hub Dessau-Roßlau" over "Das Regionale Digitalisierungszentrum der Bauhausstadt",
    "Projektskizze „Digitalwerkstatt Bitterfeld-Wolfen“ – Aufbau eines … Digitalisierungszentrums".
    The title's noun is then the centre's own name, and its head takes it up ("die Werkstatt")."""
    document = ctx.mapping.sectioned.document
    title = document.title
    lines = [block.text for block in document.blocks[:_TITLE_LINES]]
    at = next((i for i, line in enumerate(lines) if title and title in line), None)
    if title is None or at is None or not any(matcher.search(line) for line in lines[at : at + 2]):
        return []
    return [word for word in _NAME_WORD.findall(title) if len(word) >= _MIN_HEAD]


def _pronoun_for_centre(
    ctx: CheckContext, sentence: Sentence, centre: TermGroup, named: list[str], short: Sequence[str]
) -> bool:
    """True if the sentence opens with a pronoun and the sentence before it speaks of the centre."""
    if not _PRONOUN_SUBJECT.match(sentence.text):
        return False
    before = [p for p in ctx.index.of_blocks([sentence.block]) if p.position < sentence.position]
    if not before:
        return False
    previous = max(before, key=lambda p: p.position)
    words = [*ctx.group_hits(centre, previous), *short]
    words += [m.group(1) for m in _REFERRING.finditer(previous.text) if _refers_to_head(m.group(1), named)]
    pronoun = sentence.text.split(maxsplit=1)[0]
    return any(pronoun in _agreeing(previous.text, word) for word in words)


def _agreeing(text: str, word: str) -> frozenset[str]:
    """The pronouns that can take up `word` as its article in `text` shows its gender: "Das
    Zentrum … Es", "Die Stelle … Sie"; none where it stands without an article."""
    found: set[str] = set()
    for at in (m.start() for m in re.finditer(re.escape(word), text)):
        article = _ARTICLE_BEFORE.search(text[:at])
        if article is not None:
            found |= _PRONOUNS[article.group(1).casefold()]
    return frozenset(found)


def _refers_to(sentence: Sentence, named: list[str], short: Sequence[str] = ()) -> bool:
    """True if a noun phrase of the sentence has the head of a centre word named before, or the
    sentence opens with "Das Zentrum": the call's own word for what every applicant builds, so a
    sketch that named its "Anlaufstelle" may go on with "Das Zentrum berät …"; or the sentence
    uses the centre's short name."""
    if _THE_CENTRE.match(sentence.text):
        return True
    if any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence.text) for name in short):
        return True
    return any(_refers_to_head(match.group(1), named) for match in _REFERRING.finditer(sentence.text))


def _refers_to_head(noun: str, named: list[str]) -> bool:
    """True if `noun` is the head of a centre word named before ("Stelle" of "Anlaufstelle")."""
    head = noun.casefold()
    bases = {head[: len(head) - len(e)] for e in _ENDINGS if head.endswith(e)}
    return any(len(base) >= _MIN_HEAD and word.endswith(base) for base in bases for word in named)


def _money_on_investments(ctx: CheckContext, settings: ChecklistSettings) -> Outcome | None:
    """Violated if, with no centre named, most of the money buys investment objects (devices,
    networks, buildings) as the call's cost-type item prices them; None otherwise."""
    spent = _investments(ctx)
    if spent is None or spent.share <= _MOSTLY:
        return None
    note = f"kein Koordinierungszentrum benannt; {spent.amounts} für Geräte, Netze oder Bauten"
    return Outcome(CheckStatus.VIOLATED, note, ctx.quote(spent.evidence, settings.max_evidence))


def _weighed_by_money(ctx: CheckContext, outcome: Outcome, settings: ChecklistSettings) -> Outcome:
    """The verdict of the text, unless most of the money buys investment objects."""
    spent = _investments(ctx)
    if spent is None or spent.share <= _MOSTLY:
        return outcome
    status = CheckStatus.VIOLATED if spent.share > _DOMINANT else CheckStatus.UNCLEAR
    note = f"Zentrum genannt, aber {spent.amounts} für Geräte, Netze oder Bauten"
    return Outcome(status, note, ctx.quote(spent.evidence, settings.max_evidence))


@dataclass(frozen=True)
class _Spent:
    """What the budget spends on investment objects, of how much."""

    invested: float
    base: float
    evidence: list[Sentence]

    @property
    def share(self) -> float:
        return self.invested / self.base

    @property
    def amounts(self) -> str:
        return f"{format_eur(self.invested)} von {format_eur(self.base)}"


def _investments(ctx: CheckContext) -> _Spent | None:
    """The money the call's cost-type item prices as investments, and the cost base; None
    without a base or such an item."""
    costs = next((i for i in ctx.profile.checklist.items if i.check == _COST_TYPE_CHECK and i.risk), None)
    if costs is None:
        return None
    _, priced = priced_risks(ctx, costs)
    base = cost_base(ctx)
    if base is None or base <= 0:
        return None
    return _Spent(sum(amount for _, amount in priced), base, [s for s, _ in priced])
