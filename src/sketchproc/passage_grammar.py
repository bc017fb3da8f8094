"""The grammar of the passage marks: template text, deferral, hedging and negation in German sentences.

Settings of the passage stage (`passages.index_passages`), kept apart from the cutter: they
are German language, not call data (the call's own phrases are in the profile).
"""

from __future__ import annotations

from sketchproc.settings import StageSettings

__all__ = ["PassageSettings"]


class PassageSettings(StageSettings):
    """Grammar of the marks; German language, not call data (the call's phrases are in the profile)."""

    # A polite imperative or request to the reader: template text, not the applicant's.
    template_patterns: tuple[str, ...] = (
        r"^\s*(?:bitte\s+)?(?:\w+n|sei)\s+(?-i:Sie)\b",  # "Beschreiben Sie …", "Bitte fügen Sie …"
        r"\bbitte\s+(?:\w+\s+){0,3}(?-i:Sie)\b",  # "Hier bitte erläutern Sie …"
        r"^\s*\[[^\[\]]{0,240}\]\s*\.?\s*$",  # "[Text]", "[Name der Kommune]", "[Tabelle folgt, …!]"
        r"^\s*\(?\s*(?:max\.|maximal|höchstens)\s*\d+\s*(?:seiten?|zeichen|wörter|zeilen)\b[^.]{0,40}\)?\s*$",
    )
    # Documents or decisions promised for later are not present now.
    # Epistemic hedges: hope, possibility, examination, the subjunctive, an open question.
    hedge_patterns: tuple[str, ...] = (
        r"\b(?:hoffe|hoffen|hofft|erhoffen|wünschenswert)\b",
        r"\b(?:eventuell|evtl\.|möglicherweise|vielleicht|gegebenenfalls|ggf\.|unter\s+umständen|womöglich)",
        r"\b(?:denkbar|vorstellbar|angedacht|perspektivisch|zu\s+gegebener\s+zeit)\b",
        # Thinking of a way is not having chosen it: "Dafür denken wir an einen Mix aus …", "Wir
        # überlegen, die Stelle über Gebühren zu finanzieren."
        r"\b(?:denken|denkt)\s+(?:\w+\s+){0,3}?an\s+eine?[nmrs]?\b|\b(?:überlegen|überlegt)\b",
        r"\b(?:strebe|streben|strebt)\s+(?:\w+\s+){0,5}an\b|\bangestrebt\b",
        r"\b(?:wird|werden|soll|sollen|wollen|möchten)\s+(?:\w+\s+){0,5}(?:ge)?prüf\w*|\bprüfen\s+wir\b",
        r"\b(?:könnte|könnten|würde|würden|wäre|wären)\b",
        r"\bnoch\s+(?:offen|unklar|ungeklärt|nicht\s+(?:geklärt|entschieden|absehbar|abzusehen))\b",
        r"\bhängt\b[^.;]{0,80}\bab\b|\babhängig\s+(?:von|davon)\b",
        # Examination in the passive, intention, options: "Geprüft werden außerdem …", "beabsichtigt",
        # "kommen in Betracht", "nach Möglichkeit", "vorbehaltlich der Haushaltsmittel".
        r"\bgeprüft\s+(?:werden|wird)\b",
        r"\bbeabsichtig\w*|\bnach\s+möglichkeit\b|\bin\s+betracht\b|\bin\s+frage\s+komm\w*|\bvorbehaltlich\b",
        # A decision still to be taken: "Über den Umfang entscheidet der Kreistag im Rahmen der
        # Haushaltsberatungen", "soll im zweiten Projektjahr entschieden werden", "Ob … , …".
        r"\bentscheide[nt]\b|\b(?:wird|werden|soll|sollen)\s+(?:\w+\s+){0,8}(?:entschieden|festgelegt|geklärt|beraten)\b",
        r"^\s*(?:ob|inwieweit|in\s+welchem\s+umfang)\b",
        # A condition on the means: "wenn es der Haushalt zulässt", "soweit Mittel zur Verfügung stehen".
        r"\b(?:wenn|sofern|soweit|falls)\b[^.;]{0,60}\b(?:zulässt|zulassen|erlaubt|erlauben|"
        r"zur\s+verfügung\s+steh\w*|verfügbar\s+(?:ist|sind)|reicht|reichen)\b",
        r"\bmöglichst\b",
        # A decision whose passive closes the clause, however far from its auxiliary: "Über den
        # Umfang soll im Zuge der Haushaltsberatungen für 2021 … entschieden werden."
        r"\b(?:entschieden|festgelegt|geklärt|verhandelt|ausgehandelt)\s+werden\s*(?:[.;,)]|$)",
        # An indirect question leaves its matter open: "…, ob sich die Gemeinden beteiligen";
        # one that opens the sentence, with a verb of knowing or deciding after it: "Welche Form
        # am besten passt, lässt sich erst später beurteilen", "Wie es weitergeht, wissen wir nicht".
        r",\s*ob\b",
        r"^\W*(?:wie|welche[rsmn]?|wer|wann|inwieweit|inwiefern)\s[^.;?]{0,160},\s*(?:[\w.]+\s+){0,8}?"
        r"(?:wissen|weiß|offen|bleibt|klären|klärt|entscheide\w*|erarbeite\w*|prüfen|prüft|beurteil\w*|"
        r"absehbar|abzusehen|festleg\w*)\b",
        r"\b(?:wissen|weiß)\s+(?:\w+\s+){0,3}noch\s+nicht\b|\bnoch\s+nicht\s+(?:\w+\s+)?(?:fest|klar|sicher)\b",
        # A possibility, several alternatives, an indefinite way: "eine mögliche Anschlussfinanzierung",
        # "Wir sehen drei Möglichkeiten: …", "in irgendeiner Form", "eine Festlegung wäre verfrüht".
        r"\bmögliche[nrs]?\b|\birgend(?:ein|wie|wann|wo)\w*|\bverfrüht\b|\bbleibt\s+abzuwarten\b",
        r"\b(?:zwei|drei|vier|mehrere)\s+(?:\w+\s+)?(?:möglichkeiten|optionen|varianten|szenarien|alternativen)\b",
    )
    deferred_patterns: tuple[str, ...] = (
        r"\bnach(?:ge)?(?:reich|liefer|sandt|send)\w*",  # nachreichen, nachgereicht, nachgeliefert
        # The particle closes the clause, at the sentence end or before a comma: "reichen wir … nach,
        # sobald sie vorliegen", "holen wir … ein." (not "eingeholt").
        r"\b(?:reich|liefer|leg|trag|hol)\w*\b[^.;]{0,80}\bnach\s*(?:[.;,)]|$)",
        r"\b(?:hole|holen|holt)\b[^.;]{0,80}\bein\s*(?:[.;,)]|$)",
        r"\bnoch\s+(?:\w+\s+){0,3}(?:ein(?:ge)?hol|vorzuleg|vorgeleg|erstell|beschließ|beschlossen|"
        r"unterzeichn|ausstehend|aus\b|nicht\s+vor|folg|einzuhol|zu\s+beschließ)\w*",
        r"\b(?:steh|steht|stehen)\w*\s+(?:\w+\s+){0,2}noch\s+aus\b",
        r"\bausstehend\w*",
        r"\b(?:bei|mit)\s+(?:der\s+|dem\s+)?(?:förmlichen\s+|offiziellen\s+)?antrag(?:stellung)?\b[^.;]{0,60}"
        r"\b(?:vor|vorgelegt|beigefügt|eingereicht|nachgereicht)\b",
        r"\b(?:wird|werden|soll|sollen)\s+(?:\w+\s+){0,8}?(?:eingeholt|vorgelegt|nachgereicht|beschlossen|"
        r"unterzeichnet|eingereicht|beigefügt|ergänzt|gefasst)\s+(?:werden|sein)?",
        # The passive of an act still to come closes the clause: "werden bis März eingeholt."
        # ("werden beigefügt." may mean enclosed now, so only acts that cannot have happened.)
        r"\b(?:wird|werden)\s+(?:[\w.]+\s+){0,8}?(?:eingeholt|nachgereicht|gefasst|unterzeichnet|erstellt|"
        r"herbeigeführt|eingebracht|getroffen)\s*[.;,)]",
        # The same acts as a passive infinitive closing the clause, after a modal however far
        # away: "Ein Beschluss soll in der Sitzung des Rates am 3. April herbeigeführt werden."
        r"\b(?:eingeholt|nachgereicht|gefasst|unterzeichnet|herbeigeführt|eingebracht|getroffen|beschlossen)"
        r"\s+werden\s*(?:[.;,)]|$)",
        # A draft is no resolution and no signed agreement: "Die Beschlussvorlage geht in die
        # Sitzung am 28. Februar.", "Entwurf der Kooperationsvereinbarung", "Vertragsentwürfe".
        r"\bbeschlussvorlage\w*|entw[uü]rf\w*",
        r"\bin\s+vorbereitung\b",
        r"\b(?:ist|sind)\s+(?:\w+\s+){0,4}(?:angefragt|beantragt\s+worden)\b",
        r"\bbeschlussfassung\b[^.;]{0,80}\b(?:vorgesehen|geplant|erfolgt|erfolgen)\b",
        r"\b(?:folgen|folgt)\s+(?:\w+\s+){0,3}(?:in\s+kürze|zeitnah|später|nach|gesondert|separat|getrennt|per\s+post)\b",
        # The documents are the subject and "folgen" closes the sentence: "Die Schreiben folgen."
        r"\b(?:folgen|folgt)\s*[.;)]",
        # "Absichtserklärungen (folgen)", "Beschluss (ausstehend)"
        # … also with a date: "(folgen bis zum 15. März)".
        r"\(\s*(?:folgen|folgt|ausstehend|wird\s+nachgereicht|in\s+arbeit)\b[^()]{0,60}\)",
    )
    # A "nicht" or "keine" that closes its clause denies the clause's verb or object:
    # "Absichtserklärungen brauchen wir in dieser Phase noch nicht.", "Zusagen haben wir bisher
    # keine." ("…, nicht auf dem Papier" denies only what follows it.)
    negation_patterns: tuple[str, ...] = (r"\b(?:nicht|keine)\s*(?:[.;!?–—]|$)",)
