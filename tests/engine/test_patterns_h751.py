"""Statements found by helper h751 (fivehundredsixtyfourth, Shanghai's government releases in English): "X introduced to
his guests <city>'s socioeconomic development", how the city stands put before the guests, an account given.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_introduced_the_citys_socioeconomic_development_is_an_account_given():
    """"Party Secretary Vell introduced to his guests Orsk’s socioeconomic development and …": an account given, as
    "briefed the guests on …"; before, "introduced" with "socioeconomic development" was no speech."""
    assert_statements((
        "Party Secretary Arno Vell of Orsk met with Velmar's Ambassador Ina Roshe on May 3.\n\n"
        "Vell introduced to his guests Orsk’s socioeconomic development and the new harbour zone."
    ), [
        ("Arno Vell", "indirect", "Vell introduced to his guests Orsk’s socioeconomic development and the new "
                                  "harbour zone."),
    ])


def test_introduced_the_economic_and_social_development_of_the_city_is_an_account_given():
    """"Mayor Vell introduced the economic and social development of the city": the same account, "the" before it."""
    assert_statements((
        "Orsk Mayor Arno Vell met with Velmar's Ambassador Ina Roshe on May 3.\n\n"
        "Mayor Vell introduced the economic and social development of the city to the ambassador."
    ), [
        ("Arno Vell", "indirect", "Mayor Vell introduced the economic and social development of the city to the "
                                  "ambassador."),
    ])


def test_introduced_development_funds_is_no_speech():
    """Guard: "introduced new development funds for the port" is an act, no account given."""
    assert_statements((
        "Orsk Mayor Arno Vell met with Velmar's Ambassador Ina Roshe on May 3.\n\n"
        "Last year Mayor Vell introduced new development funds for the port."
    ), [])
