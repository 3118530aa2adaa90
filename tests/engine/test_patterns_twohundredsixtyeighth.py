"""Readings of real Kremlin text of stop 31 (2020): "the ombudswoman" for a commissioner for
children's rights, and "placed special emphasise on" (the noun misspelt) as "placed emphasis on".

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Commissioner for Children’s Rights Anna Vask submitted her annual report to the President"


def test_the_ombudswoman_is_the_commissioner_for_childrens_rights():
    """"The ombudswoman placed special emphasise on the substantial increase … in the number of complaints …"
    (two-hundred-sixty-eighth 63425): the press's word for the Commissioner for Children's Rights, as
    "the Ombudsman" is for a commissioner for human rights."""
    body = (
        "In 2019, the number of complaints grew by a quarter.\n\n"
        "The ombudswoman placed special emphasis on the increase in complaints about health care."
    )
    assert_statements(body, [
        ("Anna Vask", "indirect", "The ombudswoman placed special emphasis on the increase in complaints about "
                                  "health care."),
    ], title=TITLE)


def test_placed_emphasise_on_is_placed_emphasis_on():
    """"The ombudswoman placed special emphasise on the substantial increase …" (two-hundred-sixty-eighth
    63425): the noun misspelt as the verb; still "placed emphasis on", stressed."""
    body = (
        "In 2019, the number of complaints grew by a quarter.\n\n"
        "Anna Vask placed special emphasise on the increase in complaints about health care."
    )
    assert_statements(body, [
        ("Anna Vask", "indirect", "Anna Vask placed special emphasise on the increase in complaints about health "
                                  "care."),
    ], title=TITLE)


def test_the_ombudswoman_is_not_a_minister_the_title_names():
    """Guard: a minister and the commissioner both named: "the ombudswoman" is the commissioner only."""
    body = (
        "Minister of Health Ilse Marrow met with Commissioner for Children’s Rights Anna Vask.\n\n"
        "The ombudswoman said that the number of complaints had grown by a quarter."
    )
    assert_statements(body, [
        ("Anna Vask", "indirect", "The ombudswoman said that the number of complaints had grown by a quarter."),
    ], title="Meeting on children’s health care")
