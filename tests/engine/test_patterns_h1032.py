"""Helper h1032 (sevenhundredeightythird, Shanxi province's leaders): a name that opens its sentence, an aside in lower
case set off by commas ("Arlo Venn, president of the chamber, has been …"), then its verb: one who acts, whom a later
"He" means; and "vice-director", an office as "director" ("Mira Tal, vice-director of the office, briefed …"); "provided an
introduction to the … development of" a place, an account given, as "introduced"."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_lower_case_aside_then_verb_makes_the_pronouns_antecedent():
    body = ("A trade delegation from the Corvane Chamber of Commerce visited Dunmore province last week.\n\n"
            "Arlo Venn, president of the chamber, has been committed to fostering exchanges for many years. "
            "He expressed his hope to lead more members of the chamber to Dunmore.")
    assert_statements(body, [
        ("Arlo Venn", "indirect", "He expressed his hope to lead more members of the chamber to Dunmore."),
    ])


def test_bare_description_aside_then_verb():
    body = "Arlo Venn, a businessman, visited Dunmore on Monday. He said that more investors will come."
    assert_statements(body, [
        ("Arlo Venn", "indirect", "He said that more investors will come."),
    ])


def test_vice_director_in_apposition_is_an_office():
    body = ("Mira Tal, vice-director of the office, briefed the envoys on general conditions in Dunmore province. "
            "The vice-director urged the envoys to attend the forum.")
    assert_statements(body, [
        ("Mira Tal", "indirect", "Mira Tal, vice-director of the office, briefed the envoys on general conditions in "
                                 "Dunmore province."),
        ("Mira Tal", "indirect", "The vice-director urged the envoys to attend the forum."),
    ])


def test_guard_a_list_of_names_with_asides_gives_he_to_no_one():
    # two people named, each with an aside, joined by "and": "He" has no single antecedent
    body = ("Arlo Venn, president of the chamber, and Ilse Varn, mayor of Brask, visited Dunmore. "
            "He said that more investors will come.")
    assert_statements(body, [])


def test_provided_an_introduction_to_a_places_development_is_an_account_given():
    body = ("Mira Tal met the envoys in Dunmore on Monday. Additionally, Tal provided an introduction to the historical, "
            "cultural, and socio-economic development of Dunmore.")
    assert_statements(body, [
        ("Mira Tal", "indirect", "Additionally, Tal provided an introduction to the historical, cultural, and "
                                 "socio-economic development of Dunmore."),
    ])


def test_guard_an_introduction_to_a_person_is_no_statement():
    body = "Mira Tal met the envoys in Dunmore on Monday. Tal provided an introduction to the Minister of Culture."
    assert_statements(body, [])
