"""Statements found by helper h674's set fivehundredsecond (real wire pages of APS, Algeria, and SONNA, Somalia):
a headline verb that opens a title's capitalised run after its subject in lower case ("… and his delegation Reaches
Velmora"), a place in capitals glued by a hyphen to a paragraph's first word ("TARSKOVA-President of the Republic"), and
an office in lower case posted to a country before a name ("the ambassador to Kastravia honorable Pell R. Dunmore").

Each test is a small invented readout (invented people and places); the rules' tests fail without them.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_headline_verb_opening_a_run_after_a_subject_in_lower_case():
    """"Deputy Prime Minister and his delegation Reaches Velmora": "Reaches" is the headline's verb, so the run names
    no person "Reaches Velmora" (before, "Velmora: [KNA]- A delegation …" was that person's transcript label and every
    paragraph, the credit lines too, his direct words)."""
    assert_statements((
        "Velmora: [KNA]- A high level delegation spearheaded by the Deputy Prime Minister H.E. Arlen Tovik has on "
        "Saturday reached Velmora town, the base of the Southern State.\n\n"
        "This delegation will be soon having talks with the administration of the Southern State.\n\n"
        "Written by: Oren Halsey\n\n"
        "Source: kna"
    ), [], title="Kastravian Deputy Prime Minister and his delegation Reaches Velmora")


def test_place_in_capitals_glued_to_the_first_word_by_a_hyphen():
    """"TARSKOVA-President of the Republic, …, X will chair Sunday …, said the Presidency of the Republic": the place
    in capitals and its hyphen are the dateline, no person "TARSKOVA-President", who took the communiqué's sentence and
    its quotation (the Presidency's words, nobody's)."""
    assert_statements((
        "TARSKOVA-President of the Republic, Commander-in-chief of the Armed Forces Belan Morvan will chair Sunday "
        "by videoconference a meeting of the Council of Ministers, said the Presidency of the Republic Saturday in a "
        "communiqué.\n\n"
        "“President of the Republic, Commander-in-chief of the Armed Forces Belan Morvan will chair Sunday a meeting "
        "of the Council of Ministers devoted to presentations on agriculture,” said the source."
    ), [], title="President Morvan chairs Council of Ministers meeting Sunday")


def test_lower_case_office_posted_to_a_country_before_a_name():
    """"met with the ambassador to Kastravia honorable Pell Dunmore": the office in lower case and the country it is
    posted to, then a lower-case "honorable", are his (the capitalised run stops at "to" and "honorable" parts it from
    the name), so "The ambassador … has on his part confessed that …" is his (before, nobody's: he had no office)."""
    assert_statements((
        "The deputy Prime Minister H.E. Ilan Varo Morek has in the capital Tarsk on Wednesday met with the "
        "ambassador to Kastravia honorable Pell R. Dunmore.\n\n"
        "The ambassador to Kastravia has on his part confessed that his government will continue supporting the "
        "reconstruction until it is complete."
    ), [
        ("Pell R. Dunmore", "indirect", "The ambassador to Kastravia has on his part confessed that his government "
                                        "will continue supporting the reconstruction until it is complete."),
    ])


def test_lower_case_office_posted_to_a_country_right_before_a_name():
    """"the ambassador to Kastravia Pell Dunmore" with no "honorable": the run "Kastravia Pell Dunmore" is the
    country and the name, the office before "to" his."""
    assert_statements((
        "Minister Ilan Varo Morek met with the ambassador to Kastravia Pell Dunmore in Tarsk.\n\n"
        "The ambassador said that his government would fund the new port."
    ), [
        ("Pell Dunmore", "indirect", "The ambassador said that his government would fund the new port."),
    ])
