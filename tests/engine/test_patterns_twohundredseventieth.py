"""Patterns found by the two-hundred-seventieth held-out set (benchmarks/heldout/twohundredseventieth/, real EEAS
press releases of 2014-2020): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_hrvp_is_the_high_representative():
    """"the HRVP" is the EU's High Representative/Vice-President by initials, as "the PM" is the Prime Minister
    ("While in Kyiv, the HRVP stressed the unity of all EU Member States …", two-hundred-seventieth
    eu_eeas_2014-12-17, was lost)."""
    body = ("The High Representative for Foreign Affairs Marta Velden visited Norvellia on 3 May.\n\n"
            "While in Norvellia, the HRVP stressed the unity of all Member States in their support for reforms.")
    assert_statements(body, [
        ("Marta Velden", "indirect",
         "While in Norvellia, the HRVP stressed the unity of all Member States in their support for reforms."),
    ])


def test_hrvp_and_a_minister_are_a_pair():
    """Guard: "HRVP X and Minister Y discussed …" stays a pair, no one's statement."""
    body = ("The High Representative for Foreign Affairs Marta Velden met Foreign Minister Ivan Dorn on 3 May.\n\n"
            "HRVP Velden and Minister Dorn discussed the situation in the region.")
    assert_statements(body, [])


def test_a_pair_whose_second_name_follows_its_office_and_a_comma():
    """"X and Iranian Foreign Minister, Y also discussed …": the name after its office's comma is the last of a
    pair, the two together, no one's statement ("The HR/VP Federica Mogherini and Iranian Foreign Minister, Javad
    Zarif also discussed the ongoing work …", two-hundred-seventieth eu_eeas_2016-01-03, was given to Zarif)."""
    body = ("Marta Velden had a phone call with Foreign Minister Ivan Dorn of Norvellia.\n\n"
            "Marta Velden and Norvellian Foreign Minister, Ivan Dorn also discussed the regional situation.")
    assert_statements(body, [])


def test_an_office_a_comma_and_a_name_alone_still_speaks():
    """Guard: with no "and" before the office, "Norvellian Foreign Minister, Ivan Dorn stressed …" is his."""
    body = ("Marta Velden had a phone call with Foreign Minister Ivan Dorn of Norvellia.\n\n"
            "For his part, Norvellian Foreign Minister, Ivan Dorn stressed the regional situation.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "For his part, Norvellian Foreign Minister, Ivan Dorn stressed the regional situation."),
    ])


def test_a_pair_after_with_is_no_subject():
    """Guard: "After talks with A and B, C stressed …": the pair is the object of "with", C speaks."""
    body = ("Marta Velden met Foreign Minister Ivan Dorn and Petr Halen.\n\n"
            "After talks with Foreign Minister Ivan Dorn and Defence Minister Aleks Brun, Marta Velden stressed the "
            "need for calm.")
    assert_statements(body, [
        ("Marta Velden", "indirect", "After talks with Foreign Minister Ivan Dorn and Defence Minister Aleks Brun, "
                                     "Marta Velden stressed the need for calm."),
    ])


def test_a_plural_object_before_the_comma_is_no_pair():
    """Guard: "Throughout his talks with Norvellian officials, Dr. Dorn discussed …" (fifteenth, a White House
    readout): the group before the comma is the object of "with", the name after it the speaker."""
    body = ("Envoy Ivan Dorn visited Norvellia on 3 May.\n\n"
            "Throughout his talks with Norvellian officials, Dr. Dorn discussed reconstruction planning.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Throughout his talks with Norvellian officials, Dr. Dorn discussed reconstruction planning."),
    ])
