"""Text of the held-out sample vg_elbe_heide.docx (Verbandsgemeinde Elbe-Heide, Landkreis Börde).

Block kinds used by scripts/samples/build_unseen_samples.py:
  ("title", text)                       document title line (not a section)
  ("h", number, title, level, display)  heading; display is the exact typed paragraph text,
                                        "\n" marks a manual line break (Shift+Enter)
  ("p", text)                           body paragraph
  ("ul", [items])                       bulleted list (Word "Listenabsatz" with bullets)
  ("x", key)                            special block (table) rendered by the builder
"""

from __future__ import annotations

TITLE = "Projektskizze"
SUBTITLE = (
    "zum Förderaufruf „Regionale Digitalisierungszentren“ des Ministeriums für Wirtschaft, "
    "Wissenschaft und Digitalisierung des Landes Sachsen-Anhalt"
)
PROJECT = "„Digitales Elbe-Heide – Dörfer vernetzen, Verwaltung öffnen“"

APPLICANT_TABLE = [
    ("Antragsteller", "Verbandsgemeinde Elbe-Heide\nGebietskörperschaft des öffentlichen Rechts"),
    ("Anschrift", "Breiteweg 3\n39326 Rogätz"),
    ("Vertreten durch", "Verbandsgemeindebürgermeister Holger Wedekind"),
    (
        "Mitgliedsgemeinden",
        "Angern, Burgstall, Colbitz, Loitsche-Heinrichsberg, Rogätz, Westheide, Zielitz",
    ),
    ("Landkreis", "Börde"),
    (
        "Ansprechpartnerin",
        "Frau Kathrin Zschiesche, Fachbereich Zentrale Dienste\n"
        "Tel. 039208 271-140\nE-Mail: k.zschiesche@elbe-heide.de",
    ),
    ("Projektlaufzeit", "01.03.2019 – 31.12.2020 (22 Monate)"),
    ("Beantragte Zuwendung", "172.000,00 € (80 % der zuwendungsfähigen Ausgaben)"),
]

BUDGET_ROWS = [
    # (Kostenart, 2019, 2020)
    ("Personalausgaben (1,0 VZÄ E 11, 0,5 VZÄ E 8)", 68000, 82000),
    ("Büroausstattung, IT-Technik, Software", 9000, 3000),
    ("Beteiligungsformate, Veranstaltungen", 8000, 12000),
    ("Externe Moderation und Fachberatung", 6000, 14000),
    ("Öffentlichkeitsarbeit, Website, Druck", 5000, 4000),
    ("Reisekosten", 1500, 2500),
]

SCHEDULE_ROWS = [
    ("Phase", "Zeitraum", "Meilenstein"),
    ("Aufbau", "03/2019 – 05/2019", "Stellen besetzt, Büro in Rogätz arbeitsfähig"),
    ("Bestandsaufnahme", "05/2019 – 10/2019", "Ist-Analyse und Bürgerbefragung ausgewertet"),
    ("Beteiligung", "09/2019 – 06/2020", "7 Ortsgespräche, 2 Zukunftswerkstätten"),
    ("Strategie", "04/2020 – 10/2020", "Entwurf der Digitalen Strategie"),
    ("Beschluss / Übergabe", "11/2020 – 12/2020", "Beschluss Verbandsgemeinderat, Verstetigung"),
]

BLOCKS: list[tuple] = [
    ("h", "1", "Kurzbeschreibung des Vorhabens", 1, "1.\tKurzbeschreibung des Vorhabens"),
    (
        "p",
        "Die Verbandsgemeinde Elbe-Heide beabsichtigt, in Rogätz ein Regionales Digitalisierungszentrum "
        "einzurichten, das für die sieben Mitgliedsgemeinden als Leit- und Koordinierungsstelle für "
        "die digitale Entwicklung dient. Das Zentrum soll in 22 Monaten gemeinsam mit Bürgerinnen und "
        "Bürgern, Unternehmen, Vereinen und den Gemeinderäten eine Digitale Strategie für die "
        "Verbandsgemeinde erarbeiten, erste Pilotvorhaben anstoßen und die bereits vorhandenen "
        "Einzelinitiativen bündeln. Im Mittelpunkt stehen eine bürgernahe digitale Verwaltung, die "
        "Unterstützung der Betriebe im Gewerbegebiet Zielitz und am Elbe-Havel-Kanal sowie die "
        "Sicherung der Daseinsvorsorge in den kleinen Ortsteilen. Für das Vorhaben werden "
        "Gesamtausgaben von 215.000,00 € veranschlagt, davon werden 172.000,00 € als Zuwendung "
        "beantragt. Den Eigenanteil von 43.000,00 € trägt die Verbandsgemeinde aus dem Haushalt.",
    ),
    ("h", "2", "Ausgangslage und Handlungsbedarf", 1, "2.\tAusgangslage und Handlungsbedarf"),
    ("h", "2.1", "Die Verbandsgemeinde Elbe-Heide", 2, "2.1\tDie Verbandsgemeinde Elbe-Heide"),
    (
        "p",
        "Die Verbandsgemeinde Elbe-Heide liegt im Osten des Landkreises Börde zwischen der Elbe und der "
        "Colbitz-Letzlinger Heide, rund 25 Kilometer nördlich der Landeshauptstadt Magdeburg. In den "
        "sieben Mitgliedsgemeinden mit ihren Ortsteilen leben etwa 10.100 Einwohnerinnen und Einwohner "
        "auf rund 300 Quadratkilometern. Die Siedlungsstruktur ist kleinteilig und ländlich geprägt; "
        "mehrere Ortsteile haben weniger als 300 Einwohner. Der Anteil der über 65-Jährigen liegt "
        "bereits heute über dem Landesdurchschnitt, während junge Familien vor allem in die "
        "stadtnahen Orte Zielitz und Loitsche-Heinrichsberg ziehen.",
    ),
    (
        "p",
        "Wirtschaftlich ist die Region durch das Kaliwerk Zielitz als größten Arbeitgeber, durch "
        "Landwirtschaft, Logistik entlang der A 2 und A 14 sowie durch kleine Handwerks- und "
        "Dienstleistungsbetriebe geprägt. Die Colbitzer Heide, der Elberadweg und die Fähre Rogätz "
        "bieten touristisches Potenzial, das bisher kaum digital vermarktet wird.",
    ),
    ("h", "2.2", "Stand der Digitalisierung", 2, "2.2\tStand der Digitalisierung"),
    (
        "p",
        "Der Breitbandausbau im Landkreis Börde hat die Versorgung in den Kernorten verbessert, in "
        "einzelnen Ortsteilen und Streusiedlungen stehen jedoch weiterhin weniger als 16 Mbit/s zur "
        "Verfügung. Entlang der Landesstraßen gibt es Funklöcher im Mobilfunknetz. Die Verwaltung der "
        "Verbandsgemeinde bietet bisher nur wenige Leistungen online an; Anträge werden überwiegend "
        "auf Papier gestellt. Eine abgestimmte Strategie, wie die Mitgliedsgemeinden die "
        "Digitalisierung gemeinsam gestalten wollen, fehlt. Einzelne Vereine, die Grundschulen und "
        "einige Unternehmen haben eigene Projekte begonnen, die aber voneinander nichts wissen. "
        "Es fehlt eine Stelle, die diese Aktivitäten zusammenführt, Fördermöglichkeiten erschließt "
        "und die Bürgerinnen und Bürger mitnimmt. Genau hier setzt das Digitalisierungszentrum an.",
    ),
    ("h", "3", "Ziele des Digitalisierungszentrums", 1, "3.\tZiele des Digitalisierungszentrums"),
    ("p", "Das Digitalisierungszentrum Elbe-Heide verfolgt folgende Ziele:"),
    (
        "ul",
        [
            "Bis Ende 2020 liegt eine vom Verbandsgemeinderat beschlossene Digitale Strategie mit "
            "einem priorisierten Maßnahmenkatalog vor.",
            "Mindestens zehn Verwaltungsleistungen sind online beantragbar; die Bürgerinnen und "
            "Bürger werden beim Umstieg begleitet.",
            "Ein Netzwerk aus Unternehmen, Vereinen, Schulen und Gemeinden trifft sich regelmäßig "
            "und trägt die Strategie mit.",
            "Mindestens 40 kleine und mittlere Unternehmen werden zu Digitalisierungsfragen "
            "beraten oder an Beratungsangebote des Landes vermittelt.",
        ],
    ),
    (
        "p",
        "Die Ziele orientieren sich an der Digitalen Agenda des Landes Sachsen-Anhalt, insbesondere "
        "an den Kapiteln „Öffentliche Verwaltung als digitaler Dienstleister“ und „Digitale "
        "Daseinsvorsorge und Nachhaltigkeit“, sowie an den Leitlinien der Smart City Charta.",
    ),
    ("h", "4", "Aufgaben und Maßnahmen", 1, "4.\tAufgaben und Maßnahmen"),
    (
        "p",
        "Das Zentrum übernimmt die Koordination aller Digitalisierungsaktivitäten in der "
        "Verbandsgemeinde, führt das Fördermittelmanagement und setzt in drei Handlungsfeldern "
        "erste Maßnahmen um.",
    ),
    (
        "h",
        "4.1",
        "Handlungsfeld Verwaltung und Bürgerservice",
        2,
        "4.1\tHandlungsfeld Verwaltung und Bürgerservice",
    ),
    (
        "p",
        "Gemeinsam mit dem Fachbereich Zentrale Dienste werden die zehn am häufigsten nachgefragten "
        "Leistungen (u. a. Meldebescheinigung, Gewerbeanmeldung, Hundesteuer, Anträge auf "
        "Kita-Plätze) online angeboten. In den Ortsteilen ohne eigene Verwaltungsaußenstelle "
        "werden „digitale Sprechstunden“ in Gemeindehäusern eingerichtet, bei denen ehrenamtliche "
        "Digitalpaten Seniorinnen und Senioren unterstützen.",
    ),
    (
        "h",
        "4.2",
        "Handlungsfeld Wirtschaft, Logistik und Tourismus",
        2,
        "4.2\tHandlungsfeld Wirtschaft, Logistik und Tourismus",
    ),
    (
        "p",
        "Für die Betriebe werden Informationsveranstaltungen zu Logistik 4.0, IT-Sicherheit und "
        "Online-Vertrieb angeboten, gemeinsam mit der IHK Magdeburg und dem Mittelstand "
        "4.0-Kompetenzzentrum Magdeburg. Touristische Angebote entlang des Elberadwegs werden in "
        "einer gemeinsamen Online-Plattform gebündelt und mit dem Tourismusverband Elbe-Börde-Heide "
        "abgestimmt.",
    ),
    (
        "h",
        "4.3",
        "Handlungsfeld Daseinsvorsorge im ländlichen Raum",
        2,
        "4.3\tHandlungsfeld Daseinsvorsorge im ländlichen Raum",
    ),
    (
        "p",
        "Das Zentrum prüft mit dem Landkreis Börde und dem Nahverkehrsunternehmen digitale "
        "Rufbus-Angebote für die Ortsteile abseits der Buslinien und unterstützt eine "
        "Dorf-App, über die Vereine, Kirchengemeinden und Feuerwehren informieren und "
        "Nachbarschaftshilfe organisieren können.",
    ),
    (
        "h",
        "5",
        "Beteiligungsprozess und Erarbeitung der Digitalen Strategie für die Verbandsgemeinde Elbe-Heide",
        1,
        "5.\tBeteiligungsprozess und Erarbeitung der Digitalen Strategie"
        "\nfür die Verbandsgemeinde Elbe-Heide",
    ),
    (
        "p",
        "Die Digitale Strategie wird nicht am Schreibtisch, sondern mit den Menschen vor Ort "
        "entwickelt. Zum Auftakt findet eine schriftliche und online durchgeführte "
        "Bürgerbefragung statt, ergänzt um eine Unternehmensbefragung. In jeder der sieben "
        "Mitgliedsgemeinden wird ein „Ortsgespräch Digital“ durchgeführt, bei dem Wünsche und "
        "Probleme gesammelt werden. Zwei Zukunftswerkstätten mit Jugendlichen der Sekundarschule "
        "Colbitz und mit Vertretern der Wirtschaft ergänzen das Verfahren. Eine Lenkungsgruppe aus "
        "den Bürgermeistern der Mitgliedsgemeinden, dem Verbandsgemeindebürgermeister und zwei "
        "Vertretern der Wirtschaft begleitet den Prozess. Der Entwurf der Strategie wird online "
        "veröffentlicht und kann vier Wochen lang kommentiert werden, bevor er dem "
        "Verbandsgemeinderat zur Beschlussfassung vorgelegt wird.",
    ),
    ("h", "6", "Netzwerk und Partner", 1, "6.\tNetzwerk und Partner"),
    ("p", "Folgende Partner haben ihre Mitwirkung zugesagt (Absichtserklärungen liegen bei):"),
    (
        "ul",
        [
            "Landkreis Börde, Amt für Wirtschaftsförderung und Kreisentwicklung",
            "IHK Magdeburg und Handwerkskammer Magdeburg",
            "Otto-von-Guericke-Universität Magdeburg, Institut für Logistik und Materialflusstechnik",
            "Gewerbeverein Zielitz e. V.",
            "Tourismusverband Elbe-Börde-Heide e. V.",
        ],
    ),
    (
        "p",
        "Angefragt sind außerdem die Grundschulen und die Sekundarschule der Verbandsgemeinde, die "
        "Freiwilligen Feuerwehren sowie das Digitale Dorf Hohe Börde als Erfahrungspartner.",
    ),
    ("h", "7", "Organisation und Personal", 1, "7.\tOrganisation und Personal"),
    (
        "p",
        "Das Digitalisierungszentrum wird als Stabsstelle direkt beim Verbandsgemeindebürgermeister "
        "angesiedelt und erhält zwei Büroräume im Verwaltungsgebäude in Rogätz. Vorgesehen sind "
        "eine Vollzeitstelle „Digitalisierungsbeauftragte/r“ (Entgeltgruppe E 11 TVöD) und eine "
        "halbe Stelle Assistenz und Öffentlichkeitsarbeit (E 8 TVöD). Die Stellen werden im ersten "
        "Quartal 2019 ausgeschrieben. Die Lenkungsgruppe tagt vierteljährlich; der "
        "Verbandsgemeinderat wird halbjährlich über den Stand unterrichtet.",
    ),
    ("h", "8", "Zeitplan", 1, "8.\tZeitplan:"),
    ("x", "schedule"),
    ("h", "9", "Kosten- und Finanzierungsplan", 1, "9.\tKosten- und Finanzierungsplan"),
    ("p", "Die Ausgaben verteilen sich wie folgt auf die Haushaltsjahre (Angaben in Euro):"),
    ("x", "budget"),
    (
        "p",
        "Finanzierung: Zuwendung des Landes 172.000,00 € (80 %), Eigenanteil der Verbandsgemeinde "
        "43.000,00 € (20 %). Die Eigenmittel sind im Haushaltsplan 2019 und in der mittelfristigen "
        "Finanzplanung eingestellt.",
    ),
    ("h", "10", "Verstetigung nach Förderende", 1, "10.\tVerstetigung nach Förderende"),
    (
        "p",
        "Die Verbandsgemeinde verpflichtet sich, die Stelle der/des Digitalisierungsbeauftragten "
        "nach Ende der Förderung ab 2021 aus eigenen Mitteln weiterzuführen. Ein entsprechender "
        "Grundsatzbeschluss des Verbandsgemeinderates wird bis zur Antragstellung herbeigeführt. "
        "Das Unternehmensnetzwerk soll ab 2021 über einen kleinen Mitgliedsbeitrag der Betriebe "
        "mitfinanziert werden. Die Digitalpaten und die Dorf-App werden von den Vereinen "
        "weitergetragen; das Zentrum bleibt Ansprechpartner für neue Vorhaben und für die "
        "Fortschreibung der Strategie.",
    ),
    ("h", "11", "Anlagen", 1, "11.\tAnlagen"),
    (
        "ul",
        [
            "Absichtserklärungen der Partner (5)",
            "Auszug Haushaltsplan 2019 (Eigenanteil)",
            "Übersichtskarte der Verbandsgemeinde Elbe-Heide",
        ],
    ),
]

SIGN_OFF = [
    "Rogätz, 12.11.2018",
    "",
    "gez. Holger Wedekind",
    "Verbandsgemeindebürgermeister",
]

TRUTH_FACTS = {
    "applicant": "Verbandsgemeinde Elbe-Heide",
    "legal_form": "Verbandsgemeinde",
    "region": "Verbandsgemeinde Elbe-Heide (Landkreis Börde)",
    "grant_eur": 172000,
    "own_share_eur": 43000,
    "total_cost_eur": 215000,
    "funding_rate": 0.8,
    "start": "2019-03-01",
    "end": "2020-12-31",
    "duration_months": 22,
    "contact_email": "k.zschiesche@elbe-heide.de",
}
