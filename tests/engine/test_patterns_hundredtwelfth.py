"""Patterns found by the hundred-twelfth held-out set (real Kremlin news readouts, Nov 2021 - Jun 2022, from the corpus's upstream).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_member_of_a_collective_presidency_as_a_transcript_label():
    """"Member of the Presidency of Valdoria Marko Tesic(retranslated): …": a collective presidency's
    member is an office, so the label is one person's and his turn is his, not the host's."""
    body = (
        "Meeting with Member of Valdoria Presidency Marko Tesic\n\n"
        "Petr Halen had a meeting with Member of the Presidency of Valdoria Marko Tesic.\n\n"
        "President of Ostrava Petr Halen: I am happy to see you. Welcome. Member of the Presidency of "
        "Valdoria Marko Tesic(retranslated): Thank you, Mr President. We are grateful for your support."
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "I am happy to see you. Welcome."),
        ("Marko Tesic", "direct", "Thank you, Mr President. We are grateful for your support."),
    ])
