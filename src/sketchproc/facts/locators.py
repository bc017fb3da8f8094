"""German locator words: the labels, nouns and verbs that tell which fact an amount, a date or
a name is, compiled once per process.

They are language, not call parameters: any German funding call words its budget with
"Zuwendung", "Eigenanteil", "Gesamtkosten" and its runtime with "Laufzeit". Call-specific data
(legal forms, places, actor groups, limits) stays in the profile.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Final

__all__ = ["LOCATORS", "LOCATOR_WORDS", "Loc", "Locators", "compile_locators"]


class Loc(StrEnum):
    """Kinds of German locator words (the keys of `LOCATOR_WORDS` below)."""

    GRANT = "grant"
    OWN_SHARE = "own_share"
    THIRD_PARTY = "third_party"
    TOTAL = "total"
    PERSONNEL = "personnel"
    MATERIAL = "material"
    RATE = "rate"
    # An amount of a money passage that no locator word names: arithmetic may still place it.
    UNLABELLED = "unlabelled"
    # An amount of a budget sentence or list item without any financing or total word: a cost
    # item ("9.900 Euro entfallen auf Miete"), or another party's share that arithmetic places.
    ITEM = "item"
    TOTAL_ROW = "total_row"
    TOTAL_ROW_END = "total_row_end"
    CARRY_ROW = "carry_row"
    SUBTOTAL_ROW = "subtotal_row"
    # A financing row's label that names the grant applied for, or the applicant's own means.
    REQUESTED_ROW = "requested_row"
    OWN_MEANS_ROW = "own_means_row"
    # A table column of shares ("Anteil", "%", "Quote").
    SHARE_COL = "share_col"
    PERSONNEL_ROW = "personnel_row"
    MATERIAL_ROW = "material_row"
    YEAR = "year"
    TIME = "time"
    TIME_VERB = "time_verb"
    PROJECT = "project"
    APPLICANT = "applicant"
    APPLICANT_LEAD = "applicant_lead"
    LEGAL_FORM = "legal_form"
    NAME_END = "name_end"
    NAME_SUFFIX = "name_suffix"
    ARTICLE = "article"
    ORG_CONNECTOR = "org_connector"
    COMPOUND_JOIN = "compound_join"
    HEAD_APPLICANT = "head_applicant"
    HEAD_BUDGET = "head_budget"
    HEAD_SCHEDULE = "head_schedule"
    HEAD_SUMMARY = "head_summary"
    HEAD_NETWORK = "head_network"


Locators = Mapping[Loc, re.Pattern[str]]


def compile_locators(table: Mapping[Loc, Sequence[str]]) -> dict[Loc, re.Pattern[str]]:
    """Compile each row of the locator table into one case-insensitive alternation; an umlaut
    also matches its transcription ("Foerderung", "Zuschuss fuer"), as typed without German keys."""
    return {
        loc: re.compile("|".join(f"(?:{_transcribed(p)})" for p in patterns), re.IGNORECASE)
        for loc, patterns in table.items()
    }


_TRANSCRIPTIONS = {"ä": "(?:ä|ae)", "ö": "(?:ö|oe)", "ü": "(?:ü|ue)", "ß": "(?:ß|ss)"}


def _transcribed(pattern: str) -> str:
    """`pattern` with each umlaut outside a character class written as a choice of both spellings."""
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif not in_class and char in _TRANSCRIPTIONS:
            out.append(_TRANSCRIPTIONS[char])
            continue
        out.append(char)
    return "".join(out)


# German locator words for money, time and applicant facts, as regular expressions.
LOCATOR_WORDS: Final[dict[Loc, tuple[str, ...]]] = {
    Loc.GRANT: (
        r"zuwendung(?!sfähig|sempf|sgeb)",
        r"fördersumme",
        r"förderbetrag",
        r"fördermittel(?!-)",
        r"förderung\s+(?:in\s+höhe|von|über)|(?<=€ )förderung|(?<=euro )förderung",  # "… Euro Förderung"
        r"beantrag\w*",
        r"zuschuss",
        r"landesmittel",
        r"landesförderung",
        # The verb of granting after its amount: "… sollen mit 150.000 € gefördert werden".
        r"(?:gefördert|bezuschusst)\s+(?:werden|wird)\b",
    ),
    Loc.OWN_SHARE: (
        r"eigenanteil",
        r"eigenmittel",
        # The compound taken apart: "aus eigenen Mitteln".
        r"eigene[nmr]?\s+mitteln?",
        r"eigenbeteiligung",
        r"eigenleistung",
        r"kofinanzierung",
        r"kommunale[nrs]?\s+anteil",
        # The applicant bearing the amount itself: "… trage ich selbst", "übernehmen wir selbst",
        # "bringen wir selbst auf", "zahlen wir selbst".
        r"(?:trage|tragen|übernehme|übernehmen|finanziere|finanzieren|bringe|bringen|zahle|zahlen)"
        r"\s+(?:ich|wir)\s+(?:\w+\s+){0,3}?selbst\b",
        # … and named, the amount between: "davon trägt der Landkreis 46.000 € selbst".
        r"(?:trägt|tragen|übernimmt|übernehmen|finanziert|finanzieren)\s+(?:der|die|das)\s+[\w-]+"
        r"(?=\s[^;]{0,40}?\bselbst\b)",
    ),
    # Money others give: "Spende der Sparkasse (zugesagt) | 5.000 €"; inside a parenthesis the
    # word tells where the row's own money comes from ("Barmittel Verein (Beiträge, Spenden)").
    Loc.THIRD_PARTY: (r"drittmittel", r"mittel\s+dritter", r"sponsoring", r"\bspenden?\b(?![^()]*\))"),
    Loc.TOTAL: (
        r"gesamt(?:kosten|ausgaben|volumen|budget|finanzierung|summe)",
        r"projektvolumen",
        r"(?:zuwendungs|förder)fähigen?\s+(?:gesamt)?(?:ausgaben|kosten)",
        # A sum adverb with a cost noun: "insgesamt planen wir Ausgaben von …", "Kosten von zusammen …".
        # Not a cost type's own sum: "Die Personalkosten betragen insgesamt …", "Sachkosten von
        # insgesamt …" (the cost type's locator takes those).
        # The noun only: "Die Tablets kosten zusammen 3.600 Euro" prices one item.
        r"(?:insgesamt|zusammen|in\s+summe)\s+(?:\w+\s+){0,4}(?<!personal)(?<!sach)(?:(?-i:K)osten|ausgaben|budget)\b",
        r"(?<!personal)(?<!sach)(?:(?-i:K)osten|ausgaben|budget)\s+(?:\w+\s+){0,2}(?:insgesamt|zusammen)\b",
        # The sum closing an itemised budget: "Zusammen sind das …", "Das macht insgesamt …",
        # and a sum label of a list item ("- zusammen: 100.000 Euro").
        r"\b(?:zusammen|insgesamt|in\s+summe)\s+(?:sind|ergibt|ergeben|macht|machen)\s+(?:das|dies|sich)\b",
        r"\b(?:das|dies)\s+(?:sind|ergibt|macht)\s+(?:zusammen|insgesamt)\b",
        r"(?:^|(?<=[\s(]))(?:zusammen|insgesamt|summe|gesamt)\s*:",
        # A sentence opening with a sum adverb: "Insgesamt also 185.000 €.", "Alles zusammen kommen wir auf …"
        r"^\W*(?:alles\s+)?(?:insgesamt|zusammen|in\s+summe)\b",
        # The project's costs as the subject of a verb of amounting ("Die Kosten liegen bei …",
        # "Die Kosten des Vorhabens betragen …"), and the project as the subject of "kosten"
        # ("Das Vorhaben läuft … 20 Monate und kostet 100.000 Euro"); an item's costs
        # ("Die Kosten für Miete betragen …") name no total.
        r"(?<![\w-])(?:projekt)?kosten\s+(?:(?:des|unseres)\s+\w+\s+)?(?:liegen|belaufen|betragen)\b",
        r"\b(?:das|unser|dieses)\s+(?:vorhaben|projekt)\s+(?:[^\s.;:,]+\s+){0,8}?koste[tn]\b",
        r"\bkoste[tn]\s+(?:das|unser|dieses)\s+(?:vorhaben|projekt)\b",
    ),
    # The bare noun counts ("Für Personal sind 150.000 € vorgesehen"), and so does the first half
    # of a coordinated compound whose head is left out ("Personal- und Sachausgaben").
    Loc.PERSONNEL: (
        # "Personal" as the modifier of any compound: "Personalkosten", "Personalstelle", "Personaleinsatz".
        r"\bpersonal\w*",
        r"\bpersonal-(?=\s+(?:und|oder|sowie)\s)",
    ),
    Loc.MATERIAL: (r"sach(?:kosten|ausgaben|mittel)", r"\bsach-(?=\s+(?:und|oder|sowie)\s)"),
    Loc.RATE: (r"förderquote", r"fördersatz", r"förderanteil", r"zuschussquote"),
    # Table rows: matched at the start of the row label.
    Loc.TOTAL_ROW: (r"gesamt\w*\b", r"summe\b", r"insgesamt\b", r"total\b"),
    # … or at its end: "Ausgaben insgesamt", "Kosten gesamt".
    Loc.TOTAL_ROW_END: (r"\b(?:gesamt|insgesamt|summe|total)\s*:?\s*$",),
    # A running sum repeated at a page break or a partial sum: never a total of its own.
    Loc.CARRY_ROW: (r"übertrag", r"zwischensumme", r"davon\b"),
    # … a partial sum that names its cost type is that type's sub-total ("Zwischensumme Personal").
    Loc.SUBTOTAL_ROW: (r"zwischensumme",),
    # A financing row's label naming the grant applied for ("Zuwendung (beantragt)", "Fördermittel
    # des Landes"), or the applicant's own means ("Eigenmittel", "Eigenanteil Stadt").
    Loc.REQUESTED_ROW: (
        r"zuwendung",
        r"beantrag",
        r"förder(?:mittel|ung|betrag|summe)",
        r"landes",
        r"\bland\b",
    ),
    Loc.OWN_MEANS_ROW: (r"eigen",),
    # Matched against the whole header cell, spaces removed ("Anteil", "Anteil in %", "%").
    Loc.SHARE_COL: (r"(?:anteil|quote|förderquote|prozent|%)(?:\(?(?:in)?%\)?)?",),
    Loc.PERSONNEL_ROW: (r"personal",),
    Loc.MATERIAL_ROW: (r"sach(?:kosten|ausgaben|mittel)",),
    Loc.YEAR: (r"(?:19|20)\d{2}",),
    # Words that name the project's runtime or its start or end.
    Loc.TIME: (
        r"laufzeit",
        r"durchführungszeitraum",
        r"förderzeitraum",
        r"projektzeitraum",
        r"bewilligungszeitraum",
        r"projektdauer",
        r"förderdauer",
        r"projektbeginn",
        r"projektstart",
        r"projektende",
        # "Start des Vorhabens ist …", "Zeitraum des Vorhabens:", "das Vorhaben endet am …"
        r"\b(?:start|beginn|ende|abschluss|zeitraum|dauer)\s+(?:des|der|unseres|unserer)\s+"
        r"(?:vorhaben|projekt|förder|zentrum)\w*",
        r"\b(?:vorhaben|projekt)\w*\s+(?:beginnt|startet|endet|läuft|dauert)\b",
        # A schedule counted in project months, anchored: "Projektmonat 1 entspricht April 2019".
        r"\b(?:projektmonat|monat|pm)\s*1\b(?!\s*[.,]\d)",
        # A key-data label at the start of its line: "Zeitraum: 1. April 2019 bis …", "Ende: 31.12.2020",
        # perhaps with its adjective: "Geplanter Beginn: Januar 2019".
        r"^\W*(?:\w+e[rsn]?\s+)?(?:zeitraum|dauer|beginn|start|ende)\s*:",
    ),
    # Verbs of lasting, starting and ending without the project as their subject: "läuft",
    # "soll zwei Jahre laufen", "dauert", "beginnt". Read only where no runtime word dates the project.
    Loc.TIME_VERB: (
        r"\b(?:läuft|laufen|dauert|dauern)\b",
        r"beginnt\b|endet\b",
        r"(?-i:\b(?:beginnen|enden)\b)",  # after a modal: "soll … beginnen" (nouns are capitalised)
        r"gefördert\b",
    ),
    # The project as the subject or object of a sentence ("Geplant ist das Projekt von April 2019
    # bis Ende 2020", "Unser Vorhaben setzen wir von … bis … um"); "im Rahmen des Projekts" is not.
    # What is funded is the project too, as the subject opening its sentence: "Das Zentrum soll vom
    # 1. April 2019 bis … arbeiten" (not the object of a step: "… richtet das Büro ein").
    Loc.PROJECT: (
        r"\b(?:das|unser|dieses)\s+(?:\w+\s+)?(?:projekt|vorhaben)\b",
        r"^(?:das|unser|dieses)\s+(?:\w+\s+)?\w*(?:zentrum|büro)\b",
    ),
    Loc.APPLICANT: (r"antragstell\w*", r"zuwendungsempfänger\w*", r"(?:projekt)?träger\w*"),
    Loc.APPLICANT_LEAD: (
        r"(?:antragsteller(?:in)?|zuwendungsempfänger(?:in)?|(?:projekt)?träger(?:in)?(?:\s+de[sr]\s+\w+)?)"
        r"\s+(?:ist|sind|wird|bleibt)\s+",
        r"\bantragsteller(?:in)?\s*:\s*",  # a run-in label in a flattened key-data box
    ),
    Loc.LEGAL_FORM: (r"rechtsform",),
    Loc.NAME_END: (
        r"[,;:]",
        r"\s+vertreten\b",
        r"\s+mit\s+(?:haupt)?sitz\b",
        r"\s+\(",
        r"\s+[–—-]\s",  # a dash between spaces; text recognition reads "–" as "—"
        r"\s+[·|•]",
        r"\s+(?:ist|sind|wurde|wird|hat|haben|als)\b",
        r"\s+in\s+\d",
        r"\s+eingetragen\b",
        r"\s+\w+:",  # the next run-in label of a key-data box ("… Land Anschrift: …")
    ),
    Loc.NAME_SUFFIX: (
        r"e\.",
        r"V\.",
        r"e\.V\.",
        r"e\.K\.",
        r"gGmbH",
        r"GmbH",
        r"mbH",
        r"eG",
        r"AG",
        r"KG",
        r"UG",
        r"GbR",
    ),
    Loc.ARTICLE: (r"^(?:der|die|das|dem|den|des)\s+",),
    Loc.ORG_CONNECTOR: (r"des|der|für|von|zu",),
    Loc.COMPOUND_JOIN: (r"und|oder",),
    # Headings that name a section when the outline mapping did not.
    Loc.HEAD_APPLICANT: (r"antragstell", r"träger", r"zuwendungsempfänger"),
    Loc.HEAD_BUDGET: (r"koste[nt]", r"finanz", r"budget", r"ausgaben"),  # "Was es kostet"
    Loc.HEAD_SCHEDULE: (r"zeitplan", r"arbeitsplan", r"laufzeit", r"meilenstein"),
    Loc.HEAD_SUMMARY: (
        r"kurzbeschreibung",
        r"kurzdarstellung",
        r"überblick",
        r"zusammenfassung",
        r"steckbrief",
    ),
    # Not the contact person of "Wer wir sind und wer Ihr Ansprechpartner ist".
    Loc.HEAD_NETWORK: (r"(?<!ansprech)partner", r"netzwerk", r"kooperation", r"akteure"),
}
LOCATORS: Final[Locators] = compile_locators(LOCATOR_WORDS)
