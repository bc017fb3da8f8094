"""Text of the held-out sample smartregion_harz_ug.pdf (SmartRegion Harz UG (haftungsbeschränkt)).

Block kinds: ("h", letter_or_number, title, level), ("p", text), ("ul", [items]), ("x", key),
("cols", "start"|"end") marks the part of the document set on one two-column page.
Level-1 titles are written here in mixed case; the builder prints them in capitals.
"""

from __future__ import annotations

COMPANY = "SmartRegion Harz UG (haftungsbeschränkt)"
LETTERHEAD = [
    "SmartRegion Harz UG (haftungsbeschränkt)",
    "Marktstraße 14 · 38855 Wernigerode",
    "Tel. 03943 55 27 90 · hallo@smartregion-harz.de",
    "Amtsgericht Stendal HRB 24817 · Geschäftsführer: Jan-Philipp Rosenau",
]
RECIPIENT = [
    "Ministerium für Wirtschaft, Wissenschaft",
    "und Digitalisierung des Landes Sachsen-Anhalt",
    "Referat Digitale Agenda",
    "Hasselbachstraße 4",
    "39104 Magdeburg",
]
DATE_LINE = "Wernigerode, 30. Oktober 2018"
TITLE = "Projektskizze Regionales Digitalisierungszentrum „Harz.Digital.Hub“"
FOOTER = "SmartRegion Harz UG (haftungsbeschränkt) · Projektskizze Harz.Digital.Hub"

COSTS = [
    ("Personal Zentrumsleitung (1,0 VZÄ, 23 Monate)", "98.900 €"),
    ("Personal Digitallotse/-lotsin KMU (1,0 VZÄ, 21 Monate)", "77.700 €"),
    ("Miete Coworking-Fläche und Nebenkosten", "22.000 €"),
    ("Datenplattform (Entwicklung, Hosting)", "18.500 €"),
    ("Veranstaltungen, Barcamps, Beteiligung", "14.400 €"),
    ("Reisen, Öffentlichkeitsarbeit", "8.500 €"),
]
COSTS_TOTAL = ("Summe", "240.000 €")
FINANCING = [
    ("Zuwendung Land Sachsen-Anhalt (80 %)", "192.000 €"),
    ("Eigenmittel SmartRegion Harz UG", "28.000 €"),
    ("Beiträge Netzwerkpartner (Landkreis Harz, Stadtwerke)", "20.000 €"),
]

BLOCKS: list[tuple] = [
    ("h", "A", "Antragstellerin", 1),
    (
        "p",
        "Antragstellerin ist die SmartRegion Harz UG (haftungsbeschränkt) mit Sitz in Wernigerode, "
        "gegründet im März 2017 von drei Absolventen der Hochschule Harz. Das Unternehmen entwickelt "
        "digitale Dienste für Tourismus und Kommunen im Harz und betreibt seit 2018 einen kleinen "
        "Coworking-Space in der Altstadt. Ansprechpartner für das Vorhaben ist der Geschäftsführer "
        "Jan-Philipp Rosenau (Tel. 03943 55 27 91, rosenau@smartregion-harz.de).",
    ),
    ("h", "B", "Kurzbeschreibung", 1),
    (
        "p",
        "Der Harz.Digital.Hub soll als Regionales Digitalisierungszentrum für den Landkreis Harz "
        "die vielen einzelnen Digitalisierungsinitiativen in Tourismus, Handwerk und Verwaltung "
        "zusammenführen. Er verbindet drei Bausteine: eine Lotsenstelle, die kleine und mittlere "
        "Unternehmen zu digitalen Geschäftsmodellen berät, eine offene Datenplattform für "
        "touristische Echtzeitdaten (Parkplätze, Besucherzahlen, Wanderwege) und einen "
        "Coworking-Ort als Treffpunkt für Gründer, Pendler und Kreative. Gemeinsam mit dem "
        "Landkreis, den Städten Wernigerode, Halberstadt und Quedlinburg und der Hochschule Harz "
        "wird in einem Beteiligungsprozess eine Smart-Region-Strategie Harz erarbeitet. Laufzeit: "
        "01.02.2019 bis 31.12.2020. Gesamtkosten 240.000 €, beantragte Zuwendung 192.000 €.",
    ),
    ("h", "C", "Ausgangslage und Handlungsbedarf", 1),
    ("h", "1", "Tourismusregion Harz", 2),
    (
        "p",
        "Der Landkreis Harz ist mit über 3,6 Millionen Übernachtungen pro Jahr die wichtigste "
        "Tourismusregion Sachsen-Anhalts. Besucherströme konzentrieren sich auf wenige Orte wie "
        "den Brocken, Wernigerode und Quedlinburg; an Spitzentagen sind Parkplätze und "
        "Zubringerstraßen überlastet. Informationen zu Auslastung, Öffnungszeiten und "
        "Verkehrslage liegen bei verschiedenen Stellen, aber nicht in maschinenlesbarer Form vor. "
        "Zugleich prägen kleine Betriebe mit weniger als zehn Beschäftigten die regionale "
        "Wirtschaft; viele von ihnen haben noch keine digitale Strategie.",
    ),
    ("h", "2", "Digitale Infrastruktur und Akteure", 2),
    (
        "p",
        "Der geförderte Breitbandausbau des Landkreises schließt bis 2020 viele weiße Flecken. Die "
        "Hochschule Harz forscht zu Tourismus und Verwaltungsinformatik, die Stadtwerke "
        "Wernigerode bauen ein LoRaWAN-Funknetz für Sensoren auf. Was fehlt, ist eine neutrale "
        "Stelle, die diese Akteure zusammenbringt und Unternehmen den Zugang zu Wissen und "
        "Förderprogrammen erleichtert.",
    ),
    ("h", "D", "Ziele", 1),
    (
        "ul",
        [
            "Smart-Region-Strategie Harz bis Oktober 2020, beraten im Kreistag",
            "Beratung von 60 KMU, davon 20 mit konkretem Digitalisierungsprojekt",
            "Offene Datenplattform mit mindestens 15 Datensätzen unter offener Lizenz",
            "Coworking-Ort mit 25 regelmäßigen Nutzerinnen und Nutzern bis Ende 2020",
        ],
    ),
    ("cols", "start"),
    ("h", "E", "Arbeitsprogramm", 1),
    ("h", "1", "Digitalisierungslotsen für KMU", 2),
    (
        "p",
        "Eine Digitallotsin bzw. ein Digitallotse führt Erstgespräche in den Betrieben, hilft beim "
        "Erstellen eines Digitalisierungsfahrplans und vermittelt an Förderprogramme des Landes "
        "(z. B. Digital Creativity, Digital Innovation) und an das Mittelstand 4.0-Kompetenzzentrum. "
        "Monatliche „Digitalfrühstücke“ in Wernigerode, Halberstadt und Quedlinburg schaffen "
        "niedrigschwellige Zugänge.",
    ),
    ("h", "2", "Smart-Tourism-Datenplattform", 2),
    (
        "p",
        "Mit den Stadtwerken Wernigerode und dem Harzer Tourismusverband werden Parkplatzsensoren, "
        "Besucherzähler und Veranstaltungsdaten auf einer offenen Plattform zusammengeführt. Die "
        "Daten werden als Open Data bereitgestellt, damit Gastgeber und Start-ups eigene Dienste "
        "entwickeln können. Ein Hackathon an der Hochschule Harz im Herbst 2019 erprobt die Nutzung.",
    ),
    ("h", "3", "Coworking und Community", 2),
    (
        "p",
        "Der bestehende Coworking-Space wird auf 180 Quadratmeter erweitert und als offener "
        "Treffpunkt des Zentrums betrieben. Hier finden Barcamps, Sprechstunden und die "
        "Arbeitsgruppen des Strategieprozesses statt.",
    ),
    ("h", "F", "Beteiligung und Strategieprozess", 1),
    (
        "p",
        "Die Smart-Region-Strategie entsteht in drei Stufen. Zuerst werden Unternehmen und "
        "Bürger online und bei Veranstaltungen befragt. Danach arbeiten vier offene "
        "Themenwerkstätten (Tourismus und Mobilität, Wirtschaft und Arbeit, Verwaltung, "
        "Leben im Dorf) an Handlungsempfehlungen. Zuletzt führt ein Strategieforum die Ergebnisse "
        "zusammen. Ein Beirat mit Vertretern von Landkreis, Städten, Hochschule, IHK und "
        "Tourismusverband steuert den Prozess und gibt die Strategie an den Kreistag weiter. "
        "Jugendliche werden über die Berufsbildenden Schulen Harz und ein Schülerbarcamp "
        "eingebunden; für ältere Menschen gibt es Termine in den Mehrgenerationenhäusern.",
    ),
    ("h", "G", "Netzwerk", 1),
    (
        "p",
        "Letters of Intent liegen vor von: Landkreis Harz (Wirtschaftsförderung), Stadt "
        "Wernigerode, Hochschule Harz, Stadtwerke Wernigerode GmbH, Harzer Tourismusverband e. V., "
        "IHK Magdeburg und Kreishandwerkerschaft Harz. Angefragt sind die Welterbestadt "
        "Quedlinburg, die Stadt Halberstadt und die Volksbank Harz. Der Harz.Digital.Hub "
        "tauscht sich mit den übrigen Digitalisierungszentren im Land aus und bringt eigene "
        "Ergebnisse in den landesweiten Workshop ein.",
    ),
    ("h", "H", "Team und Organisation", 1),
    (
        "p",
        "Der Hub wird als eigener Geschäftsbereich der UG geführt. Eingestellt werden eine "
        "Zentrumsleitung (Master Wirtschaftsinformatik oder vergleichbar) und eine Digitallotsin "
        "bzw. ein Digitallotse. Die Geschäftsführung verantwortet Finanzen und Berichtswesen. "
        "Der Beirat tagt viermal jährlich. Sitz ist der Coworking-Space in der Marktstraße 14 in "
        "Wernigerode, Sprechtage finden zusätzlich in Halberstadt und Quedlinburg statt. Alle "
        "Beschäftigten werden tariforientiert in Anlehnung an den TV-L vergütet.",
    ),
    ("cols", "end"),
    ("h", "I", "Zeitplan", 1),
    (
        "p",
        "Projektbeginn ist der 1. Februar 2019, Projektende der 31. Dezember 2020 (23 Monate). "
        "Meilensteine: M1 Team komplett und Coworking erweitert (04/2019); M2 Befragungen "
        "ausgewertet (09/2019); M3 Datenplattform online (12/2019); M4 Themenwerkstätten "
        "abgeschlossen (05/2020); M5 Strategie im Kreistag beraten (10/2020); M6 Übergabe in den "
        "Dauerbetrieb (12/2020).",
    ),
    ("h", "J", "Kosten und Finanzierung", 1),
    ("x", "costs"),
    ("h", "K", "Verstetigung", 1),
    (
        "p",
        "Ab 2021 trägt sich der Harz.Digital.Hub aus drei Quellen: Mieteinnahmen aus dem "
        "Coworking, Mitgliedsbeiträgen eines Fördervereins „Harz.Digital e. V.“, der 2020 "
        "gegründet wird, sowie Beratungsaufträgen von Kommunen und Unternehmen. Der Landkreis "
        "Harz hat in Aussicht gestellt, die Datenplattform als Teil seiner Open-Data-Strategie "
        "weiter zu betreiben.",
    ),
]

TRUTH_FACTS = {
    "applicant": "SmartRegion Harz UG (haftungsbeschränkt)",
    "legal_form": "UG (haftungsbeschränkt)",
    "region": "Landkreis Harz",
    "grant_eur": 192000,
    "own_share_eur": 48000,
    "total_cost_eur": 240000,
    "funding_rate": 0.8,
    "start": "2019-02-01",
    "end": "2020-12-31",
    "duration_months": 23,
    "contact_email": "rosenau@smartregion-harz.de",
}
