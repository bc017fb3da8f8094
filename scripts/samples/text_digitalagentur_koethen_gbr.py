"""Text of the sample sketch "Digitalagentur Köthen GbR" — a deliberately weak submission.

Deviations: legal form GbR (not a legal person), buzzwords without measures, no grant amount,
no own share, no schedule. Headings differ from body text only by size (no bold, no numbers).
"""

COVER = [
    ("LiberationSerif", 14, "Digitalagentur Köthen GbR"),
    ("LiberationSerif", 30, "KÖTHEN DIGITAL HUB"),
    ("LiberationSerif", 16, "Das smarte Digitalisierungszentrum für Anhalt-Bitterfeld"),
    ("LiberationSerif-Italic", 12, "Projektskizze zum Förderaufruf „Regionale Digitalisierungszentren“"),
    ("LiberationSerif", 11, "Köthen (Anhalt), im Oktober 2018"),
]
COVER_CONTACT = [
    "Digitalagentur Köthen GbR",
    "Gesellschafter: Marcel Tröger und Denise Kaluza",
    "Springstraße 24, 06366 Köthen (Anhalt)",
    "hello@digitalagentur-koethen.de · www.digitalagentur-koethen.de",
]

TOC_TITLE = "Inhaltsverzeichnis"

BLOCKS: list[tuple[str, ...]] = [
    ("h", "", "Über uns", "1"),
    (
        "p",
        """Die Digitalagentur Köthen GbR wurde 2016 von zwei digital natives gegründet, die nach
        Stationen in Berlin und Leipzig bewusst in ihre Heimatregion zurückgekehrt sind. Wir
        verstehen uns als Brückenbauer zwischen der digitalen Welt und dem Mittelstand in Anhalt.
        Mit innovativen Web-Lösungen, Social-Media-Kampagnen und smarten Apps begleiten wir
        Unternehmen auf ihrem Weg in die digitale Zukunft. Unser Team steht für Kreativität,
        Agilität und Leidenschaft für Digitalisierung. Kontakt: hello@digitalagentur-koethen.de.""",
    ),
    ("h", "", "Management Summary", "1"),
    (
        "p",
        """Der KÖTHEN DIGITAL HUB wird der zentrale Leuchtturm der digitalen Transformation in
        Anhalt-Bitterfeld. Wir schaffen ein lebendiges digitales Ökosystem, in dem Wirtschaft,
        Verwaltung, Wissenschaft und Zivilgesellschaft ganzheitlich vernetzt werden und Synergien
        heben. Mit modernsten Technologien wie Künstlicher Intelligenz, Blockchain und Internet
        der Dinge machen wir die Region fit für die Zukunft. Der Hub ist Innovationstreiber,
        Impulsgeber und Möglichmacher zugleich – ein echter Game Changer für die Region.""",
    ),
    ("h", "", "Ausgangslage", "1"),
    (
        "p",
        """Die Digitalisierung verändert alle Lebensbereiche mit atemberaubender Geschwindigkeit.
        Wer jetzt nicht handelt, wird abgehängt. Auch Köthen und der Landkreis Anhalt-Bitterfeld
        stehen vor den großen Herausforderungen der Digitalisierung, bieten aber gleichzeitig
        enorme Chancen. Die Region verfügt über ein großes Potenzial: eine Hochschule, engagierte
        Unternehmen und eine lebendige Kulturszene. Dieses Potenzial wird bisher jedoch nicht
        ausreichend genutzt, weil es an Vernetzung und an einer gemeinsamen digitalen Vision
        fehlt. Viele Akteure arbeiten in Silos. Es fehlt ein Ort, an dem die digitale Zukunft
        der Region gemeinsam gedacht und gestaltet wird. Genau diese Lücke schließt der
        KÖTHEN DIGITAL HUB.""",
    ),
    ("h", "", "Vision und Ziele", "1"),
    (
        "p",
        """Unsere Vision: Anhalt-Bitterfeld wird zur smartesten Region Mitteldeutschlands. Wir
        wollen die Digitalisierung für alle erlebbar machen, Innovationen beschleunigen und einen
        nachhaltigen Mehrwert für Bürger, Unternehmen und Verwaltung schaffen. Der Hub soll
        Vorreiter für ganz Sachsen-Anhalt werden und zeigen, was im ländlichen Raum möglich ist,
        wenn man die Chancen der Digitalisierung konsequent nutzt. Dabei denken wir ganzheitlich
        und zukunftsorientiert.""",
    ),
    ("h", "", "Unser Ansatz", "1"),
    (
        "p",
        """Der KÖTHEN DIGITAL HUB arbeitet agil und nutzerzentriert. Wir setzen auf Design
        Thinking, Scrum und Open Innovation, um gemeinsam mit allen Stakeholdern smarte Lösungen
        zu entwickeln. Im Mittelpunkt stehen drei Innovationsfelder.""",
    ),
    ("h", "", "Künstliche Intelligenz und Daten", "2"),
    (
        "p",
        """Daten sind das Öl des 21. Jahrhunderts. Wir wollen die Potenziale von KI und Big Data
        für die Region erschließen und eine intelligente Datenkultur etablieren. Durch den Einsatz
        von Machine Learning entstehen völlig neue Geschäftsmodelle und disruptive Innovationen,
        von denen Unternehmen und Verwaltung gleichermaßen profitieren.""",
    ),
    ("h", "", "Blockchain für die Region", "2"),
    (
        "p",
        """Die Blockchain-Technologie bietet enorme Chancen für Transparenz und Vertrauen. Wir
        möchten prüfen, wie die Blockchain in der regionalen Wirtschaft und in der Verwaltung
        eingesetzt werden kann, und damit Anhalt-Bitterfeld als innovativen Standort
        positionieren.""",
    ),
    ("h", "", "Smart Services", "2"),
    (
        "p",
        """Mit smarten, cloudbasierten Plattformen und Apps schaffen wir neue digitale
        Erlebnisse für Bürgerinnen und Bürger. Ob Smart Living, Smart Mobility oder Smart
        Tourism – die Möglichkeiten sind grenzenlos. Der Hub wird hierfür zur zentralen
        Innovationsplattform der Region.""",
    ),
    ("h", "", "Community und Beteiligung", "1"),
    (
        "p",
        """Digitalisierung gelingt nur gemeinsam. Deshalb wollen wir eine starke digitale
        Community aufbauen und alle mitnehmen. Geplant sind inspirierende Events, Meetups und
        Barcamps, bei denen Menschen aus allen Bereichen zusammenkommen, um Ideen zu teilen und
        voneinander zu lernen. Über unsere Social-Media-Kanäle schaffen wir Reichweite und
        Sichtbarkeit für das Thema Digitalisierung in der Region.""",
    ),
    ("h", "", "Partner-Ökosystem", "1"),
    (
        "p",
        """Wir verfügen über ein starkes Netzwerk in der regionalen Wirtschaft und der
        Kreativszene. Gespräche mit verschiedenen potenziellen Partnern aus Wirtschaft,
        Wissenschaft und Politik wurden bereits geführt. Wir sind zuversichtlich, dass sich viele
        Akteure unserem Ökosystem anschließen werden, sobald der Hub gestartet ist.""",
    ),
    ("h", "", "Team", "1"),
    (
        "p",
        """Das Kernteam besteht aus den beiden Gründern, die ihre langjährige Erfahrung in
        Webentwicklung, Online-Marketing und Projektmanagement einbringen. Je nach Bedarf
        ergänzen wir das Team flexibel durch Freelancer aus unserem Netzwerk. Der Hub soll in
        einem modernen Coworking-Space in der Köthener Innenstadt entstehen.""",
    ),
    ("h", "", "Finanzierung", "1"),
    (
        "p",
        """Der KÖTHEN DIGITAL HUB soll über zwei Jahre durch das Land Sachsen-Anhalt gefördert
        werden. Die Kosten umfassen im Wesentlichen Personal, Räume, Technik und Events. Die Höhe
        der Förderung wird nachgereicht. Einen Teil der Kosten wollen wir perspektivisch über
        Sponsoring und Partnerschaften decken.""",
    ),
    ("h", "", "Nachhaltigkeit", "1"),
    (
        "p",
        """Wir streben an, den Hub nach dem Ende der Förderung nachhaltig weiterzuführen. Durch
        die Synergien im Ökosystem und neue digitale Geschäftsmodelle wird sich der Hub
        mittelfristig selbst tragen. Denkbar sind Mitgliedschaften, Sponsoring und kostenpflichtige
        Workshops.""",
    ),
    ("h", "", "Impact", "1"),
    (
        "p",
        """Der KÖTHEN DIGITAL HUB wird einen nachhaltigen Impact für die gesamte Region entfalten.
        Er stärkt die Wettbewerbsfähigkeit, steigert die Attraktivität für junge Talente und macht
        Anhalt-Bitterfeld zu einem Leuchtturm der Digitalisierung in Sachsen-Anhalt und darüber
        hinaus.""",
    ),
]

TRUTH_FACTS = {
    "applicant": "Digitalagentur Köthen GbR",
    "legal_form": "GbR",
    "region": "Landkreis Anhalt-Bitterfeld",
    "grant_eur": None,
    "own_share_eur": None,
    "total_cost_eur": None,
    "funding_rate": None,
    "start": None,
    "end": None,
    "duration_months": 24,
    "contact_email": "hello@digitalagentur-koethen.de",
}
