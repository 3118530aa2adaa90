"""Readings of real Kremlin text of stop 31: "named five main objectives" (the aims a speaker sets, as
"named several priorities") and "presented the Council with a list of instructions" (orders given, as
"issued instructions").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Oren Vask addressed a board meeting of the Drevnian Interior Ministry"


def test_named_objectives_is_a_statement():
    """"The President named five main objectives facing the Ministry." (two-hundred-sixty-second 41929): the aims
    a speaker sets out, as "named several priorities"."""
    body = (
        "The President named four main objectives facing the Ministry. "
        "He also said that the border service had to be reformed."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President named four main objectives facing the Ministry."),
        ("Oren Vask", "indirect", "He also said that the border service had to be reformed."),
    ], title=TITLE)


def test_named_to_a_post_stays_narrative():
    """Guard: "named Ilo Marn the head of the new service" is an appointment, not a statement."""
    body = (
        "The President named Ilo Marn the head of the new service. "
        "He also said that the border service had to be reformed."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "He also said that the border service had to be reformed."),
    ], title=TITLE)


def test_presented_with_a_list_of_instructions_is_an_order():
    """"Summing up the meeting’s results, Mr Putin presented State Council with a list of instructions due to be
    submitted to the Government." (two-hundred-sixty-second 26906): orders given, as "issued instructions"."""
    body = (
        "Mr Vask said the tax rules were too complicated. "
        "Summing up the meeting’s results, Mr Vask presented the State Council with a list of instructions "
        "due to be submitted to the Government."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask said the tax rules were too complicated."),
        ("Oren Vask", "indirect", "Summing up the meeting’s results, Mr Vask presented the State Council with a "
         "list of instructions due to be submitted to the Government."),
    ], title=TITLE)


def test_presented_with_an_award_stays_narrative():
    """Guard: "presented the family with the Order of Valour" is a thing handed over, narrative."""
    body = (
        "Mr Vask said the tax rules were too complicated. "
        "After the meeting, Mr Vask presented the Ilsen family with the Order of Valour."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask said the tax rules were too complicated."),
    ], title=TITLE)
