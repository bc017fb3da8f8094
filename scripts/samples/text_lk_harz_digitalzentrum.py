"""Text of the sample sketch `lk_harz_digitalzentrum` (Landkreis Harz). Invented content, real places."""

ID = "lk_harz_digitalzentrum"
TITLE = "Projektskizze Regionales Digitalisierungszentrum – Landkreis Harz"
AUTHOR = "Kathrin Behrens"

HEADER = "Projektskizze Regionales Digitalisierungszentrum – Landkreis Harz"

APPLICANT_TABLE = [
    (
        "Antragsteller",
        "Landkreis Harz, vertreten durch den Landrat\nFriedrich-Ebert-Straße 42, 38820 Halberstadt",
    ),
    ("Rechtsform", "Gebietskörperschaft (Landkreis)"),
    ("Organisationseinheit", "Stabsstelle Wirtschaftsförderung und Digitalisierung"),
    (
        "Ansprechpartnerin",
        "Kathrin Behrens, Sachgebietsleiterin\nTel. 03941 5970-4411\nE-Mail: kathrin.behrens@kreis-hz.de",
    ),
    ("Vorhaben", "Regionales Digitalisierungszentrum Harz (RDZ Harz)"),
    ("Laufzeit", "01.01.2019 – 31.12.2020 (24 Monate)"),
    ("Beantragte Zuwendung", "176.000,00 € (80 % der zuwendungsfähigen Ausgaben)"),
]

MILESTONES = [
    ("Zeitraum", "Arbeitsschritt / Meilenstein"),
    (
        "01/2019 – 03/2019",
        "Stellenbesetzung, Einrichtung des Büros im Kreishaus Halberstadt, Auftaktveranstaltung (M1)",
    ),
    (
        "02/2019 – 06/2019",
        "Bestandsaufnahme: Auswertung vorhandener Daten, Interviews mit 20 Schlüsselakteuren",
    ),
    (
        "04/2019 – 09/2019",
        "Online-Befragung Unternehmen und Bürgerschaft, erste Werkstattgespräche (M2: Ist-Analyse liegt vor)",
    ),
    (
        "10/2019 – 03/2020",
        "Vier Zukunftswerkstätten in den Mittelzentren, Jugendforum, Aufbau Digitalnetzwerk Harz",
    ),
    (
        "04/2020 – 09/2020",
        "Entwurf der Digitalen Strategie Harz, Abstimmung in Lenkungsgruppe und Fachausschüssen (M3)",
    ),
    (
        "10/2020 – 12/2020",
        "Beschluss der Strategie im Kreistag, Übergabe in den Regelbetrieb, Abschlussbericht (M4)",
    ),
]

BUDGET = [
    ("Kostenart", "2019", "2020", "Gesamt"),
    ("Personalkosten (1,0 VZÄ E 11, 0,5 VZÄ E 8 TVöD)", "82.500,00 €", "85.500,00 €", "168.000,00 €"),
    ("Veranstaltungen, Werkstätten, Beteiligungsformate", "9.000,00 €", "7.000,00 €", "16.000,00 €"),
    ("Externe Moderation und fachliche Begleitung", "6.000,00 €", "10.000,00 €", "16.000,00 €"),
    ("Öffentlichkeitsarbeit, Webseite, Druck", "4.500,00 €", "3.500,00 €", "8.000,00 €"),
    ("IT-Ausstattung und Software", "6.000,00 €", "1.000,00 €", "7.000,00 €"),
    ("Reisekosten, Fortbildung", "2.500,00 €", "2.500,00 €", "5.000,00 €"),
    ("Gesamtausgaben", "110.500,00 €", "109.500,00 €", "220.000,00 €"),
]

FINANCING = [
    ("Finanzierung", "2019", "2020", "Gesamt"),
    ("Zuwendung Land Sachsen-Anhalt (80 %)", "88.400,00 €", "87.600,00 €", "176.000,00 €"),
    ("Eigenanteil Landkreis Harz (20 %)", "22.100,00 €", "21.900,00 €", "44.000,00 €"),
    ("Summe", "110.500,00 €", "109.500,00 €", "220.000,00 €"),
]

# ("h", level, displayed number, title) — the number is produced by Word's automatic numbering
BLOCKS = [
    ("h", 1, "1", "Kurzbeschreibung des Vorhabens"),
    (
        "p",
        "Der Landkreis Harz beabsichtigt, zum 1. Januar 2019 ein Regionales Digitalisierungszentrum "
        "(RDZ Harz) als Leit- und Koordinierungsstelle für den digitalen Wandel im Kreisgebiet "
        "einzurichten. Das Zentrum wird organisatorisch an die Stabsstelle Wirtschaftsförderung und "
        "Digitalisierung in Halberstadt angebunden und arbeitet eng mit der Hochschule Harz in "
        "Wernigerode, der IHK Magdeburg und den kreisangehörigen Städten und Gemeinden zusammen.",
    ),
    (
        "p",
        "Kernaufgabe ist es, die bisher nebeneinander laufenden Aktivitäten – Breitbandausbau, "
        "LEADER-Projekte, touristische Digitalangebote und einzelne E-Government-Vorhaben der "
        "Kommunen – zu bündeln und in einem offenen Beteiligungsprozess eine Digitale Strategie "
        "Harz zu erarbeiten, die dem Kreistag bis Dezember 2020 zur Beschlussfassung vorgelegt wird. "
        "Für die Laufzeit von 24 Monaten werden Gesamtausgaben von 220.000,00 € veranschlagt, "
        "davon werden 176.000,00 € als Zuwendung beantragt.",
    ),
    ("h", 1, "2", "Ausgangslage und Handlungsbedarf"),
    ("h", 2, "2.1", "Regionsprofil Landkreis Harz"),
    (
        "p",
        "Der Landkreis Harz ist mit rund 214.000 Einwohnerinnen und Einwohnern (Stand 31.12.2017) "
        "einer der bevölkerungsreichsten Landkreise Sachsen-Anhalts. Die Kreisstadt Halberstadt, die "
        "Welterbestadt Quedlinburg und die Hochschulstadt Wernigerode bilden die Mittelzentren; "
        "daneben prägen kleine Orte im Oberharz am Brocken, in der Stadt Thale und in der "
        "Verbandsgemeinde Vorharz den ländlichen Raum. Die Bevölkerung ist seit 2010 um etwa 7 % "
        "zurückgegangen, das Durchschnittsalter liegt bei über 49 Jahren.",
    ),
    (
        "p",
        "Wirtschaftlich ist der Landkreis durch kleine und mittlere Unternehmen in Metallverarbeitung, "
        "Lebensmittelproduktion und Maschinenbau sowie durch den Tourismus mit jährlich mehr als "
        "drei Millionen Übernachtungen geprägt. Viele Betriebe haben weniger als 20 Beschäftigte und "
        "verfügen über keine eigene IT-Abteilung. In Gesprächen der Wirtschaftsförderung mit "
        "Unternehmen wurden wiederholt fehlendes Fachpersonal, unklare Fördermöglichkeiten und "
        "Unsicherheit beim Datenschutz als Hemmnisse genannt.",
    ),
    ("h", 2, "2.2", "Stand der Digitalisierung und bestehende Initiativen"),
    (
        "p",
        "Der geförderte Breitbandausbau in den unterversorgten Gebieten des Landkreises ist "
        "vergeben; bis Ende 2020 sollen rund 24.000 Haushalte und 1.900 Unternehmen mit mindestens "
        "50 Mbit/s versorgt sein. In den Höhenlagen des Oberharzes bestehen weiterhin Funklöcher im "
        "Mobilfunk. Die Kreisverwaltung bietet erste Online-Dienste (Kfz-Wunschkennzeichen, "
        "Terminvergabe) an, die meisten kreisangehörigen Kommunen verfügen jedoch über kein "
        "abgestimmtes E-Government-Konzept.",
    ),
    (
        "p",
        "Zugleich gibt es zahlreiche Einzelinitiativen, an die das Zentrum anknüpfen kann: die "
        "Lokalen Aktionsgruppen „Harz“ und „Nordharz“ im LEADER-Programm, das Kompetenzzentrum "
        "E-Government an der Hochschule Harz, das Digitalprojekt des Harzer Tourismusverbandes zur "
        "Gästekarte sowie mehrere Schulen, die am Landesprogramm „Digitale Schule“ teilnehmen. "
        "Diese Aktivitäten sind bislang kaum miteinander verknüpft. Es fehlt eine Stelle, die den "
        "Überblick behält, Akteure zusammenbringt und Förderzugänge erschließt.",
    ),
    ("h", 1, "3", "Zielsetzung"),
    (
        "p",
        "Leitziel des Vorhabens ist ein Landkreis Harz, in dem Wirtschaft, Verwaltung und "
        "Zivilgesellschaft die Chancen digitaler Anwendungen gemeinsam und koordiniert nutzen. Daraus "
        "leiten sich folgende überprüfbare Teilziele ab:",
    ),
    (
        "bullets",
        [
            "Bis Dezember 2020 liegt eine im Kreistag beschlossene Digitale Strategie Harz mit "
            "priorisierten Maßnahmen für die Jahre 2021 bis 2025 vor.",
            "Mindestens 60 kleine und mittlere Unternehmen werden bis Projektende zu Digitalisierungs- "
            "und Fördermöglichkeiten beraten.",
            "Alle 22 kreisangehörigen Städte und Gemeinden sind im Digitalnetzwerk Harz vertreten.",
            "Es werden mindestens 12 öffentliche Veranstaltungen mit insgesamt 600 Teilnehmenden "
            "durchgeführt.",
        ],
    ),
    (
        "p",
        "Das Vorhaben orientiert sich an den Handlungsfeldern der Digitalen Agenda des Landes "
        "Sachsen-Anhalt und an den Leitlinien der Smart City Charta, übertragen auf einen ländlich "
        "geprägten Landkreis (Smart Region).",
    ),
    ("h", 1, "4", "Handlungsfelder und Maßnahmen"),
    ("h", 2, "4.1", "Bündelung und Netzwerkarbeit"),
    (
        "p",
        "Das Zentrum erfasst in den ersten Monaten alle laufenden Digitalisierungsprojekte im Kreisgebiet "
        "in einer Projektlandkarte und richtet das „Digitalnetzwerk Harz“ ein. Das Netzwerk trifft "
        "sich zweimal jährlich im Plenum; dazwischen arbeiten thematische Gruppen zu Wirtschaft, "
        "Verwaltung sowie Bildung und Tourismus. Ein monatlicher Newsletter informiert über "
        "Förderaufrufe, Veranstaltungen und gute Beispiele aus der Region.",
    ),
    ("h", 2, "4.2", "Erarbeitung der Digitalen Strategie Harz"),
    (
        "p",
        "Auf Grundlage einer Ist-Analyse (Datenauswertung, Befragungen, Interviews) entwickelt das "
        "Zentrum mit externer Moderation eine Digitale Strategie. Sie benennt Ziele, Zuständigkeiten "
        "und kurz-, mittel- und langfristige Maßnahmenpakete in den Feldern Wirtschaft und Arbeit, "
        "Verwaltung, Mobilität, Gesundheit und Pflege, Bildung sowie Tourismus und Kultur.",
    ),
    ("h", 2, "4.3", "Beratung von Unternehmen und Kommunen"),
    (
        "p",
        "Das Zentrum bietet eine Erstberatung für KMU an und vermittelt an spezialisierte Stellen wie "
        "das Mittelstand 4.0-Kompetenzzentrum Magdeburg oder die Transferstelle der Hochschule Harz. "
        "Für die Kommunen werden gemeinsam mit dem Kompetenzzentrum E-Government Workshops zur "
        "Umsetzung des Onlinezugangsgesetzes angeboten. Zusätzlich organisiert das Zentrum ein "
        "Fördermittel-Monitoring und unterstützt Antragstellungen.",
    ),
    ("h", 1, "5", "Beteiligungskonzept"),
    (
        "p",
        "Die Digitale Strategie soll nicht am Schreibtisch entstehen. Der Beteiligungsprozess setzt "
        "deshalb auf mehrere, aufeinander aufbauende Formate:",
    ),
    (
        "bullets",
        [
            "Online-Befragung von Unternehmen (mit der IHK Magdeburg und der Kreishandwerkerschaft) und "
            "von Bürgerinnen und Bürgern im Sommer 2019, ergänzt durch Papierfragebögen in den Bürgerbüros;",
            "vier Zukunftswerkstätten in Halberstadt, Wernigerode, Quedlinburg und Blankenburg (Harz) "
            "zwischen Oktober 2019 und März 2020;",
            "ein Jugendforum mit dem Kreisschülerrat sowie eine Sprechstunde „Digital im Alter“ mit dem "
            "Kreisseniorenrat;",
            "eine Online-Kommentierung des Strategieentwurfs im Sommer 2020.",
        ],
    ),
    (
        "p",
        "Eine Lenkungsgruppe aus Landrat, Vertretern der Bürgermeisterinnen und Bürgermeister, der "
        "Hochschule Harz und der Kammern begleitet den Prozess und bereitet die Beschlussfassung im "
        "Kreistag vor.",
    ),
    ("h", 1, "6", "Kooperationspartner"),
    (
        "p",
        "Folgende Partner haben ihre Mitwirkung zugesagt (Absichtserklärungen siehe Anlagen): die "
        "Hochschule Harz (Fachbereich Verwaltungswissenschaften, Kompetenzzentrum E-Government), die "
        "Industrie- und Handelskammer Magdeburg, die Kreishandwerkerschaft Harz, der Harzer "
        "Tourismusverband e. V., die Städte Halberstadt, Wernigerode und Quedlinburg sowie die "
        "Harzsparkasse. Aus der Wirtschaft beteiligen sich die Wernigeröder IT-Dienstleister "
        "Brockensoft GmbH und die Halberstädter Agentur Holtemme Medien als Impulsgeber für die "
        "Kreativwirtschaft. Mit der Lokalen Aktionsgruppe Nordharz ist eine gemeinsame "
        "Veranstaltungsreihe vereinbart.",
    ),
    ("h", 1, "7", "Projektorganisation und Personal"),
    (
        "p",
        "Das RDZ Harz wird als Projektstelle in der Stabsstelle Wirtschaftsförderung und "
        "Digitalisierung geführt und hat seinen Sitz im Kreishaus Halberstadt; eine Außensprechstunde "
        "wird im Innovations- und Gründerzentrum Wernigerode angeboten. Vorgesehen sind:",
    ),
    (
        "bullets",
        [
            "1,0 VZÄ Projektleitung „Digitalisierungsbeauftragte/r“, E 11 TVöD, mit abgeschlossenem "
            "Hochschulstudium und Erfahrung im Projektmanagement;",
            "0,5 VZÄ Projektassistenz, E 8 TVöD, für Veranstaltungsorganisation, Öffentlichkeitsarbeit und "
            "Verwaltung der Fördermittel.",
        ],
    ),
    (
        "p",
        "Die Projektleitung berichtet vierteljährlich an die Lenkungsgruppe und halbjährlich im "
        "Ausschuss für Wirtschaft und Tourismus des Kreistages.",
    ),
    ("h", 1, "8", "Arbeits- und Zeitplan"),
    (
        "p",
        "Das Vorhaben läuft vom 01.01.2019 bis zum 31.12.2020. Die wesentlichen Schritte und "
        "Meilensteine sind in der folgenden Übersicht dargestellt.",
    ),
    ("table", "MILESTONES"),
    ("h", 1, "9", "Kosten- und Finanzierungsplan"),
    (
        "p",
        "Die zuwendungsfähigen Ausgaben betragen insgesamt 220.000,00 €. Die Personalkosten wurden auf "
        "Grundlage der Personalkostendurchschnittssätze des Landkreises berechnet.",
    ),
    ("table", "BUDGET"),
    ("p", "Die Finanzierung setzt sich wie folgt zusammen:"),
    ("table", "FINANCING"),
    (
        "p",
        "Der Eigenanteil des Landkreises in Höhe von 44.000,00 € ist im Haushaltsplan 2019 und in der "
        "mittelfristigen Finanzplanung für 2020 eingestellt.",
    ),
    ("h", 1, "10", "Verstetigung nach Förderende"),
    (
        "p",
        "Das Digitalisierungszentrum soll nach Ablauf der Förderung als dauerhafte Struktur "
        "weitergeführt werden. Der Kreisausschuss hat in seiner Sitzung am 14.11.2018 die Absicht "
        "bekundet, die Stelle der Projektleitung ab 2021 in den Stellenplan des Landkreises zu "
        "übernehmen. Die Sachkosten werden ab 2021 aus dem Budget der Wirtschaftsförderung getragen.",
    ),
    (
        "p",
        "Das Digitalnetzwerk Harz soll sich bis Ende 2020 eine Geschäftsordnung geben, damit es "
        "unabhängig von einzelnen Personen fortbesteht. Zusätzlich prüft das Zentrum, ob "
        "Beratungsleistungen für Unternehmen gemeinsam mit der IHK Magdeburg und der Harzsparkasse "
        "als Kooperationsangebot fortgeführt werden können.",
    ),
    ("h", 1, "11", "Erwartete Ergebnisse und Übertragbarkeit"),
    (
        "p",
        "Ergebnisse des Vorhabens sind die beschlossene Digitale Strategie Harz, eine öffentlich "
        "zugängliche Projektlandkarte, das arbeitsfähige Digitalnetzwerk und dokumentierte "
        "Beratungsfälle. Der Erfolg wird anhand der in Kapitel 3 genannten Kennzahlen gemessen und im "
        "Abschlussbericht dargestellt. Die Methodik der Zukunftswerkstätten und die Fragebögen werden "
        "den anderen Digitalisierungszentren im Land zur Nachnutzung bereitgestellt; ein "
        "Erfahrungsaustausch mit den Zentren in Haldensleben und Merseburg ist verabredet.",
    ),
    ("h", 1, "12", "Anlagen"),
    (
        "bullets",
        [
            "Absichtserklärungen der Kooperationspartner (7 Schreiben)",
            "Auszug aus der Niederschrift des Kreisausschusses vom 14.11.2018",
            "Detaillierte Personalkostenberechnung",
        ],
    ),
]

FACTS = {
    "applicant": "Landkreis Harz",
    "legal_form": "Landkreis",
    "region": "Landkreis Harz",
    "grant_eur": 176000.0,
    "own_share_eur": 44000.0,
    "total_cost_eur": 220000.0,
    "funding_rate": 0.8,
    "start": "2019-01-01",
    "end": "2020-12-31",
    "duration_months": 24,
    "contact_email": "kathrin.behrens@kreis-hz.de",
}
DEVIATIONS: list[str] = []
