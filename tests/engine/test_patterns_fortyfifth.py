"""Patterns found by the fortyfifth held-out set (real Kremlin news readouts, 2016-2018).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_patriarchs_label_with_his_see_is_a_label():
    """"Patriarch Ilian of Tarvik and All the North (retranslated): …": the "and All" joins the
    two halves of the see's name, so the label names one man (not "Patriarch Ilian of Tarvik"
    and someone called "All the North"), and his paragraphs are his, not the turn before."""
    body = (
        "After the meeting with church leaders, Petr Halen met with Patriarch Ilian of Tarvik and All the North.\n\n"
        "President of Ostrava Petr Halen: Your Beatitude,\n\n"
        "I am very glad to see you.\n\n"
        "Patriarch Ilian of Tarvik and All the North (retranslated): Mr President, thank you for this meeting.\n\n"
        "I would like to thank you for what Ostrava has done for our churches."
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "Your Beatitude,"),
        ("Petr Halen", "direct", "I am very glad to see you."),
        ("Ilian", "direct", "Mr President, thank you for this meeting."),
        ("Ilian", "direct", "I would like to thank you for what Ostrava has done for our churches."),
    ])
