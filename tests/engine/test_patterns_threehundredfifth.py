"""Readings of real UK Government text of stop 33: a telephone call and when it was made ("The Prime
Minister called the US President-elect this afternoon as part of establishing a regular dialogue …")
is narrative, not a thing called by a name.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "PM call with President Vask: 3 March 2031"


def test_a_call_and_when_it_was_made_is_no_naming():
    """"The Prime Minister called the US President-elect this afternoon as part of establishing a regular
    dialogue between both of them." (threehundredfifth uk_pm 2016-11-29): a telephone call and when; "a
    regular dialogue" is what the call belongs to, not what the President-elect is called."""
    body = (
        "A Downing Street spokesperson said:\n\n"
        "The Prime Minister called the Ostrevan President-elect this afternoon as part of establishing a regular "
        "dialogue between both of them.\n\n"
        "They discussed the transition and agreed to stay in close touch."
    )
    assert_statements(body, [], title=TITLE)


def test_a_thing_called_a_name_is_still_a_view():
    """Guard: "The Prime Minister called the agreement a historic step for both countries." — a thing named
    as another, a view stated (as "called the decision a betrayal")."""
    body = (
        "A Downing Street spokesperson said:\n\n"
        "The Prime Minister called the agreement a historic step for both countries."
    )
    assert_statements(body, [
        ("The Prime Minister", "indirect", "The Prime Minister called the agreement a historic step for both countries."),
    ], title=TITLE)

