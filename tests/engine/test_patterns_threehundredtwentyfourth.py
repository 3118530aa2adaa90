"""Readings of real White House text of stop 34 (three-hundred-twenty-fourth): statements of the National Security
Council's and the Vice President's spokespeople that read out calls and meetings (bidenwhitehouse.archives.gov).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_notified_that_is_a_statement_made():
    """"In four separate calls, the Vice President notified each of the leaders that the Biden-Harris Administration
    will begin sharing …" (three-hundred-twenty-fourth whitehouse 2021-06-03 harris vaccine calls): one person
    telling others, as "informed … that"."""
    body = (
        "Vice President Lena Marsh spoke this morning to President Tomas Ruel of Kaldoria and Prime Minister Ida Voss "
        "of Vestra.\n\n"
        "In two separate calls, the Vice President notified each of the leaders that the Administration will begin "
        "sharing medical supplies with their countries."
    )
    assert_statements(body, [
        ("Lena Marsh", "indirect", "In two separate calls, the Vice President notified each of the leaders that the "
         "Administration will begin sharing medical supplies with their countries."),
    ], title="Statement on Vice President Marsh's Calls with Foreign Leaders")


def test_leaders_notified_together_stay_unattributed():
    """Guard: a group subject of "notified" ("The two leaders notified their ministers …") is no one's statement."""
    body = (
        "Vice President Lena Marsh spoke this morning to President Tomas Ruel of Kaldoria.\n\n"
        "The two leaders notified their ministers that the talks will resume in May."
    )
    assert_statements(body, [], title="Statement on Vice President Marsh's Call with President Ruel")


def test_the_one_who_was_notified_does_not_speak():
    """Guard: the passive "was notified that …" makes its subject the listener, not the speaker: no statement."""
    body = (
        "Vice President Lena Marsh spoke this morning to President Tomas Ruel of Kaldoria.\n\n"
        "The Vice President was notified that the shipment had arrived in port."
    )
    assert_statements(body, [], title="Statement on Vice President Marsh's Call with President Ruel")
