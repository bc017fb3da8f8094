"""Time facts where the runtime is stated without a runtime word: by arithmetic or by the plan it spans."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx

from sketchproc.pipeline import check
from sketchproc.profiles import load_profile
from sketchproc.quantities import find_periods

from .test_facts import build, facts_of

PROFILE = load_profile()


def test_a_period_agreeing_with_a_duration_with_an_adjective(tmp_path: Path) -> None:
    # No runtime word: the period is the runtime because its length equals the stated duration.
    path = build(
        tmp_path,
        [
            ("#", "7 Zeitplan"),
            "Das Geld benötigen wir für achtzehn ganze Monate, vom 1. Juli 2019 bis zum 31. Dezember 2020.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 7, 1)
    assert facts.end is not None and facts.end.value == date(2020, 12, 31)
    assert facts.duration_months is not None and facts.duration_months.value == 18


def test_a_period_spanning_the_dated_steps_of_its_paragraph_is_the_runtime(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "7 Zeitplan"),
            "Unser Fahrplan reicht von März 2019 bis Februar 2021. Im März 2019 richten wir das Büro ein, "
            "im Herbst 2019 folgen die Werkstätten in den Ortsteilen, im Juni 2020 der Entwurf der "
            "Strategie, und im Februar 2021 legt der Kreistag den Beschluss vor.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 3, 1)
    assert facts.end is not None and facts.end.value == date(2021, 2, 28)
    assert facts.duration_months is not None and facts.duration_months.value == 24


def test_a_period_inside_a_plan_that_reaches_beyond_it_is_no_runtime(tmp_path: Path) -> None:
    # The survey's months lie inside the plan; the plan's steps reach past them on both sides.
    path = build(
        tmp_path,
        [
            ("#", "7 Zeitplan"),
            "Die Umfrage findet von Mai 2019 bis Juli 2019 statt. Im April 2019 richten wir das Büro ein, "
            "im Oktober 2019 folgen die Werkstätten, im Dezember 2020 der Beschluss.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is None and facts.end is None


def test_a_schedule_of_month_ranges_sharing_their_year_dates_the_project(tmp_path: Path) -> None:
    # Each step is a bullet labelled by a month range whose first month borrows the year of the
    # second; the last step names a later date (the hand-over) that is not the project's end.
    document = docx.Document()
    document.add_heading("7 Zeitplan", level=1)
    for step in (
        "Mai bis Juli 2019: Büro einrichten und die Stelle besetzen",
        "August 2019 bis März 2020: Werkstätten in allen Ortsteilen",
        "April bis Oktober 2020: Strategie schreiben; ab 1. November 2020 übernimmt die Stadt die Stelle",
    ):
        document.add_paragraph(step, style="List Bullet")
    path = tmp_path / "zeitplan.docx"
    document.save(str(path))
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 5, 1)
    assert facts.end is not None and facts.end.value == date(2020, 10, 31)
    assert facts.duration_months is not None and facts.duration_months.value == 18


def test_a_month_range_shares_the_year_of_its_second_month() -> None:
    (period,) = find_periods("Die Werkstätten laufen Februar – April 2020 in allen Orten.")
    assert (period.start_date, period.end_date, period.months) == (date(2020, 2, 1), date(2020, 4, 30), 3)
    # The first month would come after the second in the same year: no range.
    assert find_periods("Oktober bis März 2020") == []


def test_a_plan_told_in_one_sentence_gives_its_first_start_and_its_last_end(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Ablauf"),
            "So stellen wir uns den Ablauf vor: Beginn am 1. März 2019 mit der Einrichtung, im Sommer "
            "2019 die Befragung, von Oktober bis Dezember 2019 die Werkstätten, und am 30. November "
            "2020 ist Schluss.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 3, 1)
    assert facts.end is not None and facts.end.value == date(2020, 11, 30)


def test_a_span_beside_a_verb_of_lasting_is_no_duration_where_start_and_end_are_stated(
    tmp_path: Path,
) -> None:
    path = build(
        tmp_path,
        [
            [("Projektzeitraum", "01.04.2019 – 31.03.2020")],
            ("#", "Ausgangslage"),
            "Die Rechner der Grundschulen sind älter als acht Jahre und laufen noch mit einem alten System.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.duration_months is not None and facts.duration_months.value == 12


def test_a_schedule_in_project_months_anchored_to_a_month_gives_start_and_end(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Arbeitsplan"),
            "Das Vorhaben dauert 15 Monate.",
            "Alle Angaben zählen in Projektmonaten; Monat 1 ist der Oktober 2019.",
            "- PM 1–4: Aufbau der Anlaufstelle",
            "- PM 5–15: Werkstätten und Beschluss",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 10, 1)
    assert facts.end is not None and facts.end.value == date(2020, 12, 31)


def test_a_start_verb_written_whole_dates_the_runtime_with_its_length(tmp_path: Path) -> None:
    # "anfangen" unsplit, no runtime word: the plan's start and its length give the runtime.
    path = build(
        tmp_path,
        [
            ("#", "Wann"),
            "Sobald der Bescheid da ist, wollen wir im Mai 2019 für 20 Monate richtig anfangen.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 5, 1)
    assert facts.end is not None and facts.end.value == date(2020, 12, 31)


def test_the_funded_centre_as_subject_dates_the_runtime_over_a_goals_deadline(tmp_path: Path) -> None:
    # No runtime word beside the period; a sentence with one ("Ende der Förderung") dates a goal.
    path = build(
        tmp_path,
        [
            ("#", "Vorhaben"),
            "Unser Stadtteilzentrum soll vom 1. Juli 2019 bis zum 30. Juni 2021 als Anlaufstelle wirken.",
            "Bis zum Ende der Förderung erreichen wir drei Dinge: Bis März 2021 steht der Entwurf der "
            "Strategie, die Werkstätten sind gelaufen, und das Netzwerk trifft sich ohne uns.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 7, 1)
    assert facts.end is not None and facts.end.value == date(2021, 6, 30)
    assert facts.duration_months is not None and facts.duration_months.value == 24


def test_a_runtime_counted_from_the_grant_decision_starts_at_its_expected_date(tmp_path: Path) -> None:
    # "ab Zugang des Bescheids" ties the start to the decision; the month given beside it is the start.
    path = build(
        tmp_path,
        [
            ("#", "Zeitrahmen"),
            "Projektdauer: 18 Monate ab Zugang des Zuwendungsbescheids, nach unserer Planung Juli 2019.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 7, 1)
    assert facts.end is not None and facts.end.value == date(2020, 12, 31)


def test_a_key_data_label_zeitraum_dates_the_runtime_over_a_verbs_history(tmp_path: Path) -> None:
    # "Zeitraum:" opens a key-data line; "läuft seit Sommer 2016" tells what already runs.
    path = build(
        tmp_path,
        [
            "Zeitraum: 1. Mai 2019 bis 31. Oktober 2020",
            ("#", "Was es schon gibt"),
            "Unser Bürgerbus-Portal läuft seit Sommer 2016 und wird von 300 Menschen genutzt.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 5, 1)
    assert facts.end is not None and facts.end.value == date(2020, 10, 31)
    assert facts.duration_months is not None and facts.duration_months.value == 18


def test_a_date_after_seit_never_starts_the_project(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Ausgangslage"),
            "Die Tauschbörse läuft seit dem Frühjahr 2015 im Gemeindehaus.",
            ("#", "Vorhaben"),
            "Unser Vorhaben dauert 20 Monate.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is None or facts.start.value.year >= 2019


def test_a_start_verb_opening_the_sentence_is_told_from_the_noun_by_its_ending(tmp_path: Path) -> None:
    # Capitalised only because it opens the sentence: "Loslegen" is the verb, as "Anfang" would be the noun.
    path = build(
        tmp_path,
        [
            ("#", "Ablauf"),
            "Loslegen werden wir im Mai 2019; bis Ende November 2020 soll alles erledigt sein.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 5, 1)
    assert facts.end is not None and facts.end.value == date(2020, 11, 30)


def test_a_noun_opening_the_sentence_starts_nothing(tmp_path: Path) -> None:
    # "Anfang 2019" names when a past study was made, not when the project starts.
    path = build(
        tmp_path,
        [
            ("#", "Ablauf"),
            "Anfang 2018 haben wir eine Umfrage gemacht, und die Auswertung war im Juli 2018 fertig.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is None


def test_coordinated_infinitives_after_a_modal_date_start_and_end(tmp_path: Path) -> None:
    # "soll … starten und … enden": each predicate has its own date; no runtime word, no period.
    path = build(
        tmp_path,
        [
            ("#", "Kurz gesagt"),
            "Unsere Anlaufstelle soll zum 1. Juni 2019 starten und spätestens zum 30. November 2020 enden.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 6, 1)
    assert facts.end is not None and facts.end.value == date(2020, 11, 30)
    assert facts.duration_months is not None and facts.duration_months.value == 18


def test_two_conjuncts_with_particle_verbs_date_start_and_end_and_a_step_started_does_not(
    tmp_path: Path,
) -> None:
    # The survey "started" in autumn is a step; the runtime is the sentence whose conjuncts start
    # and finish the project, each with its own date.
    path = build(
        tmp_path,
        [
            ("#", "Beteiligung"),
            "Im Oktober 2019 starten wir eine Befragung aller Haushalte.",
            ("#", "Zeitplan"),
            "Wir fangen am 1. Februar 2019 an und schließen die Arbeit nach 22 Monaten im November 2020 ab.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 2, 1)
    assert facts.end is not None and facts.end.value == date(2020, 11, 30)


def test_run_in_labels_of_start_and_end_in_key_data_date_the_runtime(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Zeitrahmen"),
            "Start: nach Eingang des Bescheides, voraussichtlich 1. Juni 2019",
            "Ende: am 30. November 2020",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 6, 1)
    assert facts.end is not None and facts.end.value == date(2020, 11, 30)


def test_a_label_with_its_adjective_dates_the_start_and_a_semicolon_ends_the_statement(
    tmp_path: Path,
) -> None:
    """ "Vorgesehener Start: März 2019" is a key-data label; after "…zu Projektbeginn;" the date of
    the next statement ("im Februar 2019 ausgeschrieben") belongs to the advertisement."""
    path = build(
        tmp_path,
        [
            ("#", "Personal"),
            "Die Leiterin wird zu Projektbeginn eingestellt; die Stelle schreiben wir im Februar 2019 aus.",
            ("#", "Zeitrahmen"),
            "Dauer: 20 Monate nach Zugang des Bescheids.",
            "Vorgesehener Start: März 2019.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 3, 1)
    assert facts.end is not None and facts.end.value == date(2020, 10, 31)


def test_a_particle_put_first_dates_the_start(tmp_path: Path) -> None:
    """ "Los gehen soll es am 1. März 2019": the particle of "losgehen" opens the sentence."""
    path = build(
        tmp_path,
        [
            ("#", "Unser Plan"),
            "Los gehen soll es am 1. März 2019 mit dem Umbau des Ladens, im Mai 2019 feiern wir Eröffnung.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 3, 1)


def test_a_verb_of_starting_put_first_dates_the_start(tmp_path: Path) -> None:
    """The infinitive opens the sentence for weight; "wir" is its subject, the project the team's."""
    path = build(
        tmp_path,
        [
            ("#", "Unser Vorhaben"),
            "Beginnen wollen wir am 1. September 2019, und im Dezember 2020 legen wir dem Rat "
            "die Strategie vor.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 9, 1)


def test_a_start_with_its_length_is_the_runtime_and_a_partners_letter_comes_last(tmp_path: Path) -> None:
    """The project's name is the subject; the length said with the start makes it the runtime.
    A letter of support in the annex speaks of a two-year runtime: the sketch's own text wins."""
    path = build(
        tmp_path,
        [
            ("#", "Vorhaben"),
            "Der Digitaltreff Oschersleben startet zum 1. April 2019, ausgelegt ist er auf 21 Monate.",
            ("#", "Anlagen"),
            ("#", "Anlage 1: Unterstützungsschreiben des Heimatvereins"),
            "Wir unterstützen das Vorhaben während der gesamten zweijährigen Projektlaufzeit.",
        ],
    )
    facts = check(path).facts  # mapped: the letter stands in the annexes
    assert facts.start is not None and facts.start.value == date(2019, 4, 1)
    assert facts.duration_months is not None and facts.duration_months.value == 21
    assert facts.end is not None and facts.end.value == date(2020, 12, 31)


def test_key_data_rows_labelled_only_start_and_end(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Steckbrief"),
            [("Träger", "Gemeinde Hohe Börde"), ("Start", "01.09.2019"), ("Abschluss", "31.12.2020")],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 9, 1)
    assert facts.end is not None and facts.end.value == date(2020, 12, 31)


def test_a_date_set_off_after_the_start_clause_is_the_start(tmp_path: Path) -> None:
    """ "…startet mit Eingang des Bescheids, frühestens am 1. Juni 2019, …": the apposition dates
    the clause before it, though the sentence speaks of the end too."""
    path = build(
        tmp_path,
        [
            ("#", "Zeitplan"),
            "Das Projekt startet mit Eingang des Zuwendungsbescheids, frühestens am 1. Juni 2019, "
            "und endet mit der Vorlage der Digitalstrategie im Dezember 2020.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 6, 1)


def test_a_schedule_step_marking_the_end_gives_the_end_only(tmp_path: Path) -> None:
    """A schedule row "10/2020 – 12/2020 | Bericht | Projektende (31.12.2020)": the step's own
    period is not the runtime; the runtime stands in the text."""
    path = build(
        tmp_path,
        [
            ("#", "Arbeitsplan"),
            [
                ("Zeitraum", "Arbeitsschritt", "Meilenstein"),
                ("03/2019 – 05/2019", "Auftakt, Team", "Zentrum eröffnet"),
                ("10/2020 – 12/2020", "Bericht, Übergabe", "Projektende (31.12.2020)"),
            ],
            "Das Vorhaben läuft vom 1. März 2019 bis zum 31. Dezember 2020.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 3, 1)
    assert facts.end is not None and facts.end.value == date(2020, 12, 31)
    assert facts.duration_months is not None and facts.duration_months.value == 22


def test_a_paragraph_that_is_only_a_period_states_the_runtime(tmp_path: Path) -> None:
    path = build(tmp_path, [("#", "Wann"), "1. März 2019 – 31. Dezember 2020"])
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 3, 1)
    assert facts.end is not None and facts.end.value == date(2020, 12, 31)


def test_a_schedule_laid_out_as_a_timeline_spans_its_columns(tmp_path: Path) -> None:
    """Work packages as rows, quarters as columns marked with "X": the columns span the plan."""
    quarters = ("Q2/2019", "Q3/2019", "Q4/2019", "Q1/2020", "Q2/2020", "Q3/2020", "Q4/2020")
    path = build(
        tmp_path,
        [
            ("#", "Zeitplan"),
            [
                ("Baustein", *quarters),
                ("Büro einrichten", "X", "", "", "", "", "", ""),
                ("Befragung und Werkstätten", "", "X", "X", "X", "", "", ""),
                ("Strategie und Beschluss", "", "", "", "", "X", "X", "X"),
            ],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 4, 1)
    assert facts.end is not None and facts.end.value == date(2020, 12, 31)


def test_a_bracketed_note_of_the_template_states_no_runtime(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Zeitplan"),
            "[Die Laufzeit beträgt höchstens 36 Monate. Tragen Sie die Phasen in die Tabelle ein.]",
            "Das Vorhaben läuft vom 01.05.2019 bis zum 31.12.2020.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.duration_months is not None and facts.duration_months.value == 20


def test_the_start_that_end_and_duration_imply_wins_over_another_events_month(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Zeitplan"),
            "Die Koordinatorin suchen wir im Januar 2019, damit sie zum Projektbeginn eingearbeitet ist.",
            "Als Starttermin sehen wir den 1. März 2019 vor.",
            "Das Vorhaben endet am 31.12.2020 und dauert damit 22 Monate.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.start is not None and facts.start.value == date(2019, 3, 1)
    assert facts.duration_months is not None and facts.duration_months.value == 22
