"""Text of the held-out sample lutherstadt_wittenberg.docx (Lutherstadt Wittenberg).

Block kinds: ("h", number, title, level) — level 1 gets Word automatic numbering "%1.)"
(the number is NOT typed), level 2 is typed ("3.1 Stadtprofil"); ("p", text); ("ul", [items]);
("x", key) special blocks rendered by the builder.
"""

from __future__ import annotations

COVER_LOGO = "LUTHERSTADT WITTENBERG"
COVER_LOGO_SUB = "Stadt der Reformation · UNESCO-Welterbe"
COVER_TITLE = "Projektskizze"
COVER_PROJECT = "Regionales Digitalisierungszentrum\n„WB digital – Lutherstadt Wittenberg vernetzt“"
COVER_CALL = (
    "im Rahmen des Förderaufrufs „Regionale Digitalisierungszentren“\n"
    "des Ministeriums für Wirtschaft, Wissenschaft und Digitalisierung\n"
    "des Landes Sachsen-Anhalt"
)
COVER_FROM = [
    "vorgelegt von:",
    "Lutherstadt Wittenberg",
    "Der Oberbürgermeister",
    "Amt für Wirtschaft, Stadtentwicklung und Digitales",
    "Lutherstraße 56, 06886 Lutherstadt Wittenberg",
]
COVER_DATE = "Stand: 15. Oktober 2018"

TOC_TITLE = "Inhaltsverzeichnis"

HEADER = "Lutherstadt Wittenberg · Projektskizze WB digital"

BUDGET = [
    ("Personalausgaben Projektleitung (E 12, 1,0 VZÄ)", "69.800", "71.200"),
    ("Personalausgaben Projektassistenz (E 9b, 0,5 VZÄ)", "26.900", "27.500"),
    ("Sachausgaben Beteiligung und Veranstaltungen", "9.000", "13.000"),
    ("Externe Begleitung Strategieprozess", "6.000", "10.000"),
    ("Ausstattung und Lizenzen", "6.500", "1.500"),
    ("Öffentlichkeitsarbeit, Reisekosten", "4.100", "4.500"),
]
BUDGET_SUM = ("Summe", "122.300", "127.700", "250.000")

BLOCKS: list[tuple] = [
    ("h", "1", "Antragsteller und Ansprechpartner", 1),
    (
        "p",
        "Antragsteller ist die Lutherstadt Wittenberg, Lutherstraße 56, 06886 Lutherstadt "
        "Wittenberg, vertreten durch den Oberbürgermeister. Zuständig für das Vorhaben ist das Amt "
        "für Wirtschaft, Stadtentwicklung und Digitales. Ansprechpartnerin: Frau Dr. Susanne "
        "Meißner, Amtsleiterin, Telefon 03491 421-310, E-Mail digital@wittenberg.de.",
    ),
    ("h", "2", "Zusammenfassung", 1),
    (
        "p",
        "Die Lutherstadt Wittenberg will nach dem Reformationsjubiläum 2017 den Schwung nutzen und "
        "sich zu einer digitalen Mittelstadt entwickeln, die ihre Bürgerinnen und Bürger, ihre "
        "Unternehmen und die jährlich mehr als eine Million Gäste gleichermaßen im Blick hat. "
        "Das Regionale Digitalisierungszentrum „WB digital“ wird als Koordinierungsstelle im "
        "Rathaus eingerichtet. Es erarbeitet in den Jahren 2019 und 2020 gemeinsam mit den "
        "Ortschaften, der Wirtschaft und der Wissenschaft eine Digitale Strategie für Wittenberg "
        "und setzt in drei Handlungsfeldern Pilotprojekte um. Die Gesamtausgaben betragen "
        "250.000 €, die beantragte Zuwendung 200.000 € (80 %).",
    ),
    ("h", "3", "Ausgangslage", 1),
    ("h", "3.1", "Stadtprofil", 2),
    (
        "p",
        "Die Lutherstadt Wittenberg ist Kreisstadt des Landkreises Wittenberg und Mittelzentrum mit "
        "Teilfunktionen eines Oberzentrums. In der Kernstadt und den 14 Ortschaften, darunter "
        "Abtsdorf, Apollensdorf, Boßdorf, Mochau, Nudersdorf, Pratau, Reinsdorf und Seegrehna, leben "
        "rund 46.000 Menschen. Wichtige Arbeitgeber sind die SKW Stickstoffwerke Piesteritz, das "
        "Klinikum, die Verwaltung sowie Handel, Tourismus und Gastgewerbe. Die Luther-Gedenkstätten "
        "gehören zum UNESCO-Welterbe. Wie viele Städte in Sachsen-Anhalt verliert Wittenberg junge "
        "Menschen an die Großstädte Leipzig und Berlin, während der Anteil älterer Einwohner wächst.",
    ),
    ("h", "3.2", "Digitale Ausgangssituation", 2),
    (
        "p",
        "Die Kernstadt ist gut mit Breitband versorgt, in mehreren Ortschaften bestehen noch "
        "Lücken, die mit Mitteln des Bundesprogramms geschlossen werden. Die Stadtverwaltung "
        "nutzt ein Ratsinformationssystem und ein Dokumentenmanagement im Bauamt, bietet aber "
        "kaum durchgängig digitale Verfahren an. Touristische Informationen sind auf viele Anbieter "
        "verteilt. Mit der Stiftung LEUCOREA und dem Wittenberger Zentrum der Martin-Luther-"
        "Universität Halle-Wittenberg gibt es wissenschaftliche Partner vor Ort. Eine "
        "abgestimmte Digitalstrategie für die Stadt gibt es bislang nicht.",
    ),
    ("h", "4", "Ziele und Zielgruppen", 1),
    (
        "p",
        "Leitziel ist eine vom Stadtrat beschlossene Digitale Strategie Wittenberg 2025. Daraus "
        "abgeleitet verfolgt das Zentrum bis Ende 2020 folgende Teilziele: (a) zwölf "
        "Verwaltungsleistungen sind online verfügbar; (b) Gäste und Einwohner finden Angebote, "
        "Veranstaltungen und Parkmöglichkeiten auf einer gemeinsamen digitalen Plattform; (c) "
        "50 Unternehmen nehmen an Veranstaltungen des Zentrums teil; (d) in jeder Ortschaft findet "
        "mindestens eine Beteiligungsveranstaltung statt. Zielgruppen sind Einwohnerinnen und "
        "Einwohner aller Altersgruppen, kleine und mittlere Unternehmen, Gäste der Stadt sowie "
        "Vereine und Initiativen.",
    ),
    ("h", "5", "Handlungsfelder und Maßnahmen", 1),
    ("h", "5.1", "Digitale Verwaltung und Bürgerservice", 2),
    (
        "p",
        "Das Bürgerbüro und das Ordnungsamt stellen ausgewählte Leistungen auf das Serviceportal "
        "des Landes um. Eine Terminvergabe online und digitale Bezahlmöglichkeiten werden "
        "eingeführt. In den Ortschaften bieten die Ortsbürgermeister gemeinsam mit dem Zentrum "
        "Sprechstunden an, in denen die neuen Angebote erklärt werden.",
    ),
    ("h", "5.2", "Welterbe, Tourismus und Kultur", 2),
    (
        "p",
        "Mit der Wittenberg-Information, der Stiftung Luthergedenkstätten und den Gastgebern wird "
        "eine gemeinsame Datenbasis für Veranstaltungen, Führungen und Öffnungszeiten aufgebaut. "
        "Ein digitales Parkleitsystem für die Altstadt wird konzipiert; freies WLAN an zentralen "
        "Plätzen wird geprüft.",
    ),
    ("h", "5.3", "Wirtschaft und Fachkräfte", 2),
    (
        "p",
        "Zusammen mit der Wirtschaftsförderung des Landkreises und der IHK Halle-Dessau bietet das "
        "Zentrum eine Veranstaltungsreihe „Digitaler Mittelstand Wittenberg“ an. Ausbildungsbetriebe "
        "und Schulen werden bei digitalen Berufsorientierungsangeboten unterstützt.",
    ),
    ("h", "6", "Beteiligung und Strategieprozess", 1),
    (
        "p",
        "Der Strategieprozess beginnt mit einer repräsentativen Bürgerbefragung und einer "
        "Unternehmensumfrage im Frühjahr 2019. Im Anschluss finden Ortschaftsgespräche, drei "
        "thematische Werkstätten und ein Jugendhackathon in der LEUCOREA statt. Eine Online-"
        "Beteiligungsplattform begleitet alle Schritte. Ein Lenkungskreis unter Vorsitz des "
        "Oberbürgermeisters mit Vertretern von Stadtrat, Wirtschaft, Wissenschaft und Zivilgesellschaft "
        "steuert den Prozess. Der Strategieentwurf wird im Herbst 2020 dem Stadtrat zur "
        "Beschlussfassung vorgelegt.",
    ),
    ("h", "7", "Partner und Netzwerk", 1),
    (
        "ul",
        [
            "Landkreis Wittenberg, Wirtschaftsförderung (Absichtserklärung liegt vor)",
            "IHK Halle-Dessau und Handwerkskammer Halle (Saale) (Absichtserklärungen liegen vor)",
            "Stiftung LEUCOREA / Martin-Luther-Universität Halle-Wittenberg (zugesagt)",
            "Stadtwerke Lutherstadt Wittenberg GmbH (zugesagt)",
            "Wittenberg-Information und Gewerbeverein Wittenberg e. V. (angefragt)",
        ],
    ),
    ("h", "8", "Projektorganisation", 1),
    (
        "p",
        "Das Zentrum wird im Amt für Wirtschaft, Stadtentwicklung und Digitales angesiedelt und "
        "berichtet direkt an den Oberbürgermeister. Geplant sind eine Projektleitung in Vollzeit "
        "(E 12 TVöD) und eine Projektassistenz mit halber Stelle (E 9b TVöD). Die Büroräume befinden "
        "sich im Alten Rathaus am Markt, wo auch eine offene Sprechstunde angeboten wird.",
    ),
    ("h", "9", "Zeitplan", 1),
    (
        "p",
        "Laufzeit: 01.01.2019 bis 31.12.2020. Q1/2019 Stellenbesetzung und Auftakt; Q2/2019 "
        "Befragungen; Q3/2019 bis Q2/2020 Ortschaftsgespräche, Werkstätten und Pilotprojekte; "
        "Q3/2020 Strategieentwurf und Online-Kommentierung; Q4/2020 Stadtratsbeschluss und "
        "Übergang in den Regelbetrieb.",
    ),
    ("h", "10", "Kosten und Finanzierung", 1),
    ("x", "budget"),
    (
        "p",
        "Beantragt wird eine Zuwendung in Höhe von 200.000,00 EUR (80 %). Der Eigenanteil der "
        "Lutherstadt Wittenberg in Höhe von 50.000,00 EUR ist im Haushaltsentwurf 2019 und in der "
        "Finanzplanung 2020 berücksichtigt.",
    ),
    ("h", "11", "Nachhaltigkeit", 1),
    (
        "p",
        "Die Stadt beabsichtigt, die Projektleitung ab 2021 als Stelle „Digitalisierung“ dauerhaft "
        "im Stellenplan zu verankern. Der Lenkungskreis wird als Digitalbeirat der Stadt "
        "fortgeführt und begleitet die Umsetzung der Strategie. Die touristische Datenbasis wird "
        "von den Stadtwerken und der Wittenberg-Information weiter betrieben.",
    ),
]

SIGNATURE = [
    "Wittenberg, den 15.10.2018",
    "",
    "",
    "______________________________",
    "Frank-Peter Wendisch",
    "Oberbürgermeister",
]

TRUTH_FACTS = {
    "applicant": "Lutherstadt Wittenberg",
    "legal_form": "Stadt",
    "region": "Lutherstadt Wittenberg mit Ortschaften (Landkreis Wittenberg)",
    "grant_eur": 200000,
    "own_share_eur": 50000,
    "total_cost_eur": 250000,
    "funding_rate": 0.8,
    "start": "2019-01-01",
    "end": "2020-12-31",
    "duration_months": 24,
    "contact_email": "digital@wittenberg.de",
}
