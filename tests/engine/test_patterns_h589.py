"""Readings that other helpers of the forty-third stop named and left: "Chargé d'affaires", the French
office of an embassy's head in an ambassador's absence, whose second word follows an apostrophe and is
often in lower case, and "a.i." (ad interim) after it.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; the rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_charge_daffaires_in_apposition_is_his_office():
    """"Mr. X, Chargé d'affaires of Y, paid a courtesy call … The Chargé d'affaires expressed gratitude …": the run
    of capitalised words goes on over "d'affaires", the office his, and the description later his
    (`name_runs._AFFAIRES`)."""
    said = "On this occasion, the Chargé d'affaires expressed gratitude to the Mayor for the care of the community."
    body = ("On 22 February, Mr. Tomas Verin, Chargé d'affaires of Ostreland, paid a courtesy call on Mr. Aron Belt, "
            "Mayor of Talvik. " + said + "\n")
    assert_statements(body, [("Tomas Verin", "indirect", said)])


def test_charge_daffaires_curly_apostrophe_before_the_name():
    """The same with a curly apostrophe, the office before the name: "Chargé d’Affaires X met …"."""
    said = "The Chargé d’Affaires said that the community was well."
    body = "Chargé d’Affaires Tomas Verin met with Mayor Aron Belt in Talvik. " + said + "\n"
    assert_statements(body, [("Tomas Verin", "indirect", said)])


def test_ad_interim_after_the_office_of_a_subject():
    """"The Chargé d'affaires, a.i. expressed gratitude …": "a.i." after the office says how it is held; the subject
    is the office before it (`phrases._phrase_before`)."""
    said = "The Chargé d'affaires, a.i. expressed gratitude to the Mayor for the care of the community."
    body = ("On 22 February, Mr. Tomas Verin, Chargé d'affaires, a.i. Embassy of Ostreland in Talvik, paid a courtesy "
            "call on Mr. Aron Belt, Mayor of Talvik. " + said + "\n")
    assert_statements(body, [("Tomas Verin", "indirect", said)])


def test_lower_case_d_before_a_capital_still_ends_a_run():
    """Guard: the run goes on over "d'" only after "Chargé": "Ida Morn met d'Artois officials." keeps "Ida Morn"
    alone, and a sentence on the embassy's affairs stays the readout's."""
    said = "Ida Morn said that the talks had been useful."
    body = ("Ida Morn, Minister of Trade of Ostreland, met with d'Artois officials in Talvik. " + said
            + " The embassy's affaires were discussed.\n")
    assert_statements(body, [("Ida Morn", "indirect", said)])


def test_ministry_list_with_a_serial_comma_is_the_ministers_office():
    """"Minister of Trade, Industry, and Energy Lena Marov stressed …": a ministry's list of portfolios with a serial
    comma before "and" goes on with its office, as the list without it does; the statement is the whole sentence
    and the office hers (`name_offices.portfolio_list_before`)."""
    said = "Minister of Trade, Industry, and Energy Lena Marov stressed that trade had grown."
    result = assert_statements("President Ivo Dell met with Minister of Trade, Industry, and Energy Lena Marov. "
                               + said + "\n", [("Lena Marov", "indirect", said)])
    assert result.speaker("Lena Marov").role == "Minister of Trade, Industry, and Energy"


def test_serial_list_of_people_stays_a_group():
    """Guard: a serial list of people closed by ", and" with no minister's office before it is no portfolio list:
    "Secretary Ivo Dell, Director Ada Lind, and Adviser Lena Marov also highlighted …" is the three, a group."""
    said = "Secretary Ivo Dell, Director Ada Lind, and Adviser Lena Marov also highlighted the plan."
    body = "President Tom Aster met with his team in Talvik. " + said + " Marov said that the plan was sound.\n"
    assert_statements(body, [("Lena Marov", "indirect", "Marov said that the plan was sound.")])


def test_opening_list_of_places_is_no_subject():
    """"In Ostra, Velm, and Brisk, Secretary X stressed …": the places after an opening preposition, a list with or
    without a serial comma, are where he spoke, no group speaking (`speech_subjects._opens_with_a_preposition`)."""
    listed = "In Ostra, Velm, and Brisk, Secretary Dell stressed that the aid would continue."
    paired = "In Ostra and Brisk, Secretary Dell said that the roads would be rebuilt."
    body = "Secretary Ivo Dell toured the region this week. " + listed + " " + paired + "\n"
    assert_statements(body, [("Ivo Dell", "indirect", listed), ("Ivo Dell", "indirect", paired)])


def test_opening_pair_of_people_stays_a_group():
    """Guard: a pair that opens the sentence with no preposition, the second named after its office's comma, is the
    two together: "The Envoy Ada Lind and Foreign Minister, Ivo Dell also stressed …" is not his alone."""
    said = "Dell said that the talks had been useful."
    body = "The Envoy Ada Lind and Foreign Minister, Ivo Dell also stressed that the border must stay open. " + said + "\n"
    assert_statements(body, [("Ivo Dell", "indirect", said)])
