"""Text of the sample sketch "Stadt Sangerhausen" (two-column flyer by a communication office).

Markup: ``~`` = permitted hyphenation point, ``|`` = forced line break (see pdf_flow).
Some words are written with the ligature codepoints U+FB01 (ﬁ) and U+FB02 (ﬂ) on purpose.
"""

TITLE = "Digitalisierungszentrum Rosenstadt Sangerhausen"
SUBTITLE = (
    "Projektskizze der Stadt Sangerhausen zum Förderaufruf „Regionale Digitalisierungszentren“ "
    "des Landes Sachsen-Anhalt"
)
KICKER = "STADT SANGERHAUSEN · STABSSTELLE KOMMUNIKATION"

BOX_TITLE = "Auf einen Blick"
BOX = [
    ("Antragstellerin", "Stadt Sangerhausen"),
    ("Landkreis", "Mansfeld-Südharz"),
    ("Laufzeit", "01.01.2019 – 31.12.2020"),
    ("Gesamtkosten", "225.000 €"),
    ("Zuwendung", "0,18 Mio. € (80 %)"),
    ("Eigenanteil", "45.000 € (20 %)"),
    ("Personal", "1,5 Stellen"),
    ("Kontakt", "digital@sangerhausen.de"),
]

FOOTER = "Stadt Sangerhausen · Markt 7a · 06526 Sangerhausen · www.sangerhausen.de"

BLOCKS: list[tuple[str, ...]] = [
    ("h", "1", "Antragstellerin und Kontakt", "1"),
    (
        "p",
        """Antragstellerin ist die Stadt Sangerhausen, Markt 7a, 06526 Sangerhausen, vertreten
        durch den Oberbürgermeister. Das Vorhaben wird in der Stabsstelle Kommunikation und
        Wirtschafts~förderung angesiedelt. Ansprechpartnerin für die Projektskizze ist Frau
        Katrin Oelschlägel, Sachgebiets~leiterin Wirtschafts~förderung, Telefon 03464 565-219,
        E-Mail digital@sangerhausen.de.""",
    ),
    ("h", "2", "Das Vorhaben im Überblick", "1"),
    (
        "p",
        """Mit dem Digitalisierungs~zentrum Rosenstadt Sangerhausen wollen wir eine feste
        Anlauf~stelle schaffen, die die vielen einzelnen Digitali~sierungs~vorhaben in Stadt und
        Ortsteilen bündelt und in eine gemeinsame Richtung lenkt. Das Zentrum arbeitet zwei Jahre
        lang, vom 1. Januar 2019 bis zum 31. Dezember 2020, als Leit- und Koordinierungs~stelle
        im Rathaus. Sein wichtigstes Ergebnis ist eine Digitale Agenda Sangerhausen 2025, die in
        einem offenen Beteiligungs~prozess mit Bürgerinnen und Bürgern, Handel, Handwerk, Schulen
        und Vereinen erarbeitet und Ende 2020 dem Stadtrat zum Beschluss vorgelegt wird. Für das
        Vorhaben beantragen wir eine Zuwendung von 0,18 Mio. € bei Gesamtkosten von 225.000 €.""",
    ),
    ("h", "3", "Ausgangssituation in Sangerhausen", "1"),
    (
        "p",
        """Sangerhausen ist mit rund 26.000 Einwohnerinnen und Einwohnern und 15 Ortsteilen die
        Kreisstadt des Landkreises Mansfeld-Südharz. Bekannt ist die Stadt als Rosenstadt mit dem
        Europa-Rosarium; geprägt ist sie aber ebenso durch den Kupferschiefer~bergbau, der 1990
        endete. Seitdem hat Sangerhausen fast ein Drittel seiner Bevölkerung verloren, das
        Durchschnitts~alter liegt inzwischen bei über 50 Jahren. Viele kleine Handwerks- und
        Handels~betriebe suchen Nachfolger und Fachkräfte.""",
    ),
    (
        "p",
        """Bei der Breitband~versorgung hat sich seit dem Ausbau~programm des Landkreises viel
        getan, in mehreren Ortsteilen wie Wettelrode, Grillenberg oder Lengefeld sind 50 Mbit/s
        aber noch nicht überall verfügbar. Die Stadt~verwaltung bietet bisher nur wenige
        Leistungen online an; Anträge werden überwiegend auf Papier gestellt. Es gibt zahlreiche
        gute Einzel~initiativen – das WLAN auf dem Markt~platz, die Lernplattform der
        Berufsbildenden Schulen, einen Online-Gutschein des Gewerbe~vereins –, aber niemand, der
        sie zusammenführt. Genau hier setzt das Zentrum an.""",
    ),
    ("h", "4", "Was wollen wir erreichen?", "1"),
    (
        "p",
        """Leitziel ist eine vom Stadtrat beschlossene Digitale Agenda, die konkrete Projekte für
        die Jahre bis 2025 benennt und mit der Digitalen Agenda des Landes
        abgestimmt ist. Daneben
        verfolgen wir drei Teilziele, die wir bis Dezember 2020 überprüfbar machen:""",
    ),
    (
        "ul",
        "Verwaltung: mindestens zehn häufig genutzte Verwaltungs~leistungen sind bis Ende 2020 "
        "online beantragbar, darunter Gewerbe~anmeldung und Anwohner~parkausweis.",
        "Wirtschaft: 40 kleine und mittlere Unternehmen aus Handel und Handwerk werden zu "
        "Onlinehandel, IT-Sicherheit und Förder~möglichkeiten beraten.",
        "Zusammenleben: in jedem Ortsteil gibt es mindestens eine Veranstaltung oder Sprechstunde "
        "für ältere Menschen; ein ﬂexibles Angebot von Digital~lotsen wird aufgebaut.",
    ),
    ("h", "5", "Handlungsfelder und Maßnahmen", "1"),
    (
        "p",
        """Die Arbeit des Zentrums gliedert sich in vier Maßnahmen~pakete. Paket A umfasst die
        Bestands~aufnahme: Wir erfassen alle laufenden Digitalisie~rungs~projekte von Stadt,
        Stadtwerken, Schulen und Vereinen und werten vorhandene Daten zur Breitband~versorgung
        aus. Paket B betrifft die Verwaltung: Gemeinsam mit dem Hauptamt führen wir die
        elektronische Terminvergabe im Bürgerbüro ein und bereiten die Anbindung an das
        Serviceportal des Landes vor, damit die Stadt Sangerhausen auch beim Ausbau von
        E-|Government nicht weiter zurückfällt.""",
    ),
    (
        "p",
        """Paket C richtet sich an die Wirtschaft. Mit der Wirtschafts~förderung des Landkreises
        bieten wir monatliche Sprechtage für Händler und Handwerks~betriebe an, organisieren zwei
        Praxis~workshops zu Onlinehandel und Kassen~systemen und vermitteln geeignete
        Förderprogramme und Beratung sowohl auf Landes-|und Bundesebene. Paket D stärkt die
        digitale Teilhabe: Freiwillige Digital~lotsen
        werden in Zusammenarbeit mit der Kreisvolks~hochschule qualiﬁziert und bieten in
        Senioren~treffs und der Stadtbibliothek Sprech~stunden an. Ergänzend prüfen wir mit den
        Pﬂege~diensten der Stadt, welche einfachen Assistenz~angebote sich für Alleinlebende
        eignen.""",
    ),
    ("h", "6", "Bürgerbeteiligung und Digitale Agenda", "1"),
    (
        "p",
        """Die Digitale Agenda soll nicht am Schreibtisch entstehen. Im zweiten Quartal 2019
        starten wir eine Bürger~befragung (online und auf Papier über die Ortschafts~räte) sowie
        eine kurze Unternehmens~befragung mit dem Gewerbe~verein. Im Herbst 2019 folgen drei
        Zukunfts~werkstätten zu den Themen „Verwaltung und Service“, „Handel und Innenstadt“ und
        „Leben in den Ortsteilen“. Jugendliche beteiligen wir über einen Ideen~wettbewerb an den
        Gymnasien und den Berufs~bildenden Schulen.""",
    ),
    (
        "p",
        """Eine Lenkungs~gruppe aus Verwaltung, Stadtrats~fraktionen, Seniorenvertretung,
        Gewerbe~verein und Stadtwerken begleitet den Prozess und tagt vierteljährlich. Den Entwurf
        der Agenda stellen wir im Sommer 2020 öffentlich zur Diskussion; die Bürger~beteili~gung
        wird in einem eigenen Kapitel dokumentiert. Der Stadtrat soll die Agenda im November 2020
        beschließen.""",
    ),
    ("h", "7", "Partner im Netzwerk", "1"),
    (
        "p",
        """Ihre Mitarbeit haben bereits schriftlich zugesagt: die Wirtschafts~förderung des
        Landkreises Mansfeld-Südharz, die Stadtwerke Sangerhausen GmbH, der Gewerbe~verein
        Sangerhausen e.V. und die Kreisvolks~hochschule Mansfeld-Südharz. Angefragt sind die
        Hochschule Merseburg für die wissenschaft~liche Begleitung der Befragungen, die IHK
        Halle-Dessau und die Kreishandwerker~schaft. Zudem suchen wir den Austausch mit den
        Digitalisierungs~zentren in Haldensleben und Merseburg, um von deren Erfahrungen zu
        lernen.""",
    ),
    ("h", "8", "Projektteam und Standort", "1"),
    (
        "p",
        """Das Zentrum wird mit 1,5 Stellen besetzt: eine Vollzeitstelle Projekt~leitung
        „Digitalisierungs~beauftragte/r“ (EG 11 TVöD) mit einem Proﬁl in Verwaltungs~informatik
        oder Wirtschafts~förderung und eine halbe Stelle Projekt~assistenz (EG 8 TVöD) für
        Organisation, Öffentlichkeits~arbeit und Beteiligung. Die Stellen sollen zum 1. März 2019
        besetzt sein. Das Team sitzt im Erdgeschoss des Rathauses am Markt und ist damit für
        Bürgerinnen und Bürger leicht erreichbar. Fachlich berichtet es an den Oberbürgermeister
        und einmal im Halbjahr an den Wirtschafts~ausschuss des Stadtrates.""",
    ),
    ("h", "9", "Zeitplan", "1"),
    (
        "ul",
        "01/2019 – 03/2019: Stellen~besetzung, Auftakt~veranstaltung, Einrichtung des Büros",
        "04/2019 – 09/2019: Bestands~aufnahme, Bürger- und Unternehmens~befragung",
        "10/2019 – 03/2020: Zukunfts~werkstätten, erste Pilot~maßnahmen in der Verwaltung",
        "04/2020 – 09/2020: Entwurf der Digitalen Agenda, öffentliche Diskussion",
        "10/2020 – 12/2020: Stadtrats~beschluss, Übergabe in den Regelbetrieb",
    ),
    ("h", "10", "Finanzierung", "1"),
    (
        "p",
        """Die Gesamtkosten betragen 225.000 €. Davon entfallen 150.000 € auf Personal~kosten für
        zwei Jahre und 75.000 € auf Sachkosten, vor allem Veranstaltungen und Beteiligung
        (30.000 €), externe Moderation (20.000 €), Öffentlichkeits~arbeit (12.000 €),
        Arbeitsplatz~ausstattung (8.000 €) sowie Reisen und Schulungen (5.000 €). Wir beantragen
        eine Zuwendung von 180.000 € (80 %). Den Eigenanteil von 45.000 € (20 %) trägt die Stadt
        aus ihrem Haushalt; eine Koﬁnanzierung durch Dritte ist nicht vorgesehen.""",
    ),
    ("h", "11", "Verstetigung nach 2020", "1"),
    (
        "p",
        """Das Zentrum soll nach Förderende nicht wieder verschwinden. Die Stelle der oder des
        Digitalisierungs~beauftragten wird ab 2021 in den Stellenplan der Stadt übernommen; die
        Verwaltung hat dies für den Haushalts~entwurf 2021 bereits angemeldet. Die Lenkungs~gruppe
        bleibt als Digital~beirat bestehen, die Digital~lotsen werden über die
        Kreisvolks~hochschule weiter betreut. Für einzelne Projekte aus der Agenda bewerben wir
        uns um Anschluss~förderung, etwa aus LEADER oder Bundes~programmen.""",
    ),
    ("h", "12", "Ergebnisse und Übertragbarkeit", "1"),
    (
        "p",
        """Am Ende der Laufzeit stehen eine beschlossene Digitale Agenda, mindestens zehn
        Online-Dienste, 40 beratene Betriebe und ein Netz von mindestens zwölf Digital~lotsen. Wir
        messen den Fortschritt halbjährlich an diesen Kennzahlen und veröffentlichen die
        Ergebnisse im Amtsblatt. Unsere Erfahrungen als Mittelstadt im ländlichen Raum stellen wir
        anderen Kommunen im Landkreis zur Verfügung; Vorlagen und Fragebögen geben wir frei
        weiter. Wir sind überzeugt, dass der Ansatz auch auf andere Kleinstädte übertragbar ist
        und Einﬂuss auf die regionale Entwicklung hat.""",
    ),
    (
        "p",
        """Über den Fortschritt informieren wir laufend: mit einer eigenen Rubrik auf
        www.sangerhausen.de, einer Seite im monatlichen Amtsblatt, Beiträgen in den
        Ortschafts~räten und einem kurzen Jahres~bericht, der auch auf Papier im Bürgerbüro
        ausliegt. Die Ergebnisse der Befragungen werden vollständig und in leichter Sprache
        veröffentlicht. Am Ende der Laufzeit laden wir zu einer Abschluss~konferenz in die
        Mammuthalle ein, zu der wir auch die anderen Digitalisierungs~zentren des Landes, den
        Landkreis und die Nachbar~kommunen Allstedt und Südharz einladen.""",
    ),
    ("h", "13", "Anlagen", "1"),
    (
        "p",
        """Dieser Projektskizze liegen folgende Unterlagen bei, die wir auf Wunsch auch im
        Original nachreichen:""",
    ),
    (
        "ul",
        "Beschluss des Haupt- und Finanzausschusses vom 20.09.2018 zur Bereitstellung des Eigenanteils",
        "Absichts~erklärungen der Wirtschafts~förderung Mansfeld-Südharz, der Stadtwerke "
        "Sangerhausen GmbH, des Gewerbe~vereins Sangerhausen e.V. und der Kreisvolks~hochschule",
        "Stellen~beschreibung Digitalisierungs~beauftragte/r und detaillierter Kostenplan",
        "Übersichts~karte der Ortsteile mit dem Stand der Breitband~versorgung",
    ),
]

TRUTH_FACTS = {
    "applicant": "Stadt Sangerhausen",
    "legal_form": "Stadt",
    "region": "Landkreis Mansfeld-Südharz",
    "grant_eur": 180000,
    "own_share_eur": 45000,
    "total_cost_eur": 225000,
    "funding_rate": 0.8,
    "start": "2019-01-01",
    "end": "2020-12-31",
    "duration_months": 24,
    "contact_email": "digital@sangerhausen.de",
}

# Syllable hyphenation points applied to every word containing the key (the flyer's DTP
# software hyphenates by syllable, not only at compound joints).
HYPHENATION = {
    "Digitalisierungs": "Di~gi~ta~li~sie~rungs~",
    "Digitalisierung": "Di~gi~ta~li~sie~rung",
    "Bürgerbeteiligung": "Bür~ger~be~tei~li~gung",
    "Beteiligungs": "Be~tei~li~gungs~",
    "Verwaltungs": "Ver~wal~tungs~",
    "Wirtschafts": "Wirt~schafts~",
    "förderung": "för~de~rung",
    "Öffentlichkeits": "Öf~fent~lich~keits~",
    "Unternehmens": "Un~ter~neh~mens~",
    "Veranstaltung": "Ver~an~stal~tung",
    "Zukunfts": "Zu~kunfts~",
    "versorgung": "ver~sor~gung",
    "befragung": "be~fra~gung",
    "Befragung": "Be~fra~gung",
    "Koordinierungs": "Ko~or~di~nie~rungs~",
    "Einwohnerinnen": "Ein~woh~ne~rin~nen",
    "Ortschafts": "Ort~schafts~",
}
