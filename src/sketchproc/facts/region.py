"""Region and contact: the gazetteer district of the applicant, a seat outside the state, the e-mail.

The region is read from the applicant's name, then from its passage and the
applicant section, then from the cover and title block, and only then from the
whole text: a sketch names many places, but the applicant's seat says where the
centre is. A place maps to its district; a name that is also a common word
(`needs_context` in the gazetteer) counts only right after a municipal word such
as "Landkreis" or "Stadt" (the profile's public-law legal form spellings).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from sketchproc.facts.settings import FactSettings
from sketchproc.folding import fold_text
from sketchproc.model import Evidence, TextFact
from sketchproc.passages import Passage
from sketchproc.places import municipalities, national_districts
from sketchproc.profiles.memo import per_profile
from sketchproc.profiles.schema import CallProfile, Law, term_key

# A court, registry or tax office right before a place: "Amtsgericht Stendal", "Finanzamt Halle".
_REGISTRY_BEFORE = re.compile(r"(?:gericht\w*|finanzamt\w*|register\w*)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A partner named with its place in the same clause: "in Zusammenarbeit mit …", "gemeinsam mit …".
_PARTNER_BEFORE = re.compile(
    r"\b(?:(?:zusammenarbeit|kooperation|partnerschaft)\s+mit|(?:gemeinsam|zusammen)\s+mit)\b[^.;:]{0,80}$",
    re.IGNORECASE,
)
# A German postcode right before a place is an address: "38350 Helmstedt".
_POSTCODE_BEFORE = re.compile(r"\b\d{5}\s+$")
# An e-mail address; the domain needs a dot, so "@home" in prose is none.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Text recognition sets a space beside the "@" of an address ("t.wendland @zbit-stendal.de"):
# glyph spacing, not the writer's. Typed text keeps its spaces; only scanned pages are rejoined.
_OCR_SPACED_AT = re.compile(r"(?<=[\w.])\s?@\s?(?=[\w-]+\.[\w-])")


@dataclass(frozen=True)
class _Name:
    written: str  # the name as the gazetteer or data set spells it
    target: str  # district id, or the outside place's name
    outside: bool
    needs_context: bool
    not_in: tuple[str, ...] = ()

    @property
    def pattern(self) -> re.Pattern[str]:
        """The name as a whole word (compiled when first needed: most names never occur)."""
        return _word(self.written)


@dataclass(frozen=True)
class _Hit:
    start: int
    length: int
    name: _Name


@dataclass(frozen=True)
class RegionFacts:
    """The district (id) and a place outside the state named as the applicant's seat."""

    region: TextFact | None = None
    outside: TextFact | None = None


@dataclass(frozen=True)
class ApplicantText:
    """A text that describes the applicant; `area` if it is a key-data row naming the project's area
    or the applicant's seat."""

    text: str
    evidence: Evidence
    area: bool


# A run-in label of key data and its value: "Gebiet: Stadt X, Landkreis Y".
_KEY_LINE = re.compile(r"^\W*(?P<label>[^\W\d][\w ./()-]{0,40}):\s*\S")
# A key-data label naming the area the centre serves ("Gebiet", "Region", "Einzugsraum") or the
# applicant's seat ("Landkreis", "Sitz", "Anschrift"): the sketch's own statement of where it is.
_AREA_LABEL = re.compile(r"gebiet|region|raum\b|kreis\b|sitz\b|anschrift|adresse", re.IGNORECASE)


def applicant_texts(
    applicant: TextFact | None, key_passages: Iterable[Passage], settings: FactSettings
) -> list[ApplicantText]:
    """Texts that describe the applicant, most specific first: name, its quote, key-data passages."""
    texts = [ApplicantText(applicant.value, applicant.evidence, False)] if applicant else []
    if applicant:
        texts.append(ApplicantText(applicant.evidence.quote, applicant.evidence, False))
    for passage, text in _without_addressee(key_passages):
        run_in = _KEY_LINE.match(text)
        label = passage.cells[0] if len(passage.cells) > 1 else (run_in.group("label") if run_in else "")
        if _PARTNER_LABEL.search(label):
            continue  # "Kooperationspartner | Verbandsgemeinde Obere Aller (Landkreis Börde)"
        # A key-data line that names the applicant with a district says where it sits: "Stadt
        # Schöningen · Landkreis Helmstedt" on the cover.
        names_applicant = applicant is not None and applicant.value in text
        area = bool(_AREA_LABEL.search(label)) or names_applicant
        texts.append(ApplicantText(text, passage.evidence(settings.max_quote_chars), area))
    return texts


# A key-data label naming others than the applicant: "Kooperationspartner", "Verbundpartner".
_PARTNER_LABEL = re.compile(r"partner|mitwirkende|beteiligte", re.IGNORECASE)

# A sketch written as a letter opens with the address of the ministry it goes to: the lines from
# the authority's name down to its postcode and town ("39104 Magdeburg") say nothing of the
# applicant's seat. The name opens its line, which a PDF may join to the sender's line above
# ("… · 06925 Heidebogen Ministerium für …").
_ADDRESSEE = re.compile(
    r"(?:^\W*|(?<!\d)\d{5}\s+[^\W\d][\w-]*\s+)"
    r"(?P<name>(?:An\s+(?:das|den|die)\s+)?(?:Ministerium|Staatskanzlei)\b)",
    re.IGNORECASE,
)
_TOWN = re.compile(r"(?<!\d)\d{5}\s+[^\W\d]")
_MAX_ADDRESS_LINES = 6


def _without_addressee(passages: Iterable[Passage]) -> Iterator[tuple[Passage, str]]:
    """The passages and their texts, without the address block of a letter's addressee."""
    left = 0  # lines of the addressee's block still to skip
    for passage in passages:
        text = passage.text
        if left:
            left = 0 if _TOWN.search(text) else left - 1
            continue
        addressee = _ADDRESSEE.search(text)
        if addressee is None:
            yield passage, text
            continue
        if not _TOWN.search(text, addressee.end()):
            left = _MAX_ADDRESS_LINES
        if before := text[: addressee.start("name")].strip():
            yield passage, before


def find_region(
    texts: Sequence[ApplicantText],
    other_passages: Iterable[Passage],
    profile: CallProfile,
    settings: FactSettings,
) -> RegionFacts:
    """The district of the applicant's seat; where the seat is outside the state, that place.

    The applicant's own name decides first ("Landkreis Helmstedt" is in Niedersachsen whatever
    partners it names); then its key-data passages, where an inside place outranks an outside
    one named earlier; then any passage of the sketch (inside places only). An area outside that
    the key data state ("Gebiet | …, Landkreis Helmstedt") is outranked only by another area
    row, never by a place of the state in prose ("viele pendeln nach Oschersleben"): the sketch
    says where it works, and people going elsewhere do not move it.
    """
    outside: TextFact | None = None
    outside_area = False  # the first outside place stood in a key-data row naming the area
    for position, described in enumerate(texts):
        hit = _first_hit(described.text, profile)
        if hit is None:
            continue
        fact = TextFact(value=hit.name.target, evidence=described.evidence)
        if not hit.name.outside:
            if outside_area and not described.area:
                continue
            # The seat stated as key data ("Anschrift: …, 06632 Freyburg") settles a place outside
            # that the applicant's prose only mentions ("IT-Leute, die aus Leipzig zurückkamen").
            return RegionFacts(fact, None if described.area and not outside_area else outside)
        if position == 0:
            return RegionFacts(None, fact)
        if outside is None:
            outside, outside_area = fact, described.area
    if outside_area:
        return RegionFacts(None, outside)
    for passage in other_passages:
        hit = _first_hit(passage.text, profile, inside_only=True)
        if hit is not None:
            ev = passage.evidence(settings.max_quote_chars, hit.start)
            return RegionFacts(TextFact(value=hit.name.target, evidence=ev), outside)
    return RegionFacts(None, outside)


def find_email(texts: Iterable[tuple[str, Evidence]], applicant: str | None = None) -> TextFact | None:
    """The first e-mail address in the given texts whose domain carries a word of the applicant's
    name ("s.wiechert@gemeinde-huy.de" for "Gemeinde Huy"), else the first address at all.

    A consultancy writing for a municipality, or a partner introduced before the applicant,
    puts its own address first; the applicant's address is the one of its own domain.
    """
    found = [
        TextFact(value=m.group(0).rstrip("."), evidence=evidence)
        for text, evidence in texts
        if (m := _EMAIL.search(text)) is not None
    ]
    words = _name_words(applicant) if applicant else set()
    own = (
        fact for fact in found if words & set(_DOMAIN_WORD.findall(fold_text(fact.value.split("@")[-1]).text))
    )
    return next(own, found[0] if found else None)


_DOMAIN_WORD = re.compile(r"[a-z]{3,}")


def _name_words(name: str) -> set[str]:
    """The words of a name that may stand in its domain: "Gemeinde Huy" → {"gemeinde", "huy"}."""
    return {word for word in _DOMAIN_WORD.findall(fold_text(name).text) if word not in _NOT_NAMING}


# Articles and joining words of a name, and the endings of a domain: they name nobody.
_NOT_NAMING = frozenset(
    {"der", "die", "das", "des", "und", "fuer", "von", "com", "net", "org", "info", "www"}
)


def email_passages(passages: Iterable[Passage], settings: FactSettings) -> Iterable[tuple[str, Evidence]]:
    """Passages as (text, evidence) pairs, the quote centred on the address."""
    for passage in passages:
        text = _OCR_SPACED_AT.sub("@", passage.text) if passage.block.ocr else passage.text
        m = _EMAIL.search(text)
        if m is not None:
            yield text, passage.evidence(settings.max_quote_chars, m.start())


def _first_hit(text: str, profile: CallProfile, *, inside_only: bool = False) -> _Hit | None:
    """The earliest (then longest) gazetteer name in `text` that counts."""
    hits = [
        _Hit(m.start(), m.end() - m.start(), name)
        for name in _names(profile)
        if not (inside_only and name.outside)
        # The pattern can only match where the name is written: a substring test first, as
        # over a thousand names are tried on every passage until one counts.
        if name.written in text
        for m in name.pattern.finditer(text)
        if _counts(text, m, name, profile)
    ]
    return min(hits, key=lambda h: (h.start, -h.length), default=None)


def _counts(text: str, m: re.Match[str], name: _Name, profile: CallProfile) -> bool:
    """False inside a longer name ("Sachsen" in "Sachsen-Anhalt"), after a court or registry, or
    without needed context."""
    for longer in name.not_in:
        for other in re.finditer(re.escape(longer), text):
            if other.start() <= m.start() and m.end() <= other.end():
                return False
    before = text[: m.start()]
    # "Vereinsregister beim Amtsgericht Stendal" names where a register is kept, not the seat;
    # "in Zusammenarbeit mit der Verbandsgemeinde Obere Aller (Landkreis Börde)" a partner's.
    if _REGISTRY_BEFORE.search(before) or _PARTNER_BEFORE.search(before):
        return False
    if not name.needs_context:
        return True
    return _context_before(profile).search(before) is not None or _POSTCODE_BEFORE.search(before) is not None


@per_profile
def _context_before(profile: CallProfile) -> re.Pattern[str]:
    """A municipal word right before a name: "Landkreis", "Landkreises", "Stadt", "Gemeinde" …"""
    words = sorted(
        {s for f in profile.checklist.eligible_legal_forms if f.law is Law.PUBLIC for s in f.spellings},
        key=len,
        reverse=True,
    )
    return re.compile(rf"(?:{'|'.join(re.escape(w) for w in words)})\w*\s+$", re.IGNORECASE)


@per_profile
def _names(profile: CallProfile) -> tuple[_Name, ...]:
    """Every district, place and outside name of the gazetteer (and its data sets) as a pattern."""
    gaz = profile.gazetteer
    out: list[_Name] = []
    for district in gaz.districts:
        for written in (district.name, *district.aliases):
            out.append(_Name(written, district.id, False, district.needs_context))
    for place in gaz.places:
        for written in (place.name, *place.aliases):
            out.append(_Name(written, place.district, False, place.needs_context))
    known = {n.written for n in out}
    out.extend(n for n in _data_places(profile) if n.written not in known)
    for other in gaz.outside:
        out.append(_Name(other.name, other.name, True, False, other.not_in))
    return tuple(out)


def _data_places(profile: CallProfile) -> list[_Name]:
    """Municipalities of the state and every district of the other states, from the data sets.

    A bare name counts only with a municipal word or a postcode before it (`needs_context`),
    unless it is unmistakable: hyphenated or several words ("Lüchow-Dannenberg").
    """
    gaz = profile.gazetteer
    out: list[_Name] = []
    if gaz.national is None:
        return out
    national = national_districts(gaz.national)
    by_name = {term_key(d.name): d.id for d in gaz.districts}
    inside = {n.ags: by_name.get(term_key(n.name)) for n in national if n.land == gaz.state}
    if gaz.municipalities is not None:
        for town in municipalities(gaz.municipalities):
            district = inside.get(town.district_ags)
            if district is not None:
                out.extend(_Name(w, district, False, _bare(w)) for w in _spellings(town.name))
    for unit in national:
        if unit.land == gaz.state:
            continue
        target = f"{unit.display} ({unit.land})"
        for written in {unit.name, *([unit.seat] if unit.seat else [])}:
            for spelling in _spellings(written):
                out.append(_Name(spelling, target, True, _bare(spelling), ("Sachsen-Anhalt",)))
    return out


def _spellings(name: str) -> set[str]:
    """The official name and the short form without a qualifier: "Osterburg (Altmark)" → "Osterburg"."""
    short = re.sub(r"\s*\(.*?\)|\s+(?:an|am|im|in|a\.|i\.)\s+.*$", "", name).strip()
    return {name, short} if short else {name}


def _bare(name: str) -> bool:
    """True if the name alone may be a common word or a name used in several places."""
    return not re.search(r"[-\s]", name)


@cache  # bounded by the gazetteer and its data sets
def _word(name: str) -> re.Pattern[str]:
    """`name` as a whole word; a hyphen joins words, so "Stendal" in "Magdeburg-Stendal" is no hit."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w]|-\w)")
