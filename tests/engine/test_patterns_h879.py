"""Statements found by helper h879's mends of sixhundredsixtyfirst (Jiji Press wire reports on Japan's leaders' meetings
and calls, as nippon.com prints them): a lone word that is the first half of a hyphenated double surname.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""

from .test_patterns import assert_statements


def test_a_lone_first_half_of_a_double_surname_with_no_title_is_the_person_named_in_full():
    """"President Vela Orsini-Dardan …" then "…, Orsini said that …": the bare first half of her surname is she (before,
    no one: a lone untitled word is taken only as a known name)."""
    assert_statements((
        "Prime Minister Tovo Rall met with Marvish President Vela Orsini-Dardan at the palace on Friday.\n\n"
        "On trade, which is the minister's portfolio, Orsini said that the new port is important for growth."
    ), [
        ("Vela Orsini-Dardan", "indirect", "On trade, which is the minister's portfolio, Orsini said that the new port "
                                           "is important for growth."),
    ])


def test_a_lone_first_half_shared_by_two_double_surnames_stays_no_one():
    """Guard: two people named in full whose hyphenated surnames both open "Orsini": the bare "Orsini" is neither."""
    assert_statements((
        "President Vela Orsini-Dardan met with Minister Ivo Orsini-Kell at the palace on Friday.\n\n"
        "Orsini said that the new port is important for growth."
    ), [])

