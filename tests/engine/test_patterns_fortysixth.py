"""Patterns found by the fortysixth held-out set (real Kremlin news readouts, 2018-2020).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_message_sent_which_reads_is_the_senders():
    """"Earlier, the President of Ostrava sent a message to Ivo Marek, which reads, in part:"
    over a quotation: the quoted message is the sender's (the subject of "sent"), not the
    addressee's, even when the addressee spoke last."""
    body = (
        "During the telephone conversation, Petr Halen extended warm wishes to President of Velmora "
        "Ivo Marek on the occasion of his birthday.\n\n"
        "For his part, Ivo Marek thanked President Halen for the birthday wishes.\n\n"
        "***\n\n"
        "Earlier, the President of Ostrava sent a message to Ivo Marek, which reads, in part:\n\n"
        "“You rightfully enjoy great respect among your compatriots as a true leader of your country.\n\n"
        "I wish you good health, well-being and success in state governance.”"
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "During the telephone conversation, Petr Halen extended warm wishes to President of "
                                   "Velmora Ivo Marek on the occasion of his birthday."),
        ("Ivo Marek", "indirect", "For his part, Ivo Marek thanked President Halen for the birthday wishes."),
        ("Petr Halen", "direct", "You rightfully enjoy great respect among your compatriots as a true leader of your country."),
        ("Petr Halen", "direct", "I wish you good health, well-being and success in state governance."),
    ])
