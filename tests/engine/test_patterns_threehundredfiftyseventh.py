"""Readings of real Kremlin text of stop 36 (three-hundred-fifty-seventh): news items of February 2002.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_censured_is_a_stance_voiced():
    """"The President censured the Russian Olympic Committee … for their passive attitude …" (three-hundred-fifty-seventh
    kremlin 42415): a criticism voiced by one person, as "condemned" / "criticised"."""
    body = (
        "President Oren Vask met sports officials in Vestra on Monday.\n\n"
        "The President censured the national sports committee for its passive attitude at the Games."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President censured the national sports committee for its passive attitude at the Games."),
    ], title="President Oren Vask met sports officials")
