"""Readings the four-hundred-thirty-second set (a random sample of White House readouts) showed the engine missing:
a serial list of named people with their titles, closed by ", and" before a title that is no office word, as one group.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

OFFICIALS_OPENING = ("Today, Secretary of Ports Lena Marov, Budget Director Oskar Veld, and National Water Advisor Ada "
                     "Brin met with river shipping leaders.\n\n")


def test_a_serial_list_of_named_officials_is_a_group():
    """"Secretary Buttigieg, NEC Director Deese, and National Climate Advisor McCarthy also highlighted …"
    (four-hundred-thirty-second 2021-02-26 airline leaders): three titled people in a list closed by ", and", a
    group, not the last of them alone, though the last title opens with a word no office is ("National")."""
    body = OFFICIALS_OPENING + ("Secretary Marov, Budget Director Veld, and National Water Advisor Brin also "
                                "highlighted the plan to dredge the river.\n")
    assert_statements(body, [])


def test_a_long_serial_list_cut_by_the_reading_window_is_a_group():
    """The list longer than the words read back before a verb at first, the window's edge inside its first item
    ("Secretary Buttigieg, NEC Director Deese, and National Climate Advisor McCarthy", 78 characters): read again
    whole, a group, not "Advisor McCarthy" alone."""
    opening = ("Today, Secretary of Ports Lena Marovska, Budget Director Oskar Veldhoven, and National Water Advisor "
               "Ada Brinkman met with river shipping leaders.\n\n")
    body = opening + ("Secretary Marovska, NRC Director Veldhoven, and National Water Advisor Brinkman also "
                      "highlighted the plan to dredge the river.\n")
    assert_statements(body, [])


def test_a_clauses_listed_object_before_and_is_no_group():
    """Guard: a speaker's clause whose object is a list, then ", and" and a second speaker's clause ("Secretary X
    thanked Director Y, Mayor Z, and National Water Advisor W stressed …"): the list does not reach back to the
    clause's start, so the second speaker keeps her clause."""
    first = "Secretary Marov thanked Director Veld, Mayor Osk,"
    second = "National Water Advisor Brin stressed the plan to dredge the river."
    body = OFFICIALS_OPENING + first + " and " + second + "\n"
    assert_statements(body, [("Lena Marov", "indirect", first), ("Ada Brin", "indirect", second)])


def test_a_long_opening_list_before_one_speaker_keeps_her_statement():
    """Guard for the wider reading: a long opening with ", and" in it before one speaker ("Speaking after visits to
    the northern dredging works, the river locks, and the old harbour, Secretary X stressed …"): the list is the
    opening's, closed by a comma before her title; one speaker, her statement whole."""
    reported = ("Speaking after visits to the northern dredging works at Velm, the river locks, and the old harbour, "
                "Secretary Marov stressed the plan to dredge the river.")
    assert_statements(OFFICIALS_OPENING + reported + "\n", [("Lena Marov", "indirect", reported)])
