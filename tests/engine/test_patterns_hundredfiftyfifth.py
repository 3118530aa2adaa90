"""Rules from the hundred-fifty-fifth held-out set (en.kremlin.ru, November - December 2019): invented readouts,
invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("office", [
    "President of the Union of Northern Chess Federations (UNCF)",
    "Secretary General of the Organisation of Grain Exporting Countries (OGEC)",
    "Director General of the Tesland Space Agency (TSA)",
])
def test_label_with_an_abbreviated_office_in_brackets(office):
    """"President of the Union of European Football Associations (UEFA) Alexander Čeferin: Thank you …" (62144): an
    office's abbreviation in brackets between the office and the name stopped the phrase parser, so the label was not
    read and the guest's turn was carried on as the host's, label and all. The name after the bracket is the label's."""
    body = (f"President Ivo Marr met with {office} Lena Osk.\n\n"
            "* * *\n\n"
            "President of Tesland Ivo Marr: Ms Osk, I am very happy to see you again.\n\n"
            f"{office} Lena Osk: Thank you very much for inviting me, Mr President.\n\n"
            "We are very happy that Tesland hosts the games.\n\n"
            "Ivo Marr: Thank you.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "Ms Osk, I am very happy to see you again."),
        ("Lena Osk", "direct", "Thank you very much for inviting me, Mr President."),
        ("Lena Osk", "direct", "We are very happy that Tesland hosts the games."),
        ("Ivo Marr", "direct", "Thank you."),
    ])


def test_bracketed_aside_that_is_not_an_abbreviation_stays_out_of_the_label():
    """The guard: a turn's sentence that names an office with its bracketed abbreviation, but is no label (no name
    and colon after the bracket), stays the speaker's words and gives no new speaker."""
    body = ("President Ivo Marr met with the delegation.\n\n"
            "* * *\n\n"
            "President of Tesland Ivo Marr: I am very happy to see you.\n\n"
            "The Union of Northern Chess Federations (UNCF) is growing fast.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "I am very happy to see you."),
        ("Ivo Marr", "direct", "The Union of Northern Chess Federations (UNCF) is growing fast."),
    ])
