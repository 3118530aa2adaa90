"""Readings the known errors of the labelled sets (stop 52) showed the engine missing: a closing "said X." with its
comma left out.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TALKS_OPENING = "Trade talks will open in Varnow on Monday, confirmed Minister of State Oren Balt.\n\n"
OPENING_STATEMENT = ("Oren Balt", "indirect", "Trade talks will open in Varnow on Monday, confirmed Minister of State Oren Balt.")


def test_a_closing_said_and_a_name_with_no_comma_is_the_names():
    """"… not by the Pacific Island Forum said Aitaro." (sixhundredseventeenth islandtimes 2022-02): the comma before
    an inverted "said X" left out; the sentence is X's, as "…, said X." is."""
    reported = "The talks are being organized by the Velorian government and not by the regional council said Balt."
    assert_statements(TALKS_OPENING + reported + "\n", [OPENING_STATEMENT, ("Oren Balt", "indirect", reported)])


def test_a_closing_said_and_a_day_with_no_comma_is_no_one_s():
    """Guard: "… the council said Monday.": a day after "said", no person, the council's report (no one's here)."""
    narrative = "The talks will be organized by the regional council said Monday."
    assert_statements(TALKS_OPENING + narrative + "\n", [OPENING_STATEMENT])
