"""Readings of real Obama White House text of stop 36 (three-hundred-sixty-fourth): readouts of the President's
and the Vice President's calls, 2009-2015.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_call_to_a_countrys_president_is_the_guest():
    """"Readout on the President's Call to South Africa's President Motlanthe" (three-hundred-sixty-fourth whitehouse
    2009-01-27 Motlanthe): "to", a country's possessive and its office open the one called, a guest; the body's bare
    "The President" is the host named in the body, not the guest."""
    body = (
        "Earlier today President Darrow spoke with Kaldoria's President Vask. President Darrow emphasized the "
        "importance of Kaldoria's leadership role in the region. The two leaders discussed the situation in Vestra. "
        "The President noted that Kaldoria holds a key role in helping to end the crisis."
    )
    assert_statements(body, [
        ("Darrow", "indirect", "President Darrow emphasized the importance of Kaldoria's leadership role in the region."),
        ("Darrow", "indirect", "The President noted that Kaldoria holds a key role in helping to end the crisis."),
    ], title="Readout on the President's Call to Kaldoria's President Vask")


def test_call_to_a_president_without_a_possessive_unchanged():
    """Guard: "the President's Call with President Vask of Kaldoria" (no possessive country after the preposition)
    reads as before: the body's bare "The President" is the host."""
    body = (
        "Earlier today President Darrow spoke with President Vask of Kaldoria. The two leaders discussed the "
        "situation in Vestra. The President noted that Kaldoria holds a key role in helping to end the crisis."
    )
    assert_statements(body, [
        ("Darrow", "indirect", "The President noted that Kaldoria holds a key role in helping to end the crisis."),
    ], title="Readout of the President's Call with President Vask of Kaldoria")


def test_as_outlined_after_and_as_is_no_clause_of_its_own():
    """"…, as desired by the Iraqi people and as outlined in Iraq's constitution." (three-hundred-sixty-fourth
    whitehouse 2009-12 al-Maliki): a participle right after "as" with no agent has no subject; the sentence is the
    Vice President's to its end."""
    body = (
        "Vice President Darrow spoke today with Prime Minister Oren Vask of Kaldoria.\n\n"
        "The Vice President encouraged an arrangement that would allow for national elections, as desired by the "
        "Kaldorian people and as outlined in Kaldoria's constitution."
    )
    assert_statements(body, [
        ("Darrow", "indirect", "The Vice President encouraged an arrangement that would allow for national elections, "
                               "as desired by the Kaldorian people and as outlined in Kaldoria's constitution."),
    ], title="Readout of the Vice President's Call with Prime Minister Vask")


def test_as_stated_by_an_agent_still_speaks():
    """Guard: ", as stated by Minister Kell." keeps its agent: the participle after "as" with "by" is his words."""
    body = (
        "Prime Minister Oren Vask met Minister Ivo Kell today.\n\n"
        "Kaldoria will open two new border crossings next month, as stated by Minister Kell."
    )
    assert_statements(body, [
        ("Ivo Kell", "indirect", "Kaldoria will open two new border crossings next month, as stated by Minister Kell."),
    ], title="Prime Minister Vask met Minister Kell")
