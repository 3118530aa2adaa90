"""rf16's review of the seventy-second stop's merges h1279, h1277 and h1280: near shapes a new rule read worse than the
base engine, mended. Invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Ostra Regional Commissioner Pell Arkin toured Velm village on Monday. "


def test_issued_the_directives_on_a_date_that_tells_what_was_ordered():
    """h1280's "issued the directives during …" (only when and where the order was given) is not "issued the
    directives on Monday that all farms must be registered": a date, then the order's content in a "that" clause, his
    words as base read them. At 7f2753f0 the sentence was dropped as a "when only" one."""
    body = _OPENING + "Dr Arkin issued the directives on Monday that all farms in Velm must be registered."
    assert_statements(body, [
        ("Pell Arkin", "indirect", "Dr Arkin issued the directives on Monday that all farms in Velm must be "
                                   "registered."),
    ])


def test_issued_the_directives_on_a_date_during_a_visit_tells_only_when():
    """The guard: "issued the directives on Monday during his visit to …", no "that" after the date: only when and
    where the order told before was given, no statement of its own (h1280's rule, kept)."""
    body = (_OPENING + "Dr Arkin ordered the police to arrest all people who invade the farms. "
            "Dr Arkin issued the directives on Monday during his visit to Velm village.")
    assert_statements(body, [
        ("Pell Arkin", "indirect", "Dr Arkin ordered the police to arrest all people who invade the farms."),
    ])
