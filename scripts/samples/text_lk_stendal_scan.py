"""Text of the sample sketch "Landkreis Stendal" (Word export; the last two pages are scans)."""

HEADER = "Landkreis Stendal · Projektskizze Digitalisierungszentrum Altmark"

TITLE = "Projektskizze"
TITLE_2 = "Regionales Digitalisierungszentrum Altmark im Landkreis Stendal"
TITLE_3 = "Förderaufruf „Regionale Digitalisierungszentren“ des Ministeriums für Wirtschaft, "
TITLE_4 = "Wissenschaft und Digitalisierung des Landes Sachsen-Anhalt – Stand: 14. September 2018"

BLOCKS: list[tuple[str, ...]] = [
    ("h", "1.", "Antragsteller und Ansprechpartner", "1"),
    (
        "p",
        """Antragsteller ist der Landkreis Stendal, Hospitalstraße 1–2, 39576 Hansestadt Stendal,
        vertreten durch den Landrat. Das Vorhaben wird im Amt für Wirtschaftsförderung,
        Kreisentwicklung und Tourismus umgesetzt. Ansprechpartner ist Herr Jörg Brandtner,
        Sachgebietsleiter Kreisentwicklung, Telefon 03931 60-7412, E-Mail
        digitalisierung@landkreis-stendal.de.""",
    ),
    ("h", "2.", "Kurzbeschreibung des Vorhabens", "1"),
    (
        "p",
        """Der Landkreis Stendal richtet zum 1. Januar 2019 ein Regionales Digitalisierungszentrum
        Altmark ein. Kern des Zentrums ist eine hauptamtliche Digitalisierungsbeauftragte bzw. ein
        hauptamtlicher Digitalisierungsbeauftragter, die bzw. der gemeinsam mit einer
        Netzwerkstelle die vielen Einzelaktivitäten im Kreis – vom Breitbandausbau über die
        Digitalisierung der Schulen bis zu ersten Smart-Farming-Projekten landwirtschaftlicher
        Betriebe – zusammenführt. Innerhalb von 24 Monaten erarbeitet das Zentrum in einem breiten
        Beteiligungsprozess eine Digitale Agenda für den Landkreis Stendal mit kurz-, mittel- und
        langfristigen Maßnahmenpaketen, baut ein dauerhaftes Netzwerk aus Kommunen, Wirtschaft und
        Wissenschaft auf und übernimmt das Innovations- und Fördermittelmanagement für
        digitale Vorhaben. Beantragt wird eine Zuwendung in Höhe von 192.000 € bei förderfähigen
        Gesamtkosten von 240.000 €.""",
    ),
    ("h", "3.", "Ausgangslage und Handlungsbedarf", "1"),
    ("h", "3.1", "Region und Bevölkerung", "2"),
    (
        "p",
        """Der Landkreis Stendal ist mit rund 2.423 km² der flächengrößte Landkreis
        Sachsen-Anhalts und mit etwa 46 Einwohnern je km² zugleich einer der am dünnsten
        besiedelten Landkreise Deutschlands. Von den rund 111.000 Einwohnerinnen und Einwohnern
        lebt knapp ein Drittel in der Hansestadt Stendal, die übrigen verteilen sich auf
        Kleinstädte wie Tangermünde, Osterburg, Havelberg und Seehausen sowie auf mehr als 200
        Dörfer und Ortsteile. Seit 1990 hat der Kreis fast ein Viertel seiner Bevölkerung
        verloren; die Prognosen gehen bis 2030 von einem weiteren Rückgang um rund 15 Prozent aus.
        Die Wirtschaft ist kleinteilig und stark von Landwirtschaft, Ernährungswirtschaft,
        Handwerk, Logistik und Tourismus geprägt. Wege zum Arzt, zur Schule oder zur Verwaltung
        sind lang, der öffentliche Nahverkehr ist in der Fläche nur eingeschränkt verfügbar.""",
    ),
    ("h", "3.2", "Stand der Digitalisierung", "2"),
    (
        "p",
        """Seit 2012 baut der Zweckverband Breitband Altmark, dem der Landkreis und nahezu alle
        Gemeinden angehören, ein eigenes Glasfasernetz bis in die Gebäude auf. Bis Mitte 2018 waren
        rund 9.000 Haushalte angeschlossen; zahlreiche Orte sind jedoch noch nicht erschlossen und
        im Mobilfunk bestehen weiterhin Funklöcher, vor allem im Norden des Kreises. Mit dem
        Bundesprogramm Land(auf)Schwung hat der Landkreis bis 2018 im Schwerpunkt „Digitalisierung
        der Altmark“ erste Projekte erprobt, darunter ein Dorf-WLAN, Tablet-Kurse für Seniorinnen
        und Senioren und eine digitale Vereinsplattform. Die Projekte sind gut angenommen worden,
        laufen aber ohne gemeinsame Steuerung und drohen nach dem Ende der Bundesförderung
        auszulaufen.""",
    ),
    (
        "p",
        """In der Kreisverwaltung sind bislang nur wenige Verfahren vollständig digital; die
        kreisangehörigen Gemeinden stehen vor der Umsetzung des Onlinezugangsgesetzes und haben
        dafür kaum eigenes Personal. Unternehmen, insbesondere Handwerksbetriebe und
        landwirtschaftliche Betriebe, fragen zunehmend nach Beratung zu digitalen Geschäftsmodellen
        und Fördermöglichkeiten, finden im Kreis aber keine zentrale Anlaufstelle. Eine
        übergreifende Strategie, an der sich Kreis, Kommunen und Wirtschaft orientieren könnten,
        fehlt bisher.""",
    ),
    ("h", "4.", "Ziele des Digitalisierungszentrums", "1"),
    (
        "p",
        """Oberstes Ziel ist eine vom Kreistag bis Dezember 2020 beschlossene Digitale Agenda für
        den Landkreis Stendal, die an die Digitale Agenda des Landes Sachsen-Anhalt anknüpft und
        den Gedanken einer Smart Region auf die Bedingungen eines dünn besiedelten Flächenkreises
        überträgt. Daraus leiten sich folgende Teilziele ab: Bis Ende 2019 liegt eine
        Bestandsaufnahme aller digitalen Projekte und Bedarfe im Kreis vor. Bis Ende 2020 ist ein
        Netzwerk mit mindestens 30 aktiven Partnern aus Kommunen, Wirtschaft, Bildung und
        Zivilgesellschaft aufgebaut. Mindestens 25 Unternehmen und alle 13 Gemeinden bzw.
        Verbandsgemeinden sind individuell zu Fördermöglichkeiten beraten worden. Für mindestens
        drei Pilotprojekte – etwa ein digitales Parkleitsystem in der Hansestadt Stendal, ein
        Rufbus-Angebot mit Online-Buchung und ein Smart-Farming-Demonstrator – sind
        Förderanträge gestellt.""",
    ),
    ("h", "5.", "Aufgaben und Maßnahmenpakete", "1"),
    ("h", "5.1", "Bestandsaufnahme und Digitale Agenda", "2"),
    (
        "p",
        """Im ersten Projekthalbjahr erhebt das Zentrum den Ist-Stand der Digitalisierung in
        Verwaltung, Wirtschaft, Bildung, Gesundheit und Mobilität. Grundlage sind Gespräche mit den
        Bürgermeisterinnen und Bürgermeistern, eine Auswertung der Breitbanddaten des
        Zweckverbandes und eine Befragung von Unternehmen und Bürgern (siehe Abschnitt 6). Aus den
        Ergebnissen entwickelt das Zentrum Handlungsfelder und ordnet ihnen kurzfristige (bis
        2020), mittelfristige (bis 2023) und langfristige Maßnahmen zu.""",
    ),
    ("h", "5.2", "Netzwerk- und Wissensmanagement", "2"),
    (
        "p",
        """Das Zentrum organisiert zweimal jährlich ein offenes Netzwerktreffen „Digitale Altmark“,
        pflegt eine Übersicht über laufende Projekte und Ansprechpartner und stellt gute Beispiele
        auf der Internetseite des Landkreises vor. Ein Newsletter informiert die Partner
        vierteljährlich über Veranstaltungen, Förderaufrufe und Ergebnisse.""",
    ),
    ("h", "5.3", "Innovations- und Fördermittelmanagement", "2"),
    (
        "p",
        """Gemeinden, Vereine und Unternehmen werden bei der Suche nach passenden Förderprogrammen
        und bei der Vorbereitung von Anträgen unterstützt. Das Zentrum bereitet gemeinsam mit den
        Partnern Pilotprojekte vor, insbesondere in den Feldern ländliche Mobilität, digitale
        Verwaltung und Landwirtschaft 4.0, und koordiniert die Zusammenarbeit mit der Hochschule
        Magdeburg-Stendal bei studentischen Projekten und Abschlussarbeiten.""",
    ),
    ("h", "6.", "Beteiligungsprozess und Erarbeitung der Digitalen Agenda", "1"),
    (
        "p",
        """Die Digitale Agenda wird gemeinsam mit den Menschen in der Region erarbeitet. Im Frühjahr
        2019 führt das Zentrum eine Online-Befragung der Bürgerinnen und Bürger durch, die durch
        Fragebögen in den Bürgerbüros und Bibliotheken ergänzt wird, damit auch ältere Menschen ohne
        Internetzugang teilnehmen können. Parallel werden Unternehmen gemeinsam mit der IHK
        Magdeburg und der Kreishandwerkerschaft Altmark befragt. Im zweiten Halbjahr 2019 folgen
        vier regionale Zukunftswerkstätten in Stendal, Tangermünde, Osterburg und Havelberg sowie
        ein Jugendworkshop mit dem Kreisjugendring. Eine Lenkungsgruppe aus Vertretern der
        Kreisverwaltung, der Gemeinden, der Wirtschaft und der Hochschule begleitet den Prozess.
        Der Entwurf der Agenda wird im Sommer 2020 öffentlich vorgestellt und im Dezember 2020 dem
        Kreistag zur Beschlussfassung vorgelegt.""",
    ),
    ("h", "7.", "Kooperationspartner", "1"),
    (
        "p",
        """Die Hochschule Magdeburg-Stendal unterstützt das Vorhaben wissenschaftlich, insbesondere
        bei der Auswertung der Befragungen; eine Absichtserklärung liegt als Anlage 1 bei. Ihre
        Mitwirkung haben außerdem der Zweckverband Breitband Altmark, die Hansestadt Stendal, die
        Kreishandwerkerschaft Altmark und der Kreisbauernverband Stendal e.V. zugesagt. Angefragt
        sind die IHK Magdeburg, die Kreissparkasse Stendal und die Lokale Aktionsgruppe (LEADER)
        Mittlere Altmark. Der Austausch mit dem Digitalisierungszentrum des Altmarkkreises
        Salzwedel ist vereinbart, um Doppelstrukturen in der Altmark zu vermeiden.""",
    ),
    ("h", "8.", "Personal und Organisation", "1"),
    (
        "p",
        """Das Zentrum ist als Stabsstelle dem Amt für Wirtschaftsförderung, Kreisentwicklung und
        Tourismus zugeordnet und hat seinen Sitz im Verwaltungsgebäude Arnimer Straße in Stendal.
        Vorgesehen sind eine Vollzeitstelle Digitalisierungsbeauftragte/r (1,0 VZÄ, E 11 TVöD) und
        eine halbe Stelle für Netzwerkarbeit und Veranstaltungsorganisation (0,5 VZÄ, E 8 TVöD).
        Beide Stellen werden im vierten Quartal 2018 ausgeschrieben und sollen zum 1. Januar 2019
        besetzt sein. Die Lenkungsgruppe tagt vierteljährlich; dem Kreisausschuss wird halbjährlich
        berichtet.""",
    ),
    ("h", "9.", "Zeit- und Arbeitsplan", "1"),
    (
        "p",
        """Die Projektlaufzeit beträgt 24 Monate vom 01.01.2019 bis zum 31.12.2020. Meilensteine
        sind: M1 Stellenbesetzung und Auftaktveranstaltung (03/2019); M2 Abschluss der Befragungen
        (07/2019); M3 Abschluss der Zukunftswerkstätten und Bestandsaufnahme (12/2019); M4
        Entwurf der Digitalen Agenda (06/2020); M5 Kreistagsbeschluss und Übergabe in den
        Regelbetrieb (12/2020).""",
    ),
    ("h", "10.", "Kosten- und Finanzierungsplan", "1"),
    (
        "p",
        """Die förderfähigen Gesamtkosten betragen 240.000 €. Sie setzen sich wie folgt zusammen
        (alle Angaben in Euro):""",
    ),
    ("x", "budget"),
    (
        "p",
        """Beantragt wird eine Zuwendung in Höhe von 192.000 € (80 %). Der Eigenanteil des
        Landkreises von 48.000 € (20 %) ist im Haushalt 2019 und in der mittelfristigen
        Finanzplanung für 2020 veranschlagt. Mittel Dritter werden nicht eingesetzt.""",
    ),
    ("h", "11.", "Verstetigung nach Förderende", "1"),
    (
        "p",
        """Der Landkreis beabsichtigt, das Digitalisierungszentrum nach dem Ende der Förderung als
        dauerhafte Struktur fortzuführen. Die Stelle der oder des Digitalisierungsbeauftragten wird
        ab 2021 in den Stellenplan des Landkreises übernommen; ein entsprechender
        Grundsatzbeschluss des Kreistages soll bis Mitte 2020 herbeigeführt werden. Das Netzwerk
        „Digitale Altmark“ wird über eine Kooperationsvereinbarung der Partner fortgeführt,
        Pilotprojekte werden über Fachförderprogramme von Land, Bund und EU finanziert.""",
    ),
    ("h", "12.", "Erfolgsmessung und Übertragbarkeit", "1"),
    (
        "p",
        """Der Erfolg wird an folgenden Indikatoren gemessen: beschlossene Digitale Agenda;
        Zahl der Netzwerkpartner (Ziel: 30); Zahl der beratenen Unternehmen (Ziel: 25) und
        Gemeinden (Ziel: 13); Zahl der Teilnehmenden an Befragungen und Werkstätten (Ziel: 1.500);
        Zahl der gestellten Förderanträge für Pilotprojekte (Ziel: 3). Die Ergebnisse werden
        halbjährlich im Kreisausschuss berichtet. Die Vorgehensweise ist auf andere dünn
        besiedelte Landkreise übertragbar; Fragebögen und Werkstattformate stellt der Landkreis
        den übrigen Digitalisierungszentren im Land zur Verfügung.""",
    ),
    ("h", "13.", "Anlagen", "1"),
    (
        "p",
        """Anlage 1: Absichtserklärung der Hochschule Magdeburg-Stendal vom 10.09.2018.
        Anlage 2: Unterschrift des Antragstellers.""",
    ),
]

# Budget table: Kostenart | 2019 | 2020 | Gesamt (amounts in EUR)
BUDGET = [
    ("Personalkosten (1,5 VZÄ)", 84000, 86000),
    ("Büro und Ausstattung", 6000, 6000),
    ("Veranstaltungen, Befragungen, Werkstätten", 9000, 11000),
    ("Öffentlichkeitsarbeit", 4000, 5000),
    ("Externe Moderation und Beratung", 8000, 12000),
    ("Reisekosten", 2000, 2000),
    ("IT-Ausstattung", 5000, 0),
]

# ----- scanned annex pages (rendered as images, no text layer) ---------------------------
LOI_SENDER = [
    "Hochschule Magdeburg-Stendal",
    "Fachbereich Wirtschaft",
    "Osterburger Straße 25",
    "39576 Stendal",
]
LOI_ADDRESS = [
    "Landkreis Stendal",
    "Amt für Wirtschaftsförderung,",
    "Kreisentwicklung und Tourismus",
    "Hospitalstraße 1–2",
    "39576 Hansestadt Stendal",
]
LOI_DATE = "Stendal, 10.09.2018"
LOI_TITLE = "Absichtserklärung"
LOI_SUBJECT = "Projektskizze „Regionales Digitalisierungszentrum Altmark“"
LOI_BODY = [
    "Sehr geehrte Damen und Herren,",
    "die Hochschule Magdeburg-Stendal begrüßt die Absicht des Landkreises Stendal, ein "
    "Regionales Digitalisierungszentrum Altmark einzurichten, und erklärt hiermit ihre "
    "Bereitschaft zur Zusammenarbeit.",
    "Der Fachbereich Wirtschaft am Standort Stendal wird das Vorhaben insbesondere bei der "
    "Konzeption und Auswertung der Bürger- und Unternehmensbefragungen unterstützen, sich an den "
    "Zukunftswerkstätten beteiligen und Studierende im Rahmen von Projektseminaren und "
    "Abschlussarbeiten einbinden. Eine Mitarbeit in der Lenkungsgruppe sagen wir zu.",
    "Mit dieser Erklärung sind keine finanziellen Verpflichtungen der Hochschule verbunden.",
    "Mit freundlichen Grüßen",
]
LOI_SIGNER = ["Prof. Dr. Sabine Lenzner", "Dekanin des Fachbereichs Wirtschaft"]

SIG_TITLE = "Rechtsverbindliche Unterschrift"
SIG_BODY = [
    "Der Landkreis Stendal beantragt hiermit die Förderung des Vorhabens „Regionales "
    "Digitalisierungszentrum Altmark“ im Rahmen des Förderaufrufs „Regionale "
    "Digitalisierungszentren“ des Landes Sachsen-Anhalt.",
    "Die Richtigkeit und Vollständigkeit der Angaben in dieser Projektskizze wird bestätigt. "
    "Der Eigenanteil in Höhe von 48.000 € ist im Haushalt des Landkreises veranschlagt.",
]
SIG_PLACE_DATE = "Stendal, 14.09.2018"
SIG_LABELS = ["Ort, Datum", "Unterschrift", "Landrat"]
STAMP = ["LANDKREIS", "STENDAL", "Der Landrat"]

TRUTH_FACTS = {
    "applicant": "Landkreis Stendal",
    "legal_form": "Landkreis",
    "region": "Landkreis Stendal",
    "grant_eur": 192000,
    "own_share_eur": 48000,
    "total_cost_eur": 240000,
    "funding_rate": 0.8,
    "start": "2019-01-01",
    "end": "2020-12-31",
    "duration_months": 24,
    "contact_email": "digitalisierung@landkreis-stendal.de",
}
