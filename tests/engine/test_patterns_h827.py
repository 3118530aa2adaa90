"""Statements found by helper h827's mends of sixhundrednineteenth (the Government of Malta's English releases):
"augured that …", a wish or forecast voiced, is a speech verb as "wished" / "hoped"; not "augurs well for …", a
thing's promise with no words reported.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_augured_that_is_a_wish_voiced():
    """"She augured that this presidency would …": a wish said, as "hoped that"; before, no statement."""
    assert_statements((
        "President Alva Demarco received Speaker Tomas Vellin at the Palace.\n\n"
        "Speaker Vellin congratulated President Demarco on her appointment.\n\n"
        "He augured that the new presidency would unite the people of Corvana."
    ), [
        ("Tomas Vellin", "indirect", "Speaker Vellin congratulated President Demarco on her appointment."),
        ("Tomas Vellin", "indirect", "He augured that the new presidency would unite the people of Corvana."),
    ])


def test_a_thing_that_augurs_well_is_no_statement():
    """Guard: "The agreement augurs well for the two economies": a thing's promise, no one's words."""
    assert_statements((
        "Minister Petra Olund met Minister Kaspar Iveli in Valletta.\n\n"
        "The agreement augurs well for the future of the two economies."
    ), [])


def test_provided_an_outline_of_is_telling_of_it():
    """"The minister provided an outline of achievements …": told of them, as "gave an outline of …"; before, no
    statement."""
    assert_statements((
        "Minister Joran Kessel hosted the diplomatic corps at the annual reception in Mireth.\n\n"
        "The minister provided an outline of achievements Corvana has scored abroad in the past year."
    ), [
        ("Joran Kessel", "indirect",
         "The minister provided an outline of achievements Corvana has scored abroad in the past year."),
    ])
