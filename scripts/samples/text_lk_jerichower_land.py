"""Text of the sample sketch "Landkreis Jerichower Land" (clean Word export with PDF bookmarks).

Deliberate deviation: the project runs 27 months, 01.01.2019 – 31.03.2021.
"""

APPLICANT_TABLE = [
    ("Antragsteller", "Landkreis Jerichower Land"),
    ("Anschrift", "Bahnhofstraße 9, 39288 Burg"),
    ("Vertreten durch", "den Landrat"),
    ("Ansprechpartnerin", "Dr. Franziska Wohlleben, Stabsstelle Kreisentwicklung"),
    ("Telefon", "03921 949-1706"),
    ("E-Mail", "digitalzentrum@lkjl.de"),
    ("Vorhaben", "DigiJL – Regionales Digitalisierungszentrum Jerichower Land"),
    ("Projektbeginn", "01.01.2019"),
    ("Projektende", "31.03.2021"),
    ("Beantragte Zuwendung", "187.200,00 EUR"),
]

TITLE = "Projektskizze: Regionales Digitalisierungszentrum Jerichower Land (DigiJL)"

BLOCKS: list[tuple[str, ...]] = [
    ("h", "I.", "Kurzdarstellung des Vorhabens", "1"),
    (
        "p",
        """Mit DigiJL richtet der Landkreis Jerichower Land eine zentrale Koordinierungsstelle für
        die Digitalisierung in der Region ein. Das Zentrum bündelt die bisher verstreuten
        Aktivitäten der Kreisverwaltung, der Städte Burg, Genthin, Gommern, Möckern und Jerichow
        sowie der Gemeinden Biederitz, Elbe-Parey und Möser, berät Unternehmen und Kommunen und
        erarbeitet gemeinsam mit Bürgerschaft, Wirtschaft und Vereinen eine Digitalstrategie für
        den Landkreis. Die Projektlaufzeit beträgt 27 Monate (01.01.2019 bis 31.03.2021). Die drei
        zusätzlichen Monate über das Jahr 2020 hinaus werden benötigt, damit der Kreistag die
        Strategie in seiner ersten Sitzung 2021 beschließen und das Zentrum geordnet in den
        Regelbetrieb übergehen kann.""",
    ),
    ("h", "II.", "Ausgangssituation", "1"),
    ("h", "1.", "Der Landkreis Jerichower Land", "2"),
    (
        "p",
        """Der Landkreis erstreckt sich östlich von Magdeburg zwischen Elbe und brandenburgischer
        Landesgrenze über rund 1.577 km² und zählt etwa 90.000 Einwohnerinnen und Einwohner.
        Während die an Magdeburg angrenzenden Gemeinden Biederitz, Möser und Gommern wachsen und
        viele Pendler anziehen, verlieren die ländlichen Bereiche um Genthin, Jerichow und
        Möckern – mit über 500 km² eine der flächengrößten Gemeinden Deutschlands – weiter an
        Bevölkerung. Kreisstadt ist Burg mit rund 22.500 Einwohnern. Die Wirtschaft ist durch
        Logistik entlang der A 2, metallverarbeitende Betriebe, Landwirtschaft und einen
        wachsenden Wassertourismus am Elbe-Havel-Kanal geprägt.""",
    ),
    ("h", "2.", "Digitale Infrastruktur und Verwaltung", "2"),
    (
        "p",
        """Der geförderte Breitbandausbau im Landkreis ist in Vorbereitung; bis zu seinem Abschluss
        sind in zahlreichen Ortsteilen weniger als 16 Mbit/s verfügbar. In der Kreisverwaltung ist
        die elektronische Akte bisher nur im Bauordnungsamt eingeführt. Die Städte und Gemeinden
        haben mit sehr unterschiedlichem Tempo begonnen, Leistungen online anzubieten; ein
        gemeinsames Vorgehen bei der Umsetzung des Onlinezugangsgesetzes gibt es noch nicht.
        Gleichzeitig bestehen gute Ansätze, an die DigiJL anknüpfen kann:""",
    ),
    (
        "ul",
        "die LEADER-Aktionsgruppe Elbe-Fiener Bruch mit Projekten zur Dorfentwicklung,",
        "das Bürgerportal der Stadt Burg mit ersten Online-Formularen,",
        "die Initiative „Digitale Schule“ mehrerer Schulen in Genthin und Burg,",
        "das Netzwerk der Wirtschaftsförderung mit rund 120 Unternehmen.",
    ),
    ("h", "III.", "Zielstellung des Vorhabens", "1"),
    (
        "p",
        """DigiJL verfolgt das Ziel, den Landkreis zu einer Smart Region weiterzuentwickeln, in
        der digitale Angebote die Daseinsvorsorge in der Fläche sichern. Konkret soll bis zum
        31.03.2021 erreicht werden:""",
    ),
    (
        "ul",
        "eine vom Kreistag beschlossene Digitalstrategie Jerichower Land 2025,",
        "ein gemeinsamer Umsetzungsfahrplan von Kreis und Kommunen für das Onlinezugangsgesetz,",
        "mindestens 30 Beratungen von kleinen und mittleren Unternehmen,",
        "zwei erprobte Pilotvorhaben in den Handlungsfeldern Verwaltung und Mobilität.",
    ),
    ("h", "IV.", "Umsetzungskonzept", "1"),
    ("h", "1.", "Handlungsfeld Verwaltung und E-Government", "2"),
    (
        "p",
        """Das Zentrum richtet einen Arbeitskreis der Hauptamtsleitungen aller Kommunen ein, der
        sich alle zwei Monate trifft. Gemeinsam wird festgelegt, welche Leistungen zuerst
        digitalisiert werden. Dabei soll das E-Government nicht in jeder Verwaltung neu erfunden
        werden: Formulare, Prozessbeschreibungen und Ausschreibungsunterlagen werden zentral
        erstellt und allen Kommunen zur Nachnutzung bereitgestellt. Als Pilot wird die
        Online-Anmeldung von Kindern in Kindertagesstätten in zwei Gemeinden erprobt.""",
    ),
    ("h", "2.", "Handlungsfeld Wirtschaft und Fachkräfte", "2"),
    (
        "p",
        """Gemeinsam mit der Wirtschaftsförderung des Landkreises bietet DigiJL Sprechstunden für
        Betriebe in Burg und Genthin an und vermittelt Kontakte zu Beratungsangeboten des Landes
        und zum Mittelstand 4.0-Kompetenzzentrum Magdeburg. Geplant sind jährlich zwei
        Unternehmerfrühstücke zu Themen wie IT-Sicherheit, Onlinemarketing und digitale
        Personalgewinnung.""",
    ),
    ("h", "3.", "Handlungsfeld Daseinsvorsorge und Mobilität", "2"),
    (
        "p",
        """Mit der Nahverkehrsgesellschaft Jerichower Land wird geprüft, wie der bestehende
        Rufbus über eine Online- und Telefonbuchung besser nutzbar gemacht werden kann. Zusammen
        mit der Kreisvolkshochschule werden Kurse angeboten, in denen ältere Menschen den Umgang
        mit Smartphone, Online-Banking und Videosprechstunde lernen.""",
    ),
    ("h", "V.", "Beteiligungskonzept", "1"),
    (
        "p",
        """Die Digitalstrategie entsteht in einem offenen Prozess in drei Stufen:""",
    ),
    (
        "ul",
        "Frühjahr 2019: Online-Befragung der Bürgerinnen und Bürger und eine Unternehmensumfrage "
        "über die Wirtschaftsförderung, ergänzt durch Papierfragebögen in den Bürgerbüros;",
        "Herbst 2019 bis Frühjahr 2020: fünf Zukunftswerkstätten in Burg, Genthin, Gommern, "
        "Möckern und Jerichow sowie ein Jugendforum mit dem Kreisschülerrat;",
        "Sommer 2020: Online-Beteiligung zum Strategieentwurf und eine öffentliche "
        "Abschlusskonferenz in Burg.",
    ),
    (
        "p",
        """Eine Steuerungsgruppe unter Leitung des Landrats mit Vertretern der Kommunen, der
        Kreistagsfraktionen und der Partner begleitet den Prozess. Die Strategie wird dem
        Kreistag im Februar 2021 zur Beschlussfassung vorgelegt.""",
    ),
    ("h", "VI.", "Netzwerk und Partner", "1"),
    (
        "p",
        """Folgende Partner haben ihre Mitwirkung zugesagt: die Städte Burg und Genthin, die
        Einheitsgemeinde Biederitz, die Kreisvolkshochschule Jerichower Land, die
        Nahverkehrsgesellschaft Jerichower Land und der Unternehmerverband Burg e.V. Die
        Otto-von-Guericke-Universität Magdeburg hat Interesse an einer Begleitung durch
        Studierende bekundet. Angefragt sind die IHK Magdeburg und die Handwerkskammer
        Magdeburg.""",
    ),
    ("h", "VII.", "Projektorganisation und Personal", "1"),
    (
        "p",
        """DigiJL wird als Teil der Stabsstelle Kreisentwicklung im Kreishaus in Burg angesiedelt.
        Vorgesehen sind eine Projektleitung (1,0 VZÄ, E 11 TVöD) und eine Projektmitarbeiterin
        bzw. ein Projektmitarbeiter für Beteiligung und Öffentlichkeitsarbeit (0,5 VZÄ, E 9a TVöD).
        Einmal pro Woche bietet das Team eine Sprechstunde in der Außenstelle Genthin an. Die
        Stellen werden im November 2018 ausgeschrieben; bis zur Besetzung übernimmt die
        Stabsstelle die Vorbereitung der Auftaktveranstaltung. Die Projektleitung berichtet
        unmittelbar an den Landrat und legt dem Ausschuss für Wirtschaft und Kreisentwicklung
        halbjährlich einen Sachstandsbericht vor.""",
    ),
    ("h", "VIII.", "Arbeits- und Zeitplan", "1"),
    (
        "ul",
        "Phase 1 (01/2019 – 03/2019): Stellenbesetzung, Einrichtung, Auftaktveranstaltung",
        "Phase 2 (04/2019 – 12/2019): Bestandsaufnahme, Befragungen, erste Zukunftswerkstätten",
        "Phase 3 (01/2020 – 09/2020): Pilotvorhaben, Strategieentwurf, Online-Beteiligung",
        "Phase 4 (10/2020 – 03/2021): Abschlusskonferenz, Kreistagsbeschluss, Übergabe",
    ),
    ("h", "IX.", "Ausgaben- und Finanzierungsplan", "1"),
    (
        "p",
        """Die Gesamtausgaben für 27 Monate betragen 234.000 EUR. Davon entfallen 171.000 EUR auf
        Personalausgaben und 63.000 EUR auf Sachausgaben (Veranstaltungen 24.000 EUR, externe
        Moderation 18.000 EUR, Öffentlichkeitsarbeit 9.000 EUR, Ausstattung 7.000 EUR,
        Reisekosten 5.000 EUR). Beantragt wird eine Zuwendung von 187.200 EUR; das entspricht einer
        Förderquote von 80 %. Der Eigenanteil des Landkreises beträgt 46.800 EUR.""",
    ),
    ("h", "X.", "Perspektive nach Projektende", "1"),
    (
        "p",
        """Ab April 2021 wird die Projektleitung als Stelle „Digitalisierungskoordination“ im
        Stellenplan des Landkreises fortgeführt. Die Städte und Gemeinden beteiligen sich über
        eine Kooperationsvereinbarung an den Sachkosten des Arbeitskreises. Für die Umsetzung der
        Strategie werden Fördermittel aus Landes- und Bundesprogrammen eingeworben. Der Landrat
        wird dem Kreistag im Herbst 2020 einen Grundsatzbeschluss zur Fortführung vorlegen; die
        Personalkosten von rund 65.000 EUR jährlich sind in der mittelfristigen Finanzplanung ab
        2021 berücksichtigt. Der Arbeitskreis der Hauptamtsleitungen und die Steuerungsgruppe
        bleiben als feste Gremien bestehen.""",
    ),
    ("h", "XI.", "Erfolgskriterien und Transfer", "1"),
    (
        "p",
        """Erfolgreich ist das Projekt, wenn die Strategie beschlossen ist, mindestens 1.000
        Menschen an der Beteiligung teilgenommen haben und die beiden Pilotvorhaben fortgeführt
        werden. Weitere Kennzahlen sind die Zahl der beratenen Unternehmen (Ziel: 30), die Zahl
        der Kommunen im Arbeitskreis (Ziel: alle acht) und die Zahl der online angebotenen
        Verwaltungsleistungen. Die Ergebnisse werden im Kreistag vorgestellt und mit den anderen
        Digitalisierungszentren des Landes geteilt. Formulare und Prozessbeschreibungen aus dem
        Handlungsfeld Verwaltung stehen anderen Landkreisen zur Nachnutzung zur Verfügung.""",
    ),
]

TRUTH_FACTS = {
    "applicant": "Landkreis Jerichower Land",
    "legal_form": "Landkreis",
    "region": "Landkreis Jerichower Land",
    "grant_eur": 187200,
    "own_share_eur": 46800,
    "total_cost_eur": 234000,
    "funding_rate": 0.8,
    "start": "2019-01-01",
    "end": "2021-03-31",
    "duration_months": 27,
    "contact_email": "digitalzentrum@lkjl.de",
}
