"""Text of the sample sketch `stadt_wolmirstedt` (Stadt Wolmirstedt, Landkreis Börde).

Deliberate gaps: no Verstetigung section at all, and a very thin participation section.
Headings are bold "Normal" paragraphs with typed numbers; the size varies (13 pt or 11 pt).
"""

ID = "stadt_wolmirstedt"
TITLE = "Projektskizze Digitalisierungszentrum Wolmirstedt"
AUTHOR = "Stadt Wolmirstedt"

BUDGET = [
    ("Kostenposition", "Betrag (EUR)"),
    ("Digitalisierungsmanager/in, 1,0 VZÄ, E 10 TVöD, 24 Monate", "118.000,-"),
    ("Projektassistenz, 0,5 VZÄ, E 8 TVöD, 24 Monate", "46.000,-"),
    ("Miete und Betriebskosten Digitalwerkstatt (Glindenberger Weg)", "14.400,-"),
    ("Ausstattung (Arbeitsplätze, Präsentations- und Werkstatttechnik)", "12.600,-"),
    ("Veranstaltungen, Workshops, Schulungen", "16.000,-"),
    ("Öffentlichkeitsarbeit, Internetauftritt", "9.500,-"),
    ("Externe Beratung Konzept Stadt-WLAN und Datenplattform", "21.000,-"),
    ("Gesamtkosten", "237.500,-"),
]

# ("h", level, typed number, title); the builder types "number title" into a bold Normal paragraph.
# Level-1 headings are 13 pt, level-2 headings plain bold 11 pt (as the applicant did it by hand).
BLOCKS = [
    ("h", 1, "1", "Angaben zum Antragsteller"),
    (
        "p",
        "Stadt Wolmirstedt, vertreten durch die Bürgermeisterin, August-Bebel-Straße 25, "
        "39326 Wolmirstedt. Ansprechpartner für das Vorhaben ist Herr Daniel Wendt, Fachbereich "
        "Bauen und Stadtentwicklung, Telefon 039201 647-230, E-Mail: d.wendt@stadt-wolmirstedt.de. "
        "Die Stadt ist als Gebietskörperschaft antragsberechtigt; ein Vorsteuerabzug besteht für das "
        "Vorhaben nicht.",
    ),
    ("h", 1, "2", "Ausgangslage"),
    ("h", 2, "2.1", "Ausgangssituation"),
    (
        "p",
        "Wolmirstedt liegt unmittelbar nördlich der Landeshauptstadt Magdeburg im Landkreis Börde und "
        "hat mit den Ortsteilen Elbeu, Farsleben, Glindenberg und Mose rund 11.800 Einwohner. Die Stadt "
        "ist Grundzentrum mit Teilfunktionen eines Mittelzentrums. Durch die Nähe zu Magdeburg und die "
        "Anbindung an die A 2 und die Bahnstrecke Magdeburg–Stendal pendeln täglich über 3.000 "
        "Beschäftigte aus. Gleichzeitig hat sich an der Farslebener Straße ein Gewerbegebiet mit "
        "Logistik- und Handwerksbetrieben entwickelt.",
    ),
    (
        "p",
        "Die Breitbandversorgung ist in der Kernstadt gut, in Mose und Glindenberg liegen viele "
        "Anschlüsse noch unter 16 Mbit/s. Der Ausbau erfolgt über das Förderprojekt des Landkreises "
        "Börde. Öffentliches WLAN gibt es bisher nur im Rathaus und in der Stadtbibliothek. Die "
        "Verwaltung arbeitet überwiegend papierbasiert; ein Ratsinformationssystem wurde 2017 eingeführt.",
    ),
    ("h", 2, "2.2", "Handlungsbedarf"),
    (
        "p",
        "Die Stadtverwaltung erhält zunehmend Anfragen von Gewerbetreibenden nach digitalen Angeboten, "
        "etwa zur Online-Gewerbeanmeldung oder zu Fördermöglichkeiten für die Digitalisierung von "
        "Betrieben. Der Gewerbeverein Wolmirstedt beklagt Leerstand in der Innenstadt und fordert eine "
        "gemeinsame Online-Präsenz der Händler. Zugleich gibt es im Ort keine Stelle, die diese Themen "
        "bündelt. Der Stadtrat hat deshalb am 27.09.2018 beschlossen, sich um die Förderung eines "
        "Digitalisierungszentrums zu bewerben.",
    ),
    ("h", 1, "3", "Ziele des Vorhabens"),
    (
        "p",
        "Mit dem Digitalisierungszentrum will die Stadt Wolmirstedt bis Ende 2020 eine Digitale Agenda "
        "für die Stadt und ihre Ortsteile erarbeiten und erste Vorhaben daraus umsetzen. Konkret "
        "sollen ein öffentliches WLAN an fünf Standorten (Marktplatz, Schlossdomäne, Bahnhof, "
        "Freibad, Bürgerhaus Elbeu) geplant, eine gemeinsame Online-Plattform für den Innenstadthandel "
        "aufgebaut und die zehn am häufigsten nachgefragten Verwaltungsleistungen online angeboten "
        "werden. Die Digitale Agenda wird dem Stadtrat im November 2020 zum Beschluss vorgelegt.",
    ),
    ("h", 1, "4", "Maßnahmen"),
    (
        "p",
        "Das Zentrum wird als „Digitalwerkstatt Wolmirstedt“ in einem leerstehenden Ladenlokal in der "
        "Innenstadt eingerichtet. Geplant sind folgende Arbeitspakete:",
    ),
    ("h", 2, "4.1", "Arbeitspaket Wirtschaft und Handel"),
    (
        "bullets",
        [
            "Aufbau eines lokalen Online-Schaufensters für Händler und Gastronomen der Innenstadt",
            "Sprechstunden zu Förderprogrammen (z. B. Digital Innovation, Sachsen-Anhalt DIGITAL)",
            "Veranstaltungsreihe „Logistik digital“ mit Unternehmen aus dem Gewerbegebiet Farsleben",
        ],
    ),
    ("h", 2, "4.2", "Arbeitspaket Verwaltung und Infrastruktur"),
    (
        "bullets",
        [
            "Erstellung eines Konzepts für ein Stadt-WLAN mit fünf Zugangspunkten",
            "Auswahl und Einführung von Online-Formularen für zehn Verwaltungsleistungen",
            "Prüfung einer offenen Datenplattform mit Daten zu Parkplätzen, Veranstaltungen und Baustellen",
        ],
    ),
    ("h", 2, "4.3", "Arbeitspaket Bildung und Gemeinschaft"),
    (
        "bullets",
        [
            "Kurse „Tablet und Smartphone“ für Senioren gemeinsam mit der Volkshochschule",
            "Programmier-AG für Schülerinnen und Schüler des Gymnasiums Wolmirstedt",
            "Digitale Vereinsverwaltung: Schulungen für Sport- und Heimatvereine",
        ],
    ),
    ("h", 1, "5", "Beteiligung"),
    (
        "p",
        "Die Bürgerinnen und Bürger werden über das Amtsblatt und die Internetseite der Stadt "
        "informiert. Vorschläge können jederzeit in der Digitalwerkstatt abgegeben werden.",
    ),
    ("h", 1, "6", "Partner"),
    (
        "p",
        "Das Vorhaben wird gemeinsam mit folgenden Partnern umgesetzt: Gewerbeverein Wolmirstedt e. V., "
        "Industrie- und Handelskammer Magdeburg, Hochschule Magdeburg-Stendal (Fachbereich "
        "Wirtschaft), Volkshochschule Landkreis Börde, Wohnungsgesellschaft Wolmirstedt mbH, "
        "Gymnasium Wolmirstedt sowie die Wirtschaftsförderung des Landkreises Börde. Mit dem "
        "Digitalisierungszentrum der Stadt Haldensleben ist ein regelmäßiger Austausch vereinbart.",
    ),
    ("h", 1, "7", "Personal und Organisation"),
    (
        "p",
        "Das Zentrum ist dem Fachbereich Bauen und Stadtentwicklung zugeordnet. Für die Laufzeit werden "
        "eine Digitalisierungsmanagerin oder ein Digitalisierungsmanager (1,0 VZÄ, E 10 TVöD) und eine "
        "Projektassistenz (0,5 VZÄ, E 8 TVöD) befristet eingestellt. Eine Arbeitsgruppe aus "
        "Bürgermeisterin, Fachbereichsleitern und zwei Vertretern des Gewerbevereins steuert das "
        "Vorhaben und tagt alle zwei Monate.",
    ),
    ("h", 1, "8", "Zeitplan"),
    ("runin", "Laufzeit:", "01/2019 – 12/2020"),
    (
        "p",
        "Im I. Quartal 2019 erfolgen Stellenbesetzung und Einrichtung der Digitalwerkstatt. Bis Juni 2019 "
        "wird eine Bestandsaufnahme erstellt. Das WLAN-Konzept soll im IV. Quartal 2019 vorliegen, die "
        "Online-Plattform für den Handel im Frühjahr 2020 starten. Von Juni bis Oktober 2020 wird die "
        "Digitale Agenda geschrieben; Beschluss im Stadtrat im November 2020, Abschlussbericht im "
        "Dezember 2020.",
    ),
    ("h", 1, "9", "Kosten und Finanzierung"),
    (
        "p",
        "Die Gesamtkosten des Vorhabens betragen 237.500 €. Beantragt wird eine Zuwendung in Höhe von "
        "EUR 190.000,-, das entspricht 80 % der Gesamtkosten. Den Eigenanteil von 47.500 € trägt die "
        "Stadt Wolmirstedt aus Haushaltsmitteln (Haushaltsstelle 1.1.1.06).",
    ),
    ("table", "BUDGET"),
    ("h", 1, "10", "Anlagen"),
    (
        "p",
        "Stadtratsbeschluss Nr. 112/2018 vom 27.09.2018; Unterstützungsschreiben des Gewerbevereins "
        "Wolmirstedt e. V. und der IHK Magdeburg; Lageplan Digitalwerkstatt.",
    ),
]

FACTS = {
    "applicant": "Stadt Wolmirstedt",
    "legal_form": "Stadt",
    "region": "Landkreis Börde",
    "grant_eur": 190000.0,
    "own_share_eur": 47500.0,
    "total_cost_eur": 237500.0,
    "funding_rate": 0.8,
    "start": "2019-01-01",
    "end": "2020-12-31",
    "duration_months": 24,
    "contact_email": "d.wendt@stadt-wolmirstedt.de",
}
DEVIATIONS = [
    "sustainability_plan missing",
    "participation_process thin",
]
