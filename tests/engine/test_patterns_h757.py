"""Statements found by helper h757's set hard63 (constructions this stop's helpers found in real pages and left with no
set): a surname that is also an office's word ("Ambassador X Bishop" then "Bishop thanked …"), after a first name the
engine's list does not know; a surname that is also a body's word after a middle initial ("Consul General X P. Church").

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_bare_surname_that_is_an_office_word_is_the_person_named_with_it():
    """"Ambassador Orlaith Bishop presented …" then "Bishop thanked …" and "Ambassador Bishop said …" (before, neither
    statement was anyone's: "Orlaith", a first name the list does not know, left "Bishop" an office, and the bare
    "Bishop" was a bishop nobody named)."""
    assert_statements((
        "The Ambassador of Quellmark, Ambassador Orlaith Bishop, presented a copy of her credentials to the Minister of "
        "Foreign Affairs of Dunmarra, Mr. Casper Wendleby-Oto, on Monday.\n\n"
        "Bishop thanked the Minister for the warm welcome.\n\n"
        "Ambassador Bishop said that her priority would be to reopen the air link between the two capitals."
    ), [
        ("Orlaith Bishop", "indirect", "Bishop thanked the Minister for the warm welcome."),
        ("Orlaith Bishop", "indirect", "Ambassador Bishop said that her priority would be to reopen the air link "
                                       "between the two capitals."),
    ])


def test_an_office_word_surname_after_a_known_first_name_still_reads_so():
    """Guard: "the Hon. Julie Bishop MP, Minister for …" then "Minister Bishop mentioned that …" (the reading the engine
    had before, after a first name its list knows) is hers still."""
    assert_statements((
        "The Minister of Foreign Affairs of Dunmarra, Mr. Casper Wendleby-Oto, received the Hon. Julie Bishop MP, "
        "Minister for Trade of Quellmark, on Monday.\n\n"
        "Minister Bishop mentioned that the two countries would sign a trade agreement this year."
    ), [
        ("Julie Bishop", "indirect", "Minister Bishop mentioned that the two countries would sign a trade agreement "
                                     "this year."),
    ])


def test_a_bodys_word_after_a_middle_initial_is_a_surname():
    """"Consul General Tamsin R. Church of Quellmark …" then "Consul General Church said …" and "Consul Church
    emphasized …" (before, "Church" after the initial was a body's word, the whole a description of no one, and
    neither statement was anyone's)."""
    assert_statements((
        "Consul General Tamsin R. Church of Quellmark paid a courtesy call on the Mayor of Ferrant on Tuesday.\n\n"
        "Consul General Church said that trade between Quellmark and Ferrant was growing.\n\n"
        "Consul Church emphasized that the two cities could do more in vocational training."
    ), [
        ("Tamsin R. Church", "indirect", "Consul General Church said that trade between Quellmark and Ferrant was "
                                         "growing."),
        ("Tamsin R. Church", "indirect", "Consul Church emphasized that the two cities could do more in vocational "
                                         "training."),
    ])
