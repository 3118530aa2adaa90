"""Patterns found by the twohundredseventieth held-out set (benchmarks/heldout/twohundredseventieth/, real EEAS
press releases of 2014-2020): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_hrvp_is_the_high_representative():
    """"the HRVP" is the EU's High Representative/Vice-President by initials, as "the PM" is the Prime Minister
    ("While in Kyiv, the HRVP stressed the unity of all EU Member States …", twohundredseventieth
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
