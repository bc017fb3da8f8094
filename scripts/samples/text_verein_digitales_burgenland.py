"""Text of the sample sketch `verein_digitales_burgenland` ("Digitales Burgenland e. V.", Burgenlandkreis).

Deliberate deviation: the grant requested (210.000 EUR) is above the 200.000 EUR cap.
Built with a Word cover page (sdt), a TOC field, English heading styles with typed numbers,
one partner quote in a text box and tracked changes in the objectives section.
"""

ID = "verein_digitales_burgenland"
TITLE = "Regionales Digitalisierungszentrum Burgenlandkreis – Projektskizze"
AUTHOR = "Digitales Burgenland e. V."

COVER = {
    "kicker": "Förderaufruf „Regionale Digitalisierungszentren“ des Landes Sachsen-Anhalt",
    "title": "Digitalwerk Burgenland",
    "subtitle": "Projektskizze für ein Regionales Digitalisierungszentrum im Burgenlandkreis",
    "applicant": "Digitales Burgenland e. V.\nMarkt 7, 06712 Zeitz",
    "date": "Zeitz, 15. Dezember 2018",
}

HEADER = "Digitales Burgenland e. V. · Projektskizze Digitalwerk Burgenland"

QUOTE = (
    "„Unsere Studierenden wollen in der Region bleiben, wenn sie hier spannende digitale Aufgaben "
    "finden. Das Digitalwerk kann genau diese Brücke zwischen Hochschule und Betrieben schlagen.“"
)
QUOTE_SOURCE = "Prof. Dr. Anja Lindner, Hochschule Merseburg"

BUDGET = [
    ("Kostenart", "2019", "2020", "Summe"),
    ("Personal: Netzwerkmanager/in 1,0 VZÄ (angelehnt an E 11 TV-L)", "56.000 €", "57.500 €", "113.500 €"),
    (
        "Personal: Koordination Beteiligung 1,0 VZÄ (angelehnt an E 9 TV-L)",
        "40.000 €",
        "41.500 €",
        "81.500 €",
    ),
    ("Büro im Coworking Zeitz (Miete, Nebenkosten)", "6.000 €", "6.000 €", "12.000 €"),
    ("Veranstaltungen und Beteiligungsformate", "10.500 €", "9.500 €", "20.000 €"),
    ("Öffentlichkeitsarbeit, Webseite", "7.000 €", "4.000 €", "11.000 €"),
    ("Fahrtkosten", "3.000 €", "3.000 €", "6.000 €"),
    ("Externe Moderation Strategieprozess", "8.500 €", "10.000 €", "18.500 €"),
    ("Gesamtausgaben", "131.000 €", "131.500 €", "262.500 €"),
]

FINANCING = [
    ("Finanzierungsquelle", "Betrag", "Anteil"),
    ("Zuwendung Land Sachsen-Anhalt", "210.000 €", "80 %"),
    (
        "Eigenmittel des Vereins (Mitgliedsbeiträge, Beiträge der Mitgliedskommunen, Spenden)",
        "52.500 €",
        "20 %",
    ),
    ("Gesamt", "262.500 €", "100 %"),
]

MILESTONES = [
    ("Zeitraum", "Meilenstein"),
    ("I/2019", "Geschäftsstelle im Coworking Zeitz eröffnet, Personal eingestellt"),
    ("II–III/2019", "Digitalatlas Burgenland: Ist-Analyse und Befragungen abgeschlossen"),
    ("IV/2019 – I/2020", "Drei Regionalforen in Naumburg, Zeitz und Weißenfels, Hackathon in Zeitz"),
    ("II–III/2020", "Entwurf Digitale Strategie Burgenlandkreis, Online-Beteiligung"),
    ("IV/2020", "Beschlussfassung im Kreistag, Abschlusskonferenz, Übergabe an Regelstruktur"),
]

# ("h", level, typed number, title) -> English built-in heading styles, number typed into the text
BLOCKS = [
    ("h", 1, "1", "Projektträger"),
    (
        "p",
        "Träger des Vorhabens ist der Digitales Burgenland e. V. mit Sitz in Zeitz (Vereinsregister "
        "Amtsgericht Stendal, VR 4621). Der Verein wurde im März 2018 von 14 Unternehmen, der Stadt "
        "Zeitz, der Stadt Hohenmölsen und mehreren Privatpersonen gegründet und hat heute 31 "
        "Mitglieder. Er ist als gemeinnützig anerkannt. Vertretungsberechtigt ist der Vorstand, "
        "vertreten durch den Vorsitzenden Thomas Kießling. Ansprechpartnerin für die Projektskizze ist "
        "die Geschäftsführerin Svenja Roloff, Markt 7, 06712 Zeitz, Telefon 03441 22 87 40, E-Mail "
        "roloff@digitales-burgenland.de.",
    ),
    ("h", 1, "2", "Das Vorhaben im Überblick"),
    (
        "p",
        "Mit dem „Digitalwerk Burgenland“ soll im Burgenlandkreis ein Regionales "
        "Digitalisierungszentrum entstehen, das Wirtschaft, Kommunen, Hochschule und Zivilgesellschaft "
        "an einen Tisch bringt. Das Zentrum arbeitet von einem Coworking-Standort in der Zeitzer "
        "Innenstadt aus und ist mit Außensprechstunden in Naumburg und Weißenfels präsent. In 24 "
        "Monaten wird gemeinsam mit den Akteuren der Region eine Digitale Strategie für den "
        "Burgenlandkreis erarbeitet, die an den Strukturwandel im Mitteldeutschen Revier anknüpft. "
        "Die Gesamtausgaben betragen 262.500 €, beantragt wird eine Zuwendung von 210.000 €.",
    ),
    ("h", 1, "3", "Ausgangslage"),
    ("h", 2, "3.1", "Region und Bevölkerung"),
    (
        "p",
        "Der Burgenlandkreis im Süden Sachsen-Anhalts zählt rund 180.000 Einwohnerinnen und Einwohner "
        "in 17 Städten und Gemeinden sowie drei Verbandsgemeinden. Die größten Städte sind Weißenfels, "
        "Naumburg (Saale) und Zeitz mit jeweils 27.000 bis 40.000 Einwohnern. Seit 1990 hat der Kreis "
        "rund ein Viertel seiner Bevölkerung verloren; besonders im Raum Zeitz und Hohenmölsen ist der "
        "Anteil der über 65-Jährigen hoch. Die Region zwischen Saale, Unstrut und Weißer Elster ist "
        "zugleich Weinbaugebiet, Tourismusziel und traditioneller Industriestandort.",
    ),
    ("h", 2, "3.2", "Strukturwandel und digitale Infrastruktur"),
    (
        "p",
        "Mit dem beschlossenen Ausstieg aus der Braunkohleverstromung steht der Süden des Kreises vor "
        "einem tiefgreifenden Strukturwandel; im Tagebau Profen und in den Zulieferbetrieben hängen "
        "mehrere tausend Arbeitsplätze an der Kohle. Gleichzeitig siedeln sich in den Industrieparks "
        "Zeitz und Weißenfels neue Unternehmen der Chemie-, Lebensmittel- und Logistikbranche an. Der "
        "Breitbandausbau des Landkreises wird bis 2020 rund 80 Prozent der bislang unterversorgten "
        "Adressen erschließen; in den Dörfern der Verbandsgemeinde Wethautal bleiben Lücken.",
    ),
    (
        "p",
        "Digitale Projekte gibt es bereits, sie laufen jedoch weitgehend unverbunden: die LEADER-Region "
        "„Montanregion Sachsen-Anhalt Süd“, das Coworking-Projekt des Vereins in Zeitz, die "
        "Tourismus-App des Saale-Unstrut-Tourismus e. V. und erste Schulprojekte im Rahmen des "
        "DigitalPakts. Ein gemeinsamer Überblick und eine abgestimmte Strategie fehlen.",
    ),
    ("h", 1, "4", "Ziele"),
    (
        "tracked_ins",
        "Das Digitalwerk Burgenland verfolgt drei Ziele: Erstens sollen bis Ende 2020 "
        "mindestens 150 Akteure aus Wirtschaft, Verwaltung, Wissenschaft und Zivilgesellschaft "
        "in einem regionalen Digitalnetzwerk verbunden sein. Zweitens wird eine Digitale "
        "Strategie für den Burgenlandkreis erarbeitet.",
        " Sie wird dem Kreistag im IV. Quartal 2020 zur Beschlussfassung vorgelegt.",
        " Drittens sollen mindestens drei Pilotprojekte angestoßen werden, die nach Projektende "
        "eigenständig weiterlaufen.",
    ),
    (
        "tracked_del",
        "Inhaltlich konzentriert sich das Zentrum auf die Felder Arbeit und Qualifizierung im "
        "Strukturwandel, digitale Angebote für den ländlichen Raum sowie Tourismus und Weinbau",
        ", ergänzt um das Thema Blockchain in der Verwaltung",
        ". Die Ziele werden mit Kennzahlen unterlegt, die halbjährlich überprüft werden.",
    ),
    ("h", 1, "5", "Arbeitsprogramm"),
    ("h", 2, "5.1", "Digitalatlas und Bestandsaufnahme"),
    (
        "p",
        "In den ersten sechs Monaten erstellt das Zentrum einen „Digitalatlas Burgenland“: eine "
        "Übersicht über laufende Projekte, Akteure, Förderprogramme und Versorgungsdaten, die als "
        "interaktive Karte veröffentlicht wird. Dazu werden Interviews mit 30 Schlüsselpersonen "
        "geführt und vorhandene Daten des Landkreises und der Kammern ausgewertet.",
    ),
    ("h", 2, "5.2", "Beratung und Vernetzung von Unternehmen"),
    # this paragraph carries the floating text box with a partner quote (anchored in its first run)
    (
        "quote_box",
        "Das Zentrum bietet kleinen und mittleren Unternehmen, insbesondere im Handwerk und im "
        "Weinbau, eine kostenfreie Erstberatung an. Monatliche Praxisabende („Digitalstammtisch“) im "
        "Wechsel zwischen Zeitz, Naumburg und Weißenfels stellen Beispiele aus der Region vor. Mit "
        "der Handwerkskammer Halle (Saale) wird ein Qualifizierungsangebot für Beschäftigte aus der "
        "Braunkohlewirtschaft entwickelt.",
    ),
    ("h", 2, "5.3", "Pilotprojekte"),
    (
        "p",
        "Gemeinsam mit den Partnern werden drei Pilotprojekte vorbereitet: ein digitales "
        "Mitfahrangebot für die Verbandsgemeinde Wethautal, ein gemeinsamer Online-Shop für Winzer "
        "der Saale-Unstrut-Region und eine digitale Lernwerkstatt für Schülerinnen und Schüler in "
        "Zeitz. Für die Umsetzung werden Fördermittel aus weiteren Programmen eingeworben.",
    ),
    ("h", 1, "6", "Beteiligung und Strategieprozess"),
    (
        "p",
        "Die Digitale Strategie wird in einem offenen Prozess erarbeitet. Den Auftakt bildet eine "
        "Online-Befragung von Bürgerinnen und Bürgern sowie Unternehmen im Sommer 2019. Darauf folgen "
        "drei Regionalforen in Naumburg, Zeitz und Weißenfels, ein Jugend-Hackathon mit den "
        "Berufsbildenden Schulen Burgenlandkreis und eine Zukunftswerkstatt für Vereine und "
        "Ehrenamtliche. Der Strategieentwurf wird im Sommer 2020 online zur Diskussion gestellt. Ein "
        "Beirat aus Vertretern des Landkreises, der Städte, der Hochschule und der Wirtschaft begleitet "
        "den Prozess.",
    ),
    ("h", 1, "7", "Netzwerk und Partner"),
    (
        "p",
        "Zugesagt haben die Hochschule Merseburg (Fachbereich Ingenieur- und Naturwissenschaften), die "
        "IHK Halle-Dessau, die Handwerkskammer Halle (Saale), die Wirtschaftsförderung des "
        "Burgenlandkreises, die Städte Zeitz, Naumburg (Saale) und Weißenfels, der Saale-Unstrut-"
        "Tourismus e. V., die Stadtwerke Zeitz GmbH sowie die Unternehmen Elstertal Software GmbH und "
        "MoWeDa Medienwerkstatt Naumburg. Der Burgenlandkreis hat einen Vertreter in den Beirat "
        "entsandt. Weitere Partner aus der Kreativwirtschaft werden über das Coworking gewonnen.",
    ),
    ("h", 1, "8", "Organisation und Personal"),
    (
        "p",
        "Das Zentrum wird als Projekt des Vereins geführt und von der Geschäftsstelle in Zeitz gesteuert. "
        "Vorgesehen sind eine Netzwerkmanagerin oder ein Netzwerkmanager (1,0 VZÄ, Vergütung angelehnt an "
        "E 11 TV-L) und eine Koordination für Beteiligung und Öffentlichkeitsarbeit (1,0 VZÄ, angelehnt "
        "an E 9 TV-L). Der Vorstand des Vereins trägt die Gesamtverantwortung; der Beirat tagt "
        "vierteljährlich.",
    ),
    ("h", 1, "9", "Zeitplan"),
    ("p", "Das Projekt beginnt am 01.01.2019 und endet am 31.12.2020 (24 Monate)."),
    ("table", "MILESTONES"),
    ("h", 1, "10", "Finanzierungsplan"),
    ("table", "BUDGET"),
    ("p", "Finanzierung:"),
    ("table", "FINANCING"),
    ("h", 1, "11", "Verstetigung"),
    (
        "p",
        "Nach Förderende wird das Digitalwerk vom Verein als dauerhafte Anlaufstelle weitergeführt. "
        "Die Finanzierung soll sich aus drei Quellen speisen: Mitgliedsbeiträgen der Unternehmen und "
        "Kommunen (Ziel: 60 Mitglieder bis Ende 2020), Einnahmen aus dem Coworking und Honoraren für "
        "Beratungs- und Schulungsleistungen. Der Landkreis hat zugesagt, eine anteilige Finanzierung "
        "der Netzwerkstelle aus Mitteln des Strukturwandels zu prüfen.",
    ),
    ("h", 1, "12", "Anlagen"),
    (
        "p",
        "Satzung und Freistellungsbescheid des Vereins, Absichtserklärungen der Partner (11), "
        "Beschluss der Mitgliederversammlung vom 28.11.2018.",
    ),
]

FACTS = {
    "applicant": "Digitales Burgenland e. V.",
    "legal_form": "e. V.",
    "region": "Burgenlandkreis",
    "grant_eur": 210000.0,
    "own_share_eur": 52500.0,
    "total_cost_eur": 262500.0,
    "funding_rate": 0.8,
    "start": "2019-01-01",
    "end": "2020-12-31",
    "duration_months": 24,
    "contact_email": "roloff@digitales-burgenland.de",
}
DEVIATIONS = ["grant_within_cap violated"]

# page numbers cached in the TOC field result, one per heading in BLOCKS order (checked against the PDF)
TOC_PAGES = [3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 6, 6]
