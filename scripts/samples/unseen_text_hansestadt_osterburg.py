"""Text of the held-out sample hansestadt_osterburg.pdf (Hansestadt Osterburg (Altmark)).

Block kinds: ("title", text), ("subtitle", text), ("h", None, title, level), ("p", text),
("kv", [(label, value)]) run-in "Label: value" lines, ("ul", [items]), ("x", key).
No heading carries a number.
"""

from __future__ import annotations

TITLE = "Projektskizze „Osterburg digital“"
SUBTITLE = (
    "Regionales Digitalisierungszentrum der Hansestadt Osterburg (Altmark) – "
    "Förderaufruf „Regionale Digitalisierungszentren“ des Landes Sachsen-Anhalt"
)
FOOTER = "Hansestadt Osterburg (Altmark) – Projektskizze „Osterburg digital“"

BUDGET = [
    # (Position, 2019, 2020)
    ("Personal: Projektleitung (1,0 VZÄ, E 11 TVöD)", "62.400", "63.600"),
    ("Personal: Projektmitarbeit Bürgerbeteiligung (0,25 VZÄ, E 9a)", "12.900", "13.100"),
    ("Miete und Betrieb „Digitalwerkstatt“ Breite Straße", "6.000", "6.000"),
    ("Ausstattung (Notebooks, Präsentationstechnik, Software)", "7.500", "1.000"),
    ("Veranstaltungen, Befragungen, Moderation", "4.200", "6.800"),
    ("Öffentlichkeitsarbeit", "2.000", "2.000"),
]
BUDGET_TOTALS = ("Gesamtausgaben", "95.000", "92.500", "187.500")

BLOCKS: list[tuple] = [
    ("h", None, "Antragstellerin und Ansprechpartner", 1),
    (
        "kv",
        [
            ("Antragstellerin", "Hansestadt Osterburg (Altmark), Einheitsgemeinde im Landkreis Stendal"),
            ("Anschrift", "Ernst-Thälmann-Straße 10, 39606 Hansestadt Osterburg (Altmark)"),
            ("Vertretungsberechtigt", "Bürgermeister Nico Schulze-Brandt"),
            (
                "Ansprechpartner",
                "Herr Martin Krüger, Sachgebiet Wirtschaftsförderung und Stadtmarketing, "
                "Telefon 03937 8241-45, m.krueger@osterburg.de",
            ),
        ],
    ),
    ("h", None, "Das Vorhaben im Überblick", 1),
    (
        "p",
        "Mit „Osterburg digital“ möchte die Hansestadt Osterburg (Altmark) ein kleines, aber "
        "schlagkräftiges Digitalisierungszentrum für die Stadt und ihre 26 Ortsteile aufbauen. "
        "Das Zentrum bekommt einen festen Ort: eine „Digitalwerkstatt“ in einem leerstehenden "
        "Ladenlokal in der Breiten Straße, in der Bürgerinnen und Bürger, Händler und Vereine "
        "beraten werden und in der die Beteiligungsveranstaltungen stattfinden. Innerhalb von zwei "
        "Jahren (Januar 2019 bis Dezember 2020) soll gemeinsam mit der Bevölkerung eine Digitale "
        "Agenda Osterburg entstehen, die der Stadtrat beschließt. Parallel werden drei "
        "Pilotmaßnahmen umgesetzt: ein digitales Rathaus, ein gemeinsamer Online-Auftritt des "
        "Innenstadthandels und ein Angebot für Schulen und Ehrenamt. Die Gesamtausgaben betragen "
        "187.500 Euro; beantragt wird eine Zuwendung von 150.000 Euro.",
    ),
    ("h", None, "Ausgangssituation in der Hansestadt Osterburg", 1),
    ("h", None, "Stadt und Ortsteile", 2),
    (
        "p",
        "Osterburg liegt im Zentrum der Altmark an der Biese, etwa 25 Kilometer nördlich von "
        "Stendal. Die Einheitsgemeinde zählt rund 10.000 Einwohner, von denen knapp die Hälfte in "
        "der Kernstadt lebt. Die übrigen verteilen sich auf Ortsteile wie Ballerstedt, Erxleben, "
        "Flessau, Gladigau, Königsmark, Krevese, Meseberg, Rossau und Walsleben, die zum Teil "
        "weniger als 200 Einwohner haben. Wie die gesamte Altmark ist Osterburg von Abwanderung "
        "junger Menschen und einem steigenden Durchschnittsalter betroffen. Die Stadt ist "
        "Grundzentrum mit Schulen, Ärzten und Einzelhandel für ein weites ländliches Umland; die "
        "Innenstadt kämpft jedoch mit Leerstand.",
    ),
    ("h", None, "Breitband, Mobilfunk und digitale Verwaltung", 2),
    (
        "p",
        "Der Zweckverband Breitband Altmark baut seit 2012 ein eigenes Glasfasernetz auf. In der "
        "Kernstadt und in ersten Ortsteilen sind Anschlüsse bereits buchbar, weitere Bauabschnitte "
        "folgen bis 2020. Damit entsteht eine Infrastruktur, die bisher kaum genutzt wird: viele "
        "ältere Menschen und kleine Betriebe wissen nicht, welche Dienste sie damit nutzen können. "
        "Die Stadtverwaltung arbeitet weitgehend papierbasiert, ein Ratsinformationssystem ist "
        "vorhanden, Online-Anträge gibt es noch nicht. Erfahrungen aus dem Land(auf)Schwung-Projekt "
        "des Landkreises Stendal zur „Digitalisierung der Altmark“ können genutzt werden.",
    ),
    ("h", None, "Zielsetzung", 1),
    (
        "p",
        "Ziel ist, dass die Menschen in Osterburg und den Ortsteilen von der neuen Infrastruktur "
        "spürbar profitieren. Im Einzelnen soll bis Ende 2020 erreicht werden:",
    ),
    (
        "ul",
        [
            "eine vom Stadtrat beschlossene Digitale Agenda Osterburg mit Maßnahmen bis 2025,",
            "acht Verwaltungsleistungen online, darunter Anmeldung und Gewerbeanzeige,",
            "ein gemeinsames Online-Schaufenster für mindestens 25 Händler und Gastronomen,",
            "regelmäßige Sprechstunden der Digitalwerkstatt mit mindestens 600 Besuchen,",
            "ein Netzwerk aus Verwaltung, Wirtschaft, Schulen und Vereinen, das nach 2020 weiterarbeitet.",
        ],
    ),
    ("h", None, "Geplante Aktivitäten des Digitalisierungszentrums „Osterburg digital“", 1),
    ("h", None, "Digitales Rathaus", 2),
    (
        "p",
        "Die Verwaltung prüft ihre Abläufe und stellt ausgewählte Leistungen über das Serviceportal "
        "des Landes online. Mitarbeiterinnen und Mitarbeiter werden geschult. In der "
        "Digitalwerkstatt können Bürger die Online-Anträge mit Unterstützung ausprobieren.",
    ),
    ("h", None, "Handel und Gewerbe in der Innenstadt", 2),
    (
        "p",
        "Gemeinsam mit dem Gewerbeverein Osterburg und der IHK Magdeburg entsteht ein "
        "Online-Schaufenster der Innenstadt. Kleine Betriebe erhalten Workshops zu Webauftritt, "
        "Kartenzahlung, sozialen Medien und IT-Sicherheit. Leerstehende Läden werden online "
        "angeboten, um Gründerinnen und Gründer aus der Region anzusprechen.",
    ),
    ("h", None, "Schule, Bildung und Ehrenamt", 2),
    (
        "p",
        "Das Markgraf-Albrecht-Gymnasium und die Sekundarschule bilden Schülerinnen und Schüler "
        "zu „Digitalhelfern“ aus, die Seniorinnen und Senioren in der Digitalwerkstatt "
        "unterstützen. Vereine erhalten Hilfe bei Mitgliederverwaltung, Webseite und Datenschutz.",
    ),
    ("h", None, "Bürgerbeteiligung und Digitale Agenda Osterburg", 1),
    (
        "p",
        "Die Digitale Agenda wird in einem offenen Prozess erarbeitet. Am Anfang steht eine "
        "Befragung aller Haushalte – auf Papier über das Amtsblatt und online. Danach folgen vier "
        "Ortsteilkonferenzen in Flessau, Königsmark, Walsleben und der Kernstadt sowie ein "
        "Jugendforum. Die Ergebnisse werden in einer Zukunftskonferenz im Frühjahr 2020 "
        "zusammengeführt. Eine Steuerungsgruppe aus Bürgermeister, Ortsbürgermeistern, "
        "Gewerbeverein, Schulen und Zweckverband Breitband Altmark begleitet den Prozess. Der "
        "Entwurf wird öffentlich ausgelegt und im Herbst 2020 dem Stadtrat vorgelegt.",
    ),
    ("h", None, "Kooperationspartner", 1),
    (
        "p",
        "Zugesagt haben: Landkreis Stendal (Wirtschaftsförderung), Zweckverband Breitband Altmark, "
        "Hochschule Magdeburg-Stendal (Fachbereich Wirtschaft, Standort Stendal), IHK Magdeburg, "
        "Gewerbeverein Osterburg e. V., Markgraf-Albrecht-Gymnasium Osterburg und die "
        "Kreisvolkshochschule Stendal. Als weitere Partner sind die Kirchengemeinden, der "
        "Seniorenbeirat und die Freiwillige Feuerwehr angefragt. Der Austausch mit dem "
        "Digitalisierungszentrum des Altmarkkreises Salzwedel ist vereinbart.",
    ),
    ("h", None, "Personal und Standort", 1),
    (
        "p",
        "Das Zentrum wird im Sachgebiet Wirtschaftsförderung und Stadtmarketing angesiedelt. "
        "Vorgesehen sind eine Projektleitung in Vollzeit sowie eine Viertelstelle für die "
        "Organisation der Beteiligung. Standort ist die Digitalwerkstatt in der Breiten Straße, "
        "die an drei Tagen pro Woche geöffnet ist.",
    ),
    ("h", None, "Zeit- und Arbeitsplan", 1),
    (
        "ul",
        [
            "I. Quartal 2019: Stellenbesetzung, Einrichtung der Digitalwerkstatt, Auftakt",
            "II./III. Quartal 2019: Haushaltsbefragung, Bestandsaufnahme Verwaltung",
            "IV. Quartal 2019 bis I. Quartal 2020: Ortsteilkonferenzen, Jugendforum, Pilotprojekte",
            "II. Quartal 2020: Zukunftskonferenz, Entwurf der Digitalen Agenda",
            "III./IV. Quartal 2020: Auslegung, Beschluss im Stadtrat, Übergabe in den Regelbetrieb",
        ],
    ),
    ("h", None, "Finanzierung", 1),
    ("p", "Ausgabenplan nach Jahren (Beträge in Euro):"),
    ("x", "budget"),
    (
        "p",
        "Beantragte Zuwendung: 150.000 € (80 %). Eigenanteil der Hansestadt: 37.500 € (20 %), "
        "gesichert im Haushalt 2019/2020.",
    ),
    ("h", None, "Weiterführung nach der Förderung", 1),
    (
        "p",
        "Der Stadtrat hat am 27.09.2018 grundsätzlich beschlossen, die Digitalwerkstatt nach Ende "
        "der Förderung fortzuführen. Die Projektleitung wird ab 2021 als Stelle „Digitales und "
        "Stadtmarketing“ in den Stellenplan übernommen. Der Gewerbeverein beteiligt sich an den "
        "Kosten des Online-Schaufensters, die Digitalhelfer werden über die Schulen und die "
        "Kreisvolkshochschule weitergeführt.",
    ),
]

TRUTH_FACTS = {
    "applicant": "Hansestadt Osterburg (Altmark)",
    "legal_form": "Stadt",
    "region": "Hansestadt Osterburg (Altmark) mit Ortsteilen (Landkreis Stendal)",
    "grant_eur": 150000,
    "own_share_eur": 37500,
    "total_cost_eur": 187500,
    "funding_rate": 0.8,
    "start": "2019-01-01",
    "end": "2020-12-31",
    "duration_months": 24,
    "contact_email": "m.krueger@osterburg.de",
}
