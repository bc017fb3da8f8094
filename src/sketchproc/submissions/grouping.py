"""File cards → groups of files holding the same sketch, each with its German reason.

Pairs are linked strongest first (agglomerative, single link), and a link is refused when
it would put two different applicants into one group: a chain through a file without a
recognised applicant must not join two sketches that share only the call's template.
Shingles shared by files of different applicants are template text by definition and are
removed from every fingerprint before comparing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sketchproc.submissions.fingerprint import containment
from sketchproc.submissions.records import FileCard
from sketchproc.submissions.settings import SubmissionSettings

__all__ = ["Group", "group_files", "same_applicant"]

_NAME_WORD = re.compile(r"[0-9a-zäöüß]+")
# Words that say nothing about who applies ("Landkreis Harz" vs "Landkreis Börde").
_GENERIC = frozenset({"der", "die", "das", "des", "und", "für", "e", "v", "ev", "mbh", "gmbh", "gbr"})


@dataclass(frozen=True)
class Group:
    """Files found to hold one sketch, and why (German, one sentence per link)."""

    files: tuple[FileCard, ...]
    reasons: tuple[str, ...]


def group_files(cards: Sequence[FileCard], settings: SubmissionSettings | None = None) -> list[Group]:
    """Group files by the text of their body, never joining different applicants."""
    resolved = settings or SubmissionSettings()
    prints = _without_template(cards, resolved)
    parent = list(range(len(cards)))
    reasons: dict[int, list[str]] = {i: [] for i in range(len(cards))}
    for _share, first, second, why in _candidate_links(cards, prints, resolved):
        root_a, root_b = _find(parent, first), _find(parent, second)
        if root_a == root_b or _applicants_clash(cards, parent, root_a, root_b, resolved):
            continue
        parent[root_b] = root_a
        reasons[root_a] += [*reasons.pop(root_b), why]
    groups: dict[int, list[int]] = {}
    for index in range(len(cards)):
        groups.setdefault(_find(parent, index), []).append(index)
    return [
        Group(tuple(cards[i] for i in members), tuple(reasons[root]))
        for root, members in sorted(groups.items(), key=lambda item: min(item[1]))
    ]


def same_applicant(first: str | None, second: str | None, settings: SubmissionSettings) -> bool | None:
    """True/False when both applicants are known, None when one is not."""
    return _same_words(_name_words(first), _name_words(second), settings)


def _same_words(
    words_a: frozenset[str], words_b: frozenset[str], settings: SubmissionSettings
) -> bool | None:
    """`same_applicant` of two names already cut into their words."""
    if not words_a or not words_b:
        return None
    overlap = len(words_a & words_b) / min(len(words_a), len(words_b))
    return overlap >= settings.applicant_overlap


def _name_words(name: str | None) -> frozenset[str]:
    return frozenset(_NAME_WORD.findall((name or "").casefold())) - _GENERIC


def _without_template(cards: Sequence[FileCard], settings: SubmissionSettings) -> list[frozenset[int]]:
    """Fingerprints without the shingles that files of different applicants share.

    Whether two files' applicants differ depends on their names' words alone, so the files
    are pooled by those words first: the shingles two pools share are exactly those some
    pair of their files shares. Comparing every pair of files (each time cutting both names
    into words) took ~1.9 s for 200 sketches; a call has far fewer applicants than files.
    Two files of the same words never differ (their overlap is 1), nor one without a name.
    """
    pools: dict[frozenset[str], set[int]] = {}
    for card in cards:
        words = _name_words(card.applicant)
        if words:
            pools.setdefault(words, set()).update(card.fingerprint)
    names = list(pools)
    template: set[int] = set()
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            if _same_words(first, second, settings) is False:
                template |= pools[first] & pools[second]
    return [card.fingerprint - template for card in cards]


def _candidate_links(
    cards: Sequence[FileCard], prints: Sequence[frozenset[int]], settings: SubmissionSettings
) -> list[tuple[float, int, int, str]]:
    links = []
    # Cut each name once, not once per pair.
    applicants = [_name_words(card.applicant) for card in cards]
    titles = [_name_words(card.title) for card in cards]
    for i, first in enumerate(cards):
        for j in range(i + 1, len(cards)):
            second = cards[j]
            if min(len(prints[i]), len(prints[j])) < settings.min_shingles:
                continue
            share = containment(prints[i], prints[j])
            applicant = _same_words(applicants[i], applicants[j], settings)
            if applicant is False:
                continue
            title = bool(titles[i]) and titles[i] == titles[j]
            percent = f"{round(share * 100)} %"
            pair = f"„{first.path}“ und „{second.path}“"
            if share >= settings.same_text_containment:
                why = f"{pair}: {percent} des Textes stimmen überein."
            elif share >= settings.supported_containment and (applicant or title):
                support = "derselbe Antragsteller" if applicant else "derselbe Titel"
                why = f"{pair}: {percent} des Textes stimmen überein, dazu {support}."
            else:
                continue
            links.append((share, i, j, why))
    # Strongest first, ties by position: the result does not depend on dict or set order.
    return sorted(links, key=lambda link: (-link[0], link[1], link[2]))


def _applicants_clash(
    cards: Sequence[FileCard], parent: list[int], root_a: int, root_b: int, settings: SubmissionSettings
) -> bool:
    members_a = [card for i, card in enumerate(cards) if _find(parent, i) == root_a]
    members_b = [card for i, card in enumerate(cards) if _find(parent, i) == root_b]
    return any(
        same_applicant(a.applicant, b.applicant, settings) is False for a in members_a for b in members_b
    )


def _find(parent: list[int], index: int) -> int:
    while parent[index] != index:
        parent[index] = parent[parent[index]]
        index = parent[index]
    return index
