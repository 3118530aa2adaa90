"""Statements found by helper h786's set hard65 (invented courtesy calls): a staff course's lower-case letters after
an officer's name and his decorations' capitals, set off by commas ("The new Defence Attaché, Captain X, USP psc,
thanked …"), are no one's name: the verb after them is the officer's.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_staff_course_after_decorations_leaves_the_officer_the_subject():
    """"Captain X, USP psc, thanked …": X's (before, "psc" in lower case hid the name and the sentence was no one's)."""
    assert_statements((
        "The Defence Adviser of Corvania, Commodore Aris Pellan, USP psc, called on the Army Commander, "
        "General Tomas Regby, on Monday.\n\n"
        "The Defence Adviser, Commodore Aris Pellan, USP psc, thanked the Army Commander for the welcome and said "
        "Corvania wanted more joint training."
    ), [
        ("Commodore Aris Pellan", "indirect",
         "The Defence Adviser, Commodore Aris Pellan, USP psc, thanked the Army Commander for the welcome and said "
         "Corvania wanted more joint training."),
    ])


def test_staff_course_letters_alone_leave_the_officer_the_subject():
    """"Brigadier X, ndc psc, said …": the course letters with no capitals before them, the same."""
    assert_statements((
        "Brigadier Mona Kessit, ndc psc, said the academy would open a course on peacekeeping next year."
    ), [
        ("Brigadier Mona Kessit", "indirect",
         "Brigadier Mona Kessit, ndc psc, said the academy would open a course on peacekeeping next year."),
    ])


def test_lower_case_words_set_off_after_a_name_are_no_course_letters():
    """Guard: an aside in lower case that is no course's letters ("X, in turn, said …") is read as before."""
    assert_statements((
        "Brigadier Mona Kessit, in turn, said the academy would open a course on peacekeeping next year."
    ), [
        ("Brigadier Mona Kessit", "indirect",
         "Brigadier Mona Kessit, in turn, said the academy would open a course on peacekeeping next year."),
    ])


def test_a_surname_you_after_an_office_and_before_a_given_name_is_a_name():
    """"Director You Lanfen of the … Office welcomed …" then "You Lanfen said …": the Chinese surname You, not the
    pronoun, after an office's word and before a given name (before, the office alone was read, no one, and
    neither sentence was anyone's)."""
    assert_statements((
        "Director You Lanfen of the Foreign Affairs Office of Sellan Province received Consul General Ivo Marsk "
        "on Monday.\n\n"
        "You Lanfen welcomed the Consul General and said Sellan valued its ties with the city of Brevik."
    ), [
        ("You Lanfen", "indirect",
         "You Lanfen welcomed the Consul General and said Sellan valued its ties with the city of Brevik."),
    ])


def test_the_pronoun_you_after_an_office_stays_a_pronoun():
    """Guard: "Minister You" with no given name after it, and "you" in a sentence, are the pronoun, no one named."""
    assert_statements((
        "Minister Dara Kell said: \"Thank you, Mr Chairman. You have our support.\""
    ), [
        ("Dara Kell", "direct", "Thank you, Mr Chairman. You have our support."),
    ])


def test_a_minister_of_a_portfolio_then_his_name_and_an_unknown_country_is_the_name():
    """"received Minister of Trade X Y of Dunvale" then "Y thanked …": the name between the portfolio and "of" the
    country the tables do not know is the holder's (before, the run was read as an office with no name, and Y's
    sentence was no one's)."""
    assert_statements((
        "Premier Ansel Quorm received Minister of Trade Lida Carrow of Dunvale on Thursday.\n\n"
        "Carrow thanked the Premier for the welcome and said Dunvale hoped to open a trade office next year."
    ), [
        ("Lida Carrow", "indirect",
         "Carrow thanked the Premier for the welcome and said Dunvale hoped to open a trade office next year."),
    ])


def test_mr_he_is_the_surname_not_the_pronoun():
    """"Mr He added that …" after another person's sentence: the Chinese surname He after "Mr", the Vice Premier He
    X's, not the pronoun that took the last speaker (before, the guest's)."""
    assert_statements((
        "Vice Premier He Lanmo of Castrevo received Foreign Minister Ida Selk on Thursday.\n\n"
        "Selk thanked the Vice Premier for the welcome.\n\n"
        "Mr He added that customs checks on farm goods would be made shorter from July."
    ), [
        ("Ida Selk", "indirect", "Selk thanked the Vice Premier for the welcome."),
        ("He Lanmo", "indirect", "Mr He added that customs checks on farm goods would be made shorter from July."),
    ])


def test_the_pronoun_he_after_a_name_is_still_the_pronoun():
    """Guard: "He added …" with no courtesy title before it is the pronoun, the last man named."""
    assert_statements((
        "Foreign Minister Ivo Selk met Premier Ansel Quorm on Thursday.\n\n"
        "Selk thanked the Premier for the welcome. He added that customs checks would be made shorter."
    ), [
        ("Ivo Selk", "indirect", "Selk thanked the Premier for the welcome."),
        ("Ivo Selk", "indirect", "He added that customs checks would be made shorter."),
    ])
