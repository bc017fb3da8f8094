"""Text of the sample sketch `zweckverband_saale_unstrut` ("Zweckverband Digitale Region Saale-Unstrut").

Roman chapter headings in a custom style "Kapitel" (basedOn Heading 1), lettered sub-headings in a
custom style "Unterkapitel" (direct outline level 1, no heading ancestor); numbers typed.
Deliberate: funding rate about 87 % (grant 0,18 Mio. €, own share rund 27.000 €).
"""

ID = "zweckverband_saale_unstrut"
TITLE = "Projektskizze Digitale Region Saale-Unstrut"
AUTHOR = "ZV Digitale Region Saale-Unstrut"

BUDGET = [
    ("Ausgabenart", "Betrag in €"),
    ("Personalausgaben Regionalmanagement Digitalisierung (1,5 VZÄ, E 11 / E 9a TVöD, 24 Monate)", "150.000"),
    ("Geschäftsstelle (anteilige Miete, Kommunikation)", "9.000"),
    ("Veranstaltungen, Werkstätten, Bürgerdialoge", "14.000"),
    ("Öffentlichkeitsarbeit, Regionalportal", "8.000"),
    ("Externe Prozessbegleitung Digitalstrategie", "20.000"),
    ("IT-Ausstattung", "6.000"),
    ("Summe", "207.000"),
]

FINANCING = [
    ("Finanzierung", "Betrag in €"),
    ("Zuwendung des Landes", "180.000"),
    ("Umlage der Verbandsmitglieder (Eigenanteil)", "27.000"),
    ("Summe", "207.000"),
]

# ("h", level, typed number, title):
# level 1 -> style "Kapitel" ("I. Title"), level 2 -> "Unterkapitel" ("A) Title")
BLOCKS = [
    ("h", 1, "I", "Antragsteller"),
    (
        "p",
        "Antragsteller ist der Zweckverband Digitale Region Saale-Unstrut, Körperschaft des öffentlichen "
        "Rechts, Geschäftsstelle Am Unstrutufer 12, 06632 Freyburg (Unstrut). Mitglieder des Verbandes sind "
        "die Verbandsgemeinde Unstruttal mit den Städten Freyburg (Unstrut), Laucha an der Unstrut und "
        "Nebra (Unstrut) und die Verbandsgemeinde An der Finne im Burgenlandkreis sowie die Städte "
        "Querfurt, Mücheln (Geiseltal) und Bad Dürrenberg im Saalekreis. "
        "Verbandsvorsitzender ist Bürgermeister Uwe Sommerfeld. "
        "Ansprechpartnerin: Franziska Heinze, Geschäftsstellenleiterin, Tel. 034464 2719-12, "
        "E-Mail heinze@zv-digitale-region.de.",
    ),
    ("h", 1, "II", "Zusammenfassung"),
    (
        "p",
        "Zwei Verbandsgemeinden und drei Städte an Saale und Unstrut haben sich 2018 zu einem "
        "Zweckverband zusammengeschlossen, um "
        "die Digitalisierung gemeinsam anzugehen, statt jede für sich. Mit dem beantragten "
        "Digitalisierungszentrum erhält der Verband ein Regionalmanagement, das eine gemeinsame "
        "Digitalstrategie für die Weinregion erarbeitet, Projekte der Mitgliedskommunen koordiniert und "
        "Betriebe aus Weinbau, Tourismus und Handwerk berät. Beantragt wird eine Zuwendung in Höhe von "
        "0,18 Mio. € für eine Laufzeit von zwei Jahren ab dem 1. Quartal 2019.",
    ),
    ("h", 1, "III", "Ausgangslage"),
    ("h", 2, "A", "Die Region"),
    (
        "p",
        "Das Verbandsgebiet umfasst rund 62.000 Einwohnerinnen und Einwohner auf etwa 780 km² und liegt "
        "beiderseits der Kreisgrenze zwischen Burgenlandkreis und Saalekreis. Es ist geprägt durch den "
        "Weinbau im nördlichsten Qualitätsweinanbaugebiet Deutschlands, durch Tourismus entlang des "
        "Unstrut-Radwegs und im Naturpark Saale-Unstrut-Triasland sowie durch kleine Gewerbebetriebe. "
        "Der Fundort der Himmelsscheibe von Nebra zieht jährlich zahlreiche Besucher an. Die "
        "Gemeinden sind klein, die Verwaltungen personell knapp besetzt.",
    ),
    ("h", 2, "B", "Stand der Digitalisierung"),
    (
        "p",
        "Die Breitbandversorgung ist sehr unterschiedlich: Während Bad Dürrenberg und Querfurt weitgehend "
        "versorgt sind, verfügen zahlreiche Weinbergslagen und Ortsteile im Unstruttal über weniger als "
        "16 Mbit/s. Eine Bestandsaufnahme der Geschäftsstelle im Herbst 2018 ergab, dass nur zwei der "
        "fünf Verbandsmitglieder Online-Dienste anbieten und keine über eine Digitalstrategie verfügt. "
        "Die LEADER-Aktionsgruppen „Unstrut-Triasland“ und „Montanregion Sachsen-Anhalt Süd“ haben "
        "einzelne Projekte wie digitale Wanderkarten gefördert, die jedoch nicht abgestimmt sind.",
    ),
    ("h", 1, "IV", "Zielstellung"),
    (
        "p",
        "Der Verband will bis Ende 2020 eine gemeinsame Digitalstrategie „Smarte Weinregion "
        "Saale-Unstrut“ beschließen. Bis dahin sollen in allen Mitgliedskommunen mindestens fünf "
        "Verwaltungsleistungen online verfügbar sein, 50 Betriebe aus Weinbau und Tourismus beraten "
        "und ein gemeinsames Regionalportal für Veranstaltungen und Gästeinformationen gestartet sein. "
        "Die Strategie soll zeigen, wie kleine Kommunen durch interkommunale Zusammenarbeit Aufgaben "
        "bewältigen, die sie allein nicht leisten könnten.",
    ),
    ("h", 1, "V", "Aufgaben und Maßnahmen"),
    ("h", 2, "A", "Regionalmanagement Digitalisierung"),
    (
        "p",
        "Das Regionalmanagement koordiniert die Digitalisierungsvorhaben der Mitglieder, sammelt "
        "Förderaufrufe und bereitet gemeinsame Anträge vor. Es begleitet die Einführung eines "
        "gemeinsamen Dokumentenmanagementsystems und berät die Kommunen bei der Umsetzung des "
        "Onlinezugangsgesetzes. Dabei wird auf offene Standards und nachnutzbare Lösungen geachtet.",
    ),
    ("h", 2, "B", "Weinbau, Tourismus und Handwerk"),
    (
        "p",
        "Gemeinsam mit dem Weinbauverband Saale-Unstrut e. V. und dem Saale-Unstrut-Tourismus e. V. "
        "werden Beratungstage für Winzerbetriebe und Gastgeber angeboten, etwa zu Online-Buchung, "
        "digitaler Weinbergsdokumentation und Social Media. Ein Pilotprojekt erprobt Wetterstationen "
        "mit offenen Daten in drei Weinbergslagen bei Freyburg.",
    ),
    ("h", 2, "C", "Regionalportal"),
    (
        "p",
        "Aufbauend auf vorhandenen Veranstaltungskalendern der Städte wird ein gemeinsames Regionalportal "
        "entwickelt, das Veranstaltungen, Öffnungszeiten und Gästeinformationen bündelt und die Daten "
        "als Open Data bereitstellt.",
    ),
    ("h", 1, "VI", "Bürgerdialog und Strategieprozess"),
    (
        "p",
        "Zur Erarbeitung der Digitalstrategie werden in jeder Mitgliedskommune Bürgerdialoge "
        "durchgeführt. Eine Online-Umfrage richtet sich an Bürgerinnen und Bürger, eine gesonderte "
        "Befragung an Unternehmen. Im Frühjahr 2020 findet in Freyburg eine zweitägige "
        "Zukunftswerkstatt mit Vertretern von Vereinen, Jugendlichen, Winzern und Verwaltung statt. Die "
        "Verbandsversammlung beschließt die Strategie im IV. Quartal 2020.",
    ),
    ("h", 1, "VII", "Kooperationen"),
    (
        "p",
        "Hochschule Merseburg (wissenschaftliche Begleitung), IHK Halle-Dessau, Weinbauverband "
        "Saale-Unstrut e. V., Saale-Unstrut-Tourismus e. V., Naturpark Saale-Unstrut-Triasland, "
        "Wirtschaftsförderungen des Burgenlandkreises und des Saalekreises, Winzervereinigung Freyburg "
        "sowie das Regionale Digitalisierungszentrum in Merseburg für den Erfahrungsaustausch.",
    ),
    ("h", 1, "VIII", "Organisation und Personal"),
    (
        "p",
        "Das Regionalmanagement wird in der Geschäftsstelle des Verbandes in Freyburg (Unstrut) "
        "angesiedelt. Vorgesehen sind eine Stelle Regionalmanagement Digitalisierung (1,0 VZÄ, E 11 TVöD) "
        "und eine Sachbearbeitung (0,5 VZÄ, E 9a TVöD). Die Verbandsversammlung wird halbjährlich über "
        "den Stand des Vorhabens unterrichtet.",
    ),
    ("h", 1, "IX", "Zeitplan"),
    (
        "p",
        "Beginn im 1. Quartal 2019, Laufzeit zwei Jahre. 2019: Personalgewinnung, Bestandsaufnahme, "
        "Befragungen, erste Beratungstage. 1. Halbjahr 2020: Zukunftswerkstatt, Start Regionalportal, "
        "Strategieentwurf. 2. Halbjahr 2020: Abstimmung in den Stadt- und Gemeinderäten, Beschluss der "
        "Verbandsversammlung.",
    ),
    ("h", 1, "X", "Kosten und Finanzierung"),
    (
        "p",
        "Die Gesamtausgaben belaufen sich auf 207.000 €. Davon sollen 0,18 Mio. € durch die Zuwendung "
        "gedeckt werden; den Eigenanteil von rund 27.000 € bringen die Mitglieder über die "
        "Verbandsumlage auf.",
    ),
    ("table", "BUDGET"),
    ("table", "FINANCING"),
    ("h", 1, "XI", "Verstetigung"),
    (
        "p",
        "Nach Ende der Förderung übernimmt der Zweckverband das Regionalmanagement dauerhaft. Die "
        "Verbandsversammlung hat am 06.12.2018 beschlossen, die Personalstelle ab 2021 über die "
        "Verbandsumlage zu finanzieren. Die Umlage wird nach Einwohnerzahl auf die Mitglieder "
        "verteilt; für 2021 sind rund 1,10 € je Einwohner eingeplant.",
    ),
]

FACTS = {
    "applicant": "Zweckverband Digitale Region Saale-Unstrut",
    "legal_form": "Zweckverband",
    "region": "Burgenlandkreis; Saalekreis",
    "grant_eur": 180000.0,
    "own_share_eur": 27000.0,
    "total_cost_eur": 207000.0,
    "funding_rate": 0.8696,
    "start": "2019-01-01",
    "end": "2020-12-31",
    "duration_months": 24,
    "contact_email": "heinze@zv-digitale-region.de",
}
DEVIATIONS = ["funding_rate_max_80 violated"]
