"""Readings of hard45 (text that trips sentence splitting): a clock time's "a.m." / "p.m." ends a sentence when a
person's abbreviated title opens the next one ("… left the area by 11 a.m. Adm. X noted …",
velimorye_security_council_operational_meeting).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

OPENING = "Prime Minister Arvo Tessel held a meeting with Defence Minister Gen. Lorin Vask and Admiral Pell Ostrand.\n\n"


def test_a_sentence_ending_in_a_clock_time_before_a_rank_and_name_ends_there():
    """"… by 11 a.m. Adm. X noted …": the Defence Minister's sentence ends at the time, the Admiral's opens."""
    left = "Gen. Lorin Vask said that the two ships had left the bay by 11 a.m."
    noted = "Adm. Pell Ostrand noted that it was the third such incident this year."
    body = f"{OPENING}{left} {noted}\n"
    assert_statements(body, [("Lorin Vask", "indirect", left), ("Pell Ostrand", "indirect", noted)])


def test_a_clock_time_before_a_time_zone_stays_in_its_sentence():
    """The guard: "at 9 a.m. Central Time" is no sentence's end (a time zone takes no title's stop)."""
    said = "Gen. Lorin Vask said that the exercise would begin at 9 a.m. Central Time and last two days."
    body = f"{OPENING}{said}\n"
    assert_statements(body, [("Lorin Vask", "indirect", said)])
