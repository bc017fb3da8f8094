"""Money facts where a share is stated beside its amount: rates bound to their own row or clause."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from sketchproc.profiles import load_profile

from .test_facts import build, facts_of

PROFILE = load_profile()


def test_a_share_in_the_own_means_row_is_not_the_funding_rate(tmp_path: Path) -> None:
    # The own means come first and carry their share; the funding rate is the grant row's share.
    path = build(
        tmp_path,
        [
            ("#", "6 Finanzierungsplan"),
            [
                ("Mittelherkunft", "Betrag"),
                ("Eigenmittel der Gemeinde (25 %)", "55.000 €"),
                ("Landesförderung (75 %)", "165.000 €"),
                ("Summe", "220.000 €"),
            ],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.funding_rate is not None and facts.funding_rate.value == pytest.approx(0.75)
    assert facts.funding_rate_stated
    assert "Landesförderung" in facts.funding_rate.evidence.quote


def test_a_financing_block_headed_in_its_own_column_names_its_rows_in_the_next(tmp_path: Path) -> None:
    # "Mittelherkunft" heads the block in a first column; each row's kind stands in the second.
    path = build(
        tmp_path,
        [
            ("#", "6 Finanzierungsplan"),
            [
                ("Bereich", "Posten", "2019", "2020", "Summe"),
                ("Ausgaben", "Personal und Sachmittel", "90.000,00", "110.000,00", "200.000,00"),
                ("Mittelherkunft", "Zuschuss des Landes (70 %)", "63.000,00", "77.000,00", "140.000,00"),
                ("", "Eigenmittel des Vereins (30 %)", "27.000,00", "33.000,00", "60.000,00"),
            ],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 140_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 60_000
    assert facts.funding_rate is not None and facts.funding_rate.value == pytest.approx(0.7)


def test_an_amount_with_its_share_in_one_cell_is_read(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            [
                ("Eckdaten", ""),
                ("Gesamtkosten", "160.000 €"),
                ("Beantragter Zuschuss", "120.000 € (75 %)"),
            ],
            ("#", "1 Ausgangslage"),
            "Die Gemeinde zählt rund 12.000 Einwohner.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 120_000
    assert facts.funding_rate is not None and facts.funding_rate.value == pytest.approx(0.75)
    assert facts.funding_rate_stated


def test_a_summed_total_and_the_grant_in_one_sentence(tmp_path: Path) -> None:
    # The total is marked only by a sum adverb; the grant's word stands after the comma, in its own clause.
    path = build(
        tmp_path,
        [
            ("#", "5 Kosten"),
            "Alles in allem veranschlagen wir ca. 210.000 Euro, "
            "als Zuschuss erbitten wir 168.000 Euro vom Land.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 210_000
    assert facts.grant_eur is not None and facts.grant_eur.value == 168_000
    assert facts.funding_rate is not None and facts.funding_rate.value == pytest.approx(0.8)


def test_a_sum_adverb_over_a_single_cost_item_names_no_total(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "5 Kosten"),
            "Für Fahrten zu den Ortsteilen rechnen wir insgesamt mit 6.000 Euro.",
        ],
    )
    assert facts_of(path, PROFILE).total_cost_eur is None


def test_an_own_share_stated_as_a_percentage_of_the_total_is_computed(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "5 Finanzierung"),
            "Das Projekt hat Gesamtkosten von 200.000 Euro.",
            "Vom Land erbitten wir eine Förderung von 150.000 Euro.",
            "Unsere Eigenbeteiligung beläuft sich auf 25 Prozent des Gesamtvolumens und wird aus dem "
            "Vereinsvermögen gedeckt.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 50_000
    assert "25 Prozent" in facts.own_share_eur.evidence.quote


def test_an_own_share_stated_as_a_bare_ratio_gives_no_amount(tmp_path: Path) -> None:
    # "25 Prozent" without a base is a ratio (the writers label no own share for it).
    path = build(
        tmp_path,
        [
            ("#", "5 Finanzierung"),
            "Das Projekt hat Gesamtkosten von 200.000 Euro.",
            "Vom Land erbitten wir eine Förderung von 150.000 Euro.",
            "Unsere Eigenbeteiligung beläuft sich auf 25 Prozent.",
        ],
    )
    assert facts_of(path, PROFILE).own_share_eur is None


def test_a_percentage_that_does_not_close_the_sum_gives_no_own_share(tmp_path: Path) -> None:
    # 10 % of the total would leave 30.000 € of the total unexplained: the base is another figure.
    path = build(
        tmp_path,
        [
            ("#", "5 Finanzierung"),
            "Das Projekt hat Gesamtkosten von 200.000 Euro.",
            "Vom Land erbitten wir eine Förderung von 150.000 Euro.",
            "Unsere Eigenbeteiligung beträgt 10 Prozent der Personalkosten.",
        ],
    )
    assert facts_of(path, PROFILE).own_share_eur is None


def test_an_amount_among_the_costs_that_closes_the_sum_is_the_own_share(tmp_path: Path) -> None:
    # No word names the own share; the applicant's amount is the rest of the total after the grant.
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            "Insgesamt rechnen wir mit Ausgaben von 120.000 Euro.",
            "Vom Land erbitten wir eine Förderung in Höhe von 90.000 Euro.",
            "Den übrigen Teil der Kosten, genau 30.000 Euro, übernimmt die Gemeinde Elbaue aus dem Haushalt.",
        ],
    )
    facts = facts_of(path, load_profile())
    assert facts.grant_eur is not None and facts.grant_eur.value == 90_000
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 120_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 30_000


def test_a_share_the_applicant_bears_itself_and_the_unnamed_rest_of_the_total(tmp_path: Path) -> None:
    # No "Zuwendung", no "Eigenanteil": the writer bears a part itself, and the amount that closes
    # the total with it is what the ministry is asked for.
    path = build(
        tmp_path,
        [
            ("#", "Was das kostet"),
            "- Honorare Kursleitung: 62.000 €",
            "- Werkstattmiete: 18.000 €",
            "- zusammen: 80.000 €",
            "Vom Land erhoffen wir uns drei Viertel, das wären 60.000 €. Das letzte Viertel "
            "(20.000 €) übernehmen wir selbst aus Spenden unserer Mitglieder.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 80_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 20_000
    assert facts.grant_eur is not None and facts.grant_eur.value == 60_000
    assert facts.funding_rate is not None and facts.funding_rate.value == pytest.approx(0.75)


def test_a_fraction_of_the_costs_the_applicant_bears_itself_is_the_own_share(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            "Für die Werkstatt rechnen wir mit Gesamtkosten von 150.000 Euro. Beim Land beantragen wir "
            "120.000 Euro, ein Fünftel der Ausgaben finanzieren wir als Genossenschaft selbst.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 30_000
    assert "ein Fünftel der Ausgaben" in facts.own_share_eur.evidence.quote


def test_the_amount_of_another_clause_is_not_what_the_applicant_bears_itself(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [("#", "Finanzierung"), "Vom Land erhoffen wir uns 120.000 Euro, den Rest übernehmen wir selbst."],
    )
    own = facts_of(path, PROFILE).own_share_eur
    assert own is None or own.value != 120_000


# --- the shares of a sentence that reads like speech ------------------------------------------


def test_a_verb_that_closes_its_clause_names_the_amount_before_it(tmp_path: Path) -> None:
    # "beantragen" closes the clause of 120.000 Euro; the amount after the comma is the town's.
    path = build(
        tmp_path,
        [
            ("#", "Was das Vorhaben kostet"),
            "Von den Ausgaben möchten wir drei Viertel, das heißt 112.500 Euro, beim Ministerium "
            "beantragen, und 37.500 Euro trägt der Verein.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 112_500


def test_a_sub_total_below_the_grant_gives_way_to_the_sum_that_makes_it_whole(tmp_path: Path) -> None:
    # The material costs "zusammen" are no total; the grant and the town's share make the whole.
    path = build(
        tmp_path,
        [
            ("#", "Geld"),
            "Für die Stelle der Lotsin setzen wir 90.000 Euro an. Für Miete, Technik und Werbung "
            "kommen 10.000 Euro, 6.000 Euro und 4.000 Euro hinzu, das sind zusammen 20.000 Euro.",
            "Unterm Strich landen wir bei 110.000 Euro. Drei Viertel davon, also 82.500 Euro, "
            "möchten wir beantragen; 27.500 Euro legt die Stadt aus dem eigenen Haushalt drauf.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 82_500
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 110_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 27_500


def test_a_row_that_only_says_beantragt_in_parentheses_is_another_partys(tmp_path: Path) -> None:
    # The state in parentheses ("beantragt") does not make the savings bank's money the grant.
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            [
                ("Quelle", "Euro"),
                ("Landeszuwendung", "160.000"),
                ("Eigenmittel des Vereins", "28.000"),
                ("Spende der Kreissparkasse (beantragt)", "12.000"),
                ("Summe", "200.000"),
            ],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 160_000
    assert facts.third_party_eur is not None and facts.third_party_eur.value == 12_000


def test_bare_figures_under_a_note_in_thousands_are_amounts(tmp_path: Path) -> None:
    # "52" would be a count anywhere else; under "in Tsd. Euro" it is 52.000 €.
    path = build(
        tmp_path,
        [
            ("#", "Kostenplan"),
            "Alle Werte in Tsd. Euro.",
            [
                ("Ausgabe", "2019", "2020", "Summe"),
                ("Koordinatorin (E 10)", "52", "54", "106"),
                ("Summe Sachausgaben", "20", "14", "34"),
                ("Gesamtausgaben", "72", "68", "140"),
            ],
            [("Mittel", "Tsd. Euro"), ("Zuwendung", "112"), ("Eigenanteil", "28")],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 140_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 28_000
    # The year columns' headers are no amounts of thousands.
    assert facts.material_eur is not None and facts.material_eur.value == 34_000


def test_a_percentage_after_a_clause_final_verb_is_the_stated_rate(tmp_path: Path) -> None:
    # The verb names the amount before it; "das sind 75 %" restates that clause as a rate.
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            "Für alles zusammen brauchen wir 120.000 Euro.",
            "Davon wollen wir 90.000 Euro im Ministerium beantragen, das sind 75 %.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.funding_rate is not None and facts.funding_rate.value == pytest.approx(0.75)
    assert facts.funding_rate_stated


# --- a cost type opening a list -------------------------------------------------------------------


def test_a_cost_type_before_a_colon_names_the_sum_of_its_list(tmp_path: Path) -> None:
    # "Sachmittel:" opens four amounts; the writer never adds them up.
    path = build(
        tmp_path,
        [
            ("#", "Ausgaben"),
            "Für Personal sind 120.000 Euro eingeplant. Außerdem brauchen wir Sachmittel: 6.000 Euro "
            "für Werkstattabende, 3.500 Euro für Flyer und Plakate, 2.500 Euro für Software und "
            "1.000 Euro für Fahrtkosten.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.material_eur is not None and facts.material_eur.value == 13_000
    assert facts.personnel_eur is not None and facts.personnel_eur.value == 120_000


def test_a_list_after_an_amount_of_its_own_only_breaks_that_amount_down(tmp_path: Path) -> None:
    # "9.000 Euro für Sachmittel:" states the type's amount; its list repeats it in parts.
    path = build(
        tmp_path,
        [
            ("#", "Ausgaben"),
            "Im ersten Jahr gehen 9.000 Euro für Sachmittel: 5.000 Euro für Miete und 4.000 Euro "
            "für Veranstaltungen, im zweiten Jahr noch einmal so viel.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.material_eur is not None and facts.material_eur.value == 9_000


def test_a_list_whose_first_amount_is_the_rest_together_is_broken_down_not_summed(tmp_path: Path) -> None:
    # The first amount after the colon is the type's; the ones in parentheses add up to it.
    path = build(
        tmp_path,
        [
            ("#", "Ausgaben"),
            "Sachmittel: 14.000 Euro (Miete 7.000 Euro, Flyer 4.500 Euro, Fahrten 2.500 Euro)",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.material_eur is not None and facts.material_eur.value == 14_000


def test_an_unnamed_amount_that_grant_and_own_share_add_up_to_is_the_total(tmp_path: Path) -> None:
    # No total word beside 96.500 €: grant plus own share make it, so it is the total.
    path = build(
        tmp_path,
        [
            ("#", "Geld"),
            ("-", "Projektkoordinator/in (0,75 Stelle, 22 Monate): 61.500 €"),
            ("-", "Raummiete und Technik: 20.000 €"),
            ("-", "Veranstaltungen im Landkreis: 15.000 €"),
            "Das ergibt 96.500 €.",
            "Aus Landesmitteln erbitten wir 77.200 €; 19.300 € bringen wir als Eigenanteil selbst auf.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 96_500
    assert "ergibt" in facts.total_cost_eur.evidence.quote


def test_each_amount_of_a_list_binds_to_the_cost_word_right_after_it(tmp_path: Path) -> None:
    # "amount € word, amount € word": the word after the comma's amount is the next member's.
    path = build(
        tmp_path,
        [
            ("#", "Finanzen"),
            "Geplant sind 84.000 Euro Personalausgaben, 21.000 Euro Sachausgaben und eine Reserve.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.personnel_eur is not None and facts.personnel_eur.value == 84_000
    assert facts.material_eur is not None and facts.material_eur.value == 21_000


def test_a_table_flattened_into_a_line_keeps_each_label_before_its_amount(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            "Zuwendung Land 96.000 € Eigenmittel 24.000 € Gesamtkosten 120.000 €",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 96_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 24_000


def test_an_amount_right_before_the_word_foerderung_is_the_grant(tmp_path: Path) -> None:
    # "Förderung" names the grant only beside its amount: "… Euro Förderung", "Förderung von …".
    path = build(
        tmp_path,
        [
            ("#", "Wer wir sind"),
            "Für unseren Treff bräuchten wir ungefähr 95.000 Euro Förderung, vor allem für eine halbe "
            "Stelle; den Rest bringen Spenden und Sponsoren.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 95_000


def test_a_noun_after_an_amount_names_it_and_not_the_amount_after_its_comma(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            "Die Ausgaben von 90.000 € tragen: 72.000 € Zuwendung aus dem Landesprogramm (80 %), "
            "11.000 € Eigenanteil der Genossenschaft aus Mitgliedsbeiträgen und 7.000 € Spende "
            "der Sparkasse.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 72_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 11_000


def test_locator_words_typed_without_umlauts_are_found(tmp_path: Path) -> None:
    # Typed on a keyboard without German keys: "Foerdermittel" for "Fördermittel".
    path = build(
        tmp_path,
        [
            ("#", "Finanzen"),
            "Die Gesamtkosten betragen 100.000 Euro.",
            "Foerdermittel des Landes: 80.000 Euro.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 80_000


def test_a_total_read_under_the_grants_word_is_the_total_when_grant_and_own_share_make_it(
    tmp_path: Path,
) -> None:
    # The total's line ran into the next sentence, whose verb of applying stands nearer than any total word.
    path = build(
        tmp_path,
        [
            ("#", "Kosten"),
            "alles zusammen 64.000 Euro Davon beantragen wir beim Land 51.200 Euro.",
            "Den Eigenanteil von 12.800 Euro zahlt der Verein.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 64_000
    assert facts.grant_eur is not None and facts.grant_eur.value == 51_200


def test_the_total_financing_names_the_total_and_not_the_third_party_before_it(tmp_path: Path) -> None:
    """ "Mittel Dritter – Gesamtfinanzierung 60.000 € …": the dash is the third party's (none);
    the amounts after "Gesamtfinanzierung" are the total's, per year and in all."""
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            "Beantragt werden 120.000 € Zuwendung, der Eigenanteil der Stadt beträgt 30.000 €. Mittel "
            "Dritter – Gesamtfinanzierung 60.000 € (2019), 90.000 € (2020), 150.000 € (gesamt).",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 150_000
    assert facts.third_party_eur is None


def test_an_item_that_costs_something_together_is_no_total_and_all_together_is(tmp_path: Path) -> None:
    """ "Die Leihgeräte kosten zusammen …" prices one item (the verb, not the noun "Kosten");
    "Alles zusammen kommen wir auf …" opens the sum of the whole."""
    path = build(
        tmp_path,
        [
            ("#", "Was das kostet"),
            "Die Miete macht 7.200 Euro aus, die halbe Stelle der Koordinatorin 44.000 Euro. Die "
            "Leihgeräte kosten zusammen etwa 4.200 Euro, Flyer und Kurse noch einmal 2.900 Euro. "
            "Alles zusammen kommen wir auf 58.300 Euro. Wir bitten um 46.640 Euro Förderung.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 58_300


def test_cost_types_stated_per_project_year_add_up_to_the_project(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Finanzplan"),
            "Insgesamt kostet das Vorhaben 160.000 Euro.",
            "Im ersten Projektjahr sind 50.000 Euro für Personal und 20.000 Euro für Sachkosten eingeplant.",
            "Im zweiten Jahr steigen die Personalkosten auf 60.000 Euro, die Sachkosten auf 30.000 Euro.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.personnel_eur is not None and facts.personnel_eur.value == 110_000
    assert facts.material_eur is not None and facts.material_eur.value == 50_000


def test_what_a_labelled_grant_pays_for_does_not_name_it(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            "Wir beantragen eine Landesförderung von 144.000 Euro für Personalkosten und Sachmittel.",
            "Die Gesamtkosten liegen bei 180.000 Euro.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 144_000


def test_the_unit_above_a_cost_table_holds_for_the_financing_table_right_beneath(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Kosten und Finanzierung"),
            "Sämtliche Beträge in Tsd. Euro.",
            [("Kosten", "Betrag"), ("Personal", "150,0"), ("Sachmittel", "50,0"), ("Gesamt", "200,0")],
            [
                ("Finanzierung", "2019", "2020", "Gesamt"),
                ("Zuwendung", "70,0", "90,0", "160,0"),
                ("Eigenmittel", "20,0", "20,0", "40,0"),
                ("Summe", "90,0", "110,0", "200,0"),
            ],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 160_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 40_000


def test_a_named_applicant_bearing_an_amount_itself_states_the_own_share(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            "Das Projekt kostet insgesamt 210.000 Euro; 42.000 Euro übernimmt die Stadt Aken selbst.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 42_000


def test_the_row_opening_with_foerderung_in_a_financing_table_is_the_grant(tmp_path: Path) -> None:
    """Beside own means and donations, "Förderung durch das Land" is the grant; donations are
    third-party money."""
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            [
                ("Mittelherkunft", "Euro"),
                ("Förderung durch das Land", "150.000"),
                ("Eigenmittel der Genossenschaft", "30.000"),
                ("Spenden örtlicher Betriebe", "7.500"),
                ("Summe", "187.500"),
            ],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 150_000
    assert facts.third_party_eur is not None and facts.third_party_eur.value == 7_500
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 187_500


def test_a_cost_position_furthering_something_is_no_grant(tmp_path: Path) -> None:
    """In a cost table "Förderung der Medienkompetenz" is a measure bought, not money received."""
    path = build(
        tmp_path,
        [
            ("#", "Kosten"),
            [
                ("Position", "Euro"),
                ("Förderung der Medienkompetenz (Kurse)", "6.000"),
                ("Eigenanteil", "30.000"),
                ("Gesamtkosten", "150.000"),
            ],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is None or facts.grant_eur.value != 6_000


def test_typed_positions_and_a_source_named_in_parentheses(tmp_path: Path) -> None:
    """ "Personal: Verwaltung (Teilzeit)" is a position of its type, not the group of the rows
    below it; a financing row naming where own cash comes from ("… (Beiträge, Spenden)") is no
    third party's money and no cost position."""
    path = build(
        tmp_path,
        [
            ("#", "Kosten und Finanzierung"),
            [
                ("Ausgabe", "Betrag"),
                ("Personal: Leitung des Zentrums (E 11)", "80.000"),
                ("Personal: Verwaltung (Teilzeit)", "20.000"),
                ("Miete Büro und Werkstatt", "10.000"),
                ("Gesamtkosten", "110.000"),
            ],
            [
                ("Mittel", "Betrag"),
                ("Zuwendung des Landes", "88.000"),
                ("Eigenleistung der Mitglieder", "10.000"),
                ("Barmittel des Vereins (Beiträge, Spenden)", "12.000"),
                ("Summe", "110.000"),
            ],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.personnel_eur is not None and facts.personnel_eur.value == 100_000
    assert facts.material_eur is not None and facts.material_eur.value == 10_000
    assert facts.grant_eur is not None and facts.grant_eur.value == 88_000
    assert facts.third_party_eur is None


def test_a_word_inside_a_relative_clause_names_no_amount_after_it(tmp_path: Path) -> None:
    """ "Die Eigenmittel, die wir mit einem Fünftel der Zuwendung veranschlagt haben, also 30.000
    Euro, …": the amount restates the own means, not the grant the clause mentions."""
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            "Wir beantragen eine Zuwendung von 150.000 Euro. Die Eigenmittel, die wir mit einem Fünftel "
            "der Zuwendung veranschlagt haben, also 30.000 Euro, stellt die Gemeinde bereit.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 150_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 30_000


def test_own_means_named_after_their_source_and_another_share_beside_them(tmp_path: Path) -> None:
    """ "… zu 25.000 € aus Rücklagen des Vereins als Eigenanteil und zu 15.000 € über Spenden …":
    "als Eigenanteil" names the amount before it; the next conjunct has its own."""
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            "Die Gesamtausgaben betragen 200.000 €, beantragt werden 160.000 €. Die übrigen 40.000 € "
            "werden zu 25.000 € aus Rücklagen des Vereins als Eigenanteil und zu 15.000 € über Spenden "
            "örtlicher Firmen aufgebracht.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 25_000
    assert facts.third_party_eur is not None and facts.third_party_eur.value == 15_000


def test_the_lands_row_of_a_financing_table_is_the_grant(tmp_path: Path) -> None:
    """ "Anteil Land" is the Land's money; a region named "… Land" after its place is not the Land."""
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            [
                ("Quelle", "Betrag"),
                ("Eigenmittel der Gemeinde", "30.000"),
                ("Bürgerstiftung Jerichower Land", "7.500"),
                ("Anteil Land", "120.000"),
                ("Gesamt", "157.500"),
            ],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 120_000


def test_an_amount_the_applicant_pays_or_raises_itself_beside_a_sponsor_is_the_own_share(
    tmp_path: Path,
) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            "Das Vorhaben kostet 120.000 Euro. Beim Land beantragen wir 96.000 Euro. 16.000 Euro zahlen "
            "wir selbst aus Mitgliedsbeiträgen, weitere 8.000 Euro gibt die Kreissparkasse als Spende.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 16_000
    assert facts.third_party_eur is not None and facts.third_party_eur.value == 8_000


def test_amounts_written_in_words_are_read_as_figures(tmp_path: Path) -> None:
    # A small applicant writes its budget out in words; grant and total are figures all the same.
    path = build(
        tmp_path,
        [
            ("#", "5 Kosten und Finanzierung"),
            "Für beide Jahre rechnen wir mit Ausgaben von insgesamt einhundertfünfundzwanzigtausend Euro. "
            "Vom Land erbitten wir hunderttausend Euro, den Rest von fünfundzwanzigtausend Euro "
            "übernimmt die Stadt aus eigenen Mitteln.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 125_000
    assert facts.grant_eur is not None and facts.grant_eur.value == 100_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 25_000
    assert "hunderttausend Euro" in facts.grant_eur.evidence.quote


def test_a_column_of_position_codes_leaves_groups_and_the_total_row_their_labels(tmp_path: Path) -> None:
    # Roman numerals number the cost groups, "I.1" their positions; the total row leaves the code
    # cell empty. The groups' own sums must not count a second time beside their positions.
    path = build(
        tmp_path,
        [
            ("#", "7 Ausgabenplan"),
            [
                ("Nr.", "Ausgabenart", "Betrag"),
                ("I", "Personalausgaben", "120.000 €"),
                ("I.1", "Leitung des Zentrums (1,0 Stelle, E 11)", "90.000 €"),
                ("I.2", "Sachbearbeitung (0,5 Stelle)", "30.000 €"),
                ("II", "Sachausgaben", "40.000 €"),
                ("II.1", "Veranstaltungen und Werkstätten", "25.000 €"),
                ("II.2", "Laptops und Software", "15.000 €"),
                ("", "Summe der Ausgaben", "160.000 €"),
            ],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.personnel_eur is not None and facts.personnel_eur.value == 120_000
    assert facts.material_eur is not None and facts.material_eur.value == 40_000
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 160_000


def test_davon_rows_below_a_source_of_money_split_it_and_add_nothing(tmp_path: Path) -> None:
    # The own means are 40.000 €, of which a foundation gives 15.000 €: no third party beside them,
    # and the own share is the row's amount, not the row plus its parts.
    path = build(
        tmp_path,
        [
            ("#", "7 Finanzierung"),
            [
                ("Herkunft der Mittel", "Euro"),
                ("Beantragte Landesmittel", "160.000"),
                ("Eigenmittel des Vereins", "40.000"),
                ("davon Rücklage des Vereins", "25.000"),
                ("davon Zuwendung der Bürgerstiftung", "15.000"),
                ("Gesamtfinanzierung", "200.000"),
            ],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 160_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 40_000
    assert facts.third_party_eur is None
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 200_000


def test_a_header_cell_merged_across_partner_columns_leaves_the_total_column_in_place(tmp_path: Path) -> None:
    # "Anteile der Partner" spans three columns in Word; the total column after it must still be
    # read as the total, not the third partner's share.
    document = docx.Document()
    document.add_heading("Finanzplan", level=1)
    rows = [
        ("Position", "Anteile der Partner", "", "", "Insgesamt"),
        ("", "Stadt A", "Gemeinde B", "Verein C", ""),
        ("Personalkosten", "90.000", "30.000", "30.000", "150.000"),
        ("Sachkosten", "20.000", "15.000", "15.000", "50.000"),
        ("Gesamtkosten", "110.000", "45.000", "45.000", "200.000"),
        ("Zuwendung des Landes", "88.000", "36.000", "36.000", "160.000"),
        ("Eigenanteil", "22.000", "9.000", "9.000", "40.000"),
    ]
    table = document.add_table(rows=len(rows), cols=5)
    for cells, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(cells.cells, texts, strict=True):
            cell.text = text
    table.cell(0, 1).merge(table.cell(0, 3)).text = "Anteile der Partner"
    path = tmp_path / "skizze.docx"
    document.save(str(path))
    facts = facts_of(path, PROFILE)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 200_000
    assert facts.grant_eur is not None and facts.grant_eur.value == 160_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 40_000


def test_a_numbered_group_of_no_known_cost_type_ends_the_group_before_it(tmp_path: Path) -> None:
    # "3 Weiteres" names no cost type, yet it opens a group of its own: its positions are no
    # longer the staff of group 2.
    path = build(
        tmp_path,
        [
            ("#", "Kosten"),
            [
                ("Nr.", "Bezeichnung", "EUR"),
                ("1", "Ausstattung", ""),
                ("1.1", "Notebooks für das Team", "6.000"),
                ("2", "Personal", ""),
                ("2.1", "Koordinatorin, 0,75 VZÄ", "72.000"),
                ("3", "Weiteres", ""),
                ("3.1", "Druck von Flyern und Plakaten", "2.000"),
                ("3.2", "Fahrten zu den Ortsteilen", "1.000"),
                ("", "Gesamt", "81.000"),
            ],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.personnel_eur is not None and facts.personnel_eur.value == 72_000
    assert facts.material_eur is not None and facts.material_eur.value == 9_000


def test_cost_types_after_fuer_say_what_the_total_is_for(tmp_path: Path) -> None:
    # "für Personal und Sachmittel" completes the total: the amount is the total's, not the
    # material costs' that stand nearest to it.
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            "Die Gesamtausgaben für Personal und Sachmittel belaufen sich auf 180.000 Euro. "
            "Als Zuschuss erbitten wir 144.000 Euro.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 180_000
    assert facts.grant_eur is not None and facts.grant_eur.value == 144_000
    assert facts.material_eur is None


def test_a_partial_sum_naming_its_cost_type_is_that_types_amount(tmp_path: Path) -> None:
    # The travel of the project lead is a material cost: the writer's own partial sums say which
    # rows make the personnel costs, whatever words a row holds.
    path = build(
        tmp_path,
        [
            ("#", "Ausgabenplan"),
            [
                ("Ausgabeposition", "Euro"),
                ("Projektleitung (1,0 VZÄ, E 11)", "120.000"),
                ("Sachbearbeitung (0,5 VZÄ)", "40.000"),
                ("Zwischensumme Personal", "160.000"),
                ("Fahrtkosten der Projektleitung", "3.000"),
                ("Miete Bürgerbüro", "12.000"),
                ("Zwischensumme Sachmittel", "15.000"),
                ("Gesamtsumme", "175.000"),
            ],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.personnel_eur is not None and facts.personnel_eur.value == 160_000
    assert facts.material_eur is not None and facts.material_eur.value == 15_000


def test_the_financing_plan_outranks_a_summary_restating_older_figures(tmp_path: Path) -> None:
    # The summary's box and the plan each add up; the plan is where the money is worked out.
    path = build(
        tmp_path,
        [
            ("#", "Zusammenfassung"),
            "Das Netzwerkbüro bündelt die digitalen Vorhaben der Region.",
            [
                ("Gesamtkosten", "200.000 €"),
                ("Zuwendung", "160.000 €"),
                ("Eigenanteil", "40.000 €"),
            ],
            ("#", "Kosten- und Finanzierungsplan"),
            [
                ("Finanzierung", "Betrag"),
                ("Zuwendung des Landes", "168.000 €"),
                ("Eigenanteil", "42.000 €"),
                ("Gesamtkosten", "210.000 €"),
            ],
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 210_000
    assert facts.grant_eur is not None and facts.grant_eur.value == 168_000
    assert facts.own_share_eur is not None and facts.own_share_eur.value == 42_000


def test_a_share_belongs_to_the_source_it_is_paid_from(tmp_path: Path) -> None:
    # "zu 75 Prozent aus der Förderung": the source follows its share; the grant's word before
    # the own share's percentage does not make that percentage the funding rate.
    path = build(
        tmp_path,
        [
            ("#", "Finanzierung"),
            "Getragen werden die Kosten von 180.000 € zu 75 Prozent aus der Zuwendung des Landes und"
            " zu 25 Prozent durch den Haushalt der Stadt.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.funding_rate is not None and facts.funding_rate.value == pytest.approx(0.75)


def test_a_budget_run_into_one_line_keeps_each_label_with_the_amount_after_it(tmp_path: Path) -> None:
    # Text recognition runs a table's rows into one line without commas: each label still names the
    # amount right after it, however far the next comma is.
    path = build(
        tmp_path,
        [
            ("#", "Kosten"),
            "Miete 6.000 € Werkstätten 8.000 € Fahrten 2.000 € Gesamtkosten: 160.000 € Zuwendung Land"
            " Sachsen-Anhalt (80 %): 128.000 € Eigenanteil Verbandsgemeinde (20 %): 32.000 €",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 160_000
    assert facts.grant_eur is not None and facts.grant_eur.value == 128_000


def test_a_sum_of_one_cost_item_below_the_grant_is_not_the_total(tmp_path: Path) -> None:
    # "Das ergibt zusammen …" sums the fees; the project's total is the amount above the grant.
    path = build(
        tmp_path,
        [
            ("#", "Finanzen"),
            "Für Referentinnen zahlen wir je Abend 150 Euro, das ergibt zusammen 4.500 Euro.",
            "Für die zwei Jahre beträgt unser Gesamtbudget nach dieser Rechnung 125.000 Euro.",
            "Vom Land erbitten wir als Zuwendung einhunderttausend Euro.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.grant_eur is not None and facts.grant_eur.value == 100_000
    assert facts.total_cost_eur is not None and facts.total_cost_eur.value == 125_000
