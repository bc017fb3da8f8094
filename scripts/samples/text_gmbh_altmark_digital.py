"""Text of the sample sketch `gmbh_altmark_digital` ("Altmark Digital GmbH", Gardelegen).

Top headings: bold Normal paragraphs numbered by Word (w:numPr directly in the paragraph).
Sub-headings: bold Normal with typed numbers. Deliberate: runtime 01.07.2019–30.06.2021 (end after
the call's 31.12.2020), a leftover template instruction in the Verstetigung section.
"""

ID = "gmbh_altmark_digital"
TITLE = "Projektskizze Digitalisierungszentrum Altmark"
AUTHOR = "Jens Hoppe"

TEMPLATE_INSTRUCTION = (
    "Bitte beschreiben Sie hier, wie das Zentrum nach Förderende weitergeführt wird (max. 1 Seite)."
)

BUDGET = [
    ("Kostenart", "2019", "2020", "2021", "Gesamt"),
    ("Personalkosten (1,5 VZÄ)", "40.000 €", "82.000 €", "42.000 €", "164.000 €"),
    ("Coworking-Fläche / Büro Gardelegen", "3.000 €", "6.000 €", "3.000 €", "12.000 €"),
    ("Veranstaltungen und Befragungen", "5.000 €", "9.000 €", "4.000 €", "18.000 €"),
    ("Marketing und Öffentlichkeitsarbeit", "4.000 €", "4.500 €", "2.000 €", "10.500 €"),
    ("IT-Ausstattung", "9.000 €", "1.500 €", "0 €", "10.500 €"),
    ("Externe Studien (Pilot Smart Farming)", "2.250 €", "9.000 €", "5.000 €", "16.250 €"),
    ("Summe", "63.250 €", "112.000 €", "56.000 €", "231.250 €"),
]

# ("h", level, displayed number, title). Level 1: Word numbering "%1." (shown "1." -> number "1").
# Level 2: typed "3.1 Title" in a bold Normal paragraph.
BLOCKS = [
    ("h", 1, "1", "Antragsteller"),
    (
        "p",
        "Altmark Digital GmbH, Rathausplatz 3, 39638 Hansestadt Gardelegen, eingetragen im "
        "Handelsregister des Amtsgerichts Stendal unter HRB 27714. Gesellschafter sind die Hansestadt "
        "Gardelegen (51 %), die Stadtwerke Gardelegen GmbH (25 %) und der Unternehmerverband Altmark "
        "e. V. (24 %). Geschäftsführer: Jens Hoppe. Ansprechpartner für das Vorhaben ist Herr Hoppe, "
        "Telefon 03907 7799-10, E-Mail hoppe@altmark-digital.de.",
    ),
    ("h", 1, "2", "Kurzdarstellung"),
    (
        "p",
        "Die Altmark Digital GmbH wurde 2018 gegründet, um digitale Dienste für Kommunen und Betriebe in "
        "der westlichen Altmark zu bündeln. Mit dem geplanten Digitalisierungszentrum soll der "
        "Altmarkkreis Salzwedel eine feste Anlaufstelle für alle Fragen der Digitalisierung erhalten. "
        "Schwerpunkte sind Smart Farming, Telemedizin, digitale Bildung und Mobilität im ländlichen "
        "Raum. Die Zuwendung soll 185 T€ betragen, der Eigenanteil der Gesellschaft 46.250 €.",
    ),
    ("h", 1, "3", "Ausgangslage in der Altmark"),
    ("h", 2, "3.1", "Strukturdaten"),
    (
        "p",
        "Der Altmarkkreis Salzwedel ist mit rund 84.000 Einwohnern auf 2.293 km² einer der am dünnsten "
        "besiedelten Landkreise Deutschlands (37 Einwohner je km²). Die Hansestadt Gardelegen ist mit "
        "632 km² flächenmäßig eine der größten Städte Deutschlands, hat aber nur etwa 22.000 Einwohner "
        "in 49 Ortsteilen. Landwirtschaft, Ernährungswirtschaft und Holzverarbeitung prägen die "
        "Wirtschaft; viele Ärzte und Handwerksmeister gehen in den nächsten Jahren in den Ruhestand.",
    ),
    ("h", 2, "3.2", "Breitband und bestehende Projekte"),
    (
        "p",
        "Der Zweckverband Breitband Altmark baut seit 2015 ein eigenes Glasfasernetz in der Altmark auf; "
        "bis Ende 2020 sollen große Teile des Kreises mit FTTH erschlossen sein. Damit entsteht eine "
        "Infrastruktur, für die es bislang kaum Anwendungen gibt. Die LEADER-Aktionsgruppen "
        "„Westliche Altmark“ und „Mittlere Altmark“ fördern einzelne Digitalprojekte, das "
        "Bundesprogramm Land(auf)Schwung hat im Nachbarkreis Stendal Erfahrungen mit dem Thema "
        "„Digitalisierung der Altmark“ geschaffen. Diese Ansätze wollen wir aufgreifen und bündeln.",
    ),
    ("h", 1, "4", "Ziele"),
    (
        "p",
        "Bis zum Projektende soll eine mit Kreistag und Städten abgestimmte Digitale Agenda Altmark "
        "vorliegen. Außerdem sollen mindestens 40 Landwirtschafts- und Handwerksbetriebe beraten, ein "
        "Pilot zu Smart Farming mit zwei Agrargenossenschaften umgesetzt und ein Coworking-Angebot in "
        "Gardelegen eröffnet werden. Die Ergebnisse einer Bürger- und einer Unternehmensbefragung "
        "werden veröffentlicht.",
    ),
    ("h", 1, "5", "Maßnahmen"),
    ("p", "Das Zentrum übernimmt folgende Aufgaben:"),
    (
        "letters",
        [
            "Ist-Analyse zu den Bedarfen von Bevölkerung, Wirtschaft, Bildung und Verwaltung, einschließlich "
            "einer repräsentativen Bürgerbefragung und einer Unternehmensbefragung;",
            "Aufbau eines Netzwerks „Digitale Altmark“ mit Kommunen, Kammern, Schulen und Unternehmen sowie "
            "Organisation von vier Netzwerktreffen pro Jahr;",
            "Beratung von Landwirtschafts- und Handwerksbetrieben zu Förderprogrammen und digitalen "
            "Lösungen, in Kooperation mit der Kreishandwerkerschaft Altmark;",
            "Pilotprojekt Smart Farming: Sensoren zur Bodenfeuchte und Ertragskartierung auf Flächen der "
            "Agrargenossenschaft Letzlinger Heide, begleitet durch die Hochschule Magdeburg-Stendal;",
            "Vorbereitung eines Telemedizin-Projekts mit dem Altmark-Klinikum Gardelegen;",
            "Erarbeitung und Abstimmung der Digitalen Agenda Altmark.",
        ],
    ),
    ("p", "Für die Ist-Analyse werden außerdem folgende Datenquellen genutzt:"),
    (
        "letters",
        [
            "Versorgungsdaten des Zweckverbands Breitband Altmark,",
            "Gewerbedaten der IHK Magdeburg,",
            "Schulentwicklungsplanung des Altmarkkreises Salzwedel.",
        ],
    ),
    ("h", 1, "6", "Einbindung der Akteure"),
    (
        "p",
        "Im Frühjahr 2020 wird eine Bürgerbefragung (online und schriftlich, 2.000 zufällig ausgewählte "
        "Haushalte) durchgeführt, im Herbst 2020 eine Unternehmensbefragung mit der IHK Magdeburg. "
        "Zusätzlich finden in Gardelegen, Salzwedel und Klötze je zwei Workshops statt, zu denen "
        "Vereine, Schulen, Landwirte und Senioren eingeladen werden. Die Digitale Agenda wird dem "
        "Kreistag des Altmarkkreises Salzwedel im Juni 2021 vorgelegt.",
    ),
    ("h", 1, "7", "Partner"),
    (
        "p",
        "Hansestadt Gardelegen, Altmarkkreis Salzwedel (Wirtschaftsförderung), Zweckverband Breitband "
        "Altmark, Hochschule Magdeburg-Stendal, IHK Magdeburg, Kreishandwerkerschaft Altmark, "
        "Kreisbauernverband Altmark e. V., Agrargenossenschaft Letzlinger Heide eG, Altmark-Klinikum "
        "Gardelegen, Stadtwerke Gardelegen GmbH.",
    ),
    ("h", 1, "8", "Personal"),
    (
        "p",
        "Projektleitung „Digitalisierungsbeauftragte/r“ mit 1,0 VZÄ (Vergütung in Anlehnung an E 11 "
        "TVöD) sowie eine Referentin oder ein Referent für Netzwerk und Veranstaltungen mit 0,5 VZÄ. "
        "Sitz ist das Büro der GmbH am Rathausplatz in Gardelegen. Ein Lenkungskreis mit Landrat, "
        "Bürgermeisterin und Gesellschaftern tagt zweimal im Jahr.",
    ),
    ("h", 1, "9", "Zeitplan"),
    (
        "p",
        "Projektlaufzeit: 01.07.2019 bis 30.06.2021 (24 Monate). Meilensteine: Personal eingestellt "
        "09/2019; Netzwerk gegründet 12/2019; Bürgerbefragung abgeschlossen 04/2020; "
        "Unternehmensbefragung 12/2020; Entwurf Digitale Agenda 03/2021; Beschluss im Kreistag 06/2021.",
    ),
    ("h", 1, "10", "Kosten- und Finanzierungsplan"),
    ("table", "BUDGET"),
    ("p", "Finanzierung: Zuwendung 185 T€ (80 %), Eigenanteil Altmark Digital GmbH 46.250 € (20 %)."),
    ("h", 1, "11", "Nachhaltigkeit"),
    ("instruction", TEMPLATE_INSTRUCTION),
    ("p", "Wir streben eine Fortführung durch die GmbH an."),
    ("h", 1, "12", "Anlagen"),
    ("p", "Handelsregisterauszug, Gesellschafterbeschluss, Absichtserklärungen."),
]

FACTS = {
    "applicant": "Altmark Digital GmbH",
    "legal_form": "GmbH",
    "region": "Altmarkkreis Salzwedel",
    "grant_eur": 185000.0,
    "own_share_eur": 46250.0,
    "total_cost_eur": 231250.0,
    "funding_rate": 0.8,
    "start": "2019-07-01",
    "end": "2021-06-30",
    "duration_months": 24,
    "contact_email": "hoppe@altmark-digital.de",
}
DEVIATIONS = [
    "project_end_deadline violated",
    "sustainability_plan unclear",
]
