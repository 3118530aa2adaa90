"""Patterns found by the hundred-third held-out set (real Kremlin news readouts, 2001-2002, from the corpus's upstream).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_message_after_the_full_text_of_the_message_follows_is_the_title_senders():
    """"The full text of the message follows:" over a message quoted whole, with no lead naming the sender:
    the message is the sender's the title names ("X sent a message to the Y summit"), as after "The
    message said, in part:" and "Below is the full text of the message."."""
    body = (
        "The full text of the message follows:\n\n"
        "“Dear heads of state,\n\n"
        "“Ostria regards your summit as a major event for the region.\n\n"
        "“Please accept our best wishes for a successful forum.”"
    )
    assert_statements(body, [
        ("Anton Brask", "direct", "Dear heads of state,"),
        ("Anton Brask", "direct", "Ostria regards your summit as a major event for the region."),
        ("Anton Brask", "direct", "Please accept our best wishes for a successful forum."),
    ], title="President Anton Brask sent a message to the Northern summit to be held in Velm")
