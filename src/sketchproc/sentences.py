"""German prose cut into sentences without breaking at "z. B.", "1. Januar" or "IV. Quartal", and the
clause around a word of a sentence."""

from __future__ import annotations

import re

__all__ = ["clause_span", "split_sentences"]


# Words that end with a period without ending the sentence (casefolded, period removed).
# Single letters ("z. B.", "e. V.") are handled by length.
_ABBREVIATIONS = frozenset(
    {
        "bzw", "ca", "nr", "abs", "ggf", "usw", "vgl", "str", "inkl", "max", "min", "dr", "prof", "bspw",
        "evtl", "gem", "lt", "zzgl", "tel", "hrsg", "mio", "mrd", "tsd", "art", "ziff", "sog", "insb", "ff",
        "bzgl", "zb", "jan", "feb", "mrz", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
        "rd", "mind", "ebd", "pos", "anl", "vs", "hr", "fr",
    }
)  # fmt: skip
# Roman numerals before "Quartal" or in enumerations ("IV. Quartal 2020").
_ROMAN = re.compile(r"^(?:i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,2})$")
# A candidate sentence end: . ! ? (with closing quotes or brackets) followed by whitespace.
_END = re.compile(r"[.!?][\"“”'’)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([^\W_]+)\.$")
_LINE = re.compile(r"[^\n]+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of `text`, whitespace trimmed; every line break also ends one.

    German abbreviations ("z. B.", "Nr.", "ca.", "bzw.", "e. V.", "Abs."), single letters,
    ordinals ("1. Januar") and roman numerals ("IV. Quartal") do not end a sentence.
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for end_match in _END.finditer(text, line.start(), line.end()):
            if _continues(text, end_match.start(), end_match.end(), line.end()):
                continue
            spans.append((start, end_match.end()))
            start = end_match.end()
        spans.append((start, line.end()))
    return [trimmed for trimmed in (_trim(text, s, e) for s, e in spans) if trimmed[1] > trimmed[0]]


def _continues(text: str, mark: int, after: int, line_end: int) -> bool:
    """True if the punctuation at `mark` does not end the sentence."""
    following = text[after:line_end].lstrip()
    if following and following[0].islower():
        return True
    if text[mark] != ".":
        return False
    word = _WORD_BEFORE.search(text, max(0, mark - 40), mark + 1)
    if word is None:
        return False
    token = word.group(1).casefold()
    if token.isdigit():
        return len(token) <= 2  # "1. Januar", "3. Meilenstein"; a year ends the sentence
    return len(token) == 1 or token in _ABBREVIATIONS or bool(_ROMAN.match(token))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def clause_span(text: str, start: int, end: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    """Start and end of the clause around text[start:end]: from the last break before it to the
    first break after it. What breaks a clause depends on the question (a colon before digits is
    part of an amount, a parenthesis ends a slogan's clause), so the caller gives `breaks`."""
    before = max((m.end() for m in breaks.finditer(text, 0, start)), default=0)
    after = breaks.search(text, end)
    return before, after.start() if after else len(text)
