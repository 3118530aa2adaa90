"""Readings of real White House text of stop 37 (three-hundred-eighty-fifth): Obama White House readouts and statements.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_nth_of_several_sessions_is_the_meeting_counted():
    """"This was the second of five scheduled intensive sessions with …" (three-hundred-eighty-fifth whitehouse
    2009-09-30 afghanistan): the readout counting its meeting, narrative, not the President's report carried on."""
    body = (
        "President Oren Vask met today with his security council to review the strategy for the northern provinces.\n\n"
        "President Vask stressed that he will assess the progress of the mission every month.\n\n"
        "This was the third of six planned working sessions with the council and the regional governors. "
        "The President has also directed his ministers to brief the parliament every week."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask stressed that he will assess the progress of the mission every month."),
        ("Oren Vask", "indirect", "The President has also directed his ministers to brief the parliament every week."),
    ], title="Readout of President Vask's Meeting with his Security Council")


def test_a_report_after_the_speaker_still_carries_on():
    """Guard: a sentence carrying on the President's report with no meeting counted stays his."""
    body = (
        "President Oren Vask met today with his security council to review the strategy for the northern provinces.\n\n"
        "President Vask stressed that he will assess the progress of the mission every month. "
        "In particular, the governors must report on every district by the end of the year."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask stressed that he will assess the progress of the mission every month."),
        ("Oren Vask", "indirect", "In particular, the governors must report on every district by the end of the year."),
    ], title="Readout of President Vask's Meeting with his Security Council")
